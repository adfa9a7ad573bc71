// SPDX-License-Identifier: MIT
#include "syncstore.h"

#include "edits/editcatalog.h"
#include "json/jsonvalue.h"
#include "json/parser.h"
#include "replicawriter.h"
#include "representationwriter.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/transaction.h"
#include "teamsettings/teamsettingsstore.h"

namespace ct {

namespace {

const QString CursorKey = QStringLiteral("sync.cursor");
const QString ServerIdKey = QStringLiteral("sync.server_id");
const QString ServerUrlKey = QStringLiteral("sync.server_url");

} // namespace

struct SyncStore::Private
{
    const Database &database;
    ReplicaWriter replica;
    RepresentationWriter representations;
    EditApplier applier;
    Outbox outbox;

    QString meta(const QString &key) const
    {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        query.addBindValue(key);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    bool setMeta(const QString &key, const QString &value, QString *error)
    {
        QSqlQuery query(database.connection());
        if (!prepare(query, QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value"), error))
            return false;
        bind(query, 0, key);
        bind(query, 1, sqlText(value));
        return execPrepared(query, error);
    }

    bool setOutboxState(const OutboxEntry &entry, OutboxState state, const QString &detail,
                        std::optional<qint64> resultVersion, bool countAttempt, qint64 nowMs, QString *error)
    {
        QSqlQuery query(database.connection());
        if (!prepare(query, QStringLiteral("UPDATE outbox SET state = ?, last_error = ?, result_version = ?, "
                                           "attempts = attempts + ?, updated_at_ms = ? WHERE id = ?"), error))
            return false;
        bind(query, 0, static_cast<int>(state));
        bind(query, 1, sqlText(detail));
        bind(query, 2, resultVersion ? QVariant(*resultVersion) : QVariant());
        bind(query, 3, countAttempt ? 1 : 0);
        bind(query, 4, nowMs);
        bind(query, 5, entry.id);
        return execPrepared(query, error);
    }

    // Applies the entity's pending edits again, in queue order, after the server's
    // representation replaced the row. An edit that no longer applies locally stays
    // pending: the server decides (and will most likely answer 412).
    bool reapplyPending(EntityKind entity, qint64 id, qint64 nowMs, QString *error)
    {
        const auto pending = outbox.pendingFor(entity, id, error);
        if (!pending)
            return false;
        json::Parser parser;
        for (const OutboxEntry &entry : *pending) {
            const EditOp *op = EditCatalog::find(entry.entity, entry.op);
            const auto params = parser.parse(entry.params.constData(), entry.params.size());
            if (!op || !params)
                continue;
            const EditOutcome outcome = applier.apply(entity, id, *op, *params, entry.actor, nowMs,
                                                      EditApplier::Mode::Optimistic);
            if (outcome.status == EditOutcome::Status::StoreError) {
                *error = outcome.detail;
                return false;
            }
        }
        return true;
    }

    bool replaceWithServer(EntityKind entity, qint64 id, const json::Value &representation, qint64 nowMs,
                           QString *error)
    {
        return replica.apply(entity, representation, error) && reapplyPending(entity, id, nowMs, error);
    }
    // The bodies of acceptEdit(), recordConflict() and failEdit(), inside the caller's transaction.
    bool accept(const OutboxEntry &entry, const json::Value &representation, qint64 nowMs, QString *error)
    {
        const std::optional<qint64> version = representation["version"].toInt();
        if (!version) {
            *error = QStringLiteral("%1: the server's answer has no version").arg(representation.pathOf("version"));
            return false;
        }
        if (!setOutboxState(entry, OutboxState::Done, {}, version, false, nowMs, error))
            return false;
        // Later edits of the entity were made on top of this one: they now stand on the
        // version the server gave it.
        QSqlQuery rebase(database.connection());
        if (!prepare(rebase, QStringLiteral("UPDATE outbox SET base_version = ? WHERE entity = ? AND entity_id = ? "
                                            "AND state = 0 AND base_version = ? AND id > ?"), error))
            return false;
        bind(rebase, 0, *version);
        bind(rebase, 1, entityCode(entry.entity));
        bind(rebase, 2, entry.entityId);
        bind(rebase, 3, entry.baseVersion);
        bind(rebase, 4, entry.id);
        return execPrepared(rebase, error) && replaceWithServer(entry.entity, entry.entityId, representation, nowMs, error);
    }

    bool conflict(const OutboxEntry &entry, const json::Value &current, const QString &detail, qint64 nowMs, QString *error)
    {
        const QByteArray local = representations.document(entry.entity, entry.entityId, error);
        if (local.isEmpty() && error && !error->isEmpty())
            return false;
        QSqlQuery insert(database.connection());
        if (!prepare(insert, QStringLiteral("INSERT INTO sync_conflicts(outbox_id, entity, entity_id, local_version, "
                                            "server_version, local, server, detected_at_ms) VALUES(?,?,?,?,?,?,?,?)"),
                     error))
            return false;
        bind(insert, 0, entry.id);
        bind(insert, 1, entityCode(entry.entity));
        bind(insert, 2, entry.entityId);
        bind(insert, 3, entry.baseVersion);
        bind(insert, 4, current["version"].toInt().value_or(0));
        bind(insert, 5, sqlText(QString::fromUtf8(local)));
        bind(insert, 6, sqlText(QString::fromUtf8(current.minified())));
        bind(insert, 7, nowMs);
        return execPrepared(insert, error)
            && setOutboxState(entry, OutboxState::Conflict, detail, std::nullopt, false, nowMs, error)
            && (current.isAbsent() || replaceWithServer(entry.entity, entry.entityId, current, nowMs, error));
    }

    bool fail(const OutboxEntry &entry, const QString &detail, const json::Value *current, qint64 nowMs, QString *error)
    {
        return setOutboxState(entry, OutboxState::Failed, detail, std::nullopt, false, nowMs, error)
            && (!current || replaceWithServer(entry.entity, entry.entityId, *current, nowMs, error));
    }
};

SyncStore::SyncStore(const Database &database)
    : d(new Private{database, ReplicaWriter(database), RepresentationWriter(database), EditApplier(database),
                    Outbox(database)})
{
}

SyncStore::~SyncStore() = default;

QString SyncStore::cursor() const
{
    return d->meta(CursorKey);
}

QString SyncStore::serverId() const
{
    return d->meta(ServerIdKey);
}

QString SyncStore::serverUrl() const
{
    return d->meta(ServerUrlKey);
}

bool SyncStore::checkBinding(const QString &url, const QString &serverId, QString *error) const
{
    const QString boundId = this->serverId();
    if (boundId == serverId)
        return true;
    if (!boundId.isEmpty()) {
        *error = QStringLiteral("this store is a copy of another server's data (server %1 at %2); "
                                "sync %3 into a new store file")
                     .arg(boundId, serverUrl(), url);
        return false;
    }
    QSqlQuery count(d->database.connection());
    if (!count.exec(QStringLiteral("SELECT (SELECT count(*) FROM shipments) + (SELECT count(*) FROM returns)"))
        || !count.next()) {
        *error = describeSqlError(count.lastError());
        return false;
    }
    if (count.value(0).toLongLong() > 0) {
        *error = QStringLiteral("this store already holds %1 shipments and returns of its own (demo data "
                                "or imported feeds); sync %2 into a new store file")
                     .arg(count.value(0).toLongLong())
                     .arg(url);
        return false;
    }
    return true;
}

bool SyncStore::bindToServer(const QString &url, const QString &serverId, QString *error)
{
    if (!checkBinding(url, serverId, error))
        return false;
    if (this->serverId() == serverId) {
        if (serverUrl() != url)
            return d->setMeta(ServerUrlKey, url, error); // same server, new address
        return true;
    }
    // The store's own team settings (a standalone user's) give way to the team's, which
    // the first page of the feed brings.
    Transaction transaction(d->database.connection());
    return transaction.begin(error) && d->setMeta(ServerIdKey, serverId, error)
        && d->setMeta(ServerUrlKey, url, error) && d->setMeta(CursorKey, QString(), error)
        && TeamSettingsStore(d->database).clear(error) && transaction.commit(error);
}

bool SyncStore::applyPage(const json::Value &changes, const QString &nextCursor, qint64 nowMs, int *applied,
                          QString *error)
{
    if (!changes.isArray()) {
        *error = QStringLiteral("%1: expected an array of changes, found %2").arg(changes.path(), changes.typeName());
        return false;
    }
    // The replica follows the server's order of changes, in which an exception can arrive
    // before the newer version of its shipment; the server's store is consistent, and so
    // is this one once the page that brings the shipment lands.
    if (!execSql(d->database.connection(), QStringLiteral("PRAGMA foreign_keys = OFF"), error))
        return false;
    Transaction transaction(d->database.connection());
    bool ok = transaction.begin(error);
    int count = 0;
    for (const json::Value &change : changes.elements()) {
        if (!ok)
            break;
        const json::Value kindValue = change["kind"];
        const json::Value data = change["data"];
        if (kindValue.stringView() == "setting") {
            ok = TeamSettingsStore(d->database).applyReplica(data, error);
            ++count;
            continue;
        }
        const std::optional<EntityKind> kind = entityFromCode(kindValue.toString());
        if (!kind) {
            // A kind a newer server sends and this build does not know: skipped, as the
            // API's versioning promises (docs/API.md); the rest of the page applies.
            if (!kindValue.isString()) {
                *error = QStringLiteral("%1: expected the kind of change (a string), found %2")
                             .arg(kindValue.path(), kindValue.typeName());
                ok = false;
                break;
            }
            continue;
        }
        ok = d->replaceWithServer(*kind, data["id"].toInt().value_or(0), data, nowMs, error);
        ++count;
    }
    ok = ok && d->setMeta(CursorKey, nextCursor, error) && transaction.commit(error);
    if (!ok)
        transaction.rollback();
    execSql(d->database.connection(), QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
    if (applied)
        *applied = ok ? count : 0;
    return ok;
}

bool SyncStore::beginPush(const OutboxEntry &entry, qint64 nowMs, QString *error)
{
    error->clear();
    QSqlQuery mark(d->database.connection());
    if (!prepare(mark, QStringLiteral("UPDATE outbox SET attempts = attempts + 1, updated_at_ms = ? WHERE id = ? AND state = ?"),
                 error))
        return false;
    bind(mark, 0, nowMs);
    bind(mark, 1, entry.id);
    bind(mark, 2, static_cast<int>(OutboxState::Pending));
    return execPrepared(mark, error) && mark.numRowsAffected() == 1;
}

bool SyncStore::beginPushes(const QList<OutboxEntry> &entries, qint64 nowMs, QList<OutboxEntry> *marked, QString *error)
{
    marked->clear();
    Transaction transaction(d->database.connection());
    if (!transaction.begin(error))
        return false;
    for (const OutboxEntry &entry : entries) {
        if (beginPush(entry, nowMs, error))
            *marked << entry;
        else if (!error->isEmpty())
            return false;
    }
    return transaction.commit(error);
}

bool SyncStore::acceptEdit(const OutboxEntry &entry, const json::Value &representation, qint64 nowMs,
                           QString *error)
{
    Transaction transaction(d->database.connection());
    return transaction.begin(error) && d->accept(entry, representation, nowMs, error) && transaction.commit(error);
}

bool SyncStore::recordConflict(const OutboxEntry &entry, const json::Value &current, const QString &detail,
                               qint64 nowMs, QString *error)
{
    Transaction transaction(d->database.connection());
    return transaction.begin(error) && d->conflict(entry, current, detail, nowMs, error) && transaction.commit(error);
}

bool SyncStore::failEdit(const OutboxEntry &entry, const QString &detail, const json::Value *current,
                         qint64 nowMs, QString *error)
{
    Transaction transaction(d->database.connection());
    return transaction.begin(error) && d->fail(entry, detail, current, nowMs, error) && transaction.commit(error);
}

bool SyncStore::applyPushResults(const QList<PushResult> &results, qint64 nowMs, QString *error)
{
    Transaction transaction(d->database.connection());
    if (!transaction.begin(error))
        return false;
    for (const PushResult &result : results) {
        const json::Value *current = result.representation.isObject() ? &result.representation : nullptr;
        bool ok = true;
        switch (result.verdict) {
        case PushResult::Verdict::Accepted:
            ok = d->accept(result.entry, result.representation, nowMs, error);
            break;
        case PushResult::Verdict::Conflict:
            ok = d->conflict(result.entry, result.representation, result.detail, nowMs, error);
            break;
        case PushResult::Verdict::Refused:
            ok = d->fail(result.entry, result.detail, current, nowMs, error);
            break;
        case PushResult::Verdict::Undecided:
            ok = d->setOutboxState(result.entry, OutboxState::Pending, result.detail, std::nullopt, false, nowMs, error);
            break;
        }
        if (!ok)
            return false;
    }
    return transaction.commit(error);
}

bool SyncStore::recordAttempt(const OutboxEntry &entry, const QString &detail, qint64 nowMs, QString *error)
{
    return d->setOutboxState(entry, OutboxState::Pending, detail, std::nullopt, true, nowMs, error);
}

int SyncStore::openConflictCount(QString *error) const
{
    QSqlQuery query(d->database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at_ms IS NULL"))
        || !query.next()) {
        if (error)
            *error = describeSqlError(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

} // namespace ct

namespace ct {

namespace {

bool setConflictResolution(const Database &database, qint64 conflictId, std::optional<qint64> resolvedAtMs,
                           const QString &resolution, bool mustBeOpen, QString *error)
{
    QSqlQuery update(database.connection());
    if (!prepare(update, QStringLiteral("UPDATE sync_conflicts SET resolved_at_ms = ?, resolution = ? WHERE id = ? AND ")
                             + (mustBeOpen ? QStringLiteral("resolved_at_ms IS NULL")
                                           : QStringLiteral("resolved_at_ms IS NOT NULL")),
                 error))
        return false;
    bind(update, 0, resolvedAtMs ? QVariant(*resolvedAtMs) : QVariant());
    bind(update, 1, sqlText(resolution));
    bind(update, 2, conflictId);
    if (!execPrepared(update, error))
        return false;
    if (update.numRowsAffected() != 1) {
        *error = mustBeOpen ? QStringLiteral("conflict %1 is already resolved, or does not exist").arg(conflictId)
                            : QStringLiteral("conflict %1 is open, or does not exist").arg(conflictId);
        return false;
    }
    return true;
}

std::optional<SyncConflict> readConflict(const Database &database, const QString &where, qint64 key, QString *error)
{
    QSqlQuery query(database.connection());
    if (!prepare(query, QStringLiteral("SELECT id, outbox_id, entity, entity_id, local_version, server_version, local, "
                                       "server, detected_at_ms, resolved_at_ms, resolution FROM sync_conflicts WHERE ")
                            + where + QStringLiteral(" ORDER BY id DESC LIMIT 1"),
                 error))
        return std::nullopt;
    bind(query, 0, key);
    if (!execPrepared(query, error) || !query.next())
        return std::nullopt;
    SyncConflict c;
    c.id = query.value(0).toLongLong();
    c.outboxId = query.value(1).toLongLong();
    c.entity = entityFromCode(query.value(2).toString()).value_or(EntityKind::Exception);
    c.entityId = query.value(3).toLongLong();
    c.localVersion = query.value(4).toLongLong();
    c.serverVersion = query.value(5).toLongLong();
    c.local = query.value(6).toString().toUtf8();
    c.server = query.value(7).toString().toUtf8();
    c.detectedAtMs = query.value(8).toLongLong();
    if (!query.value(9).isNull())
        c.resolvedAtMs = query.value(9).toLongLong();
    c.resolution = query.value(10).toString();
    return c;
}

} // namespace

std::optional<SyncConflict> SyncStore::conflictFor(qint64 outboxId, QString *error) const
{
    return readConflict(d->database, QStringLiteral("outbox_id = ?"), outboxId, error);
}

bool SyncStore::discardConflict(qint64 conflictId, qint64 nowMs, QString *error)
{
    return setConflictResolution(d->database, conflictId, nowMs, QStringLiteral("discarded"), true, error);
}

bool SyncStore::reopenConflict(qint64 conflictId, QString *error)
{
    return setConflictResolution(d->database, conflictId, std::nullopt, QString(), false, error);
}

EditOutcome SyncStore::requeueConflict(qint64 conflictId, const QString &actor, qint64 nowMs, OutboxEntry *queued,
                                       QByteArray *before)
{
    EditOutcome outcome;
    Transaction transaction(d->database.connection());
    if (!transaction.begin(&outcome.detail))
        return outcome;
    const auto conflict = readConflict(d->database, QStringLiteral("id = ?"), conflictId, &outcome.detail);
    if (!conflict) {
        if (outcome.detail.isEmpty())
            outcome.detail = QStringLiteral("there is no conflict %1").arg(conflictId);
        return outcome;
    }
    if (conflict->resolvedAtMs) {
        outcome.detail = QStringLiteral("conflict %1 is already resolved (%2)").arg(conflictId).arg(conflict->resolution);
        return outcome;
    }
    QSqlQuery edit(d->database.connection());
    if (!prepare(edit, QStringLiteral("SELECT op, params FROM outbox WHERE id = ?"), &outcome.detail))
        return outcome;
    bind(edit, 0, conflict->outboxId);
    if (!execPrepared(edit, &outcome.detail) || !edit.next()) {
        if (outcome.detail.isEmpty())
            outcome.detail = QStringLiteral("the edit of conflict %1 is gone from the outbox").arg(conflictId);
        return outcome;
    }
    const EditOp *op = EditCatalog::find(conflict->entity, edit.value(0).toString());
    if (!op) {
        outcome.detail = QStringLiteral("\"%1\" is not an edit this version knows").arg(edit.value(0).toString());
        return outcome;
    }
    QString error;
    const QByteArray state = d->representations.document(conflict->entity, conflict->entityId, &error);
    if (state.isEmpty()) {
        outcome.status = error.isEmpty() ? EditOutcome::Status::NotFound : EditOutcome::Status::StoreError;
        outcome.detail = error.isEmpty() ? QStringLiteral("%1 %2 is no longer in the store")
                                               .arg(entityCode(conflict->entity)).arg(conflict->entityId)
                                         : error;
        return outcome;
    }
    outcome = d->outbox.enqueueInTransaction(conflict->entity, conflict->entityId, *op, edit.value(1).toString().toUtf8(),
                                             actor, nowMs, queued);
    if (!outcome.ok())
        return outcome;
    if (!setConflictResolution(d->database, conflictId, nowMs, QStringLiteral("reapplied"), true, &error)
        || !transaction.commit(&error)) {
        outcome.status = EditOutcome::Status::StoreError;
        outcome.detail = error;
        return outcome;
    }
    if (before)
        *before = state;
    return outcome;
}

bool SyncStore::withdrawRequeued(qint64 conflictId, const OutboxEntry &queued, const QByteArray &before, QString *error)
{
    json::Parser parser;
    const auto representation = parser.parse(before.constData(), before.size());
    if (!representation) {
        *error = QStringLiteral("the saved state of %1 %2 is not readable").arg(entityCode(queued.entity)).arg(queued.entityId);
        return false;
    }
    Transaction transaction(d->database.connection());
    if (!transaction.begin(error))
        return false;
    QSqlQuery remove(d->database.connection());
    if (!prepare(remove, QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = 0 AND attempts = 0"), error))
        return false;
    bind(remove, 0, queued.id);
    if (!execPrepared(remove, error))
        return false;
    if (remove.numRowsAffected() != 1) {
        *error = QStringLiteral("the edit was already sent to the server; it can no longer be taken back");
        return false;
    }
    return d->replica.apply(queued.entity, *representation, error)
        && setConflictResolution(d->database, conflictId, std::nullopt, QString(), false, error)
        && transaction.commit(error);
}

} // namespace ct
