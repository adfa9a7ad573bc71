// SPDX-License-Identifier: MIT
#include "outbox.h"

#include "json/parser.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/transaction.h"

#include <QUuid>

#include <algorithm>

namespace ct {

namespace {
constexpr OutboxState AllStates[] = {OutboxState::Pending, OutboxState::Done, OutboxState::Failed,
                                     OutboxState::Conflict, OutboxState::Dismissed};

bool moveState(const Database &database, qint64 id, OutboxState from, OutboxState to, qint64 nowMs, QString *error)
{
    QSqlQuery update(database.connection());
    if (!prepare(update, QStringLiteral("UPDATE outbox SET state = ?, updated_at_ms = ? WHERE id = ? AND state = ?"), error))
        return false;
    bind(update, 0, static_cast<int>(to));
    bind(update, 1, nowMs);
    bind(update, 2, id);
    bind(update, 3, static_cast<int>(from));
    if (!execPrepared(update, error))
        return false;
    if (update.numRowsAffected() != 1) {
        *error = QStringLiteral("outbox entry %1 is not %2").arg(id).arg(outboxStateCode(from));
        return false;
    }
    return true;
}
}

QString outboxStateCode(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return QStringLiteral("pending");
    case OutboxState::Done:
        return QStringLiteral("done");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::Conflict:
        return QStringLiteral("conflict");
    case OutboxState::Dismissed:
        return QStringLiteral("dismissed");
    }
    return {};
}

std::optional<OutboxState> outboxStateFromCode(QStringView code)
{
    for (OutboxState state : AllStates) {
        if (code == outboxStateCode(state))
            return state;
    }
    return std::nullopt;
}

Outbox::Outbox(const Database &database)
    : m_database(database)
{
}

EditOutcome Outbox::enqueue(EntityKind entity, qint64 id, const EditOp &op, const QByteArray &params,
                            const QString &actor, qint64 nowMs, OutboxEntry *entry)
{
    Transaction transaction(m_database.connection());
    QString error;
    if (!transaction.begin(&error)) {
        EditOutcome outcome;
        outcome.detail = error;
        return outcome;
    }
    EditOutcome outcome = enqueueInTransaction(entity, id, op, params, actor, nowMs, entry);
    if (outcome.ok() && !transaction.commit(&error)) {
        outcome.status = EditOutcome::Status::StoreError;
        outcome.detail = error;
    }
    return outcome;
}

EditOutcome Outbox::enqueueInTransaction(EntityKind entity, qint64 id, const EditOp &op, const QByteArray &params,
                                         const QString &actor, qint64 nowMs, OutboxEntry *entry)
{
    EditOutcome outcome;
    json::Parser parser;
    json::Parser::Error parseError;
    const std::optional<json::Value> parsed = parser.parse(params.constData(), params.size(), &parseError);
    if (!parsed) {
        outcome.status = EditOutcome::Status::InvalidParams;
        outcome.detail = QStringLiteral("the parameters are not JSON: %1").arg(parseError.message);
        return outcome;
    }
    EditApplier applier(m_database);
    outcome = applier.apply(entity, id, op, *parsed, actor, nowMs, EditApplier::Mode::Optimistic);
    if (!outcome.ok())
        return outcome;

    OutboxEntry queued;
    queued.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    queued.entity = entity;
    queued.entityId = id;
    queued.op = QString::fromLatin1(op.name);
    queued.params = parsed->minified();
    queued.baseVersion = outcome.versionBefore;
    queued.actor = actor;
    queued.createdAtMs = queued.updatedAtMs = nowMs;
    QString error;
    QSqlQuery insert(m_database.connection());
    bool ok = prepare(insert, QStringLiteral("INSERT INTO outbox(idempotency_key, entity, entity_id, op, params, "
                                             "base_version, actor, state, created_at_ms, updated_at_ms) "
                                             "VALUES(?,?,?,?,?,?,?,0,?,?)"), &error);
    const QVariant values[] = {queued.idempotencyKey, entityCode(entity), id, queued.op,
                               QString::fromUtf8(queued.params), queued.baseVersion, actor, nowMs, nowMs};
    for (int i = 0; i < static_cast<int>(std::size(values)); ++i)
        bind(insert, i, values[i]);
    ok = ok && execPrepared(insert, &error);
    if (!ok) {
        outcome.status = EditOutcome::Status::StoreError;
        outcome.detail = error;
        return outcome;
    }
    queued.id = insert.lastInsertId().toLongLong();
    if (entry)
        *entry = queued;
    return outcome;
}

