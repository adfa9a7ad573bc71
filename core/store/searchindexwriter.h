// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace ct {

class Database;

// What the full-text index holds of a shipment (shipment_search, rowid = shipment id).
struct SearchFields
{
    QString trackingNumber;
    QString orderId;
    QString customerName;
    QString customerEmail;
    QString customerPhone; // as stored; the index holds phoneSearchText()

    bool operator==(const SearchFields &) const = default;
};

// Writes shipments' rows of the contentless full-text index, queued and written together
// by flush(), which the caller runs last in its transaction.
//
// Why queued: FTS5 keeps new terms in memory until a later statement of the transaction
// opens a statement savepoint (any statement with a trigger, an upsert or an INSERT ...
// SELECT does), and then writes them out as a segment of their own. Written one shipment
// at a time between such statements, the index got a segment per shipment and merged them
// again and again (docs/PERFORMANCE.md); written together at the end it gets one per batch.
//
// On PostgreSQL (no full-text index) every call is a no-op. Use from the Database's thread.
class SearchIndexWriter final
{
public:
    explicit SearchIndexWriter(const Database &database);
    ~SearchIndexWriter();

    // A shipment new to the index.
    void add(qint64 shipmentId, const SearchFields &fields);
    // A shipment whose indexed fields were `before` (nothing is queued when they are equal).
    void replace(qint64 shipmentId, const SearchFields &before, const SearchFields &after);

    // Writes what is queued, in order. False with `error` on a store failure.
    bool flush(QString *error);
    // Forgets what is queued (the caller rolled back).
    void discard();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
