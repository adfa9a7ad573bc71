// SPDX-License-Identifier: MIT
#include "shipmentqueries.h"

#include "database.h"
#include "domain/carriers.h"
#include "domain/returnstatus.h"
#include "payloadcodec.h"
#include "qtsqlsupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <vector>

namespace ct {

namespace {

// "+x.status" keeps SQLite on the (shipment_id, ...) index for the open-exception count:
// on the status index it read every open exception for each row (16 s for the first page
// of a 1M-shipment store, 8 ms this way).
const QString RowColumns = QStringLiteral(
    "s.id, s.carrier, s.tracking_number, s.service, s.tag, s.subtag, s.last_event_at_ms, "
    "s.last_location, s.dest_city, s.dest_country, s.order_id, s.customer_name, "
    "s.order_value_cents, s.currency, s.promised_date, s.dest_state, s.last_event_offset_min, "
    "(SELECT count(*) FROM exceptions x WHERE x.shipment_id = s.id AND +x.status = 0), s.payment_mode, "
    "s.edd_p50_date, s.edd_p90_date");

ShipmentRow readRow(const QSqlQuery &q)
{
    ShipmentRow r;
    int c = 0;
    r.id = q.value(c++).toLongLong();
    r.carrier = q.value(c++).toString();
    r.trackingNumber = q.value(c++).toString();
    r.service = q.value(c++).toString();
    r.tag = tagFromInt(q.value(c++).toInt()).value_or(Tag::Pending);
    r.subtag = subtagFromInt(q.value(c++).toInt()).value_or(genericSubtag(r.tag));
    const QVariant last = q.value(c++);
    if (!last.isNull())
        r.lastEventMs = last.toLongLong();
    r.lastLocation = q.value(c++).toString();
    r.destinationCity = q.value(c++).toString();
    r.destinationCountry = q.value(c++).toString();
    r.orderId = q.value(c++).toString();
    r.customerName = q.value(c++).toString();
    r.orderValueCents = q.value(c++).toLongLong();
    r.currency = q.value(c++).toString();
    r.promisedDate = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    r.destinationState = q.value(c++).toString();
    r.lastEventOffsetMinutes = q.value(c++).toInt();
    r.openExceptions = q.value(c++).toInt();
    r.paymentMode = paymentModeFromInt(q.value(c++).toInt()).value_or(PaymentMode::Unknown);
    r.predictedP50 = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    r.predictedP90 = QDate::fromString(q.value(c++).toString(), Qt::ISODate);
    return r;
}

bool run(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = describeSqlError(q.lastError(), sql);
    return false;
}

// Statements list at most this many ids in one IN (...), far below SQLite's and
// PostgreSQL's limits on bound values.
constexpr qsizetype IdsPerStatement = 500;

// Runs `sql`, whose "{ids}" becomes one placeholder per id, over `ids` in chunks; `row` reads
// each result row.
bool forEachChunk(const QSqlDatabase &db, const QString &sql, const QList<qint64> &ids, QString *error,
                  const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery q(db);
    for (qsizetype start = 0; start < ids.size(); start += IdsPerStatement) {
        const QList<qint64> chunk = ids.mid(start, IdsPerStatement);
        QString marks = QStringLiteral("?");
        marks += QStringLiteral(",?").repeated(chunk.size() - 1);
        if (!prepare(q, QString(sql).replace(QLatin1String("{ids}"), marks), error))
            return false;
        for (int i = 0; i < chunk.size(); ++i)
            bind(q, i, chunk.at(i));
        if (!execPrepared(q, error))
            return false;
        while (q.next())
            row(q);
    }
    return true;
}

std::optional<qint64> scalar(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!run(q, sql, error))
        return std::nullopt;
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

ShipmentQueries::ShipmentQueries(const Database &database) : m_database(database) {}

qint64 ShipmentQueries::shipmentCount(QString *error) const
{
    return scalar(m_database.connection(), QStringLiteral("SELECT count(*) FROM shipments"), error)
        .value_or(-1);
}

std::optional<StoreSummary> ShipmentQueries::summary(QString *error) const
{
    const QSqlDatabase &db = m_database.connection();
    StoreSummary s;
    const auto shipments = scalar(db, QStringLiteral("SELECT count(*) FROM shipments"), error);
    const auto open = shipments ? scalar(db, QStringLiteral("SELECT count(*) FROM exceptions WHERE status = 0"), error)
                                : std::nullopt;
    const auto returns = open ? scalar(db, QStringLiteral("SELECT count(*) FROM returns"), error) : std::nullopt;
    if (!returns)
        return std::nullopt;
    s.shipments = *shipments;
    s.openExceptions = *open;
    s.returns = *returns;
    return s;
}

std::optional<StoreStats> ShipmentQueries::stats(QString *error) const
{
    const QSqlDatabase &db = m_database.connection();
    StoreStats s;
    struct Total
    {
        qint64 *target;
        const char *sql;
    };
    const Total totals[] = {
        {&s.shipments, "SELECT count(*) FROM shipments"},
        {&s.events, "SELECT count(*) FROM events"},
        {&s.returns, "SELECT count(*) FROM returns"},
        {&s.exceptions, "SELECT count(*) FROM exceptions"},
        {&s.openExceptions, "SELECT count(*) FROM exceptions WHERE status = 0"},
        {&s.rawPayloads, "SELECT count(*) FROM raw_payloads"},
    };
    for (const Total &t : totals) {
        const auto v = scalar(db, QString::fromLatin1(t.sql), error);
        if (!v)
            return std::nullopt;
        *t.target = *v;
    }
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT tag, count(*) FROM shipments GROUP BY tag"), error))
        return std::nullopt;
    QList<qint64> perTag(TagCount, 0);
    while (q.next()) {
        if (const auto tag = tagFromInt(q.value(0).toInt()))
            perTag[static_cast<int>(*tag)] = q.value(1).toLongLong();
    }
    for (Tag tag : AllTags)
        s.byTag.append({tagCode(tag), perTag.at(static_cast<int>(tag))});

    if (!run(q, QStringLiteral("SELECT carrier, count(*) AS n FROM shipments GROUP BY carrier "
                               "ORDER BY n DESC, carrier"),
             error))
        return std::nullopt;
    while (q.next())
        s.byCarrier.append({q.value(0).toString(), q.value(1).toLongLong()});

    if (!run(q, QStringLiteral("SELECT type, sum(status = 0), count(*) FROM exceptions GROUP BY type"), error))
        return std::nullopt;
    QList<ExceptionTypeTotals> perType;
    for (ExceptionType t : AllExceptionTypes)
        perType.append({t, 0, 0});
    while (q.next()) {
        if (const auto t = exceptionTypeFromInt(q.value(0).toInt())) {
            perType[static_cast<int>(*t)].open = q.value(1).toLongLong();
            perType[static_cast<int>(*t)].total = q.value(2).toLongLong();
        }
    }
    s.byExceptionType = perType;

    if (!run(q, QStringLiteral("SELECT status, count(*) FROM returns GROUP BY status ORDER BY status"), error))
        return std::nullopt;
    while (q.next()) {
        if (const auto st = returnStatusFromInt(q.value(0).toInt()))
            s.returnsByStatus.append({returnStatusCode(*st), q.value(1).toLongLong()});
    }

    if (!run(q, QStringLiteral("SELECT source_format, carrier, raw_code, sample_description, occurrences "
                               "FROM unmapped_codes ORDER BY occurrences DESC, raw_code LIMIT 100"),
             error))
        return std::nullopt;
    while (q.next())
        s.unmappedCodes.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toLongLong()});
    return s;
}