std::optional<QList<OutboxEntry>> Outbox::select(const QString &where, const QList<QVariant> &values, int limit,
                                                 QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!prepare(query, QStringLiteral("SELECT id, idempotency_key, entity, entity_id, op, params, base_version, "
                                       "actor, state, attempts, last_error, result_version, created_at_ms, "
                                       "updated_at_ms FROM outbox ") + where + QStringLiteral(" ORDER BY id")
                           + (limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()),
                 error))
        return std::nullopt;
    for (int i = 0; i < values.size(); ++i)
        bind(query, i, values.at(i));
    if (!execPrepared(query, error))
        return std::nullopt;
    QList<OutboxEntry> entries;
    while (query.next()) {
        OutboxEntry e;
        e.id = query.value(0).toLongLong();
        e.idempotencyKey = query.value(1).toString();
        e.entity = entityFromCode(query.value(2).toString()).value_or(EntityKind::Exception);
        e.entityId = query.value(3).toLongLong();
        e.op = query.value(4).toString();
        e.params = query.value(5).toString().toUtf8();
        e.baseVersion = query.value(6).toLongLong();
        e.actor = query.value(7).toString();
        e.state = static_cast<OutboxState>(query.value(8).toInt());
        e.attempts = query.value(9).toInt();
        e.lastError = query.value(10).toString();
        if (!query.value(11).isNull())
            e.resultVersion = query.value(11).toLongLong();
        e.createdAtMs = query.value(12).toLongLong();
        e.updatedAtMs = query.value(13).toLongLong();
        entries << e;
    }
    return entries;
}

std::optional<QList<OutboxEntry>> Outbox::entries(std::optional<OutboxState> state, QString *error) const
{
    if (!state)
        return select({}, {}, 0, error);
    return select(QStringLiteral("WHERE state = ?"), {static_cast<int>(*state)}, 0, error);
}

std::optional<QList<OutboxEntry>> Outbox::nextPending(QString *error) const
{
    return select(QStringLiteral("WHERE state = ?"), {static_cast<int>(OutboxState::Pending)}, 1, error);
}

std::optional<QList<OutboxEntry>> Outbox::nextPending(int limit, QString *error) const
{
    return select(QStringLiteral("WHERE state = ?"), {static_cast<int>(OutboxState::Pending)}, std::max(1, limit), error);
}

std::optional<QList<OutboxEntry>> Outbox::waiting(QString *error) const
{
    return select(QStringLiteral("WHERE state IN (0, 2) OR (state = 3 AND EXISTS (SELECT 1 FROM sync_conflicts c "
                                 "WHERE c.outbox_id = outbox.id AND c.resolved_at_ms IS NULL))"),
                  {}, 0, error);
}

bool Outbox::dismiss(qint64 id, qint64 nowMs, QString *error)
{
    return moveState(m_database, id, OutboxState::Failed, OutboxState::Dismissed, nowMs, error);
}

bool Outbox::undismiss(qint64 id, qint64 nowMs, QString *error)
{
    return moveState(m_database, id, OutboxState::Dismissed, OutboxState::Failed, nowMs, error);
}

std::optional<QList<OutboxEntry>> Outbox::pendingFor(EntityKind entity, qint64 id, QString *error) const
{
    return select(QStringLiteral("WHERE entity = ? AND entity_id = ? AND state = 0"),
                  {entityCode(entity), id}, 0, error);
}

} // namespace ct
