// SPDX-License-Identifier: MIT
#include "exceptionactions.h"

#include "actionform.h"
#include "actions/editprecheck.h"
#include "actionsummarydialog.h"
#include "domain/carriers.h"
#include "json/parser.h"
#include "macrodialog.h"
#include "queue/exceptionqueuequery.h"
#include "settings/appsettings.h"
#include "shell/clock.h"
#include "store/shipmentdetail.h"
#include "sync/localedits.h"
#include "sync/serversession.h"
#include "widgets/localeditcommand.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>
#include <QUndoStack>
#include <QWidget>

namespace ct {

namespace {

using A = ExceptionActions::Action;

// Single keys while the keyboard is in the queue (J/K, arrows, Enter, ? and F1 belong to
// the queue view; Ctrl+Z, Ctrl+F, F5 to the window).
struct Spec
{
    A action;
    const char *op;
    const char *name;
    const char *text;
    const char *title;
    QKeyCombination key;
    bool form;
};
constexpr Spec Specs[] = {
    {A::Claim, "claim", "claim", QT_TRANSLATE_NOOP("ExceptionActions", "&Claim"), QT_TRANSLATE_NOOP("ExceptionActions", "Claim"), QKeyCombination(Qt::Key_C), false},
    {A::Assign, "assign", "assign", QT_TRANSLATE_NOOP("ExceptionActions", "&Assign…"), QT_TRANSLATE_NOOP("ExceptionActions", "Assign"), QKeyCombination(Qt::Key_A), true},
    {A::Note, "note", "note", QT_TRANSLATE_NOOP("ExceptionActions", "Add &Note…"), QT_TRANSLATE_NOOP("ExceptionActions", "Add Note"), QKeyCombination(Qt::Key_N), true},
    {A::Reattempt, "reattempt", "reattempt", QT_TRANSLATE_NOOP("ExceptionActions", "&Re-attempt Delivery…"), QT_TRANSLATE_NOOP("ExceptionActions", "Re-attempt Delivery"), QKeyCombination(Qt::Key_R), true},
    {A::Reschedule, "reschedule", "reschedule", QT_TRANSLATE_NOOP("ExceptionActions", "Re&schedule Delivery…"), QT_TRANSLATE_NOOP("ExceptionActions", "Reschedule Delivery"), Qt::SHIFT | Qt::Key_R, true},
    {A::UpdateAddress, "update_address", "update-address", QT_TRANSLATE_NOOP("ExceptionActions", "Update A&ddress…"), QT_TRANSLATE_NOOP("ExceptionActions", "Update Address"), QKeyCombination(Qt::Key_D), true},
    {A::UpdatePhone, "update_phone", "update-phone", QT_TRANSLATE_NOOP("ExceptionActions", "Update &Phone…"), QT_TRANSLATE_NOOP("ExceptionActions", "Update Phone"), QKeyCombination(Qt::Key_P), true},
    {A::ConvertToPickup, "convert_to_pickup", "convert-to-pickup", QT_TRANSLATE_NOOP("ExceptionActions", "Redirect to Pick&up Point…"), QT_TRANSLATE_NOOP("ExceptionActions", "Redirect to Pickup Point"), QKeyCombination(Qt::Key_U), true},
    {A::ReturnToOrigin, "return_to_origin", "return-to-origin", QT_TRANSLATE_NOOP("ExceptionActions", "Return to &Origin…"), QT_TRANSLATE_NOOP("ExceptionActions", "Return to Origin"), QKeyCombination(Qt::Key_O), true},
    {A::Reship, "reship", "reship", QT_TRANSLATE_NOOP("ExceptionActions", "Res&hip…"), QT_TRANSLATE_NOOP("ExceptionActions", "Reship"), QKeyCombination(Qt::Key_H), true},
    {A::Refund, "refund", "refund", QT_TRANSLATE_NOOP("ExceptionActions", "Re&fund…"), QT_TRANSLATE_NOOP("ExceptionActions", "Refund"), QKeyCombination(Qt::Key_F), true},
    {A::ContactCustomer, "contact_customer", "contact-customer", QT_TRANSLATE_NOOP("ExceptionActions", "Contact Custo&mer…"), QT_TRANSLATE_NOOP("ExceptionActions", "Contact Customer"), QKeyCombination(Qt::Key_M), true},
    {A::Snooze, "snooze", "snooze", QT_TRANSLATE_NOOP("ExceptionActions", "Snoo&ze…"), QT_TRANSLATE_NOOP("ExceptionActions", "Snooze"), QKeyCombination(Qt::Key_S), true},
    {A::MarkFakeAttempt, "mark_fake_attempt", "mark-fake-attempt", QT_TRANSLATE_NOOP("ExceptionActions", "Mark as Fa&ke Attempt…"), QT_TRANSLATE_NOOP("ExceptionActions", "Mark as Fake Attempt"), Qt::SHIFT | Qt::Key_F, true},
    {A::Resolve, "status", "resolve", QT_TRANSLATE_NOOP("ExceptionActions", "Resol&ve…"), QT_TRANSLATE_NOOP("ExceptionActions", "Resolve"), QKeyCombination(Qt::Key_E), true},
    {A::Reopen, "status", "reopen", QT_TRANSLATE_NOOP("ExceptionActions", "R&eopen…"), QT_TRANSLATE_NOOP("ExceptionActions", "Reopen"), Qt::SHIFT | Qt::Key_E, true},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("ExceptionActions", text);
}

// The parameters that say which way a status edit goes, for what applies.
QByteArray directionOf(A action)
{
    if (action == A::Resolve)
        return QByteArrayLiteral(R"({"status":"resolved"})");
    if (action == A::Reopen)
        return QByteArrayLiteral(R"({"status":"open"})");
    return QByteArrayLiteral("{}");
}

static_assert(std::size(Specs) == 16 && [] {
    for (std::size_t i = 0; i < std::size(Specs); ++i) {
        if (static_cast<std::size_t>(Specs[i].action) != i)
            return false;
    }
    return true;
}(), "Specs follow the order of ExceptionActions::Action");

const Spec &spec(A action)
{
    return Specs[static_cast<int>(action)];
}

// Edits that ask something of someone outside the store: a carrier, a payment or
// message service, the warehouse. Without a team server they are only recorded.
bool leavesTheStore(QStringView op)
{
    for (const char *name : {"reattempt", "update_address", "update_phone", "reschedule", "convert_to_pickup",
                             "return_to_origin", "mark_fake_attempt", "reship", "refund", "contact_customer"}) {
        if (op == QLatin1String(name))
            return true;
    }
    return false;
}

QString whose(const QList<ExceptionQueueRow> &rows)
{
    return rows.size() == 1 ? rows.first().trackingNumber
                            : QCoreApplication::translate("ExceptionActions", "%n Exceptions", nullptr, static_cast<int>(rows.size()));
}

} // namespace

QString ExceptionActions::title(Action action)
{
    return translated(spec(action).title);
}

ExceptionActions::ExceptionActions(const ViewContext &context, QWidget *host)
    : QObject(host)
    , m_context(context)
    , m_host(host)
    , m_editMacros(new QAction(tr("&Edit Macros…"), this))
{
    m_editMacros->setObjectName(QStringLiteral("action-edit-macros"));
    m_editMacros->setStatusTip(tr("Name sequences of actions and give them Ctrl+Alt+1..9"));
    connect(m_editMacros, &QAction::triggered, this, &ExceptionActions::editMacros);
    createActions();
    userFromSession();
    if (m_context.session)
        connect(m_context.session, &ServerSession::connectionChanged, this, [this] {
            if (!m_userFixed)
                userFromSession();
        });
    loadMacros();
    updateActions();
}

ExceptionActions::~ExceptionActions() = default;

void ExceptionActions::createActions()
{
    for (const auto &s : Specs) {
        auto *action = new QAction(translated(s.text), this);
        action->setObjectName(QStringLiteral("action-%1").arg(QLatin1String(s.name)));
        action->setShortcut(QKeySequence(s.key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const EditOp *op = EditCatalog::find(EntityKind::Exception, QString::fromLatin1(s.op));
        action->setStatusTip(s.action == A::Reopen ? tr("Open the exception again") : QString::fromLatin1(op->summary));
        const A which = s.action;
        connect(action, &QAction::triggered, this, [this, which] { trigger(which); });
        m_actions << action;
    }
}

bool ExceptionActions::isStandalone() const
{
    return LocalEdits(m_context.database).isStandalone();
}

void ExceptionActions::userFromSession()
{
    const QString saved = AppSettings::ServerUser.value();
    if (!isStandalone()) {
        // A team server's replica: the server's user; the role as the last login said.
        const QString signedIn = m_context.session ? m_context.session->user() : QString();
        m_user = signedIn.isEmpty() ? saved : signedIn;
        m_role = m_context.session ? roleFromCode(m_context.session->role()) : std::nullopt;
    } else {
        // The store is the user's own: every action is theirs to take.
        QString local = saved;
        for (const char *name : {"USER", "USERNAME"}) {
            if (local.isEmpty())
                local = qEnvironmentVariable(name);
        }
        m_user = local.isEmpty() ? QStringLiteral("me") : local;
        m_role = Role::Admin;
    }
    updateActions();
}

void ExceptionActions::setUser(const QString &name, std::optional<Role> role)
{
    m_userFixed = true;
    m_user = name;
    m_role = role;
    updateActions();
}

void ExceptionActions::setSelection(const QList<ExceptionQueueRow> &rows)
{
    m_selection = rows;
    updateActions();
}

void ExceptionActions::setSelectedIds(const QList<qint64> &ids)
{
    QList<ExceptionQueueRow> rows;
    ExceptionQueueQuery query(m_context.database);
    const ExceptionQueueContext context{m_context.clock.nowMs(), m_user};
    for (const qint64 id : ids) {
        QString error;
        if (auto row = query.row(id, context, &error))
            rows << *row;
    }
    setSelection(rows);
}

void ExceptionActions::refreshSelection()
{
    QList<qint64> ids;
    for (const ExceptionQueueRow &row : m_selection)
        ids << row.exceptionId;
    setSelectedIds(ids);
}

QAction *ExceptionActions::action(Action action) const
{
    return m_actions.value(static_cast<int>(action));
}

QList<QAction *> ExceptionActions::actions() const
{
    return m_actions;
}

void ExceptionActions::updateActions()
{
    for (const auto &s : Specs) {
        QAction *qaction = action(s.action);
        const EditOp *op = EditCatalog::find(EntityKind::Exception, QString::fromLatin1(s.op));
        const QString title = translated(s.title);
        const QString shortcut = qaction->shortcut().toString(QKeySequence::NativeText);
        QString why;
        int applies = 0;
        if (m_selection.isEmpty()) {
            why = tr("select an exception first");
        } else if (const QString role = EditPrecheck::roleProblem(*op, m_role); !role.isEmpty()) {
            why = role;
        } else {
            const QByteArray direction = directionOf(s.action);
            json::Parser parser;
            const auto params = parser.parse(direction.constData(), direction.size());
            QString first;
            for (const ExceptionQueueRow &row : m_selection) {
                const QString reason = EditPrecheck::notApplicable(*op, &*params, row, m_user);
                if (reason.isEmpty())
                    ++applies;
                else if (first.isEmpty())
                    first = reason;
            }
            if (applies == 0)
                why = m_selection.size() == 1 ? first : tr("none of the %1 selected: %2").arg(m_selection.size()).arg(first);
        }
        qaction->setEnabled(why.isEmpty());
        if (!why.isEmpty())
            qaction->setToolTip(tr("%1 (%2): %3").arg(title, shortcut, why));
        else if (applies < m_selection.size())
            qaction->setToolTip(tr("%1 (%2): applies to %3 of the %4 selected").arg(title, shortcut).arg(applies).arg(m_selection.size()));
        else
            qaction->setToolTip(tr("%1 (%2)").arg(title, shortcut));
    }
    const bool canRunMacros = !m_selection.isEmpty() && m_role != Role::Analyst;
    for (QAction *macro : std::as_const(m_macroActions)) {
        if (macro != m_editMacros && macro->property("macroIndex").isValid())
            macro->setEnabled(canRunMacros);
    }
}

void ExceptionActions::trigger(Action which)
{
    if (m_selection.isEmpty())
        return;
    if (!spec(which).form) {
        run(title(which), {MacroStep{QString::fromLatin1(spec(which).op), directionOf(which)}}, true);
        return;
    }
    openForm(which);
}

ActionForm *ExceptionActions::openForm(Action which)
{
    if (m_selection.isEmpty())
        return nullptr;
    if (m_form && m_form->isVisible()) {
        // One form at a time, and what is typed in it is not thrown away.
        m_form->raise();
        m_form->activateWindow();
        return m_form;
    }
    const Spec &s = spec(which);
    ActionFormSetup setup;
    setup.op = EditCatalog::find(EntityKind::Exception, QString::fromLatin1(s.op));
    setup.reopening = which == A::Reopen;
    setup.title = title(which);
    setup.targets = m_selection;
    setup.user = m_user;
    setup.roleProblem = EditPrecheck::roleProblem(*setup.op, m_role);
    setup.standalone = isStandalone();
    setup.nowMs = m_context.clock.nowMs();
    setup.today = m_context.clock.today();
    QString error;
    setup.shipment = ShipmentDetailQuery(m_context.database).load(m_selection.first().shipmentId, &error);
    auto *form = new ActionForm(std::move(setup), m_host);
    form->setAttribute(Qt::WA_DeleteOnClose);
    m_form = form;
    connect(form, &ActionForm::submitted, this, [this, which](const QByteArray &params) { submit(which, params); });
    form->open();
    return form;
}

void ExceptionActions::submit(Action which, const QByteArray &params)
{
    const QList<MacroStep> steps{{QString::fromLatin1(spec(which).op), params}};
    if (m_selection.size() == 1) {
        // One exception: a refusal stays in the form, at its field when it names one.
        const BatchResult result = run(title(which), steps, false);
        const BatchItem item = result.items.value(0);
        if (!item.ok() && m_form) {
            m_form->showRefusal(item.refusal, item.errors);
            return;
        }
        if (m_form)
            m_form->finish();
        return;
    }
    if (m_form)
        m_form->finish();
    run(title(which), steps, true);
}

BatchResult ExceptionActions::runSteps(const QString &what, const QList<MacroStep> &steps)
{
    return run(what, steps, true);
}

BatchResult ExceptionActions::run(const QString &what, const QList<MacroStep> &steps, bool showSummary)
{
    QList<qint64> ids;
    for (const ExceptionQueueRow &row : m_selection)
        ids << row.exceptionId;
    const BatchContext context{m_context.clock.nowMs(), m_context.clock.today(), m_user, m_role};
    const BatchResult result = EditBatch(m_context.database).run(ids, steps, context);
    const bool standalone = isStandalone();
    QList<qint64> changed;
    for (const LocalEdit &edit : result.made) {
        if (!changed.contains(edit.entityId))
            changed << edit.entityId;
    }
    if (!result.made.isEmpty() && m_context.undoStack) {
        QPointer<ExceptionActions> self(this);
        QList<ExceptionQueueRow> touched;
        for (const ExceptionQueueRow &row : m_selection) {
            if (changed.contains(row.exceptionId))
                touched << row;
        }
        auto *command = new LocalEditCommand(
            m_context.database, m_context.clock, tr("%1: %2").arg(what, whose(touched)), result.made,
            [self](const QList<qint64> &exceptionIds, const QString &error) {
                if (self)
                    self->report(exceptionIds, error);
            });
        m_context.undoStack->push(command);
    }
    // What the user reads: a line in the status bar, and for many (or a refusal without
    // a form to show it in) the summary.
    QString message;
    if (result.items.size() == 1 && result.items.first().ok()) {
        const QString carrier = carrierDisplayName(m_selection.first().carrier);
        const bool recordedOnly = standalone && std::any_of(steps.begin(), steps.end(), [](const MacroStep &step) {
            return leavesTheStore(step.op);
        });
        message = recordedOnly
            ? tr("%1: recorded for %2 (no team server: nothing was sent to %3 or anyone else)")
                  .arg(what, result.items.first().trackingNumber, carrier)
            : tr("%1: done for %2").arg(what, result.items.first().trackingNumber);
    } else if (result.items.size() == 1) {
        message = tr("%1: refused for %2: %3").arg(what, result.items.first().trackingNumber, result.items.first().refusal);
    } else {
        message = tr("%1: done for %2 of %3 exceptions").arg(what).arg(result.appliedCount()).arg(result.items.size());
    }
    Q_EMIT statusMessage(message, 10000);
    const bool summary = showSummary && (result.items.size() > 1 || result.refusedCount() > 0);
    if (summary) {
        auto *dialog = new ActionSummaryDialog(what, result, standalone, m_host);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_summary = dialog;
        dialog->open();
    }
    refreshSelection();
    if (!changed.isEmpty()) {
        Q_EMIT exceptionsChanged(changed);
        Q_EMIT advanceRequested();
    }
    return result;
}

void ExceptionActions::report(const QList<qint64> &ids, const QString &error)
{
    refreshSelection();
    Q_EMIT exceptionsChanged(ids);
    if (error.isEmpty())
        return;
    Q_EMIT statusMessage(tr("Not undone: %1").arg(error), 15000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Undo or Redo"),
                                tr("This step cannot be undone or redone any more, and leaves the undo history."),
                                QMessageBox::Ok, m_host);
    box->setObjectName(QStringLiteral("undoRefused"));
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ExceptionActions::loadMacros()
{
    const QByteArray saved = AppSettings::ExceptionMacros.value();
    if (saved.isEmpty())
        m_macros = EditMacros::Loaded{EditMacros::defaults(), {}};
    else
        m_macros = EditMacros::fromJson(saved, m_context.clock.nowMs());
    rebuildMacroActions();
}

void ExceptionActions::rebuildMacroActions()
{
    for (QAction *old : std::as_const(m_macroActions)) {
        if (old != m_editMacros)
            old->deleteLater();
    }
    m_macroActions.clear();
    for (int i = 0; i < m_macros.macros.size(); ++i) {
        const EditMacro &macro = m_macros.macros.at(i);
        auto *action = new QAction(macro.name, this);
        action->setObjectName(QStringLiteral("macro-%1").arg(i + 1));
        action->setProperty("macroIndex", i);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (macro.slot > 0)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | static_cast<Qt::Key>(Qt::Key_0 + macro.slot)));
        QStringList steps;
        for (const MacroStep &step : macro.steps)
            steps << step.op;
        action->setStatusTip(tr("Macro: %1").arg(steps.join(QStringLiteral(", "))));
        action->setToolTip(action->statusTip());
        const EditMacro copy = macro;
        connect(action, &QAction::triggered, this, [this, copy] {
            if (!m_selection.isEmpty())
                run(tr("Macro “%1”").arg(copy.name), copy.steps, true);
        });
        m_macroActions << action;
    }
    for (const MacroProblem &problem : std::as_const(m_macros.problems)) {
        auto *action = new QAction(tr("%1 (does not read)").arg(problem.name.isEmpty() ? tr("Saved macros") : problem.name), this);
        action->setObjectName(QStringLiteral("macro-broken-%1").arg(problem.index));
        action->setEnabled(false);
        action->setToolTip(problem.text());
        action->setStatusTip(problem.text());
        m_macroActions << action;
    }
    m_macroActions << m_editMacros;
    updateActions();
    Q_EMIT macrosChanged();
}

void ExceptionActions::editMacros()
{
    if (m_macroDialog) {
        m_macroDialog->raise();
        return;
    }
    auto *dialog = new MacroDialog(m_macros, m_context.clock.nowMs(), m_host);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_macroDialog = dialog;
    connect(dialog, &MacroDialog::saved, this, [this](const QByteArray &json) {
        AppSettings::ExceptionMacros.setValue(json);
        loadMacros();
        Q_EMIT statusMessage(tr("Macros saved"), 5000);
    });
    dialog->open();
}

ActionForm *ExceptionActions::currentForm() const
{
    return m_form;
}

ActionSummaryDialog *ExceptionActions::lastSummary() const
{
    return m_summary;
}

MacroDialog *ExceptionActions::macroDialog() const
{
    return m_macroDialog;
}

} // namespace ct
