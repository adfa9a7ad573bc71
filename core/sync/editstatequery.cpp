// SPDX-License-Identifier: MIT
#include "editstatequery.h"

#include "outbox.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"

namespace ct {

namespace {
// SQLite's default limit on host parameters is far above this; batches keep each
// statement's text short.
constexpr int Batch = 400;
}

EditStateQuery::EditStateQuery(const Database &database) : m_database(database) {}

std::optional<QHash<qint64, EditState>> EditStateQuery::latest(EntityKind entity, const QList<qint64> &ids,
                                                               QString *error) const
{
    QHash<qint64, EditState> states;
    for (qsizetype start = 0; start < ids.size(); start += Batch) {
        const QList<qint64> batch = ids.mid(start, Batch);
        QString marks;
        for (qsizetype i = 0; i < batch.size(); ++i)
            marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
        // The latest entry of each entity, and for a conflict whether it is still open.
        QSqlQuery query(m_database.connection());
        const QString sql = QStringLiteral(
            "SELECT o.entity_id, o.id, o.op, o.state, o.last_error, "
            "EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.outbox_id = o.id AND c.resolved_at_ms IS NULL) "
            "FROM outbox o WHERE o.entity = ? AND o.id = (SELECT max(l.id) FROM outbox l "
            "WHERE l.entity = o.entity AND l.entity_id = o.entity_id) AND o.entity_id IN (%1)").arg(marks);
        if (!prepare(query, sql, error))
            return std::nullopt;
        bind(query, 0, entityCode(entity));
        for (qsizetype i = 0; i < batch.size(); ++i)
            bind(query, static_cast<int>(i) + 1, batch.at(i));
        if (!execPrepared(query, error))
            return std::nullopt;
        while (query.next()) {
            EditState state;
            switch (static_cast<OutboxState>(query.value(3).toInt())) {
            case OutboxState::Pending: state.kind = EditState::Kind::Pending; break;
            case OutboxState::Failed: state.kind = EditState::Kind::Refused; break;
            case OutboxState::Conflict:
                state.kind = query.value(5).toBool() ? EditState::Kind::Conflict : EditState::Kind::None;
                break;
            case OutboxState::Done:
            case OutboxState::Dismissed: break;
            }
            if (state.kind == EditState::Kind::None)
                continue;
            state.outboxId = query.value(1).toLongLong();
            state.op = query.value(2).toString();
            state.detail = query.value(4).toString();
            states.insert(query.value(0).toLongLong(), state);
        }
    }
    return states;
}

} // namespace ct
