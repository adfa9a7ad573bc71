// SPDX-License-Identifier: MIT
#include "editservice.h"

#include "auditentry.h"
#include "http/problem.h"
#include "storefailurereply.h"
#include "ifmatch.h"
#include "opaquecursor.h"
#include "replaybody.h"

#include "edits/editapplier.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/sqldialect.h"
#include "store/transaction.h"
#include "sync/representationwriter.h"
#include "sync/resourcetable.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace ct::server {

EditService::EditService(const Database &database)
    : m_database(database)
{
}

ApiReply EditService::apply(const ApiRequest &request, const AuthUser &user, EntityKind entity, qint64 id,
                            const EditOp &op, qint64 nowMs)
{
    Transaction transaction(m_database.connection());
    QString error;
    if (!transaction.begin(&error))
        return StoreFailureReply::make(request, error);
    ApiReply reply = applyInTransaction(request, user, entity, id, op, nowMs);
    // Anything but a success wrote nothing worth keeping: the transaction rolls back.
    if (reply.status == 200 && !transaction.commit(&error))
        return StoreFailureReply::make(request, error);
    return reply;
}

ApiReply EditService::applyInTransaction(const ApiRequest &request, const AuthUser &user, EntityKind entity, qint64 id,
                                         const EditOp &op, qint64 nowMs)
{
    static const QRegularExpression ValidKey(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    const QString key = QString::fromLatin1(request.header("idempotency-key"));
    if (!ValidKey.match(key).hasMatch()) {
        Problem p = Problem::make(request, 400, "validation",
                            key.isEmpty() ? QStringLiteral("every edit needs an Idempotency-Key header (1 to 128 "
                                                           "letters, digits, '-' or '_'), so a retry never applies twice")
                                          : QStringLiteral("the Idempotency-Key must be 1 to 128 letters, digits, '-' or '_'"));
        p.errors << FieldError{QStringLiteral("Idempotency-Key"), p.detail};
        return p.reply();
    }
    const QByteArray fingerprint = QCryptographicHash::hash(
        QByteArray(request.method + ' ' + request.path.toUtf8() + '\n' + request.body), QCryptographicHash::Sha256);
    QString error;
    const bool postgres = m_database.dialect().isPostgres();
    // Several servers may share a PostgreSQL store (docs/SERVER.md, "Several servers"):
    // the same key sent to two of them at once is decided once, the second waiting here
    // until the first commits and then replaying its answer. (One server applies edits on
    // one thread; SQLite has one writer.)
    if (postgres) {
        QSqlQuery lock(m_database.connection());
        if (!prepare(lock, QStringLiteral("SELECT pg_advisory_xact_lock(%1, hashtext(?))").arg(IdempotencyLockKey), &error))
            return StoreFailureReply::make(request, error);
        bind(lock, 0, key);
        if (!execPrepared(lock, &error))
            return StoreFailureReply::make(request, error);
    }

    // A replay answers what the first request got, whatever happened since.
    QSqlQuery stored(m_database.connection());
    stored.prepare(QStringLiteral("SELECT user_id, fingerprint, status, etag, body, history_through FROM idempotency WHERE key = ?"));
    stored.addBindValue(key);
    if (!stored.exec())
        return StoreFailureReply::make(request, describeSqlError(stored.lastError()));
    if (stored.next()) {
        if (stored.value(0).toLongLong() != user.id || stored.value(1).toByteArray() != fingerprint)
            return Problem::make(request, 422, "idempotency-key-reused",
                           QStringLiteral("the Idempotency-Key \"%1\" was already used for a different request; "
                                          "use a new key for a new edit").arg(key)).reply();
        ApiReply reply;
        reply.status = stored.value(2).toInt();
        const ReplayBody::Stored kept{stored.value(4).toByteArray(), stored.value(5).isNull() ? -1 : stored.value(5).toLongLong()};
        const QByteArray now = kept.historyThrough < 0 ? QByteArray() : RepresentationWriter(m_database).document(entity, id, &error);
        if (!error.isEmpty())
            return StoreFailureReply::make(request, error);
        reply.body = ReplayBody::restore(kept, now);
        reply.headers << qMakePair(QByteArrayLiteral("ETag"), stored.value(3).toByteArray())
                      << qMakePair(QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
        return reply;
    }
    stored.finish();

    const QByteArray ifMatch = request.header("if-match");
    if (ifMatch.isEmpty())
        return Problem::make(request, 428, "precondition-required",
                       QStringLiteral("every edit needs an If-Match header with the version it was made on "
                                      "(the ETag of the %1)").arg(entityCode(entity))).reply();
    const std::optional<qint64> baseVersion = parseIfMatch(ifMatch);
    if (!baseVersion)
        return malformedIfMatch(request, ifMatch);

    json::Parser parser;
    json::Parser::Error parseError;
    const QByteArray body = request.body.trimmed().isEmpty() ? QByteArrayLiteral("{}") : request.body;
    const std::optional<json::Value> params = parser.parse(body.constData(), body.size(), &parseError);
    if (!params) {
        int line = 0, column = 0;
        json::lineAndColumn(body.constData(), body.size(), parseError.offset, line, column);
        return Problem::invalid(request, {FieldError{QString(), QStringLiteral("the body is not valid JSON: %1 (line %2, column %3)")
                                                                    .arg(parseError.message).arg(line).arg(column)}});
    }
    const QList<FieldError> invalid = EditCatalog::validate(op, *params, nowMs);
    if (!invalid.isEmpty()) {
        Problem p = Problem::make(request, 400, "validation", {});
        QStringList parts;
        for (const FieldError &e : invalid)
            parts << (e.field.isEmpty() ? e.detail : e.field + QLatin1Char(' ') + e.detail);
        p.detail = parts.join(QStringLiteral("; "));
        p.errors = invalid;
        return p.reply();
    }

    QSqlQuery current(m_database.connection());
    // On PostgreSQL the row stays locked until the edit commits, so an edit of the same
    // entity through another server waits and then sees the new version (412), rather than
    // both being applied on one version.
    current.prepare(QStringLiteral("SELECT version FROM %1 WHERE id = ?%2")
                        .arg(QLatin1String(entityTable(entity).table), postgres ? QStringLiteral(" FOR UPDATE") : QString()));
    current.addBindValue(id);
    if (!current.exec())
        return StoreFailureReply::make(request, describeSqlError(current.lastError()));
    if (!current.next())
        return Problem::make(request, 404, "not-found", QStringLiteral("there is no %1 %2").arg(entityCode(entity)).arg(id)).reply();
    const qint64 version = current.value(0).toLongLong();
    current.finish();
    RepresentationWriter representations(m_database);
    if (version != *baseVersion) {
        Problem p = Problem::make(request, 412, "version-mismatch",
                            QStringLiteral("%1 %2 is at version %3, but the edit was made on version %4; "
                                           "someone changed it since. Its current state is in \"current\".")
                                .arg(entityCode(entity)).arg(id).arg(version).arg(*baseVersion));
        p.current = representations.document(entity, id, &error);
        if (!error.isEmpty())
            return StoreFailureReply::make(request, error);
        ApiReply reply = p.reply();
        reply.headers << qMakePair(QByteArrayLiteral("ETag"), etagOf(version));
        return reply;
    }

    EditApplier applier(m_database);
    const EditOutcome outcome = applier.apply(entity, id, op, *params, user.name, nowMs,
                                              EditApplier::Mode::Authoritative);
    switch (outcome.status) {
    case EditOutcome::Status::Applied:
        break;
    case EditOutcome::Status::NotFound:
        return Problem::make(request, 404, "not-found", outcome.detail).reply();
    case EditOutcome::Status::InvalidParams: {
        Problem p = Problem::make(request, 400, "validation", outcome.detail);
        p.errors = outcome.errors;
        if (p.detail.isEmpty() && !p.errors.isEmpty())
            p.detail = p.errors.first().field + QLatin1Char(' ') + p.errors.first().detail;
        return p.reply();
    }
    case EditOutcome::Status::InvalidTransition:
        return Problem::make(request, 409, "invalid-transition", outcome.detail).reply();
    case EditOutcome::Status::StoreError:
        return StoreFailureReply::make(request, outcome.detail);
    }

    const AuditEntry entry{nowMs, user, entityCode(entity), id, QString::fromLatin1(op.name), params->minified(),
                           outcome.changes, key, outcome.versionBefore, outcome.versionAfter};
    bool ok = entry.append(m_database, &error);

    const QByteArray representation = ok ? representations.document(entity, id, &error) : QByteArray();
    ok = ok && !representation.isEmpty();
    QSqlQuery remember(m_database.connection());
    ok = ok && prepare(remember, QStringLiteral("INSERT INTO idempotency(key, user_id, fingerprint, status, etag, body, "
                                                "created_at_ms, history_through) VALUES(?,?,?,200,?,?,?,?)"), &error);
    if (ok) {
        bind(remember, 0, key);
        bind(remember, 1, user.id);
        bind(remember, 2, fingerprint);
        bind(remember, 3, QString::fromLatin1(etagOf(outcome.versionAfter)));
        const ReplayBody::Stored kept = ReplayBody::compact(entity, representation); // constant size per edit
        bind(remember, 4, kept.body);
        bind(remember, 5, nowMs);
        bind(remember, 6, kept.historyThrough < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(kept.historyThrough));
        ok = execPrepared(remember, &error);
    }
    if (!ok)
        return StoreFailureReply::make(request, error);
    ApiReply reply = ApiReply::json(200, representation);
    reply.headers << qMakePair(QByteArrayLiteral("ETag"), etagOf(outcome.versionAfter));
    return reply;
}

ApiReply EditService::audit(const ApiRequest &request)
{
    const QString entityText = request.query.queryItemValue(QStringLiteral("entity"));
    const QString idText = request.query.queryItemValue(QStringLiteral("entity_id"));
    const QString cursor = request.query.queryItemValue(QStringLiteral("cursor"));
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    QList<FieldError> errors;
    const std::optional<EntityKind> entity = entityFromCode(entityText);
    if (!entityText.isEmpty() && (!entity || *entity == EntityKind::Shipment))
        errors << FieldError{QStringLiteral("entity"), QStringLiteral("must be \"exception\" or \"return\"")};
    bool idOk = idText.isEmpty();
    const qint64 entityId = idText.toLongLong(&idOk);
    if (!idText.isEmpty() && !idOk)
        errors << FieldError{QStringLiteral("entity_id"), QStringLiteral("must be an integer id")};
    if (!idText.isEmpty() && entityText.isEmpty())
        errors << FieldError{QStringLiteral("entity_id"), QStringLiteral("needs entity as well")};
    const std::optional<qint64> start = decodeCursor("a1", cursor);
    if (!start)
        errors << FieldError{QStringLiteral("cursor"), QStringLiteral("is not a cursor this server issued")};
    const qint64 after = start.value_or(0);
    int limit = 100;
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            errors << FieldError{QStringLiteral("limit"), QStringLiteral("must be an integer from 1 to 1000")};
    }
    if (!errors.isEmpty())
        return Problem::invalid(request, errors);
    QString sql = QStringLiteral("SELECT id, at_ms, actor, role, entity, entity_id, op, params, changes, "
                                 "idempotency_key, version_before, version_after FROM audit_log WHERE id > ?");
    if (entity)
        sql += QStringLiteral(" AND entity = ?");
    if (!idText.isEmpty())
        sql += QStringLiteral(" AND entity_id = ?");
    sql += QStringLiteral(" ORDER BY id LIMIT ?");
    QSqlQuery query(m_database.connection());
    QString error;
    if (!prepare(query, sql, &error))
        return StoreFailureReply::make(request, error);
    int index = 0;
    bind(query, index++, after);
    if (entity)
        bind(query, index++, entityCode(*entity));
    if (!idText.isEmpty())
        bind(query, index++, entityId);
    bind(query, index, limit + 1);
    if (!execPrepared(query, &error))
        return StoreFailureReply::make(request, error);
    json::Writer out;
    out.beginObject().key("entries").beginArray();
    int count = 0;
    qint64 last = after;
    bool hasMore = false;
    while (query.next()) {
        if (count == limit) {
            hasMore = true;
            break;
        }
        ++count;
        last = query.value(0).toLongLong();
        out.beginObject();
        out.key("id").value(last);
        out.key("at_ms").value(query.value(1).toLongLong());
        out.key("actor").value(query.value(2).toString());
        out.key("role").value(query.value(3).toString());
        out.key("entity").value(query.value(4).toString());
        out.key("entity_id").value(query.value(5).toLongLong());
        out.key("op").value(query.value(6).toString());
        out.key("params").raw(query.value(7).toString().toUtf8());
        out.key("changes").raw(query.value(8).toString().toUtf8());
        out.key("idempotency_key").value(query.value(9).toString());
        out.key("version_before").value(query.value(10).toLongLong());
        out.key("version_after").value(query.value(11).toLongLong());
        out.endObject();
    }
    out.endArray();
    out.key("next_cursor").value(encodeCursor("a1", last));
    out.key("has_more").value(hasMore);
    out.endObject();
    return ApiReply::json(200, out.take());
}

} // namespace ct::server
