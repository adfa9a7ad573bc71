// SPDX-License-Identifier: MIT
#pragma once

#include "sync/localedits.h"

#include <QList>
#include <QString>
#include <QUndoCommand>

#include <functional>

namespace ct {

class Clock;
class Database;

// Agents' edits as one step of the window's undo stack: one edit, a bulk action's edits
// or a macro run's (on exceptions), a decision on one return or many, made once before the command is pushed (so the first
// redo() does nothing). Undo takes every edit back in one transaction (LocalEdits::
// withdraw: the outbox entries deleted, the fields put back) and is refused once an edit
// was sent to the team server, or changed again since; redo makes them again. When undo
// or redo fails the command reports why and drops out of the stack, as the outbox's
// commands do.
class LocalEditCommand final : public QUndoCommand
{
public:
    // After every undo and redo: the entities it touched, and an error text when it failed.
    using Report = std::function<void(const QList<qint64> &entityIds, const QString &error)>;

    LocalEditCommand(const Database &database, const Clock &clock, const QString &text, QList<LocalEdit> edits,
                         Report report);

    void redo() override;
    void undo() override;

    const QList<LocalEdit> &edits() const { return m_edits; }
    // The entities its edits touched, each once, in order.
    QList<qint64> entityIds() const;

private:
    void finish(bool ok, const QString &error);

    const Database &m_database;
    const Clock &m_clock;
    QList<LocalEdit> m_edits;
    Report m_report;
    bool m_firstRedo = true;
};

} // namespace ct
