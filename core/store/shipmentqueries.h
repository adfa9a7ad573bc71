// SPDX-License-Identifier: MIT
#pragma once

#include "domain/exceptiontype.h"
#include "domain/paymentmode.h"
#include "domain/tag.h"
#include "domain/trackingevent.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ct {

class Database;

// One line of a shipment list.
struct ShipmentRow
{
    qint64 id = 0;
    QString carrier;
    QString trackingNumber;
    QString service;
    Tag tag = Tag::Pending;
    Subtag subtag = Subtag::PendingNoInformation;
    std::optional<qint64> lastEventMs;
    QString lastLocation;
    QString destinationCity;
    QString destinationCountry;
    QString destinationState;
    int lastEventOffsetMinutes = 0; // the latest scan's UTC offset
    QString orderId;
    QString customerName;
    qint64 orderValueCents = 0;
    QString currency;
    QDate promisedDate;
    // The delivery-date model's stored estimate (invalid: none yet, or not enough history);
    // the carrier's own estimate is kept apart (docs/PREDICTION.md, "Stored predictions").
    QDate predictedP50;
    QDate predictedP90;
    int openExceptions = 0;
    PaymentMode paymentMode = PaymentMode::Unknown;
};

// Keyset position in the list ordered by latest activity (newest first).
struct ShipmentCursor
{
    std::optional<qint64> lastEventMs; // nullopt: among shipments without events
    qint64 id = 0;
    bool atStart = true;
};

struct ShipmentPage
{
    QList<ShipmentRow> rows;
    ShipmentCursor next;
    bool atEnd = false;
};

struct CountByKey
{
    QString key;
    qint64 count = 0;
};

struct ExceptionTypeTotals
{
    ExceptionType type = ExceptionType::Stuck;
    qint64 open = 0;
    qint64 total = 0;
};

struct UnmappedCode
{
    QString sourceFormat;
    QString carrier;
    QString rawCode;
    QString sampleDescription;
    qint64 occurrences = 0;
};

// Totals for `controltower-cli stats` and the status bar.
struct StoreStats
{
    qint64 shipments = 0;
    qint64 events = 0;
    qint64 returns = 0;
    qint64 openExceptions = 0;
    qint64 exceptions = 0;
    qint64 rawPayloads = 0;
    QList<CountByKey> byTag;        // tag code -> shipments, in taxonomy order
    QList<CountByKey> byCarrier;    // carrier code -> shipments, most first
    QList<ExceptionTypeTotals> byExceptionType; // every type, in enum order
    QList<CountByKey> returnsByStatus;         // status code -> returns
    QList<UnmappedCode> unmappedCodes;         // most frequent first
};

// The few totals the status bar shows; cheap enough for the GUI thread on a store of a
// million shipments (unlike StoreStats, which also counts every event).
struct StoreSummary
{
    qint64 shipments = 0;
    qint64 openExceptions = 0;
    qint64 returns = 0;
};

struct RawPayload
{
    qint64 receivedAtMs = 0;
    QString sourceFormat;
    QString sourceDocument;
    QByteArray json;
};

// Read-only questions to the store. A view never runs SQL itself; it asks these.
// Use from the thread that opened the Database.
class ShipmentQueries final
{
public:
    explicit ShipmentQueries(const Database &database);

    std::optional<StoreStats> stats(QString *error) const;
    std::optional<StoreSummary> summary(QString *error) const;
    qint64 shipmentCount(QString *error) const;

    // Shipments by latest activity, newest first, `limit` rows after `cursor`.
    std::optional<ShipmentPage> page(const ShipmentCursor &cursor, int limit, QString *error) const;

    // The shipments among `ids` that are in the store, newest activity first (the order of
    // page()): what a drill-down from the analytics lists. Any number of ids.
    std::optional<QList<qint64>> orderedByActivity(const QList<qint64> &ids, QString *error) const;
    // The rows of `ids` in that order (ids not in the store are left out).
    std::optional<QList<ShipmentRow>> rows(const QList<qint64> &ids, QString *error) const;

    // Full-text search over tracking number, order id, customer name, e-mail and phone.
    // Every word must match (as a prefix); phone numbers match in any formatting.
    std::optional<QList<ShipmentRow>> search(const QString &text, int limit, QString *error) const;
    // The FTS5 query `search` runs for `text` (empty when nothing searchable remains).
    static QString ftsQuery(const QString &text);

    std::optional<QList<TrackingEvent>> timeline(qint64 shipmentId, QString *error) const;
    std::optional<QList<RawPayload>> rawPayloads(qint64 shipmentId, QString *error) const;

private:
    const Database &m_database;
};

} // namespace ct
