// SPDX-License-Identifier: MIT
#pragma once

#include "edits/editapplier.h"
#include "entitykind.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ct {

class Database;

enum class OutboxState : quint8 {
    Pending = 0,  // waiting to be pushed (or being retried)
    Done = 1,     // the server accepted it
    Failed = 2,   // the server refused it for good (last_error says why)
    Conflict = 3, // made on a version the server had moved past; see sync_conflicts
    Dismissed = 4, // refused, and put aside by the agent once read (it stays for the record)
};
QString outboxStateCode(OutboxState state); // "pending"
std::optional<OutboxState> outboxStateFromCode(QStringView code);

struct OutboxEntry
{
    qint64 id = 0;
    QString idempotencyKey;
    EntityKind entity = EntityKind::Exception;
    qint64 entityId = 0;
    QString op;
    QByteArray params; // JSON object
    qint64 baseVersion = 0;
    QString actor;
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QString lastError;
    std::optional<qint64> resultVersion;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

// Edits waiting for the server. An edit is checked, applied to the local store and queued
// in one transaction, so it is either fully made (and will be pushed exactly once, under
// its idempotency key) or not at all.
class Outbox final
{
public:
    explicit Outbox(const Database &database);

    // Queues `op` with `params` (a JSON object) on entity `id`, made by `actor`. On
    // success `entry` (when given) receives the queued row. Failures leave the store
    // unchanged; the outcome says why (invalid params, invalid transition, no such entity).
    EditOutcome enqueue(EntityKind entity, qint64 id, const EditOp &op, const QByteArray &params,
                        const QString &actor, qint64 nowMs, OutboxEntry *entry);
    // enqueue() inside a transaction the caller owns (and rolls back when this fails).
    EditOutcome enqueueInTransaction(EntityKind entity, qint64 id, const EditOp &op, const QByteArray &params,
                                     const QString &actor, qint64 nowMs, OutboxEntry *entry);

    // Entries in queue order; only those in `state` when given.
    std::optional<QList<OutboxEntry>> entries(std::optional<OutboxState> state, QString *error) const;
    // What still needs someone: pending and failed entries, and conflicts nobody has
    // resolved yet (sync_conflicts), in queue order.
    std::optional<QList<OutboxEntry>> waiting(QString *error) const;
    // A refused (failed) entry put aside by the agent, and back (undo). False with `error`
    // when the entry is not in the state it comes from.
    bool dismiss(qint64 id, qint64 nowMs, QString *error);
    bool undismiss(qint64 id, qint64 nowMs, QString *error);
    // The first pending entry in queue order (an empty list when none): what to push next.
    std::optional<QList<OutboxEntry>> nextPending(QString *error) const;
    // The first `limit` pending entries in queue order (for a batch push).
    std::optional<QList<OutboxEntry>> nextPending(int limit, QString *error) const;
    // Pending entries of one entity, in queue order.
    std::optional<QList<OutboxEntry>> pendingFor(EntityKind entity, qint64 id, QString *error) const;

private:
    std::optional<QList<OutboxEntry>> select(const QString &where, const QList<QVariant> &values, int limit,
                                             QString *error) const;

    const Database &m_database;
};

} // namespace ct
