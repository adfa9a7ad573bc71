// SPDX-License-Identifier: MIT
#include "localedits.h"

#include "edits/editcatalog.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "replicawriter.h"
#include "representationwriter.h"
#include "resourcetable.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/transaction.h"
#include "syncstore.h"

#include <QSet>

namespace ct {

namespace {

// Columns every write moves on: a later change of them does not make an edit's own
// change impossible to take back, and taking it back leaves them as they are.
bool isBookkeeping(const char *column)
{
    return qstrcmp(column, "version") == 0 || qstrcmp(column, "updated_at_ms") == 0;
}

QString entityName(EntityKind entity, qint64 id)
{
    return QStringLiteral("%1 %2").arg(entityCode(entity)).arg(id);
}

EditOutcome storeFailure(const QString &detail)
{
    EditOutcome outcome;
    outcome.status = EditOutcome::Status::StoreError;
    outcome.detail = detail;
    return outcome;
}

} // namespace

struct LocalEdits::Private
{
    const Database &database;
    RepresentationWriter representations;
    ReplicaWriter replica;
    Outbox outbox;

    EditOutcome makeInTransaction(EntityKind entity, qint64 id, const EditOp &op, const QByteArray &params,
                                  const QString &actor, qint64 nowMs, bool standalone, LocalEdit *made)
    {
        QString error;
        LocalEdit edit;
        edit.entity = entity;
        edit.entityId = id;
        edit.op = QString::fromLatin1(op.name);
        edit.actor = actor;
        edit.before = representations.document(entity, id, &error);
        if (!error.isEmpty())
            return storeFailure(error);
        EditOutcome outcome;
        if (standalone) {
            json::Parser parser;
            json::Parser::Error parseError;
            const auto parsed = parser.parse(params.constData(), params.size(), &parseError);
            if (!parsed) {
                outcome.status = EditOutcome::Status::InvalidParams;
                outcome.detail = QStringLiteral("the parameters are not JSON: %1").arg(parseError.message);
                return outcome;
            }
            edit.params = parsed->minified();
            outcome = EditApplier(database).apply(entity, id, op, *parsed, actor, nowMs, EditApplier::Mode::Authoritative);
        } else {
            OutboxEntry entry;
            outcome = outbox.enqueueInTransaction(entity, id, op, params, actor, nowMs, &entry);
            edit.params = entry.params;
            edit.queued = entry;
        }
        if (!outcome.ok())
            return outcome;
        edit.after = representations.document(entity, id, &error);
        if (edit.after.isEmpty())
            return storeFailure(error.isEmpty() ? QStringLiteral("%1 vanished while it was edited").arg(entityName(entity, id))
                                                : error);
        if (made)
            *made = std::move(edit);
        return outcome;
    }

    // Why the outbox entry of `edit` cannot be deleted any more, or empty when it was.
    QString withdrawEntry(const OutboxEntry &entry)
    {
        QString error;
        QSqlQuery remove(database.connection());
        if (!prepare(remove, QStringLiteral("DELETE FROM outbox WHERE id = ? AND state = 0 AND attempts = 0"), &error))
            return error;
        bind(remove, 0, entry.id);
        if (!execPrepared(remove, &error))
            return error;
        if (remove.numRowsAffected() == 1)
            return {};
        QSqlQuery state(database.connection());
        if (!prepare(state, QStringLiteral("SELECT state, attempts FROM outbox WHERE id = ?"), &error))
            return error;
        bind(state, 0, entry.id);
        if (!execPrepared(state, &error))
            return error;
        if (!state.next())
            return QStringLiteral("its outbox entry is gone");
        switch (static_cast<OutboxState>(state.value(0).toInt())) {
        case OutboxState::Pending:
            return QStringLiteral("it was already sent to the team server (it may have it); it can no longer be taken back");
        case OutboxState::Done:
            return QStringLiteral("the team server has taken it; it can no longer be taken back");
        case OutboxState::Failed:
        case OutboxState::Dismissed:
            return QStringLiteral("the team server refused it; the server's version is already the one here");
        case OutboxState::Conflict:
            return QStringLiteral("it is in conflict with the team server's version; decide it in the outbox");
        }
        return QStringLiteral("its outbox entry is in an unknown state");
    }

