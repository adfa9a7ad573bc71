// SPDX-License-Identifier: MIT
#pragma once

#include "sync/outbox.h"

#include <QByteArray>
#include <QString>
#include <QUndoCommand>

#include <functional>

namespace ct {

class Clock;
class Database;

// What an agent decides in the outbox, as undoable commands (Edit > Undo until the next
// sync, which clears the stack): the two resolutions of a conflict, and putting a refused
// edit aside. Each is made once before it is pushed — one that fails never reaches the
// stack — so the first redo() does nothing. When a later undo or redo fails (the store
// refused; the edit was sent meanwhile) the command reports it and drops out of the stack.
class OutboxCommand : public QUndoCommand
{
public:
    // Called after every change the command makes, with an error text when it failed.
    using Report = std::function<void(const QString &error)>;

protected:
    OutboxCommand(const Database &database, const Clock &clock, const QString &text, Report report);
    // True the first time: the change is already made.
    bool firstRedo() { return std::exchange(m_firstRedo, false); }
    void finish(bool ok, const QString &error);

    const Database &m_database;
    const Clock &m_clock;

private:
    Report m_report;
    bool m_firstRedo = true;
};

// "Discard my edit": the server's version stays.
class DiscardEditCommand final : public OutboxCommand
{
public:
    DiscardEditCommand(const Database &database, const Clock &clock, qint64 conflictId, const QString &item,
                       Report report);
    void redo() override;
    void undo() override;

private:
    qint64 m_conflictId;
};

// "Apply my edit again on the server's version": a new outbox entry against the current
// version; undo takes it back while it has not been sent.
class ReapplyEditCommand final : public OutboxCommand
{
public:
    ReapplyEditCommand(const Database &database, const Clock &clock, qint64 conflictId, const QString &item,
                       OutboxEntry queued, QByteArray before, QString actor, Report report);
    void redo() override;
    void undo() override;
    const OutboxEntry &queued() const { return m_queued; }

private:
    qint64 m_conflictId;
    OutboxEntry m_queued;
    QByteArray m_before;
    QString m_actor;
};

// A refused edit put aside once read; undo puts it back on the list.
class DismissRefusedCommand final : public OutboxCommand
{
public:
    DismissRefusedCommand(const Database &database, const Clock &clock, qint64 outboxId, const QString &item,
                          Report report);
    void redo() override;
    void undo() override;

private:
    qint64 m_outboxId;
};

} // namespace ct
