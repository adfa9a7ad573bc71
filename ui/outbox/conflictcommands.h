// SPDX-License-Identifier: MIT
#pragma once

#include "sync/outbox.h"

#include <QByteArray>
#include <QString>
#include <QUndoCommand>

#include <functional>

namespace ct {

class Database;

// The two resolutions of a sync conflict as undoable commands (Edit > Undo until the next
// sync, which clears the stack). Each is made once before it is pushed — a resolution
// that fails never reaches the stack — so the first redo() does nothing. When a later
// undo or redo fails (the store refused; the edit was sent meanwhile) the command
// reports it and drops out of the stack.
class ConflictCommand : public QUndoCommand
{
public:
    // Called after every change the command makes, with an error text when it failed.
    using Report = std::function<void(const QString &error)>;

protected:
    ConflictCommand(const Database &database, qint64 conflictId, const QString &text, Report report);
    void finish(bool ok, const QString &error);

    const Database &m_database;
    qint64 m_conflictId;
    Report m_report;
    bool m_firstRedo = true;
};

// "Discard my edit": the server's version stays.
class DiscardEditCommand final : public ConflictCommand
{
public:
    DiscardEditCommand(const Database &database, qint64 conflictId, const QString &item, Report report);
    void redo() override;
    void undo() override;
};

// "Apply my edit again on the server's version": a new outbox entry against the current
// version; undo takes it back while it has not been sent.
class ReapplyEditCommand final : public ConflictCommand
{
public:
    ReapplyEditCommand(const Database &database, qint64 conflictId, const QString &item, OutboxEntry queued,
                       QByteArray before, QString actor, Report report);
    void redo() override;
    void undo() override;
    const OutboxEntry &queued() const { return m_queued; }

private:
    OutboxEntry m_queued;
    QByteArray m_before;
    QString m_actor;
};

} // namespace ct
