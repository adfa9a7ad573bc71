// SPDX-License-Identifier: MIT
#include "localeditcommand.h"

#include "shell/clock.h"

namespace ct {

LocalEditCommand::LocalEditCommand(const Database &database, const Clock &clock, const QString &text,
                                           QList<LocalEdit> edits, Report report)
    : QUndoCommand(text)
    , m_database(database)
    , m_clock(clock)
    , m_edits(std::move(edits))
    , m_report(std::move(report))
{
}

QList<qint64> LocalEditCommand::entityIds() const
{
    QList<qint64> ids;
    for (const LocalEdit &edit : m_edits) {
        if (!ids.contains(edit.entityId))
            ids << edit.entityId;
    }
    return ids;
}

void LocalEditCommand::finish(bool ok, const QString &error)
{
    if (!ok)
        setObsolete(true);
    if (m_report)
        m_report(entityIds(), ok ? QString() : error);
}

void LocalEditCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    const EditOutcome outcome = LocalEdits(m_database).remake(m_edits, m_clock.nowMs());
    finish(outcome.ok(), outcome.detail);
}

void LocalEditCommand::undo()
{
    QString error;
    const bool ok = LocalEdits(m_database).withdraw(m_edits, &error);
    finish(ok, error);
}

} // namespace ct
