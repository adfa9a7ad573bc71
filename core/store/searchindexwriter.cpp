// SPDX-License-Identifier: MIT
#include "searchindexwriter.h"

#include "database.h"
#include "searchtext.h"
#include "sqldialect.h"
#include "sqlstatement.h"

namespace ct {

namespace {

struct QueuedRow
{
    bool remove = false;
    qint64 shipmentId = 0;
    SearchFields fields;
};

} // namespace

struct SearchIndexWriter::Private
{
    const Database &database;
    const bool enabled;
    std::unique_ptr<SqlStatement> insert, remove;
    QList<QueuedRow> queued;

    bool prepared(std::unique_ptr<SqlStatement> &statement, const char *sql, QString *error)
    {
        if (!statement)
            statement = SqlStatement::prepare(database, QString::fromLatin1(sql), error);
        return statement != nullptr;
    }
};

SearchIndexWriter::SearchIndexWriter(const Database &database)
    : d(new Private{database, database.dialect().hasFullTextSearch(), {}, {}, {}})
{
}

SearchIndexWriter::~SearchIndexWriter() = default;

void SearchIndexWriter::add(qint64 shipmentId, const SearchFields &fields)
{
    if (d->enabled)
        d->queued.append({false, shipmentId, fields});
}

void SearchIndexWriter::replace(qint64 shipmentId, const SearchFields &before, const SearchFields &after)
{
    if (!d->enabled || before == after)
        return;
    d->queued.append({true, shipmentId, before});
    d->queued.append({false, shipmentId, after});
}

bool SearchIndexWriter::flush(QString *error)
{
    if (d->queued.isEmpty())
        return true;
    // A contentless FTS5 table forgets a row by being told its old values ('delete').
    if (!d->prepared(d->insert,
                     "INSERT INTO shipment_search(rowid, tracking_number, order_id, customer_name, customer_email, "
                     "customer_phone) VALUES(?,?,?,?,?,?)",
                     error)
        || !d->prepared(d->remove,
                        "INSERT INTO shipment_search(shipment_search, rowid, tracking_number, order_id, customer_name, "
                        "customer_email, customer_phone) VALUES('delete',?,?,?,?,?,?)",
                        error))
        return false;
    for (const QueuedRow &row : std::as_const(d->queued)) {
        SqlStatement &q = row.remove ? *d->remove : *d->insert;
        q.bind(0, row.shipmentId);
        q.bind(1, row.fields.trackingNumber);
        q.bind(2, row.fields.orderId);
        q.bind(3, row.fields.customerName);
        q.bind(4, row.fields.customerEmail);
        q.bind(5, phoneSearchText(row.fields.customerPhone));
        if (!q.exec(error))
            return false;
    }
    d->queued.clear();
    return true;
}

void SearchIndexWriter::discard()
{
    d->queued.clear();
}

} // namespace ct
