// SPDX-License-Identifier: MIT
#include "conflictcommands.h"

#include "sync/syncstore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ct {

ConflictCommand::ConflictCommand(const Database &database, qint64 conflictId, const QString &text, Report report)
    : QUndoCommand(text)
    , m_database(database)
    , m_conflictId(conflictId)
    , m_report(std::move(report))
{
}

void ConflictCommand::finish(bool ok, const QString &error)
{
    if (!ok)
        setObsolete(true);
    if (m_report)
        m_report(ok ? QString() : error);
}

DiscardEditCommand::DiscardEditCommand(const Database &database, qint64 conflictId, const QString &item, Report report)
    : ConflictCommand(database, conflictId,
                      QCoreApplication::translate("ConflictCommand", "Discard My Edit of %1").arg(item), std::move(report))
{
}

void DiscardEditCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    QString error;
    const bool ok = SyncStore(m_database).discardConflict(m_conflictId, QDateTime::currentMSecsSinceEpoch(), &error);
    finish(ok, error);
}

void DiscardEditCommand::undo()
{
    QString error;
    const bool ok = SyncStore(m_database).reopenConflict(m_conflictId, &error);
    finish(ok, error);
}

ReapplyEditCommand::ReapplyEditCommand(const Database &database, qint64 conflictId, const QString &item,
                                       OutboxEntry queued, QByteArray before, QString actor, Report report)
    : ConflictCommand(database, conflictId,
                      QCoreApplication::translate("ConflictCommand", "Apply My Edit of %1 Again").arg(item),
                      std::move(report))
    , m_queued(std::move(queued))
    , m_before(std::move(before))
    , m_actor(std::move(actor))
{
}

void ReapplyEditCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    const EditOutcome outcome = SyncStore(m_database).requeueConflict(m_conflictId, m_actor,
                                                                      QDateTime::currentMSecsSinceEpoch(), &m_queued,
                                                                      &m_before);
    finish(outcome.ok(), outcome.detail);
}

void ReapplyEditCommand::undo()
{
    QString error;
    const bool ok = SyncStore(m_database).withdrawRequeued(m_conflictId, m_queued, m_before, &error);
    finish(ok, error);
}

} // namespace ct
