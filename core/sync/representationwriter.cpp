// SPDX-License-Identifier: MIT
#include "representationwriter.h"

#include "json/jsonwriter.h"
#include "resourcetable.h"
#include "store/sqlstatement.h"

namespace ct {

namespace {

void writeColumns(json::Writer &out, const ResourceTable &table, const SqlStatement &row)
{
    int index = 0;
    for (const ResourceColumn &column : table.columns) {
        out.key(column.name);
        switch (column.kind) {
        case ColumnKind::Integer:
            out.value(row.int64(index));
            break;
        case ColumnKind::NullableInteger:
            if (row.isNull(index))
                out.null();
            else
                out.value(row.int64(index));
            break;
        case ColumnKind::Text:
            out.value(row.text(index));
            break;
        case ColumnKind::JsonText: {
            const QByteArray json = row.text(index).toUtf8();
            if (json.isEmpty())
                out.null();
            else
                out.raw(json);
            break;
        }
        }
        ++index;
    }
}

} // namespace

struct RepresentationWriter::Private
{
    const Database &database;
    std::unique_ptr<SqlStatement> byId[3];
    std::unique_ptr<SqlStatement> events;
    std::unique_ptr<SqlStatement> history;

    bool prepared(std::unique_ptr<SqlStatement> &statement, const QString &sql, QString *error)
    {
        if (!statement)
            statement = SqlStatement::prepare(database, sql, error);
        return statement != nullptr;
    }

    static QString selectSql(const ResourceTable &table, const char *where, const char *order = nullptr)
    {
        QString sql = QStringLiteral("SELECT ") + table.columnList() + QStringLiteral(" FROM ")
            + QLatin1String(table.table) + QStringLiteral(" WHERE ") + QLatin1String(where);
        if (order)
            sql += QStringLiteral(" ORDER BY ") + QLatin1String(order);
        return sql;
    }

    // Writes "name":[rows of `table` whose `where` matches id].
    bool writeChildren(json::Writer &out, const char *name, std::unique_ptr<SqlStatement> &statement,
                       const ResourceTable &table, const char *where, qint64 id, QString *error)
    {
        if (!prepared(statement, selectSql(table, where, "id"), error))
            return false;
        statement->bind(0, id);
        if (!statement->exec(error))
            return false;
        out.key(name).beginArray();
        while (statement->next()) {
            out.beginObject();
            writeColumns(out, table, *statement);
            out.endObject();
        }
        out.endArray();
        statement->finish();
        return true;
    }
};

RepresentationWriter::RepresentationWriter(const Database &database)
    : d(new Private{database, {}, {}, {}})
{
}

RepresentationWriter::~RepresentationWriter() = default;

bool RepresentationWriter::write(json::Writer &out, EntityKind kind, qint64 id, QString *error)
{
    if (error)
        error->clear();
    const ResourceTable &table = entityTable(kind);
    auto &statement = d->byId[static_cast<int>(kind)];
    if (!d->prepared(statement, Private::selectSql(table, "id = ?"), error))
        return false;
    statement->bind(0, id);
    if (!statement->exec(error))
        return false;
    if (!statement->next()) {
        statement->finish();
        return false;
    }
    out.beginObject();
    writeColumns(out, table, *statement);
    statement->finish();
    bool ok = true;
    if (kind == EntityKind::Shipment)
        ok = d->writeChildren(out, "events", d->events, resources::events(), "shipment_id = ?", id, error);
    else if (kind == EntityKind::Exception)
        ok = d->writeChildren(out, "history", d->history, resources::exceptionHistory(),
                              "exception_id = ?", id, error);
    out.endObject();
    return ok;
}

QByteArray RepresentationWriter::document(EntityKind kind, qint64 id, QString *error)
{
    json::Writer out;
    if (!write(out, kind, id, error))
        return {};
    return out.take();
}

} // namespace ct
