// SPDX-License-Identifier: MIT
#include "outboxcommands.h"

#include "shell/clock.h"
#include "sync/syncstore.h"

#include <QCoreApplication>

namespace ct {

namespace {

QString commandText(const char *text, const QString &item)
{
    return QCoreApplication::translate("OutboxCommand", text).arg(item);
}

} // namespace

OutboxCommand::OutboxCommand(const Database &database, const Clock &clock, const QString &text, Report report)
    : QUndoCommand(text)
    , m_database(database)
    , m_clock(clock)
    , m_report(std::move(report))
{
}

void OutboxCommand::finish(bool ok, const QString &error)
{
    if (!ok)
        setObsolete(true);
    if (m_report)
        m_report(ok ? QString() : error);
}

DiscardEditCommand::DiscardEditCommand(const Database &database, const Clock &clock, qint64 conflictId,
                                       const QString &item, Report report)
    : OutboxCommand(database, clock, commandText(QT_TRANSLATE_NOOP("OutboxCommand", "Discard My Edit of %1"), item),
                    std::move(report))
    , m_conflictId(conflictId)
{
}

void DiscardEditCommand::redo()
{
    if (firstRedo())
        return;
    QString error;
    const bool ok = SyncStore(m_database).discardConflict(m_conflictId, m_clock.nowMs(), &error);
    finish(ok, error);
}

void DiscardEditCommand::undo()
{
    QString error;
    const bool ok = SyncStore(m_database).reopenConflict(m_conflictId, &error);
    finish(ok, error);
}

ReapplyEditCommand::ReapplyEditCommand(const Database &database, const Clock &clock, qint64 conflictId,
                                       const QString &item, OutboxEntry queued, QByteArray before, QString actor,
                                       Report report)
    : OutboxCommand(database, clock, commandText(QT_TRANSLATE_NOOP("OutboxCommand", "Apply My Edit of %1 Again"), item),
                    std::move(report))
    , m_conflictId(conflictId)
    , m_queued(std::move(queued))
    , m_before(std::move(before))
    , m_actor(std::move(actor))
{
}

void ReapplyEditCommand::redo()
{
    if (firstRedo())
        return;
    const EditOutcome outcome = SyncStore(m_database).requeueConflict(m_conflictId, m_actor, m_clock.nowMs(), &m_queued,
                                                                      &m_before);
    finish(outcome.ok(), outcome.detail);
}

void ReapplyEditCommand::undo()
{
    QString error;
    const bool ok = SyncStore(m_database).withdrawRequeued(m_conflictId, m_queued, m_before, &error);
    finish(ok, error);
}

DismissRefusedCommand::DismissRefusedCommand(const Database &database, const Clock &clock, qint64 outboxId,
                                             const QString &item, Report report)
    : OutboxCommand(database, clock, commandText(QT_TRANSLATE_NOOP("OutboxCommand", "Put Aside the Refused Edit of %1"), item),
                    std::move(report))
    , m_outboxId(outboxId)
{
}

void DismissRefusedCommand::redo()
{
    if (firstRedo())
        return;
    QString error;
    const bool ok = Outbox(m_database).dismiss(m_outboxId, m_clock.nowMs(), &error);
    finish(ok, error);
}

void DismissRefusedCommand::undo()
{
    QString error;
    const bool ok = Outbox(m_database).undismiss(m_outboxId, m_clock.nowMs(), &error);
    finish(ok, error);
}

} // namespace ct