std::optional<ShipmentPage> ShipmentQueries::page(const ShipmentCursor &cursor, int limit,
                                                  QString *error) const
{
    ShipmentPage page;
    QSqlQuery q(m_database.connection());
    // Shipments with events first (newest activity first), then those without any.
    const bool inEventRegion = cursor.atStart || cursor.lastEventMs.has_value();
    if (inEventRegion) {
        QString sql = QStringLiteral("SELECT %1 FROM shipments s WHERE s.last_event_at_ms IS NOT NULL")
                          .arg(RowColumns);
        if (!cursor.atStart)
            sql += QStringLiteral(" AND (s.last_event_at_ms, s.id) < (?, ?)");
        sql += QStringLiteral(" ORDER BY s.last_event_at_ms DESC, s.id DESC LIMIT ?");
        if (!prepare(q, sql, error))
            return std::nullopt;
        int i = 0;
        if (!cursor.atStart) {
            bind(q, i++, *cursor.lastEventMs);
            bind(q, i++, cursor.id);
        }
        bind(q, i++, limit);
        if (!execPrepared(q, error))
            return std::nullopt;
        while (q.next())
            page.rows.append(readRow(q));
        if (page.rows.size() == limit) {
            page.next = {page.rows.constLast().lastEventMs, page.rows.constLast().id, false};
            return page;
        }
    }
    const int remaining = limit - static_cast<int>(page.rows.size());
    QString sql = QStringLiteral("SELECT %1 FROM shipments s WHERE s.last_event_at_ms IS NULL").arg(RowColumns);
    const bool continuing = !inEventRegion;
    if (continuing)
        sql += QStringLiteral(" AND s.id < ?");
    sql += QStringLiteral(" ORDER BY s.id DESC LIMIT ?");
    if (!prepare(q, sql, error))
        return std::nullopt;
    int i = 0;
    if (continuing)
        bind(q, i++, cursor.id);
    bind(q, i++, remaining);
    if (!execPrepared(q, error))
        return std::nullopt;
    int fetched = 0;
    while (q.next()) {
        page.rows.append(readRow(q));
        ++fetched;
    }
    page.atEnd = fetched < remaining;
    if (fetched > 0)
        page.next = {std::nullopt, page.rows.constLast().id, false};
    return page;
}

