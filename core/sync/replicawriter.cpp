// SPDX-License-Identifier: MIT
#include "replicawriter.h"

#include "analytics/kpifacts.h"

#include "json/jsonvalue.h"
#include "resourcetable.h"
#include "store/searchindexwriter.h"
#include "store/sqlstatement.h"

#include <QStringList>

namespace ct {

namespace {

QString upsertSql(const ResourceTable &table)
{
    QStringList placeholders;
    QStringList updates;
    for (const ResourceColumn &column : table.columns) {
        placeholders << QStringLiteral("?");
        const QString name = QString::fromLatin1(column.name);
        if (name != QLatin1String("id"))
            updates << name + QStringLiteral(" = excluded.") + name;
    }
    return QStringLiteral("INSERT INTO ") + QLatin1String(table.table) + QStringLiteral("(")
        + table.columnList() + QStringLiteral(") VALUES(") + placeholders.join(QLatin1Char(','))
        + QStringLiteral(") ON CONFLICT(id) DO UPDATE SET ") + updates.join(QStringLiteral(", "));
}

bool bindColumns(SqlStatement &statement, const ResourceTable &table, const json::Value &data,
                 QString *error)
{
    if (!data.isObject()) {
        *error = QStringLiteral("%1: expected an object, found %2").arg(data.path(), data.typeName());
        return false;
    }
    int index = 0;
    for (const ResourceColumn &column : table.columns) {
        const json::Value field = data[column.name];
        if (column.addedLater && field.isAbsent()) {
            // An older server's representation: the store's default.
            if (column.kind == ColumnKind::Text)
                statement.bind(index, QString());
            else if (column.kind == ColumnKind::Integer)
                statement.bind(index, qint64(0));
            else
                statement.bindNull(index);
            ++index;
            continue;
        }
        switch (column.kind) {
        case ColumnKind::Integer:
        case ColumnKind::NullableInteger: {
            if (column.kind == ColumnKind::NullableInteger && field.isAbsent()) {
                statement.bindNull(index);
                break;
            }
            const std::optional<qint64> number = field.isNumber() ? field.toInt() : std::nullopt;
            if (!number) {
                *error = QStringLiteral("%1: expected an integer, found %2")
                             .arg(data.pathOf(column.name), field.typeName());
                return false;
            }
            statement.bind(index, *number);
            break;
        }
        case ColumnKind::Text:
            if (!field.isString()) {
                *error = QStringLiteral("%1: expected a string, found %2")
                             .arg(data.pathOf(column.name), field.typeName());
                return false;
            }
            statement.bind(index, field.toString());
            break;
        case ColumnKind::JsonText:
            statement.bind(index, field.isAbsent() ? QStringLiteral("[]")
                                                   : QString::fromUtf8(field.minified()));
            break;
        }
        ++index;
    }
    return true;
}

} // namespace

struct ReplicaWriter::Private
{
    const Database &database;
    std::unique_ptr<SqlStatement> upsert[3];
    std::unique_ptr<SqlStatement> insertEvent;
    std::unique_ptr<SqlStatement> deleteEvents;
    std::unique_ptr<SqlStatement> insertHistory;
    std::unique_ptr<SqlStatement> deleteHistory;
    std::unique_ptr<SqlStatement> searchFields;
    std::unique_ptr<SqlStatement> shipmentOf[3]; // the shipment an exception or return names now
    KpiFacts kpiFacts{database}; // the KPI rollups' input, in the page's transaction
    SearchIndexWriter search{database}; // the full-text rows, written at the page's end
    bool inPage = false;

    bool prepared(std::unique_ptr<SqlStatement> &statement, const QString &sql, QString *error)
    {
        if (!statement)
            statement = SqlStatement::prepare(database, sql, error);
        return statement != nullptr;
    }
    // The same, building the statement's text only the first time.
    template<typename Sql>
    bool preparedOnce(std::unique_ptr<SqlStatement> &statement, Sql sql, QString *error)
    {
        return statement || prepared(statement, sql(), error);
    }

    bool exec(SqlStatement &statement, qint64 id, QString *error)
    {
        statement.bind(0, id);
        return statement.exec(error);
    }

    // Replaces the rows of `table` belonging to `parentId` with `rows`.
    bool replaceChildren(const ResourceTable &table, const json::Value &rows, qint64 parentId,
                         std::unique_ptr<SqlStatement> &deleteRows, std::unique_ptr<SqlStatement> &insertRow,
                         const char *parentColumn, QString *error)
    {
        const QString table_ = QLatin1String(table.table);
        if (!preparedOnce(deleteRows, [&]() -> QString {
                return QStringLiteral("DELETE FROM ") + table_ + QStringLiteral(" WHERE ") + QLatin1String(parentColumn)
                    + QStringLiteral(" = ?");
            }, error)
            || !preparedOnce(insertRow, [&]() -> QString {
                   return QStringLiteral("INSERT INTO ") + table_ + QStringLiteral("(") + table.columnList()
                       + QStringLiteral(") VALUES(")
                       + QStringList(static_cast<qsizetype>(table.columns.size()), QStringLiteral("?")).join(QLatin1Char(','))
                       + QStringLiteral(")");
               }, error)
            || !exec(*deleteRows, parentId, error))
            return false;
        if (rows.isAbsent())
            return true;
        if (!rows.isArray()) {
            *error = QStringLiteral("%1: expected an array, found %2").arg(rows.path(), rows.typeName());
            return false;
        }
        for (const json::Value &row : rows.elements()) {
            if (!bindColumns(*insertRow, table, row, error) || !insertRow->exec(error))
                return false;
        }
        return true;
    }

