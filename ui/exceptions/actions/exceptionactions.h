// SPDX-License-Identifier: MIT
#pragma once

#include "actions/editbatch.h"
#include "actions/editmacros.h"
#include "edits/role.h"
#include "queue/exceptionqueuerow.h"
#include "shell/viewcontext.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QWidget;

namespace ct {

class ActionForm;
class ActionSummaryDialog;
class MacroDialog;

// The actions of the Exceptions view (docs/DESKTOP.md, "Actions"), for a host to put in
// its menus, toolbar and shortcut sheet: one QAction per exception edit of the catalog
// (status twice: Resolve and Reopen), each with its own shortcut, enabled when it applies
// to at least one selected exception and the user's role allows it (the tooltip says
// why not otherwise); one per macro (Ctrl+Alt+1..9) and Edit Macros…
//
// The host tells it the selection (setSelection) and adds actions() to the widget that
// holds the queue (QWidget::addActions): their shortcuts work while the keyboard is in
// that widget (Qt::WidgetWithChildrenShortcut). Triggering an action opens its form
// (ActionForm) over the host widget, or acts at once (Claim); the edit, a bulk action's
// edits or a macro run's are one undo step on the window's stack (LocalEditCommand).
// A bulk action or a macro shows a summary of what was done and refused. Afterwards
// exceptionsChanged() names what changed (after undo and redo too) and, when something
// was done, advanceRequested() asks the host to move to the next exception.
class ExceptionActions final : public QObject
{
    Q_OBJECT

public:
    enum class Action : quint8 {
        Claim, Assign, Note, Reattempt, Reschedule, UpdateAddress, UpdatePhone, ConvertToPickup, ReturnToOrigin,
        Reship, Refund, ContactCustomer, Snooze, MarkFakeAttempt, Resolve, Reopen,
    };
    Q_ENUM(Action)

    // `host`: the parent of the forms and where the shortcuts live.
    ExceptionActions(const ViewContext &context, QWidget *host);
    ~ExceptionActions() override;

    // Who acts: by default the team server's signed-in user (their role from the login;
    // unknown after a restart until the next login: agents' rights) or, standalone, the
    // store's own user with every right. Setting it fixes it for good.
    void setUser(const QString &name, std::optional<Role> role);
    QString user() const { return m_user; }
    std::optional<Role> role() const { return m_role; }

    // The selected exceptions, as the queue read them; setSelectedIds reads them itself.
    void setSelection(const QList<ExceptionQueueRow> &rows);
    void setSelectedIds(const QList<qint64> &ids);
    const QList<ExceptionQueueRow> &selection() const { return m_selection; }
    // Reads the selected rows again (after the store changed under them).
    void refreshSelection();

    QAction *action(Action action) const;
    // Every edit action, in menu order.
    QList<QAction *> actions() const;
    // One per macro that reads (in their order; with Ctrl+Alt+slot), one disabled per
    // saved macro that no longer reads (its tooltip says where), then Edit Macros….
    QList<QAction *> macroActions() const { return m_macroActions; }
    QAction *editMacrosAction() const { return m_editMacros; }
    const QList<EditMacro> &macros() const { return m_macros.macros; }
    const QList<MacroProblem> &macroProblems() const { return m_macros.problems; }

    // Opens an action's form even when the role does not allow it: the form says so
    // plainly and cannot send (a detail pane's button can explain a refusal this way).
    ActionForm *openForm(Action action);
    // Runs `steps` on the selection as one undo step, as a macro does.
    BatchResult runSteps(const QString &what, const QList<MacroStep> &steps);

    // What is open now, for the host and tests.
    ActionForm *currentForm() const;
    ActionSummaryDialog *lastSummary() const;
    MacroDialog *macroDialog() const;

    // "Re-attempt Delivery"; "Resolve" — the action's name without its mnemonic.
    static QString title(Action action);

Q_SIGNALS:
    void exceptionsChanged(const QList<qint64> &exceptionIds);
    void advanceRequested();
    void statusMessage(const QString &text, int timeoutMs);
    // The macro actions were made again (the agent saved their macros).
    void macrosChanged();

private:
    void createActions();
    void loadMacros();
    void rebuildMacroActions();
    void updateActions();
    void userFromSession();
    void trigger(Action action);
    void submit(Action action, const QByteArray &params);
    BatchResult run(const QString &what, const QList<MacroStep> &steps, bool showSummary);
    void report(const QList<qint64> &ids, const QString &error);
    void editMacros();
    bool isStandalone() const;

    ViewContext m_context;
    QWidget *m_host;
    QString m_user;
    std::optional<Role> m_role;
    bool m_userFixed = false;
    QList<ExceptionQueueRow> m_selection;
    QList<QAction *> m_actions;
    QList<QAction *> m_macroActions;
    QAction *m_editMacros;
    EditMacros::Loaded m_macros;
    QPointer<ActionForm> m_form;
    QPointer<ActionSummaryDialog> m_summary;
    QPointer<MacroDialog> m_macroDialog;
};

} // namespace ct
