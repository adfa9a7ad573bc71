// SPDX-License-Identifier: MIT
#pragma once

#include "edits/role.h"
#include "returns/returndecision.h"
#include "returns/returnpolicy.h"
#include "returns/returnqueuerow.h"

#include <QByteArray>
#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace ct {

// The form of one decision on the selected returns (docs/DESKTOP.md, "Returns: decisions"):
// reject asks the reason; exchange the variant sent instead; refund the amount (the whole
// value, or less: a partial refund; one return at a time, several get each its full value);
// store credit the amount, the policy's bonus included; inspect the grade, with the
// disposition it means. A decision that goes against the policy's verdict (approving an
// ineligible return, rejecting an eligible one) asks why, and the reason goes into the
// decision's note ("Policy override: ..."). A role that may not decide says so plainly —
// "a refund needs a manager" — and the form cannot be sent.
class ReturnDecisionDialog final : public QDialog
{
    Q_OBJECT

public:
    ReturnDecisionDialog(ReturnDecision::Kind kind, const QList<ReturnQueueRow> &rows, const ReturnPolicy &policy,
                         std::optional<Role> role, QWidget *parent = nullptr);

    // Whether the form must be filled in at all: approving returns the policy did not
    // refuse needs nothing.
    static bool needsForm(ReturnDecision::Kind kind, const QList<ReturnQueueRow> &rows);
    // The edit's parameters for `row`, from what the form holds.
    QByteArray params(const ReturnQueueRow &row) const;
    // Shows the server's or the applier's refusal in the form.
    void showRefusal(const QString &text);

    QLineEdit *reasonField() const { return m_reason; }
    QLineEdit *variantField() const { return m_variant; }
    QDoubleSpinBox *amountField() const { return m_amount; }
    QComboBox *gradeField() const { return m_grade; }
    QLabel *dispositionLabel() const { return m_disposition; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    bool overrides() const { return m_overrides; }

private:
    void validate();
    qint64 defaultAmount(const ReturnQueueRow &row) const;

    ReturnDecision::Kind m_kind;
    QList<ReturnQueueRow> m_rows;
    ReturnPolicy m_policy;
    QString m_roleProblem;
    bool m_overrides = false;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_variant = nullptr;
    QDoubleSpinBox *m_amount = nullptr;
    QComboBox *m_grade = nullptr;
    QLabel *m_disposition = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace ct
