// SPDX-License-Identifier: MIT
#include "replicawriter.h"

#include "analytics/kpifacts.h"

#include "json/jsonvalue.h"
#include "resourcetable.h"
#include "store/searchtext.h"
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
    std::unique_ptr<SqlStatement> ftsDelete;
    std::unique_ptr<SqlStatement> ftsInsert;
    KpiFacts kpiFacts{database}; // the KPI rollups' input, in the page's transaction

    bool prepared(std::unique_ptr<SqlStatement> &statement, const QString &sql, QString *error)
    {
        if (!statement)
            statement = SqlStatement::prepare(database, sql, error);
        return statement != nullptr;
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
        if (!prepared(deleteRows, QStringLiteral("DELETE FROM ") + table_ + QStringLiteral(" WHERE ")
                          + QLatin1String(parentColumn) + QStringLiteral(" = ?"), error)
            || !prepared(insertRow, QStringLiteral("INSERT INTO ") + table_ + QStringLiteral("(")
                             + table.columnList() + QStringLiteral(") VALUES(")
                             + QStringList(static_cast<qsizetype>(table.columns.size()), QStringLiteral("?")).join(QLatin1Char(','))
                             + QStringLiteral(")"), error)
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

    bool updateSearch(qint64 id, bool existed, const QStringList &before, const json::Value &data,
                      QString *error)
    {
        if (!prepared(ftsDelete, QStringLiteral("INSERT INTO shipment_search(shipment_search, rowid, "
                                                "tracking_number, order_id, customer_name, customer_email, "
                                                "customer_phone) VALUES('delete',?,?,?,?,?,?)"), error)
            || !prepared(ftsInsert, QStringLiteral("INSERT INTO shipment_search(rowid, tracking_number, "
                                                   "order_id, customer_name, customer_email, customer_phone) "
                                                   "VALUES(?,?,?,?,?,?)"), error))
            return false;
        if (existed) {
            ftsDelete->bind(0, id);
            for (int i = 0; i < 5; ++i)
                ftsDelete->bind(i + 1, i == 4 ? phoneSearchText(before.at(i)) : before.at(i));
            if (!ftsDelete->exec(error))
                return false;
        }
        ftsInsert->bind(0, id);
        const char *fields[] = {"tracking_number", "order_id", "customer_name", "customer_email", "customer_phone"};
        for (int i = 0; i < 5; ++i) {
            const QString text = data[fields[i]].toString();
            ftsInsert->bind(i + 1, i == 4 ? phoneSearchText(text) : text);
        }
        return ftsInsert->exec(error);
    }
};

ReplicaWriter::ReplicaWriter(const Database &database)
    : d(new Private{database, {}, {}, {}, {}, {}, {}, {}, {}})
{
}

ReplicaWriter::~ReplicaWriter() = default;

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
    QStringList before;
    if (kind == EntityKind::Shipment) {
        if (!d->prepared(d->searchFields, QStringLiteral("SELECT tracking_number, order_id, customer_name, "
                                                         "customer_email, customer_phone FROM shipments WHERE id = ?"),
                         error)
            || !d->exec(*d->searchFields, *id, error))
            return false;
        existed = d->searchFields->next();
        if (existed) {
            for (int i = 0; i < 5; ++i)
                before << d->searchFields->text(i);
        }
        d->searchFields->finish();
    }

    auto &upsert = d->upsert[static_cast<int>(kind)];
    if (!d->prepared(upsert, upsertSql(table), error) || !bindColumns(*upsert, table, data, error)
        || !upsert->exec(error))
        return false;

    switch (kind) {
    case EntityKind::Shipment:
        return d->replaceChildren(resources::events(), data["events"], *id, d->deleteEvents,
                                  d->insertEvent, "shipment_id", error)
            && d->updateSearch(*id, existed, before, data, error) && d->kpiFacts.refresh(*id, error);
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
