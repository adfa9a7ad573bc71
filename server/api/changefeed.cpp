// SPDX-License-Identifier: MIT
#include "changefeed.h"

#include "opaquecursor.h"

#include "json/jsonwriter.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/sqldialect.h"
#include "store/sqlstatement.h"
#include "sync/representationwriter.h"

#include <QList>

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

    json::Writer out;
    out.beginObject();
    out.key("server_id").value(serverId);
    out.key("changes").beginArray();
    RepresentationWriter writer(m_database);
    bool ok = true;
    for (const Entry &entry : entries) {
        const std::optional<EntityKind> kind = entityFromCode(entry.entity);
        if (!kind)
            continue;
        json::Writer item;
        item.beginObject().key("kind").value(entry.entity).key("data");
        if (!writer.write(item, *kind, entry.id, error)) {
            if (error->isEmpty())
                continue; // logged but gone: nothing to send
            ok = false;
            break;
        }
        item.endObject();
        out.raw(item.data());
    }
    out.endArray();
    out.key("next_cursor").value(encodeCursor("c1", entries.isEmpty() ? sequence : entries.last().sequence));
    out.key("has_more").value(hasMore);
    out.endObject();
    execSql(m_database.connection(), QStringLiteral("COMMIT"), nullptr);
    return ok ? out.take() : QByteArray();
}

} // namespace ct::server
