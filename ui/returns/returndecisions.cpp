// SPDX-License-Identifier: MIT
#include "returndecisions.h"

#include "actions/editprecheck.h"
#include "edits/editcatalog.h"
#include "returndecisiondialog.h"
#include "settings/appsettings.h"
#include "shell/clock.h"
#include "sync/localedits.h"
#include "sync/serversession.h"
#include "widgets/localeditcommand.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWidget>

namespace ct {

namespace {

using K = ReturnDecision::Kind;

struct Spec
{
    K kind;
    const char *text;
    Qt::Key key;
};

constexpr Spec Specs[] = {
    {K::Approve, QT_TRANSLATE_NOOP("ct::ReturnDecisions", "&Approve"), Qt::Key_A},
    {K::Reject, QT_TRANSLATE_NOOP("ct::ReturnDecisions", "&Reject…"), Qt::Key_R},
    {K::Exchange, QT_TRANSLATE_NOOP("ct::ReturnDecisions", "&Exchange…"), Qt::Key_E},
    {K::Refund, QT_TRANSLATE_NOOP("ct::ReturnDecisions", "Re&fund…"), Qt::Key_F},
    {K::StoreCredit, QT_TRANSLATE_NOOP("ct::ReturnDecisions", "Store &Credit…"), Qt::Key_C},
    {K::Inspect, QT_TRANSLATE_NOOP("ct::ReturnDecisions", "&Inspect…"), Qt::Key_I},
};

} // namespace

ReturnDecisions::ReturnDecisions(const ViewContext &context, QWidget *host)
    : QObject(host), m_context(context), m_host(host), m_policy(ReturnPolicy::defaults())
{
    for (const Spec &s : Specs) {
        auto *action = new QAction(QCoreApplication::translate("ct::ReturnDecisions", s.text), this);
        action->setObjectName(QStringLiteral("decide-%1").arg(QLatin1String(ReturnDecision::op(s.kind))));
        action->setShortcut(QKeySequence(s.key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setStatusTip(QString::fromLatin1(
            EditCatalog::find(EntityKind::Return, QString::fromLatin1(ReturnDecision::op(s.kind)))->summary));
        const K kind = s.kind;
        connect(action, &QAction::triggered, this, [this, kind] { trigger(kind); });
        m_actions << action;
    }
    userFromSession();
    if (m_context.session)
        connect(m_context.session, &ServerSession::connectionChanged, this, [this] {
            if (!m_userFixed)
                userFromSession();
        });
    updateActions();
}

void ReturnDecisions::userFromSession()
{
    if (!LocalEdits(m_context.database).isStandalone()) {
        const QString signedIn = m_context.session ? m_context.session->user() : QString();
        m_user = signedIn.isEmpty() ? AppSettings::ServerUser.value() : signedIn;
        m_role = m_context.session ? roleFromCode(m_context.session->role()) : std::nullopt;
    } else {
        QString local = AppSettings::ServerUser.value();
        for (const char *name : {"USER", "USERNAME"}) {
            if (local.isEmpty())
                local = qEnvironmentVariable(name);
        }
        m_user = local.isEmpty() ? QStringLiteral("me") : local;
        m_role = Role::Admin;
    }
    updateActions();
}

void ReturnDecisions::setUser(const QString &name, std::optional<Role> role)
{
    m_userFixed = true;
    m_user = name;
    m_role = role;
    updateActions();
}

void ReturnDecisions::setSelection(const QList<ReturnQueueRow> &rows)
{
    m_selection = rows;
    updateActions();
}

QAction *ReturnDecisions::action(K kind) const
{
    return m_actions.value(static_cast<int>(kind));
}

void ReturnDecisions::updateActions()
{
    for (const Spec &s : Specs) {
        QAction *a = action(s.kind);
        QString why;
        bool any = false;
        for (const ReturnQueueRow &row : std::as_const(m_selection)) {
            const QString refusal = ReturnDecision::refusal(s.kind, row.status);
            if (refusal.isEmpty())
                any = true;
            else if (why.isEmpty())
                why = refusal;
        }
        a->setEnabled(any);
        // A role that may not decide still opens the form, which says who may.
        a->setToolTip(any ? a->statusTip() : (m_selection.isEmpty() ? tr("Select a return first") : why));
    }
}

void ReturnDecisions::trigger(K kind)
{
    QList<ReturnQueueRow> rows;
    for (const ReturnQueueRow &row : std::as_const(m_selection)) {
        if (ReturnDecision::refusal(kind, row.status).isEmpty())
            rows << row;
    }
    if (rows.isEmpty())
        return;
    if (!ReturnDecisionDialog::needsForm(kind, rows)
        && EditPrecheck::roleProblem(*EditCatalog::find(EntityKind::Return, QString::fromLatin1(ReturnDecision::op(kind))),
                                     m_role)
               .isEmpty()) {
        decide(kind, [](const ReturnQueueRow &) { return QByteArray("{}"); });
        return;
    }
    auto *dialog = new ReturnDecisionDialog(kind, rows, m_policy, m_role, m_host);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, kind, dialog] {
        decide(kind, [dialog](const ReturnQueueRow &row) { return dialog->params(row); });
    });
    dialog->open();
}

int ReturnDecisions::decide(K kind, const std::function<QByteArray(const ReturnQueueRow &)> &params)
{
    const EditOp *op = EditCatalog::find(EntityKind::Return, QString::fromLatin1(ReturnDecision::op(kind)));
    const QString title = action(kind)->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    QList<LocalEdit> made;
    QList<QPair<QString, QString>> results; // RMA, what became of it
    QList<qint64> changed;
    const qint64 now = m_context.clock.nowMs();
    LocalEdits edits(m_context.database);
    for (const ReturnQueueRow &row : std::as_const(m_selection)) {
        QString refusal = ReturnDecision::refusal(kind, row.status);
        if (refusal.isEmpty())
            refusal = EditPrecheck::roleProblem(*op, m_role);
        if (refusal.isEmpty()) {
            LocalEdit edit;
            const EditOutcome outcome = edits.make(EntityKind::Return, row.returnId, *op, params(row), m_user, now, &edit);
            if (outcome.ok()) {
                made << edit;
                changed << row.returnId;
                results.append({row.rma, tr("done")});
                continue;
            }
            refusal = outcome.detail.isEmpty() && !outcome.errors.isEmpty() ? outcome.errors.first().detail : outcome.detail;
        }
        results.append({row.rma, tr("refused: %1").arg(refusal)});
    }
    if (!made.isEmpty() && m_context.undoStack) {
        QPointer<ReturnDecisions> self(this);
        m_context.undoStack->push(new LocalEditCommand(
            m_context.database, m_context.clock,
            made.size() == 1 ? tr("%1: %2").arg(title, results.constFirst().first)
                             : tr("%1: %n returns", nullptr, static_cast<int>(made.size())).arg(title),
            made, [self](const QList<qint64> &ids, const QString &error) {
                if (!self)
                    return;
                Q_EMIT self->returnsChanged(ids);
                if (!error.isEmpty())
                    Q_EMIT self->statusMessage(tr("Not undone: %1").arg(error), 15000);
            }));
    }
    const int refused = static_cast<int>(results.size() - made.size());
    if (results.size() == 1)
        Q_EMIT statusMessage(tr("%1: %2 for %3").arg(title, results.constFirst().second, results.constFirst().first), 10000);
    else
        Q_EMIT statusMessage(tr("%1: done for %2 of %3 returns").arg(title).arg(made.size()).arg(results.size()), 10000);
    if (results.size() > 1 || refused > 0) {
        auto *summary = new QDialog(m_host);
        summary->setObjectName(QStringLiteral("decisionSummary"));
        summary->setWindowTitle(tr("%1: Summary").arg(title));
        summary->setAttribute(Qt::WA_DeleteOnClose);
        auto *table = new QTableWidget(static_cast<int>(results.size()), 2, summary);
        table->setObjectName(QStringLiteral("decisionResults"));
        table->setHorizontalHeaderLabels({tr("Return"), tr("Result")});
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
        for (int i = 0; i < results.size(); ++i) {
            table->setItem(i, 0, new QTableWidgetItem(results.at(i).first));
            table->setItem(i, 1, new QTableWidgetItem(results.at(i).second));
        }
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, summary);
        connect(buttons, &QDialogButtonBox::rejected, summary, &QDialog::reject);
        auto *layout = new QVBoxLayout(summary);
        layout->addWidget(new QLabel(tr("%1 of %2 decided; %3 refused. Undo (Ctrl+Z) takes back all that was decided in one "
                                        "step, until it is sent.")
                                         .arg(made.size()).arg(results.size()).arg(refused),
                                     summary));
        layout->addWidget(table);
        layout->addWidget(buttons);
        summary->resize(520, 320);
        m_summary = summary;
        summary->open();
    }
    if (!changed.isEmpty()) {
        Q_EMIT returnsChanged(changed);
        if (m_selection.size() == 1)
            Q_EMIT advanceRequested();
    }
    return static_cast<int>(made.size());
}

} // namespace ct