std::optional<QList<qint64>> ShipmentQueries::orderedByActivity(const QList<qint64> &ids, QString *error) const
{
    struct Activity
    {
        qint64 id;
        std::optional<qint64> lastEventMs;
    };
    std::vector<Activity> found;
    found.reserve(static_cast<size_t>(ids.size()));
    const bool ok = forEachChunk(m_database.connection(),
                                 QStringLiteral("SELECT id, last_event_at_ms FROM shipments WHERE id IN ({ids})"), ids, error,
                                 [&](const QSqlQuery &q) {
                                     const QVariant last = q.value(1);
                                     found.push_back({q.value(0).toLongLong(),
                                                      last.isNull() ? std::nullopt : std::optional<qint64>(last.toLongLong())});
                                 });
    if (!ok)
        return std::nullopt;
    // As page() lists them: shipments with events, newest first, then those without, newest id first.
    std::sort(found.begin(), found.end(), [](const Activity &a, const Activity &b) {
        if (a.lastEventMs.has_value() != b.lastEventMs.has_value())
            return a.lastEventMs.has_value();
        if (a.lastEventMs != b.lastEventMs)
            return *a.lastEventMs > *b.lastEventMs;
        return a.id > b.id;
    });
    found.erase(std::unique(found.begin(), found.end(), [](const Activity &a, const Activity &b) { return a.id == b.id; }),
                found.end());
    QList<qint64> out;
    out.reserve(static_cast<qsizetype>(found.size()));
    for (const Activity &a : found)
        out.append(a.id);
    return out;
}

std::optional<QList<ShipmentRow>> ShipmentQueries::rows(const QList<qint64> &ids, QString *error) const
{
    QHash<qint64, ShipmentRow> byId;
    const bool ok = forEachChunk(m_database.connection(),
                                 QStringLiteral("SELECT %1 FROM shipments s WHERE s.id IN ({ids})").arg(RowColumns), ids,
                                 error, [&](const QSqlQuery &q) {
                                     ShipmentRow r = readRow(q);
                                     byId.insert(r.id, std::move(r));
                                 });
    if (!ok)
        return std::nullopt;
    QList<ShipmentRow> out;
    out.reserve(byId.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            out.append(*it);
    }
    return out;
}

