// SPDX-License-Identifier: MIT
#include "changefeed.h"

#include "opaquecursor.h"

#include "json/jsonwriter.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/sqldialect.h"
#include "store/sqlstatement.h"
#include "sync/representationwriter.h"
#include "teamsettings/teamsettingsstore.h"

#include <QList>
#include <QSet>

#include <memory>

namespace ct::server {

ChangeFeed::ChangeFeed(const Database &database)
    : m_database(database)
{
}

QByteArray ChangeFeed::page(const QString &serverId, qint64 sequence, int limit, QString *error)
{
    // One snapshot for the log and the representations.
    if (!execSql(m_database.connection(), m_database.dialect().beginSnapshot(), error))
        return {};
    struct Entry
    {
        qint64 sequence;
        QString entity;
        qint64 id;
    };
    QList<Entry> entries;
    {
        auto select = SqlStatement::prepare(m_database,
                                            QStringLiteral("SELECT seq, entity, entity_id FROM change_log "
                                                           "WHERE seq > ? ORDER BY seq LIMIT ?"),
                                            error);
        if (!select) {
            execSql(m_database.connection(), QStringLiteral("ROLLBACK"), nullptr);
            return {};
        }
        select->bind(0, sequence);
        select->bind(1, limit + 1);
        if (!select->exec(error)) {
            execSql(m_database.connection(), QStringLiteral("ROLLBACK"), nullptr);
            return {};
        }
        while (select->next())
            entries << Entry{select->int64(0), select->text(1), select->int64(2)};
        select->finish();
    }
    const bool hasMore = entries.size() > limit;
    if (hasMore)
        entries.removeLast();

    // Every page is referentially whole and in order: an exception or return whose
    // shipment changed after it (so the client may not have it yet) carries that shipment
    // just before it. A shipment carried from further down this page is not sent again in
    // its own place; one from a later page is (upserting it twice is harmless). A client
    // that stops after any page has no row pointing nowhere.
    const qint64 lastSequence = entries.isEmpty() ? sequence : entries.last().sequence;
    std::unique_ptr<SqlStatement> laterShipment[2];
    const char *const dependents[2] = {"exceptions", "returns"};
    for (int i = 0; i < 2; ++i) {
        laterShipment[i] = SqlStatement::prepare(
            m_database,
            QStringLiteral("SELECT d.shipment_id FROM %1 d LEFT JOIN change_log c "
                           "ON c.entity = 'shipment' AND c.entity_id = d.shipment_id "
                           "WHERE d.id = ? AND d.shipment_id IS NOT NULL AND (c.seq IS NULL OR c.seq > ?)")
                .arg(QLatin1String(dependents[i])),
            error);
        if (!laterShipment[i]) {
            execSql(m_database.connection(), QStringLiteral("ROLLBACK"), nullptr);
            return {};
        }
    }
    QSet<qint64> carriedShipments;

    json::Writer out;
    out.beginObject();
    out.key("server_id").value(serverId);
    out.key("changes").beginArray();
    RepresentationWriter writer(m_database);
    // One change on the page; false only when the store fails (an entity gone since it
    // was logged is skipped).
    const auto writeChange = [&](EntityKind kind, qint64 id) {
        json::Writer item;
        item.beginObject().key("kind").value(entityCode(kind)).key("data");
        if (!writer.write(item, kind, id, error))
            return error->isEmpty();
        item.endObject();
        out.raw(item.data());
        return true;
    };
    // A team setting: {"kind":"setting","data":<its representation>} (docs/SYNC.md).
    TeamSettingsStore settings(m_database);
    const auto writeSetting = [&](qint64 id) {
        const std::optional<TeamSetting> setting = settings.readId(id, error);
        if (setting)
            out.raw(QByteArrayLiteral("{\"kind\":\"setting\",\"data\":") + setting->representation() + '}');
        return setting || error->isEmpty();
    };
    bool ok = true;
    for (const Entry &entry : entries) {
        if (entry.entity == QLatin1String("setting")) {
            if (!(ok = writeSetting(entry.id)))
                break;
            continue;
        }
        const std::optional<EntityKind> kind = entityFromCode(entry.entity);
        if (!kind || (*kind == EntityKind::Shipment && carriedShipments.contains(entry.id)))
            continue;
        if (*kind != EntityKind::Shipment) {
            SqlStatement &query = *laterShipment[*kind == EntityKind::Exception ? 0 : 1];
            query.bind(0, entry.id);
            query.bind(1, entry.sequence);
            if (!query.exec(error)) {
                ok = false;
                break;
            }
            const qint64 shipment = query.next() ? query.int64(0) : 0; // ids start at 1
            query.finish();
            if (shipment > 0 && !carriedShipments.contains(shipment)) {
                carriedShipments.insert(shipment);
                if (!writeChange(EntityKind::Shipment, shipment)) {
                    ok = false;
                    break;
                }
            }
        }
        if (!writeChange(*kind, entry.id)) {
            ok = false;
            break;
        }
    }
    out.endArray();
    out.key("next_cursor").value(encodeCursor("c1", lastSequence));
    out.key("has_more").value(hasMore);
    out.endObject();
    execSql(m_database.connection(), QStringLiteral("COMMIT"), nullptr);
    return ok ? out.take() : QByteArray();
}

} // namespace ct::server
