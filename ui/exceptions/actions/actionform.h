// SPDX-License-Identifier: MIT
#pragma once

#include "edits/editcatalog.h"
#include "queue/exceptionqueuerow.h"
#include "store/shipmentdetail.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace ct {

class ActionField;

// What an action form is for.
struct ActionFormSetup
{
    const EditOp *op = nullptr;
    bool reopening = false; // "status": reopen rather than resolve
    QString title;          // "Re-attempt Delivery"
    QList<ExceptionQueueRow> targets;
    std::optional<ShipmentDetail> shipment; // the first target's
    QString user;           // who acts (for what applies)
    QString roleProblem;    // set: shown plainly at the top, and the form cannot send
    bool standalone = false;
    qint64 nowMs = 0;
    QDate today; // the user's calendar date (the app's clock)
};

// The form of one exception action (docs/DESKTOP.md, "Actions"): the fields of the
// edit's parameters, each checked as the user types by what the server checks too
// (EditCatalog::validate) and by what needs the shipment (EditPrecheck: the carrier's
// delivery days, the order's value, the message's fields), the error under its field in
// the catalog's words. Sending is refused while anything is wrong: the keyboard goes to
// the first field at fault. Without a team server, an action that needs a carrier (or a
// payment, or a message service) says it is only recorded. Closing a form the user
// typed in asks first. The form does not make the edit: it says submitted(), and the
// host closes it with finish() or keeps it open with showRefusal().
class ActionForm final : public QDialog
{
    Q_OBJECT

public:
    ActionForm(ActionFormSetup setup, QWidget *parent);
    ~ActionForm() override;

    const ActionFormSetup &setup() const { return m_setup; }
    // The parameters as the fields say them, compact JSON.
    QByteArray params() const;
    // Everything wrong with them now, field by field.
    QList<FieldError> problems() const;
    bool isDirty() const;
    ActionField *field(const QString &param) const;
    QPushButton *sendButton() const;

    // The edit was made: close without asking.
    void finish();
    // The edit was refused: say why, at the field when it names one, and stay open.
    void showRefusal(const QString &why, const QList<FieldError> &errors = {});

    void accept() override; // send, when nothing is wrong
    void reject() override; // close, asking first when the user typed something

Q_SIGNALS:
    void submitted(const QByteArray &params);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitHeight();
    void buildFields(QFormLayout *form);
    void addField(QFormLayout *form, const QString &label, ActionField *field);
    void revalidate(bool showAll);
    QString sendText() const;
    QString standaloneNotice() const;
    QString exceptionLine() const;

    ActionFormSetup m_setup;
    QList<ActionField *> m_fields;
    QLabel *m_formError;
    QLabel *m_bulkNote = nullptr;
    QDialogButtonBox *m_buttons;
    bool m_showAll = false;
    int m_fittedHeight = -1;
};

} // namespace ct