    bool withdrawOne(const LocalEdit &edit, QString *error)
    {
        const QString name = entityName(edit.entity, edit.entityId);
        if (edit.queued) {
            const QString why = withdrawEntry(*edit.queued);
            if (!why.isEmpty()) {
                *error = QStringLiteral("%1: %2").arg(name, why);
                return false;
            }
        }
        QString readError;
        const QByteArray current = representations.document(edit.entity, edit.entityId, &readError);
        if (current.isEmpty()) {
            *error = readError.isEmpty() ? QStringLiteral("%1 is no longer in the store").arg(name) : readError;
            return false;
        }
        json::Parser beforeParser, afterParser, currentParser;
        const auto before = beforeParser.parse(edit.before.constData(), edit.before.size());
        const auto after = afterParser.parse(edit.after.constData(), edit.after.size());
        const auto now = currentParser.parse(current.constData(), current.size());
        if (!before || !after || !now) {
            *error = QStringLiteral("%1: the saved state of the edit is not readable").arg(name);
            return false;
        }
        json::Writer out;
        out.beginObject();
        for (const ResourceColumn &column : entityTable(edit.entity).columns) {
            const QByteArray was = (*before)[column.name].minified();
            const QByteArray made = (*after)[column.name].minified();
            const QByteArray is = (*now)[column.name].minified();
            QByteArray chosen = is;
            if (was != made && !isBookkeeping(column.name)) {
                if (is != made) {
                    *error = QStringLiteral("%1: its %2 changed again since (now %3); the edit can no longer be taken back")
                                 .arg(name, QLatin1String(column.name), QString::fromUtf8(is));
                    return false;
                }
                chosen = was;
            }
            out.key(column.name).raw(chosen.isEmpty() ? QByteArrayLiteral("null") : chosen);
        }
        if (edit.entity == EntityKind::Exception)
            writeHistoryWithout(out, (*before)["history"], (*after)["history"], (*now)["history"]);
        out.endObject();
        const QByteArray merged = out.take();
        json::Parser mergedParser;
        const auto document = mergedParser.parse(merged.constData(), merged.size());
        return document && replica.apply(edit.entity, *document, error);
    }

    // The current history without the lines the edit added (by id; a sync since may have
    // written a pending edit's line again under a new provisional id: then by content).
    static void writeHistoryWithout(json::Writer &out, const json::Value &before, const json::Value &after,
                                    const json::Value &now)
    {
        QSet<qint64> earlier;
        for (const json::Value &row : before.elements())
            earlier.insert(row["id"].toInt().value_or(0));
        QList<json::Value> added;
        for (const json::Value &row : after.elements()) {
            if (!earlier.contains(row["id"].toInt().value_or(0)))
                added << row;
        }
        QSet<qint64> present;
        for (const json::Value &row : now.elements())
            present.insert(row["id"].toInt().value_or(0));
        QSet<qint64> drop;
        for (const json::Value &line : added) {
            const qint64 id = line["id"].toInt().value_or(0);
            if (present.contains(id)) {
                drop.insert(id);
                continue;
            }
            for (const json::Value &row : now.elements()) {
                const qint64 candidate = row["id"].toInt().value_or(0);
                if (candidate < 0 && !drop.contains(candidate) && row["action"].toString() == line["action"].toString()
                    && row["actor"].toString() == line["actor"].toString()
                    && row["detail"].toString() == line["detail"].toString()) {
                    drop.insert(candidate);
                    break;
                }
            }
        }
        out.key("history").beginArray();
        for (const json::Value &row : now.elements()) {
            if (!drop.contains(row["id"].toInt().value_or(0)))
                out.raw(row.minified());
        }
        out.endArray();
    }
};

LocalEdits::LocalEdits(const Database &database)
    : d(new Private{database, RepresentationWriter(database), ReplicaWriter(database), Outbox(database)})
{
}

LocalEdits::~LocalEdits() = default;

bool LocalEdits::isStandalone() const
{
    return SyncStore(d->database).serverId().isEmpty();
}

EditOutcome LocalEdits::make(EntityKind entity, qint64 id, const EditOp &op, const QByteArray &params,
                             const QString &actor, qint64 nowMs, LocalEdit *made)
{
    const bool standalone = isStandalone();
    Transaction transaction(d->database.connection());
    QString error;
    if (!transaction.begin(&error))
        return storeFailure(error);
    EditOutcome outcome = d->makeInTransaction(entity, id, op, params, actor, nowMs, standalone, made);
    if (outcome.ok() && !transaction.commit(&error))
        return storeFailure(error);
    return outcome;
}

bool LocalEdits::withdraw(const QList<LocalEdit> &edits, QString *error)
{
    Transaction transaction(d->database.connection());
    if (!transaction.begin(error))
        return false;
    for (auto edit = edits.crbegin(); edit != edits.crend(); ++edit) {
        if (!d->withdrawOne(*edit, error))
            return false;
    }
    return transaction.commit(error);
}

EditOutcome LocalEdits::remake(QList<LocalEdit> &edits, qint64 nowMs)
{
    const bool standalone = isStandalone();
    Transaction transaction(d->database.connection());
    QString error;
    if (!transaction.begin(&error))
        return storeFailure(error);
    QList<LocalEdit> remade;
    EditOutcome outcome;
    outcome.status = EditOutcome::Status::Applied;
    for (const LocalEdit &edit : edits) {
        const EditOp *op = EditCatalog::find(edit.entity, edit.op);
        if (!op) {
            outcome = storeFailure(QStringLiteral("\"%1\" is not an edit this version knows").arg(edit.op));
            return outcome;
        }
        LocalEdit again;
        outcome = d->makeInTransaction(edit.entity, edit.entityId, *op, edit.params, edit.actor, nowMs, standalone, &again);
        if (!outcome.ok()) {
            outcome.detail = QStringLiteral("%1: %2").arg(entityName(edit.entity, edit.entityId), outcome.detail);
            return outcome;
        }
        remade << again;
    }
    if (!transaction.commit(&error))
        return storeFailure(error);
    edits = remade;
    return outcome;
}

} // namespace ct