    // Before an exception or return changes, its shipment's new facts row must have
    // reached the rollups (the exceptions' and returns' triggers read it): the shipment it
    // names now and the one it names in the representation.
    bool settleShipmentOf(EntityKind kind, qint64 id, const json::Value &data, QString *error)
    {
        auto &select = shipmentOf[static_cast<int>(kind)];
        if (!preparedOnce(select, [&]() -> QString {
                return QStringLiteral("SELECT shipment_id FROM ") + QLatin1String(entityTable(kind).table)
                    + QStringLiteral(" WHERE id = ?");
            }, error)
            || !exec(*select, id, error))
            return false;
        const std::optional<qint64> before = select->next() ? select->optionalInt64(0) : std::nullopt;
        select->finish();
        return (!before || kpiFacts.settle(*before, error))
            && (!data["shipment_id"].isNumber() || kpiFacts.settle(data["shipment_id"].toInt().value_or(0), error));
    }
};

ReplicaWriter::ReplicaWriter(const Database &database)
    : d(new Private{database, {}, {}, {}, {}, {}, {}, {}})
{
}

ReplicaWriter::~ReplicaWriter() = default;

void ReplicaWriter::beginPage()
{
    d->search.discard();
    d->kpiFacts.beginBatch();
    d->inPage = true;
}

bool ReplicaWriter::endPage(QString *error)
{
    d->inPage = false;
    if (d->kpiFacts.endBatch(error) && d->search.flush(error))
        return true;
    d->search.discard();
    return false;
}

void ReplicaWriter::discardPage()
{
    d->inPage = false;
    d->kpiFacts.discardBatch();
    d->search.discard();
}

bool ReplicaWriter::settle(QString *error)
{
    if (!d->inPage)
        return true;
    if (!d->kpiFacts.endBatch(error))
        return false;
    d->kpiFacts.beginBatch();
    return true;
}

bool ReplicaWriter::apply(EntityKind kind, const json::Value &data, QString *error)
{
    const ResourceTable &table = entityTable(kind);
    const std::optional<qint64> id = data["id"].toInt();
    if (!id) {
        *error = QStringLiteral("%1: expected an integer id, found %2")
                     .arg(data.pathOf("id"), data["id"].typeName());
        return false;
    }

    bool existed = false;
    SearchFields before;
    if (kind == EntityKind::Shipment) {
        if (!d->prepared(d->searchFields, QStringLiteral("SELECT tracking_number, order_id, customer_name, "
                                                         "customer_email, customer_phone FROM shipments WHERE id = ?"),
                         error)
            || !d->exec(*d->searchFields, *id, error))
            return false;
        existed = d->searchFields->next();
        if (existed)
            before = {d->searchFields->text(0), d->searchFields->text(1), d->searchFields->text(2),
                      d->searchFields->text(3), d->searchFields->text(4)};
        d->searchFields->finish();
    } else if (!d->settleShipmentOf(kind, *id, data, error)) {
        return false;
    }

    auto &upsert = d->upsert[static_cast<int>(kind)];
    if (!d->preparedOnce(upsert, [&]() -> QString { return upsertSql(table); }, error) || !bindColumns(*upsert, table, data, error)
        || !upsert->exec(error))
        return false;

    switch (kind) {
    case EntityKind::Shipment: {
        const SearchFields after{data["tracking_number"].toString(), data["order_id"].toString(),
                                 data["customer_name"].toString(), data["customer_email"].toString(),
                                 data["customer_phone"].toString()};
        if (existed)
            d->search.replace(*id, before, after);
        else
            d->search.add(*id, after);
        return d->replaceChildren(resources::events(), data["events"], *id, d->deleteEvents,
                                  d->insertEvent, "shipment_id", error)
            && d->kpiFacts.refresh(*id, error) && (d->inPage || d->search.flush(error));
    }
    case EntityKind::Exception:
        // An agent's fake-attempt mark changes its shipment's first-attempt credit.
        return d->replaceChildren(resources::exceptionHistory(), data["history"], *id,
                                  d->deleteHistory, d->insertHistory, "exception_id", error)
            && (!data["fake_attempt_at_ms"].isNumber()
                || d->kpiFacts.refresh(data["shipment_id"].toInt().value_or(0), error));
    case EntityKind::Return:
        break;
    }
    return true;
}

} // namespace ct
