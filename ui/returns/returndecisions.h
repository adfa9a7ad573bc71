// SPDX-License-Identifier: MIT
#pragma once

#include "edits/role.h"
#include "returndecisiondialog.h"
#include "returns/returndecision.h"
#include "returns/returnpolicy.h"
#include "returns/returnqueuerow.h"
#include "shell/viewcontext.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace ct {

// The decisions of the Returns view (docs/DESKTOP.md, "Returns: decisions"): one QAction
// per decision with its key (A approve, R reject, E exchange, F refund, C store credit,
// I inspect), enabled when it applies to a selected return. Triggering one opens its form
// (ReturnDecisionDialog) or, for an approval the policy does not contest, decides at once.
// Each return's decision is made through LocalEdits (store and outbox in one transaction);
// a bulk decision's edits are one undo step (LocalEditCommand). Several returns, or a
// refusal, end with a summary of what was done and refused. returnsChanged() names what
// changed (after undo and redo too).
class ReturnDecisions final : public QObject
{
    Q_OBJECT

public:
    ReturnDecisions(const ViewContext &context, QWidget *host);

    // Who decides: by default the team server's signed-in user and role, or, standalone,
    // the store's own user with every right.
    void setUser(const QString &name, std::optional<Role> role);
    std::optional<Role> role() const { return m_role; }
    void setPolicy(const ReturnPolicy &policy) { m_policy = policy; }
    void setSelection(const QList<ReturnQueueRow> &rows);

    QAction *action(ReturnDecision::Kind kind) const;
    const QList<QAction *> &actions() const { return m_actions; }
    // The form open now, for tests.
    ReturnDecisionDialog *currentDialog() const { return m_dialog; }
    QWidget *lastSummary() const { return m_summary; }

    // Decides `kind` for the selection with the parameters `params(row)`; returns how
    // many were decided.
    int decide(ReturnDecision::Kind kind, const std::function<QByteArray(const ReturnQueueRow &)> &params);

Q_SIGNALS:
    void returnsChanged(const QList<qint64> &returnIds);
    void advanceRequested();
    void statusMessage(const QString &text, int timeoutMs);

private:
    void trigger(ReturnDecision::Kind kind);
    void updateActions();
    void userFromSession();

    ViewContext m_context;
    QWidget *m_host;
    ReturnPolicy m_policy;
    QString m_user;
    std::optional<Role> m_role;
    bool m_userFixed = false;
    QList<ReturnQueueRow> m_selection;
    QList<QAction *> m_actions;
    QPointer<ReturnDecisionDialog> m_dialog;
    QPointer<QWidget> m_summary;
};

} // namespace ct