QString ShipmentQueries::ftsQuery(const QString &text)
{
    static const QRegularExpression tokenSplit(QStringLiteral("[^\\p{L}\\p{N}]+"));
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[\\d\\s().-]{6,}$"));
    QStringList clauses;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // A phone number in any formatting: match its digits (with or without country code).
    if (phoneLike.match(trimmed).hasMatch()) {
        QString digits;
        for (QChar c : trimmed) {
            if (c.isDigit())
                digits += c;
        }
        QStringList tokens = trimmed.split(tokenSplit, Qt::SkipEmptyParts);
        QString phrase = QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QStringLiteral("\"*");
        return QStringLiteral("(customer_phone : \"%1\"*) OR (%2)").arg(digits, phrase);
    }
    for (const QString &word : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList tokens = word.split(tokenSplit, Qt::SkipEmptyParts);
        if (tokens.isEmpty())
            continue;
        // Quoting keeps FTS5 syntax characters inert; "a b c"* is a prefix phrase.
        clauses.append(QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QStringLiteral("\"*"));
    }
    return clauses.join(QStringLiteral(" AND "));
}

std::optional<QList<ShipmentRow>> ShipmentQueries::search(const QString &text, int limit,
                                                          QString *error) const
{
    QList<ShipmentRow> rows;
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return rows;
    QSqlQuery q(m_database.connection());
    if (!prepare(q,
                 QStringLiteral("SELECT %1 FROM shipment_search f JOIN shipments s ON s.id = f.rowid "
                                "WHERE shipment_search MATCH ? "
                                "ORDER BY s.last_event_at_ms DESC LIMIT ?")
                     .arg(RowColumns),
                 error))
        return std::nullopt;
    bind(q, 0, match);
    bind(q, 1, limit);
    if (!execPrepared(q, error))
        return std::nullopt;
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

std::optional<QList<TrackingEvent>> ShipmentQueries::timeline(qint64 shipmentId, QString *error) const
{
    QSqlQuery q(m_database.connection());
    if (!prepare(q,
                 QStringLiteral("SELECT occurred_at_ms, utc_offset_min, time_assumed, tag, subtag, "
                                "unmapped, raw_code, description, city, state, country, postal, country_inferred "
                                "FROM events WHERE shipment_id = ? ORDER BY occurred_at_ms, id"),
                 error))
        return std::nullopt;
    bind(q, 0, shipmentId);
    if (!execPrepared(q, error))
        return std::nullopt;
    QList<TrackingEvent> events;
    while (q.next()) {
        TrackingEvent e;
        e.occurredAt = Timestamp{q.value(0).toLongLong(), static_cast<qint16>(q.value(1).toInt())};
        e.timeAssumed = q.value(2).toBool();
        e.tag = tagFromInt(q.value(3).toInt()).value_or(Tag::InTransit);
        e.subtag = subtagFromInt(q.value(4).toInt()).value_or(genericSubtag(e.tag));
        e.unmappedCode = q.value(5).toBool();
        e.rawCode = q.value(6).toString();
        e.description = q.value(7).toString();
        e.city = q.value(8).toString();
        e.state = q.value(9).toString();
        e.country = q.value(10).toString();
        e.postalCode = q.value(11).toString();
        e.countryInferred = q.value(12).toBool();
        events.append(std::move(e));
    }
    return events;
}

std::optional<QList<RawPayload>> ShipmentQueries::rawPayloads(qint64 shipmentId, QString *error) const
{
    QSqlQuery q(m_database.connection());
    if (!prepare(q,
                 QStringLiteral("SELECT received_at_ms, source_format, source_document, body "
                                "FROM raw_payloads WHERE shipment_id = ? ORDER BY id"),
                 error))
        return std::nullopt;
    bind(q, 0, shipmentId);
    if (!execPrepared(q, error))
        return std::nullopt;
    QList<RawPayload> payloads;
    while (q.next()) {
        payloads.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         PayloadCodec::decompress(q.value(3).toByteArray())});
    }
    return payloads;
}

} // namespace ct
