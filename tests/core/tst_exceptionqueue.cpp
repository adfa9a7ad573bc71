// SPDX-License-Identifier: MIT
// The exception queue (docs/QUEUE.md) on small hand-built stores: pages, orders and
// keyset continuation across ties, every filter dimension, facet counts, the JSON of
// saved views and its errors, stale values, snoozes and their expiry at hand-set
// instants, the detail pane's queries, and payment mode through ingest and sync.
#include "edits/editapplier.h"
#include "json/parser.h"
#include "queue/exceptiondetailqueries.h"
#include "queue/exceptionqueuefacetcounter.h"
#include "queue/exceptionqueuefiltercheck.h"
#include "queue/exceptionqueuequery.h"
#include "store/database.h"
#include "store/shipmentingestor.h"
#include "sync/replicawriter.h"
#include "sync/representationwriter.h"
#include "support/testclock.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

constexpr qint64 Hour = 3'600'000;

// An event `hoursBefore` the suite's fixed now.
TrackingEvent scan(double hoursBefore, Subtag subtag, const char *city = "Austin")
{
    TrackingEvent e;
    e.occurredAt = Timestamp{test::fixedNowMs() - static_cast<qint64>(hoursBefore * Hour), 0};
    e.subtag = subtag;
    e.tag = tagOf(subtag);
    e.description = QStringLiteral("scan");
    e.city = QString::fromLatin1(city);
    e.country = QStringLiteral("US");
    e.rawCode = QStringLiteral("X");
    return e;
}

ShipmentRecord parcel(const char *tracking, QList<TrackingEvent> events)
{
    ShipmentRecord r;
    r.carrier = QStringLiteral("ups");
    r.trackingNumber = QString::fromLatin1(tracking);
    r.service = QStringLiteral("UPS Ground");
    r.sourceFormat = QStringLiteral("ups");
    r.sourceDocument = QStringLiteral("hand.json#") + QString::fromLatin1(tracking);
    r.origin.country = QStringLiteral("US");
    r.destination = {QStringLiteral("Austin"), QStringLiteral("TX"), QStringLiteral("78701"), QStringLiteral("US")};
    r.order.customerName = QStringLiteral("Dana Reyes");
    r.order.orderValueCents = 5000;
    r.order.currency = QStringLiteral("USD");
    r.events = std::move(events);
    return r;
}

// Writes a representation into a replica as sync does: true, or false with `error`.
bool applyToReplica(const Database &replica, EntityKind kind, const QByteArray &document, QString *error)
{
    json::Parser parser;
    const auto data = parser.parse(document.constData(), document.size());
    if (!data) {
        *error = QStringLiteral("not JSON");
        return false;
    }
    return ReplicaWriter(replica).apply(kind, *data, error);
}

// The hand-built queue store (see TestExceptionQueue::initTestCase): six shipments, seven
// exceptions with ids 1..7, every value chosen so the expected pages can be worked out by
// hand. N is the suite's fixed now; times are hours from it.
struct HandShipment
{
    const char *carrier, *service, *tracking, *customer, *email, *city, *country;
    qint64 value;
    const char *currency;
    PaymentMode payment;
    int attempts;
};
const HandShipment HandShipments[] = {
    {"ups", "UPS Ground", "1ZA1", "Dana Reyes", "dana@example.com", "Austin", "US", 5000, "USD", PaymentMode::Prepaid, 1},
    {"fedex", "FedEx Home Delivery", "700100", "carl Ortiz", "carl@example.com", "Denver", "US", 12000, "USD", PaymentMode::Unknown, 0},
    {"delhivery", "Delhivery Surface", "1490001", "Priya Nair", "priya@example.com", "Pune", "IN", 249900, "INR", PaymentMode::CashOnDelivery, 2},
    {"delhivery", "Delhivery Express", "1490002", "Arjun Mehta", "arjun@example.com", "Mumbai", "IN", 99900, "INR", PaymentMode::Prepaid, 0},
    {"dpd", "DPD Classic", "01500003", "Zoe Becker", "zoe@example.com", "berlin", "DE", 4995, "EUR", PaymentMode::CashOnDelivery, 1},
    {"ups", "UPS Ground", "1ZA6", "Dana Reyes", "dana@example.com", "Austin", "US", 7000, "USD", PaymentMode::Prepaid, 0},
};

struct HandException
{
    int shipment;
    ExceptionType type;
    NdrReason reason;
    ResponsibleParty party;
    int score, band;
    double opened, firstActionDue, resolveDue; // hours from N
    std::optional<double> firstActionAt;
    const char *assignee;
    bool resolved;
    std::optional<double> snoozedUntil;
};
using ET = ExceptionType;
using NR = NdrReason;
using RP = ResponsibleParty;
const HandException HandExceptions[] = {
    {1, ET::FailedAttempt, NR::CustomerUnavailable, RP::Customer, 80, 1, -10, -6, 38, {}, "", false, {}},
    {2, ET::Delayed, NR::None, RP::Carrier, 50, 2, -30, -22, 42, -25, "maria", false, {}},
    {3, ET::FailedAttempt, NR::CodNotReady, RP::Customer, 50, 2, -20, -16, 28, {}, "omar", false, {}},
    {4, ET::AddressIssue, NR::None, RP::Merchant, 30, 3, -5, -1, 19, {}, "", false, 2},
    {5, ET::Stuck, NR::None, RP::Carrier, 50, 2, -2, 10, 70, {}, "", false, -1},
    {1, ET::Lost, NR::None, RP::Carrier, 10, 4, -100, -76, 20, {}, "maria", true, {}},
    {6, ET::Damaged, NR::None, RP::Carrier, 65, 2, -1, 7, 71, {}, "Omar", false, {}},
};

qint64 atHours(double hours)
{
    return test::fixedNowMs() + static_cast<qint64>(hours * Hour);
}

QList<qint64> ids(const QList<ExceptionQueueRow> &rows)
{
    QList<qint64> out;
    for (const ExceptionQueueRow &row : rows)
        out << row.exceptionId;
    return out;
}

qint64 facet(const QList<FacetCount> &counts, const QString &value)
{
    for (const FacetCount &c : counts) {
        if (c.value.compare(value, Qt::CaseInsensitive) == 0)
            return c.count;
    }
    return 0;
}

// Instants and dates relative to the suite's now, written into hand-made text:
// {N+2h}, {N-19h30m}, {N+23h+05:30} an ISO 8601 instant (in that offset, else Z);
// {J+0h} the same with milliseconds; {m+720h} as edit errors write it ("...T14:00Z");
// {u-19h} as history lines write it ("2026-06-16 19:00 UTC"); {D+1} a date.
QString timed(QString text)
{
    static const QRegularExpression At(QStringLiteral("\\{([NJmu])([+-]\\d+)h(?:(\\d+)m)?([+-]\\d\\d:\\d\\d)?\\}"));
    static const QRegularExpression Day(QStringLiteral("\\{D([+-]\\d+)\\}"));
    for (auto m = At.match(text); m.hasMatch(); m = At.match(text)) {
        const int sign = m.captured(2).startsWith(QLatin1Char('-')) ? -1 : 1;
        const qint64 ms = m.captured(2).toLongLong() * Hour + sign * m.captured(3).toLongLong() * 60'000;
        QDateTime t = test::fixedNow().addMSecs(ms);
        QString out;
        if (m.captured(1) == QLatin1String("N") && !m.captured(4).isEmpty()) {
            const int minutes = m.captured(4).mid(1, 2).toInt() * 60 + m.captured(4).mid(4, 2).toInt();
            t = t.toOffsetFromUtc((m.captured(4).startsWith(QLatin1Char('-')) ? -60 : 60) * minutes);
            out = t.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) + m.captured(4);
        } else if (m.captured(1) == QLatin1String("N")) {
            out = t.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
        } else if (m.captured(1) == QLatin1String("J")) {
            out = t.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
        } else if (m.captured(1) == QLatin1String("m")) {
            out = t.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm'Z'"));
        } else {
            out = t.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        }
        text.replace(m.capturedStart(), m.capturedLength(), out);
    }
    for (auto m = Day.match(text); m.hasMatch(); m = Day.match(text))
        text.replace(m.capturedStart(), m.capturedLength(), test::fixedNow().date().addDays(m.captured(1).toInt()).toString(Qt::ISODate));
    return text;
}

QByteArray timed(const char *text)
{
    return timed(QString::fromUtf8(text)).toUtf8();
}

ExceptionQueueContext at(double hours, const char *user = "omar")
{
    return {atHours(hours), QString::fromLatin1(user)};
}

// Applies an edit with authority (as the server does, or a standalone store).
EditOutcome applyEdit(const Database &db, qint64 id, const char *op, const QByteArray &params, qint64 nowMs,
                      const char *actor = "maria")
{
    json::Parser parser;
    const auto value = parser.parse(params.constData(), params.size());
    if (!value)
        qFatal("not JSON: %s", params.constData());
    return EditApplier(db).apply(EntityKind::Exception, id, *EditCatalog::find(EntityKind::Exception, QString::fromLatin1(op)),
                                 *value, QString::fromLatin1(actor), nowMs, EditApplier::Mode::Authoritative);
}

QStringList fieldErrors(const char *op, const QByteArray &params, qint64 nowMs)
{
    json::Parser parser;
    const auto value = parser.parse(params.constData(), params.size());
    QStringList out;
    for (const FieldError &e : EditCatalog::validate(*EditCatalog::find(EntityKind::Exception, QString::fromLatin1(op)), *value, nowMs))
        out << e.field + QStringLiteral(": ") + e.detail;
    return out;
}

QVariant value(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TestExceptionQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    std::unique_ptr<Database> freshStore()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_stores)), &error);
        if (!db)
            qWarning("%s", qPrintable(error));
        return db;
    }

    static void ingest(const Database &db, const QList<ShipmentRecord> &records, qint64 nowMs = test::fixedNowMs())
    {
        ShipmentIngestor ingestor(db);
        QString error;
        QVERIFY2(ingestor.ingest(records, nowMs, nullptr, &error), qPrintable(error));
    }

    std::unique_ptr<Database> m_hand; // the hand-built queue store, read only

    // Every queued id of `filter` in `sort`, read `pageSize` rows at a time.
    QList<qint64> allPages(const ExceptionQueueFilter &filter, const ExceptionQueueSort &sort, int pageSize,
                           const ExceptionQueueContext &context, int *pages = nullptr)
    {
        ExceptionQueueQuery query(*m_hand);
        QString error;
        QList<qint64> out;
        std::optional<ExceptionQueuePage> page = query.firstPage(filter, sort, pageSize, context, &error);
        int n = 0;
        while (page) {
            ++n;
            out += ids(page->rows);
            if (page->atEnd || page->rows.isEmpty())
                break;
            page = query.nextPage(filter, sort, page->rows.constLast(), pageSize, context, &error);
        }
        if (!page)
            qWarning("page: %s", qPrintable(error));
        if (pages)
            *pages = n;
        return out;
    }

    qint64 count(const ExceptionQueueFilter &filter, const ExceptionQueueContext &context = at(0))
    {
        QString error;
        const auto n = ExceptionQueueQuery(*m_hand).count(filter, context, &error);
        if (!n)
            qWarning("count: %s", qPrintable(error));
        return n.value_or(-1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hand = freshStore();
        QVERIFY(m_hand);
        // Shipments through the ingestor (one recent scan each: no rule fires), then the
        // exceptions as rows, so every value is the test's own.
        QList<ShipmentRecord> records;
        for (const HandShipment &h : HandShipments) {
            ShipmentRecord r = parcel(h.tracking, {scan(10, Subtag::InTransit, h.city)});
            r.carrier = QString::fromLatin1(h.carrier);
            r.service = QString::fromLatin1(h.service);
            r.order.customerName = QString::fromLatin1(h.customer);
            r.order.customerEmail = QString::fromLatin1(h.email);
            r.destination = {QString::fromLatin1(h.city), QString(), QString(), QString::fromLatin1(h.country)};
            r.order.orderValueCents = h.value;
            r.order.currency = QString::fromLatin1(h.currency);
            r.payment.mode = h.payment;
            records << r;
        }
        ingest(*m_hand, records);
        QCOMPARE(value(*m_hand, QStringLiteral("SELECT count(*) FROM exceptions")).toInt(), 0);
        QSqlQuery q(m_hand->connection());
        for (int i = 0; i < static_cast<int>(std::size(HandShipments)); ++i)
            QVERIFY(q.exec(QStringLiteral("UPDATE shipments SET attempt_count = %1 WHERE id = %2")
                               .arg(HandShipments[i].attempts).arg(i + 1)));
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO exceptions(id, shipment_id, type, reason, party, status, resolution, trigger_at_ms, "
            "detected_at_ms, first_action_due_ms, resolve_due_ms, first_action_at_ms, priority_score, priority, "
            "detail, assignee, updated_at_ms, snoozed_until_ms) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")));
        int id = 0;
        for (const HandException &h : HandExceptions) {
            const QVariantList values{++id, h.shipment, int(h.type), int(h.reason), int(h.party), h.resolved ? 1 : 0,
                                      h.resolved ? 2 : 0, atHours(h.opened), atHours(h.opened), atHours(h.firstActionDue),
                                      atHours(h.resolveDue),
                                      h.firstActionAt ? QVariant(atHours(*h.firstActionAt)) : QVariant(QMetaType(QMetaType::LongLong)),
                                      h.score, h.band, QStringLiteral("exception %1").arg(id), QString::fromLatin1(h.assignee),
                                      test::fixedNowMs(),
                                      h.snoozedUntil ? QVariant(atHours(*h.snoozedUntil)) : QVariant(QMetaType(QMetaType::LongLong))};
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QCOMPARE(value(*m_hand, QStringLiteral("SELECT count(*) FROM exception_queue")).toInt(), 7);
    }

    // --- pages and orders -------------------------------------------------------------

    void pagesInOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QList<qint64>>("expected");
        // Open, not snoozed: 1, 2, 3, 5, 7 (4 is snoozed until N+2h, 6 resolved).
        // Scores 80, 50, 50, 50, 65: the ties 2, 3, 5 by id in the sort's direction.
        QTest::newRow("priority desc, ties by id desc") << int(QueueSortColumn::Priority) << true << 2
                                                        << QList<qint64>{1, 7, 5, 3, 2};
        QTest::newRow("priority desc, one a page") << int(QueueSortColumn::Priority) << true << 1 << QList<qint64>{1, 7, 5, 3, 2};
        QTest::newRow("priority asc") << int(QueueSortColumn::Priority) << false << 2 << QList<qint64>{2, 3, 5, 7, 1};
        // Customer names without case: carl < dana (1, then 7) < priya < zoe.
        QTest::newRow("customer asc, case-insensitive") << int(QueueSortColumn::Customer) << false << 2
                                                        << QList<qint64>{2, 1, 7, 3, 5};
        QTest::newRow("customer desc") << int(QueueSortColumn::Customer) << true << 3 << QList<qint64>{5, 3, 7, 1, 2};
        // Country, then city: DE berlin, IN Pune, US Austin (1, 7), US Denver.
        QTest::newRow("destination asc") << int(QueueSortColumn::Destination) << false << 2 << QList<qint64>{5, 3, 1, 7, 2};
        QTest::newRow("destination desc") << int(QueueSortColumn::Destination) << true << 2 << QList<qint64>{2, 7, 1, 3, 5};
        // The next deadline: first action (1: -6, 3: -16, 5: +10, 7: +7), or resolution
        // once acted (2: +42).
        QTest::newRow("sla due asc") << int(QueueSortColumn::SlaDue) << false << 2 << QList<qint64>{3, 1, 7, 5, 2};
        QTest::newRow("first action due asc") << int(QueueSortColumn::FirstActionDue) << false << 2
                                              << QList<qint64>{2, 3, 1, 7, 5};
        QTest::newRow("resolve due desc") << int(QueueSortColumn::ResolveDue) << true << 4 << QList<qint64>{7, 5, 2, 1, 3};
        // Types: failed_attempt 0 (1, 3), delayed 1 (2), stuck 2 (5), damaged 5 (7).
        QTest::newRow("type asc") << int(QueueSortColumn::Type) << false << 1 << QList<qint64>{1, 3, 2, 5, 7};
        QTest::newRow("carrier asc") << int(QueueSortColumn::Carrier) << false << 2 << QList<qint64>{3, 5, 2, 1, 7};
        QTest::newRow("tracking desc, byte order") << int(QueueSortColumn::TrackingNumber) << true << 2 << QList<qint64>{2, 7, 1, 3, 5};
        QTest::newRow("order value desc") << int(QueueSortColumn::OrderValue) << true << 2 << QList<qint64>{3, 2, 7, 1, 5};
        // Payment: unknown 0 (2), prepaid 1 (1, 7), cod 2 (3, 5).
        QTest::newRow("payment asc") << int(QueueSortColumn::PaymentMode) << false << 2 << QList<qint64>{2, 1, 7, 3, 5};
        QTest::newRow("attempts desc") << int(QueueSortColumn::Attempts) << true << 2 << QList<qint64>{3, 5, 1, 7, 2};
        QTest::newRow("opened asc (oldest first)") << int(QueueSortColumn::Opened) << false << 2 << QList<qint64>{2, 3, 1, 5, 7};
        // Assignees: "" (1, 5), maria (2), omar and Omar (3, 7) as one name.
        QTest::newRow("assignee asc") << int(QueueSortColumn::Assignee) << false << 2 << QList<qint64>{1, 5, 2, 3, 7};
        QTest::newRow("status asc") << int(QueueSortColumn::Status) << false << 2 << QList<qint64>{1, 2, 3, 5, 7};
    }

    void pagesInOrder()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(int, pageSize);
        QFETCH(QList<qint64>, expected);
        const ExceptionQueueSort sort{static_cast<QueueSortColumn>(column), descending};
        int pages = 0;
        QCOMPARE(allPages(ExceptionQueueFilter(), sort, pageSize, at(0), &pages), expected);
        QCOMPARE(pages, (5 + pageSize - 1) / pageSize);
        // The C++ order is the SQL order.
        QString error;
        const auto all = ExceptionQueueQuery(*m_hand).firstPage(ExceptionQueueFilter(), sort, 100, at(0), &error);
        QVERIFY2(all, qPrintable(error));
        QVERIFY(all->atEnd);
        for (qsizetype i = 1; i < all->rows.size(); ++i) {
            QVERIFY(sort.lessThan(all->rows.at(i - 1), all->rows.at(i)));
            QVERIFY(!sort.lessThan(all->rows.at(i), all->rows.at(i - 1)));
        }
    }

    // Several stored statuses are merged in the sort's order, page after page.
    void pagesAcrossStatuses()
    {
        ExceptionQueueFilter filter;
        filter.statuses = {QueueStatus::Open, QueueStatus::Resolved};
        int pages = 0;
        QCOMPARE(allPages(filter, ExceptionQueueSort(), 2, at(0), &pages), (QList<qint64>{1, 7, 5, 3, 2, 6}));
        QCOMPARE(pages, 3);
        filter.statuses = {};
        QCOMPARE(allPages(filter, {QueueSortColumn::Priority, false}, 3, at(0)), (QList<qint64>{6, 4, 2, 3, 5, 7, 1}));
        QCOMPARE(allPages(filter, {QueueSortColumn::Status, true}, 3, at(0)), (QList<qint64>{6, 7, 5, 4, 3, 2, 1}));
    }

    void pageEdges()
    {
        ExceptionQueueQuery query(*m_hand);
        QString error;
        auto page = query.firstPage(ExceptionQueueFilter(), ExceptionQueueSort(), 5, at(0), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->rows.size(), 5);
        QVERIFY(page->atEnd); // exactly the page size: nothing follows
        page = query.firstPage(ExceptionQueueFilter(), ExceptionQueueSort(), 4, at(0), &error);
        QVERIFY(page && !page->atEnd);
        // After the last row: an empty last page.
        const ExceptionQueueRow last = *query.row(2, at(0), &error);
        page = query.nextPage(ExceptionQueueFilter(), ExceptionQueueSort(), last, 4, at(0), &error);
        QVERIFY(page && page->rows.isEmpty() && page->atEnd);
        QVERIFY(!query.firstPage(ExceptionQueueFilter(), ExceptionQueueSort(), 0, at(0), &error));
        QVERIFY2(error.contains(QStringLiteral("1 to 1000")), qPrintable(error));
        QVERIFY(!query.firstPage(ExceptionQueueFilter(), ExceptionQueueSort(), 1001, at(0), &error));
    }

    // Every index of a sort serves its pages: EXPLAIN QUERY PLAN names it for the
    // filtered first page and for a keyset continuation.
    void pagesUseTheSortIndex_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("index");
        QTest::newRow("priority") << int(QueueSortColumn::Priority) << QStringLiteral("queue_by_priority");
        QTest::newRow("customer") << int(QueueSortColumn::Customer) << QStringLiteral("queue_by_customer");
        QTest::newRow("destination") << int(QueueSortColumn::Destination) << QStringLiteral("queue_by_destination");
        QTest::newRow("sla") << int(QueueSortColumn::SlaDue) << QStringLiteral("queue_by_sla");
        QTest::newRow("assignee") << int(QueueSortColumn::Assignee) << QStringLiteral("queue_by_assignee");
    }

    void pagesUseTheSortIndex()
    {
        QFETCH(int, column);
        QFETCH(QString, index);
        ExceptionQueueFilter filter;
        filter.carriers = {QStringLiteral("ups"), QStringLiteral("delhivery")};
        filter.paymentModes = {PaymentMode::CashOnDelivery};
        for (bool after : {false, true}) {
            const QString sql = ExceptionQueueQuery::pageSql(filter, {static_cast<QueueSortColumn>(column), true}, after, at(0));
            QSqlQuery plan(m_hand->connection());
            QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
            for (int i = 0; i < sql.count(QLatin1Char('?')); ++i)
                plan.bindValue(i, 0);
            QVERIFY2(plan.exec(), qPrintable(plan.lastError().text()));
            QStringList lines;
            while (plan.next())
                lines << plan.value(3).toString();
            const QString text = lines.join(QLatin1Char('\n'));
            QVERIFY2(text.contains(QStringLiteral("SEARCH q USING INDEX ") + index + QStringLiteral(" (status=?")),
                     qPrintable(text));
            // Every read of the queue table is a range of that index (the other scans are
            // of the page's own few rows).
            for (const QString &line : lines) {
                if (line.startsWith(QStringLiteral("SEARCH q")))
                    QVERIFY2(line.contains(index), qPrintable(text));
            }
        }
    }

    // --- filters ----------------------------------------------------------------------

    // Each dimension alone, on the default statuses (open), at N, for user omar; the
    // expected ids in the default order (priority desc).
    void filterDimensions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("default: open") << QByteArray("{}") << QList<qint64>{1, 7, 5, 3, 2};
        QTest::newRow("type") << QByteArray(R"({"types":["failed_attempt"]})") << QList<qint64>{1, 3};
        QTest::newRow("types") << QByteArray(R"({"types":["stuck","damaged"]})") << QList<qint64>{7, 5};
        QTest::newRow("ndr reason") << QByteArray(R"({"ndr_reasons":["cod_not_ready"]})") << QList<qint64>{3};
        QTest::newRow("party") << QByteArray(R"({"parties":["customer"]})") << QList<qint64>{1, 3};
        QTest::newRow("carrier") << QByteArray(R"({"carriers":["ups"]})") << QList<qint64>{1, 7};
        QTest::newRow("service") << QByteArray(R"({"services":[{"carrier":"delhivery","service":"Delhivery Surface"}]})")
                                 << QList<qint64>{3};
        QTest::newRow("carrier and service") << QByteArray(R"({"carriers":["ups"],"services":[{"carrier":"dpd","service":"DPD Classic"}]})")
                                             << QList<qint64>{};
        QTest::newRow("status snoozed") << QByteArray(R"({"statuses":["snoozed"]})") << QList<qint64>{4};
        QTest::newRow("status resolved") << QByteArray(R"({"statuses":["resolved"]})") << QList<qint64>{6};
        QTest::newRow("every status") << QByteArray(R"({"statuses":[]})") << QList<qint64>{1, 7, 5, 3, 2, 4, 6};
        QTest::newRow("mine (omar, any case)") << QByteArray(R"({"assignee":{"mine":true}})") << QList<qint64>{7, 3};
        QTest::newRow("unassigned") << QByteArray(R"({"assignee":{"unassigned":true}})") << QList<qint64>{1, 5};
        QTest::newRow("named agent") << QByteArray(R"({"assignee":{"agents":["MARIA"]}})") << QList<qint64>{2};
        QTest::newRow("mine or unassigned") << QByteArray(R"({"assignee":{"mine":true,"unassigned":true}})")
                                            << QList<qint64>{1, 7, 5, 3};
        QTest::newRow("sla breached") << QByteArray(R"({"sla":{"states":["breached"]}})") << QList<qint64>{1, 3};
        QTest::newRow("sla due within 8 h") << QByteArray(R"({"sla":{"states":["due_soon"],"due_within_hours":8}})")
                                            << QList<qint64>{7};
        QTest::newRow("sla breached or due within 12 h")
            << QByteArray(R"({"sla":{"states":["breached","due_soon"],"due_within_hours":12}})") << QList<qint64>{1, 7, 5, 3};
        QTest::newRow("sla on track (4 h)") << QByteArray(R"({"sla":{"states":["on_track"]}})") << QList<qint64>{7, 5, 2};
        QTest::newRow("sla of resolved: none") << QByteArray(R"({"statuses":["resolved"],"sla":{"states":["breached"]}})")
                                               << QList<qint64>{};
        QTest::newRow("priority P1") << QByteArray(R"({"priority":{"min":1,"max":1}})") << QList<qint64>{1};
        QTest::newRow("priority P2 and lower") << QByteArray(R"({"priority":{"min":2}})") << QList<qint64>{7, 5, 3, 2};
        QTest::newRow("opened in the last 12 h")
            << timed(R"({"opened":{"from":"{N-12h}","to":"{N+0h}"}})") << QList<qint64>{1, 7, 5};
        QTest::newRow("opened before, with an offset") << timed(R"({"opened":{"to":"{N-19h30m+05:30}"}})")
                                                       << QList<qint64>{3, 2};
        QTest::newRow("cod") << QByteArray(R"({"payment_modes":["cod"]})") << QList<qint64>{5, 3};
        QTest::newRow("payment unknown") << QByteArray(R"({"payment_modes":["unknown"]})") << QList<qint64>{2};
        QTest::newRow("attempts at least 1") << QByteArray(R"({"attempts":{"min":1}})") << QList<qint64>{1, 5, 3};
        QTest::newRow("no attempts") << QByteArray(R"({"attempts":{"max":0}})") << QList<qint64>{7, 2};
        QTest::newRow("order value 50 to 100") << QByteArray(R"({"order_value":{"min_cents":5000,"max_cents":10000}})")
                                               << QList<qint64>{1, 7};
        QTest::newRow("order value in INR") << QByteArray(R"({"order_value":{"min_cents":100000,"currency":"INR"}})")
                                            << QList<qint64>{3};
        QTest::newRow("destination") << QByteArray(R"({"destination_countries":["IN","DE"]})") << QList<qint64>{5, 3};
        QTest::newRow("search by name") << QByteArray(R"({"search":"dana"})") << QList<qint64>{1, 7};
        QTest::newRow("search by e-mail") << QByteArray(R"({"search":"priya@example.com"})") << QList<qint64>{3};
        QTest::newRow("search by tracking number") << QByteArray(R"({"search":"1ZA6"})") << QList<qint64>{7};
        QTest::newRow("search finds nothing") << QByteArray(R"({"search":"nobody"})") << QList<qint64>{};
        QTest::newRow("search with nothing searchable") << QByteArray(R"({"search":"--"})") << QList<qint64>{};
        QTest::newRow("several dimensions") << QByteArray(R"({"types":["failed_attempt"],"payment_modes":["cod"],"destination_countries":["IN"]})")
                                            << QList<qint64>{3};
    }

    void filterDimensions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QList<qint64>, expected);
        QList<FieldError> errors;
        const auto filter = ExceptionQueueFilter::fromJson(json, &errors);
        QVERIFY2(filter, errors.isEmpty() ? "" : qPrintable(errors.first().field + QLatin1Char(' ') + errors.first().detail));
        QCOMPARE(allPages(*filter, ExceptionQueueSort(), 2, at(0)), expected);
        QCOMPARE(count(*filter), expected.size());
        for (qint64 id = 1; id <= 7; ++id) {
            QString error;
            QCOMPARE(ExceptionQueueQuery(*m_hand).matches(*filter, id, at(0), &error), std::optional<bool>(expected.contains(id)));
        }
    }

    // A drill-down's exceptions: only those ids, in the queue's order, with the other
    // dimensions still applied; an id the store lacks is no row; never in a saved view.
    void exceptionIdsLimitTheQueue()
    {
        ExceptionQueueFilter filter;
        filter.statuses.clear();
        filter.exceptionIds = QList<qint64>{6, 2, 4, 99};
        QCOMPARE(allPages(filter, ExceptionQueueSort(), 2, at(0)), (QList<qint64>{2, 4, 6}));
        QCOMPARE(count(filter), 3);
        filter.statuses = {QueueStatus::Resolved};
        QCOMPARE(allPages(filter, ExceptionQueueSort(), 2, at(0)), QList<qint64>{6});
        filter.exceptionIds = QList<qint64>{};
        QCOMPARE(count(filter), 0);
        QVERIFY(!filter.toJson().contains("exception"));
    }

    void mineNeedsAUser()
    {
        ExceptionQueueFilter filter;
        filter.assignedToMe = true;
        QString error;
        QVERIFY(!ExceptionQueueQuery(*m_hand).firstPage(filter, ExceptionQueueSort(), 10, at(0, ""), &error));
        QVERIFY2(error.contains(QStringLiteral("no user is signed in")), qPrintable(error));
        QVERIFY(!ExceptionQueueFacetCounter(*m_hand).count(filter, at(0, ""), &error));
    }

    // --- snooze -----------------------------------------------------------------------

    // Exception 4 is snoozed until N+2h: hidden before, back afterwards with the mark;
    // exception 5's snooze ended at N-1h.
    void snoozeHidesUntilItEnds()
    {
        ExceptionQueueQuery query(*m_hand);
        QString error;
        const ExceptionQueueFilter open;
        QVERIFY(!*query.matches(open, 4, at(1.99), &error));
        QCOMPARE(query.row(4, at(1.99), &error)->status, QueueStatus::Snoozed);
        QVERIFY(!query.row(4, at(1.99), &error)->backFromSnooze);
        QCOMPARE(count(open, at(1.99)), 5);
        // At the instant the snooze ends it is back.
        QVERIFY(*query.matches(open, 4, at(2), &error));
        const ExceptionQueueRow back = *query.row(4, at(2), &error);
        QCOMPARE(back.status, QueueStatus::Open);
        QVERIFY(back.backFromSnooze);
        QCOMPARE(back.snoozedUntilMs, std::optional<qint64>(atHours(2)));
        QCOMPARE(allPages(open, ExceptionQueueSort(), 10, at(2)), (QList<qint64>{1, 7, 5, 3, 2, 4}));
        const ExceptionQueueRow five = *query.row(5, at(0), &error);
        QVERIFY(five.backFromSnooze);
        QCOMPARE(five.status, QueueStatus::Open);
        // A resolved exception is never "back from snooze".
        QVERIFY(!query.row(6, at(0), &error)->backFromSnooze);
        QCOMPARE(query.row(6, at(0), &error)->status, QueueStatus::Resolved);
    }

    // --- rows ---------------------------------------------------------------------------

    void rowCarriesWhatTheQueueShows()
    {
        QString error;
        ExceptionQueueQuery query(*m_hand);
        const auto row = query.row(3, at(0), &error);
        QVERIFY2(row, qPrintable(error));
        QCOMPARE(row->exceptionId, 3);
        QCOMPARE(row->shipmentId, 3);
        QCOMPARE(row->version, 1);
        QCOMPARE(row->priorityScore, 50);
        QCOMPARE(row->priorityBand, 2);
        QCOMPARE(row->firstActionDueMs, atHours(-16));
        QCOMPARE(row->resolveDueMs, atHours(28));
        QCOMPARE(row->slaDueMs, atHours(-16));
        QCOMPARE(row->firstActionAtMs, std::nullopt);
        QCOMPARE(row->type, ExceptionType::FailedAttempt);
        QCOMPARE(row->reason, NdrReason::CodNotReady);
        QCOMPARE(row->party, ResponsibleParty::Customer);
        QCOMPARE(row->detail, QStringLiteral("exception 3"));
        QCOMPARE(row->carrier, QStringLiteral("delhivery"));
        QCOMPARE(row->service, QStringLiteral("Delhivery Surface"));
        QCOMPARE(row->trackingNumber, QStringLiteral("1490001"));
        QCOMPARE(row->customerName, QStringLiteral("Priya Nair"));
        QCOMPARE(row->destinationCity, QStringLiteral("Pune"));
        QCOMPARE(row->destinationCountry, QStringLiteral("IN"));
        QCOMPARE(row->orderValueCents, 249900);
        QCOMPARE(row->currency, QStringLiteral("INR"));
        QCOMPARE(row->paymentMode, PaymentMode::CashOnDelivery);
        QCOMPARE(row->attempts, 2);
        QCOMPARE(row->openedAtMs, atHours(-20));
        QCOMPARE(row->assignee, QStringLiteral("omar"));
        QCOMPARE(row->status, QueueStatus::Open);
        QCOMPARE(row->snoozedUntilMs, std::nullopt);
        // Exception 2 was acted on: its SLA is the resolution's.
        const auto acted = query.row(2, at(0), &error);
        QCOMPARE(acted->firstActionAtMs, std::optional<qint64>(atHours(-25)));
        QCOMPARE(acted->slaDueMs, atHours(42));
        // No such exception: nothing, and no error.
        QVERIFY(!query.row(99, at(0), &error));
        QVERIFY(error.isEmpty());
    }

    // --- facets ----------------------------------------------------------------------

    void facetCountsOfTheOpenQueue()
    {
        QString error;
        const auto facets = ExceptionQueueFacetCounter(*m_hand).count(ExceptionQueueFilter(), at(0), &error);
        QVERIFY2(facets, qPrintable(error));
        QCOMPARE(facet(facets->types, QStringLiteral("failed_attempt")), 2);
        QCOMPARE(facet(facets->types, QStringLiteral("delayed")), 1);
        QCOMPARE(facet(facets->types, QStringLiteral("stuck")), 1);
        QCOMPARE(facet(facets->types, QStringLiteral("damaged")), 1);
        QCOMPARE(facets->types.size(), 4);
        QCOMPARE(facets->types.constFirst().value, QStringLiteral("failed_attempt")); // most first
        QCOMPARE(facet(facets->ndrReasons, QStringLiteral("customer_unavailable")), 1);
        QCOMPARE(facet(facets->ndrReasons, QStringLiteral("cod_not_ready")), 1);
        QCOMPARE(facets->ndrReasons.size(), 2);
        QCOMPARE(facet(facets->parties, QStringLiteral("customer")), 2);
        QCOMPARE(facet(facets->parties, QStringLiteral("carrier")), 3);
        QCOMPARE(facet(facets->carriers, QStringLiteral("ups")), 2);
        QCOMPARE(facet(facets->carriers, QStringLiteral("delhivery")), 1);
        QCOMPARE(facet(facets->carriers, QStringLiteral("fedex")), 1);
        QCOMPARE(facet(facets->carriers, QStringLiteral("dpd")), 1);
        QCOMPARE(facet(facets->services, QStringLiteral("ups/UPS Ground")), 2);
        // Status is counted without the status filter: every status.
        QCOMPARE(facet(facets->statuses, QStringLiteral("open")), 5);
        QCOMPARE(facet(facets->statuses, QStringLiteral("snoozed")), 1);
        QCOMPARE(facet(facets->statuses, QStringLiteral("resolved")), 1);
        QCOMPARE(facet(facets->assignees, QString()), 2);
        QCOMPARE(facet(facets->assignees, QStringLiteral("omar")), 2); // omar and Omar
        QCOMPARE(facet(facets->assignees, QStringLiteral("maria")), 1);
        QCOMPARE(facet(facets->slaStates, QStringLiteral("breached")), 2);
        QCOMPARE(facet(facets->slaStates, QStringLiteral("due_soon")), 0); // within 4 h: none
        QCOMPARE(facet(facets->slaStates, QStringLiteral("on_track")), 3);
        QCOMPARE(facet(facets->priorityBands, QStringLiteral("1")), 1);
        QCOMPARE(facet(facets->priorityBands, QStringLiteral("2")), 4);
        QCOMPARE(facet(facets->paymentModes, QStringLiteral("prepaid")), 2);
        QCOMPARE(facet(facets->paymentModes, QStringLiteral("cod")), 2);
        QCOMPARE(facet(facets->paymentModes, QStringLiteral("unknown")), 1);
        QCOMPARE(facet(facets->destinationCountries, QStringLiteral("US")), 3);
        QCOMPARE(facet(facets->destinationCountries, QStringLiteral("IN")), 1);
        QCOMPARE(facet(facets->destinationCountries, QStringLiteral("DE")), 1);
    }

    // A dimension is counted with the other dimensions applied, not its own.
    void facetCountsApplyTheOtherDimensions()
    {
        ExceptionQueueFilter filter;
        filter.carriers = {QStringLiteral("ups")};
        filter.paymentModes = {PaymentMode::Prepaid};
        filter.slaStates = {SlaState::OnTrack};
        filter.dueWithinHours = 6;
        QString error;
        const auto facets = ExceptionQueueFacetCounter(*m_hand).count(filter, at(0), &error);
        QVERIFY2(facets, qPrintable(error));
        // Carriers: prepaid, on track (due in 6 h or later), any carrier: 7 (ups, +7 h) only;
        // 1 is breached, 4 (prepaid) snoozed.
        QCOMPARE(facet(facets->carriers, QStringLiteral("ups")), 1);
        QCOMPARE(facets->carriers.size(), 1);
        // Payment: ups, on track: 7 (prepaid); 1 is breached.
        QCOMPARE(facet(facets->paymentModes, QStringLiteral("prepaid")), 1);
        QCOMPARE(facets->paymentModes.size(), 1);
        // SLA: ups, prepaid: 1 breached, 7 on track.
        QCOMPARE(facet(facets->slaStates, QStringLiteral("breached")), 1);
        QCOMPARE(facet(facets->slaStates, QStringLiteral("due_soon")), 0);
        QCOMPARE(facet(facets->slaStates, QStringLiteral("on_track")), 1);
        // Types: everything applies: 7 only.
        QCOMPARE(facet(facets->types, QStringLiteral("damaged")), 1);
        QCOMPARE(facets->types.size(), 1);
        // Status: an SLA state belongs to open exceptions: 7 open, nothing resolved.
        QCOMPARE(facet(facets->statuses, QStringLiteral("open")), 1);
        QCOMPARE(facet(facets->statuses, QStringLiteral("resolved")), 0);
        QCOMPARE(count(filter), 1);
    }

    // --- saved views: JSON ---------------------------------------------------------

    void jsonRoundTrip()
    {
        ExceptionQueueFilter f;
        f.types = {ExceptionType::FailedAttempt, ExceptionType::Lost};
        f.ndrReasons = {NdrReason::FakeAttempt};
        f.parties = {ResponsibleParty::Carrier};
        f.carriers = {QStringLiteral("delhivery")};
        f.services = {{QStringLiteral("delhivery"), QStringLiteral("Delhivery Surface")}};
        f.statuses = {QueueStatus::Open, QueueStatus::Snoozed};
        f.assignedToMe = true;
        f.unassigned = true;
        f.agents = {QStringLiteral("maria")};
        f.slaStates = {SlaState::Breached, SlaState::DueSoon};
        f.dueWithinHours = 6;
        f.priorityBand = {1, 2};
        f.openedAtMs = {atHours(-48), atHours(0)};
        f.paymentModes = {PaymentMode::CashOnDelivery};
        f.attempts = {2, std::nullopt};
        f.orderValueCents = {std::nullopt, 500000};
        f.orderValueCurrency = QStringLiteral("INR");
        f.destinationCountries = {QStringLiteral("IN")};
        f.search = QStringLiteral("priya");
        const QByteArray json = f.toJson();
        QList<FieldError> errors;
        const auto back = ExceptionQueueFilter::fromJson(json, &errors);
        QVERIFY2(back, json.constData());
        QVERIFY(errors.isEmpty());
        QVERIFY(*back == f);
        QCOMPARE(back->toJson(), json);
        QVERIFY2(json.contains(timed(R"("opened":{"from":"{J-48h}","to":"{J+0h}"})")), json.constData());
        // The default filter is the empty object, and reads back as the default.
        QCOMPARE(ExceptionQueueFilter().toJson(), QByteArray("{}"));
        QVERIFY(*ExceptionQueueFilter::fromJson(QByteArray("{}"), &errors) == ExceptionQueueFilter());
        // Sorts.
        for (int c = 0; c < QueueSortColumnCount; ++c) {
            for (bool descending : {false, true}) {
                const ExceptionQueueSort sort{static_cast<QueueSortColumn>(c), descending};
                json::Parser parser;
                const QByteArray text = sort.toJson();
                const auto parsed = ExceptionQueueSort::fromJson(*parser.parse(text.constData(), text.size()), &errors);
                QVERIFY2(parsed && *parsed == sort, text.constData());
            }
        }
    }

    void jsonErrorsAreLocated_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("detail");
        QTest::newRow("not an object") << QByteArray("[1]") << QString() << QStringLiteral("must be an object");
        QTest::newRow("not json") << QByteArray("{\"types\":") << QString() << QStringLiteral("not valid JSON");
        QTest::newRow("unknown field") << QByteArray(R"({"carrier":["ups"]})") << QStringLiteral("carrier")
                                       << QStringLiteral("is not a field of a queue filter");
        QTest::newRow("unknown type") << QByteArray(R"({"types":["stuck","flying"]})") << QStringLiteral("types[1]")
                                      << QStringLiteral("\"flying\" is not an exception type");
        QTest::newRow("not an array") << QByteArray(R"({"carriers":"ups"})") << QStringLiteral("carriers")
                                      << QStringLiteral("must be an array");
        QTest::newRow("empty carrier") << QByteArray(R"({"carriers":["ups",""]})") << QStringLiteral("carriers[1]")
                                       << QStringLiteral("non-empty string");
        QTest::newRow("service without name") << QByteArray(R"({"services":[{"carrier":"ups"}]})")
                                              << QStringLiteral("services[0].service") << QStringLiteral("the service's name");
        QTest::newRow("unknown status") << QByteArray(R"({"statuses":["closed"]})") << QStringLiteral("statuses[0]")
                                        << QStringLiteral("is not a queue status");
        QTest::newRow("mine not a bool") << QByteArray(R"({"assignee":{"mine":"yes"}})") << QStringLiteral("assignee.mine")
                                         << QStringLiteral("true or false");
        QTest::newRow("unknown assignee field") << QByteArray(R"({"assignee":{"me":true}})") << QStringLiteral("assignee.me")
                                                << QStringLiteral("is not a field of an assignee filter");
        QTest::newRow("sla horizon") << QByteArray(R"({"sla":{"due_within_hours":0}})") << QStringLiteral("sla.due_within_hours")
                                     << QStringLiteral("from 1 to 720");
        QTest::newRow("unknown sla state") << QByteArray(R"({"sla":{"states":["late"]}})") << QStringLiteral("sla.states[0]")
                                           << QStringLiteral("is not an SLA state");
        QTest::newRow("priority out of range") << QByteArray(R"({"priority":{"min":0}})") << QStringLiteral("priority.min")
                                               << QStringLiteral("from 1 to 4");
        QTest::newRow("inverted range") << QByteArray(R"({"priority":{"min":3,"max":1}})") << QStringLiteral("priority")
                                        << QStringLiteral("the range is empty");
        QTest::newRow("instant without offset") << QByteArray(R"({"opened":{"from":"2026-06-01T00:00:00"}})")
                                                << QStringLiteral("opened.from") << QStringLiteral("with its offset");
        QTest::newRow("not an instant") << QByteArray(R"({"opened":{"to":"yesterday"}})") << QStringLiteral("opened.to")
                                        << QStringLiteral("ISO 8601 instant");
        QTest::newRow("inverted dates") << QByteArray(R"({"opened":{"from":"2026-06-02T00:00:00Z","to":"2026-06-01T00:00:00Z"}})")
                                        << QStringLiteral("opened") << QStringLiteral("the range is empty");
        QTest::newRow("unknown payment") << QByteArray(R"({"payment_modes":["card"]})") << QStringLiteral("payment_modes[0]")
                                         << QStringLiteral("is not a payment mode");
        QTest::newRow("attempts not a number") << QByteArray(R"({"attempts":{"min":"two"}})") << QStringLiteral("attempts.min")
                                               << QStringLiteral("whole number");
        QTest::newRow("currency") << QByteArray(R"({"order_value":{"currency":"rupees"}})") << QStringLiteral("order_value.currency")
                                  << QStringLiteral("ISO 4217");
        QTest::newRow("country") << QByteArray(R"({"destination_countries":["IN","XX"]})") << QStringLiteral("destination_countries[1]")
                                 << QStringLiteral("\"XX\" is not an ISO 3166-1 alpha-2 country code");
        QTest::newRow("lower-case country") << QByteArray(R"({"destination_countries":["in"]})")
                                            << QStringLiteral("destination_countries[0]") << QStringLiteral("alpha-2");
        QTest::newRow("search not text") << QByteArray(R"({"search":42})") << QStringLiteral("search") << QStringLiteral("a string");
    }

    void jsonErrorsAreLocated()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, detail);
        QList<FieldError> errors;
        QVERIFY(!ExceptionQueueFilter::fromJson(json, &errors));
        QVERIFY(!errors.isEmpty());
        const bool found = std::any_of(errors.cbegin(), errors.cend(), [&](const FieldError &e) {
            return e.field == field && e.detail.contains(detail);
        });
        QStringList all;
        for (const FieldError &e : errors)
            all << e.field + QStringLiteral(": ") + e.detail;
        QVERIFY2(found, qPrintable(all.join(QStringLiteral("; "))));
    }

    // Every problem of a document is reported, not only the first.
    void jsonErrorsAreAllReported()
    {
        QList<FieldError> errors;
        QVERIFY(!ExceptionQueueFilter::fromJson(QByteArray(R"({"types":["x"],"carriers":[1],"bogus":true})"), &errors));
        QCOMPARE(errors.size(), 3);
        json::Parser parser;
        const QByteArray sort = R"({"column":"weight","descending":"yes","extra":1})";
        QVERIFY(!ExceptionQueueSort::fromJson(*parser.parse(sort.constData(), sort.size()), &errors));
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(0).field, QStringLiteral("extra"));
        QCOMPARE(errors.at(1).field, QStringLiteral("column"));
        QVERIFY(errors.at(1).detail.contains(QStringLiteral("priority, sla_due")));
        QCOMPARE(errors.at(2).field, QStringLiteral("descending"));
    }

    // --- stale values -------------------------------------------------------------

    void staleValuesAreKeptAndReported()
    {
        QList<FieldError> errors;
        const auto filter = ExceptionQueueFilter::fromJson(QByteArray(R"({
            "carriers":["ups","ontrac"],
            "services":[{"carrier":"ups","service":"UPS Ground"},{"carrier":"ups","service":"UPS Next Day Air"}],
            "assignee":{"agents":["maria","olga"]},
            "destination_countries":["US","FR"],
            "order_value":{"currency":"GBP"}})"), &errors);
        QVERIFY(filter);
        // Kept: the filter still asks for them (and finds what it finds).
        QCOMPARE(filter->carriers, (QStringList{QStringLiteral("ups"), QStringLiteral("ontrac")}));
        QString error;
        const auto stale = ExceptionQueueFilterCheck(*m_hand).staleValues(*filter, {}, &error);
        QVERIFY2(stale, qPrintable(error));
        QStringList fields;
        for (const StaleFilterValue &v : *stale)
            fields << v.field + QLatin1Char('=') + v.value;
        QCOMPARE(fields, (QStringList{QStringLiteral("carriers[1]=ontrac"), QStringLiteral("services[1]=ups/UPS Next Day Air"),
                                      QStringLiteral("assignee.agents[1]=olga"), QStringLiteral("destination_countries[1]=FR"),
                                      QStringLiteral("order_value.currency=GBP")}));
        QVERIFY(stale->at(0).reason.contains(QStringLiteral("ontrac")));
        // With the team's users known, an agent is checked against them.
        const auto renamed = ExceptionQueueFilterCheck(*m_hand).staleValues(*filter, {QStringLiteral("Olga"), QStringLiteral("sam")}, &error);
        QVERIFY(renamed);
        QCOMPARE(renamed->at(2).field, QStringLiteral("assignee.agents[0]"));
        QVERIFY(renamed->at(2).reason.contains(QStringLiteral("not a user of the team")));
        QCOMPARE(std::count_if(renamed->begin(), renamed->end(), [](const StaleFilterValue &v) { return v.field.startsWith(QStringLiteral("assignee")); }), 1);
    }

    // --- the detail pane ------------------------------------------------------------

    void historyAndRelatedExceptions()
    {
        auto db = freshStore();
        QVERIFY(db);
        ShipmentRecord first = parcel("1ZREL1", {scan(30, Subtag::InTransit), scan(4, Subtag::AttemptFailAddresseeUnavailable)});
        first.order.customerEmail = QStringLiteral("dana@example.com");
        ShipmentRecord second = parcel("1ZREL2", {scan(30, Subtag::InTransit), scan(3, Subtag::AttemptFailBusinessClosed)});
        second.order.customerEmail = QStringLiteral("DANA@example.com");
        ShipmentRecord stranger = parcel("1ZREL3", {scan(30, Subtag::InTransit), scan(2, Subtag::AttemptFailRefused)});
        stranger.order.customerEmail = QStringLiteral("other@example.com");
        ingest(*db, {first, second, stranger});
        // The rules opened one failed attempt per shipment, each with its history.
        QCOMPARE(value(*db, QStringLiteral("SELECT count(*) FROM exception_queue WHERE type = 0 AND status = 0")).toInt(), 3);
        const qint64 firstId = value(*db, QStringLiteral("SELECT q.exception_id FROM exception_queue q WHERE q.tracking_number = '1ZREL1'")).toLongLong();
        const qint64 secondId = value(*db, QStringLiteral("SELECT q.exception_id FROM exception_queue q WHERE q.tracking_number = '1ZREL2'")).toLongLong();
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO exception_history(exception_id, at_ms, action, actor, detail) "
                                      "VALUES(%1, %2, 'note', 'maria', 'called the customer')").arg(firstId).arg(atHours(-1))));
        // A second exception of the first shipment, open, and a resolved one.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO exceptions(shipment_id, type, party, status, trigger_at_ms, detected_at_ms, first_action_due_ms, "
            "resolve_due_ms, priority_score, priority, updated_at_ms) SELECT shipment_id, 1, 0, 0, %2, %2, %2, %2, 90, 1, %2 "
            "FROM exceptions WHERE id = %1").arg(firstId).arg(atHours(-1))));
        const qint64 delayedId = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO exceptions(shipment_id, type, party, status, trigger_at_ms, detected_at_ms, first_action_due_ms, "
            "resolve_due_ms, priority_score, priority, updated_at_ms) SELECT shipment_id, 2, 0, 1, %2, %2, %2, %2, 10, 4, %2 "
            "FROM exceptions WHERE id = %1").arg(firstId).arg(atHours(-50))));

        QString error;
        ExceptionDetailQueries detail(*db);
        const auto history = detail.history(firstId, &error);
        QVERIFY2(history, qPrintable(error));
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).action, QStringLiteral("opened"));
        QCOMPARE(history->at(0).actor, QStringLiteral("rules"));
        QCOMPARE(history->at(0).atMs, atHours(-4));
        QCOMPARE(history->at(1).action, QStringLiteral("note"));
        QCOMPARE(history->at(1).actor, QStringLiteral("maria"));
        QCOMPARE(history->at(1).detail, QStringLiteral("called the customer"));
        QVERIFY(detail.history(12345, &error)->isEmpty());

        const auto related = detail.related(firstId, at(0), &error);
        QVERIFY2(related, qPrintable(error));
        QCOMPARE(ids(related->sameShipment), QList<qint64>{delayedId}); // the resolved one is not open
        QCOMPARE(ids(related->sameCustomer), QList<qint64>{secondId});  // the e-mail without case
        const auto none = detail.related(12345, at(0), &error);
        QVERIFY(none && none->sameShipment.isEmpty() && none->sameCustomer.isEmpty());
    }

    // --- the queue table follows every writer --------------------------------------------

    // The rules open an exception at ingest and the queue shows it with its shipment's
    // fields; a shipment's later change reaches its rows; an exception's change too; a
    // deleted shipment takes its rows along.
    void queueFollowsTheStore()
    {
        auto db = freshStore();
        QVERIFY(db);
        ShipmentRecord r = parcel("1ZFOLLOW", {scan(30, Subtag::InTransit), scan(3, Subtag::AttemptFailAddresseeUnavailable)});
        r.payment.mode = PaymentMode::Prepaid;
        ingest(*db, {r});
        QString error;
        ExceptionQueueQuery query(*db);
        auto page = query.firstPage(ExceptionQueueFilter(), ExceptionQueueSort(), 10, at(0), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->rows.size(), 1);
        const ExceptionQueueRow opened = page->rows.constFirst();
        QCOMPARE(opened.type, ExceptionType::FailedAttempt);
        QCOMPARE(opened.reason, NdrReason::CustomerUnavailable);
        QCOMPARE(opened.attempts, 1);
        QCOMPARE(opened.paymentMode, PaymentMode::Prepaid);
        QCOMPARE(opened.openedAtMs, atHours(-3));
        QCOMPARE(opened.firstActionDueMs, atHours(-3) + 4 * Hour); // the failed attempt's 4 h SLA
        QCOMPARE(opened.trackingNumber, QStringLiteral("1ZFOLLOW"));

        // A second attempt and a COD payment arrive with the next feed.
        r.events << scan(1, Subtag::AttemptFailAddresseeUnavailable);
        r.payment = {PaymentMode::CashOnDelivery, 5000, QStringLiteral("USD")};
        r.order.customerName = QStringLiteral("Dana Reyes-Cole");
        ingest(*db, {r});
        auto row = query.row(opened.exceptionId, at(0), &error);
        QCOMPARE(row->attempts, 2);
        QCOMPARE(row->paymentMode, PaymentMode::CashOnDelivery);
        QCOMPARE(row->codAmountCents, 5000);
        QCOMPARE(row->customerName, QStringLiteral("Dana Reyes-Cole"));

        const qint64 version = row->version;
        // An edit-like write of the exception: assignee, first action, snooze.
        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral(
            "UPDATE exceptions SET assignee = 'maria', first_action_at_ms = %1, snoozed_until_ms = %2, version = version + 1 "
            "WHERE id = %3").arg(atHours(-0.5)).arg(atHours(1)).arg(opened.exceptionId)));
        row = query.row(opened.exceptionId, at(0), &error);
        QCOMPARE(row->assignee, QStringLiteral("maria"));
        QCOMPARE(row->slaDueMs, row->resolveDueMs);
        QCOMPARE(row->status, QueueStatus::Snoozed);
        QCOMPARE(row->version, version + 1);
        QCOMPARE(*query.count(ExceptionQueueFilter(), at(0), &error), 0);
        QCOMPARE(*query.count(ExceptionQueueFilter(), at(1), &error), 1);

        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("DELETE FROM shipments")));
        QCOMPARE(value(*db, QStringLiteral("SELECT count(*) FROM exception_queue")).toInt(), 0);
    }

    // A store of schema 4 with exceptions gets its queue filled by the upgrade.
    void upgradeFillsTheQueue()
    {
        const QString path = m_dir.filePath(QStringLiteral("v4.db"));
        QString error;
        {
            // Rows as that build wrote them (today's ingestor writes today's schema).
            auto old = Database::openAtVersion(path, 4, &error);
            QVERIFY2(old, qPrintable(error));
            QSqlQuery q(old->connection());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO shipments(id, carrier, tracking_number, tag, subtag, payment_mode, created_at_ms, updated_at_ms) "
                "VALUES(1, 'ups', '1ZOLD', 4, 54, 2, 1, 1)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO exceptions(shipment_id, type, reason, party, status, trigger_at_ms, detected_at_ms, "
                "first_action_due_ms, resolve_due_ms, priority_score, priority, updated_at_ms) "
                "VALUES(1, 0, 4, 1, 0, %1, %1, %1, %1, 40, 3, %1)").arg(atHours(-3))));
        }
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        const auto page = ExceptionQueueQuery(*db).firstPage(ExceptionQueueFilter(), ExceptionQueueSort(), 10, at(0), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->rows.size(), 1);
        QCOMPARE(page->rows.constFirst().reason, NdrReason::Refused);
        QCOMPARE(page->rows.constFirst().paymentMode, PaymentMode::CashOnDelivery);
    }

    // --- the new edits ------------------------------------------------------------------

    void editParamsAreCheckedAtTheirField_data()
    {
        QTest::addColumn<QByteArray>("op");
        QTest::addColumn<QByteArray>("params");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::newRow("snooze in an hour") << QByteArray("snooze") << timed(R"({"until":"{N+1h}"})") << QString();
        QTest::newRow("snooze with offset and note") << QByteArray("snooze")
                                                     << timed(R"({"until":"{N+23h+05:30}","note":"customer on leave"})")
                                                     << QString();
        QTest::newRow("snooze 30 days") << QByteArray("snooze") << timed(R"({"until":"{N+720h}"})") << QString();
        QTest::newRow("snooze now") << QByteArray("snooze") << timed(R"({"until":"{N+0h}"})")
                                    << timed(QStringLiteral("until: {N+0h} is not in the future (it is {m+0h} now)"));
        QTest::newRow("snooze past") << QByteArray("snooze") << timed(R"({"until":"{N-11h}"})")
                                     << timed(QStringLiteral("until: {N-11h} is not in the future"));
        QTest::newRow("snooze too far") << QByteArray("snooze") << timed(R"({"until":"{N+720h1m}"})")
                                        << timed(QStringLiteral("until: {N+720h1m} is more than 30 days ahead (at most {m+720h})"));
        QTest::newRow("snooze without offset") << QByteArray("snooze") << timed(R"({"until":"{N+23h}"})").replace("Z\"", "\"")
                                               << QStringLiteral("until: must be an ISO 8601 instant with its offset");
        QTest::newRow("snooze a date") << QByteArray("snooze") << timed(R"({"until":"{D+1}"})")
                                       << QStringLiteral("until: must be an ISO 8601 instant");
        QTest::newRow("snooze missing") << QByteArray("snooze") << QByteArray(R"({"note":"later"})") << QStringLiteral("until: is required");
        QTest::newRow("fake attempt") << QByteArray("mark_fake_attempt") << timed(R"({"date":"{D+1}"})") << QString();
        QTest::newRow("fake attempt today") << QByteArray("mark_fake_attempt") << timed(R"({"date":"{D+0}","note":"was home"})")
                                            << QString();
        QTest::newRow("fake attempt yesterday") << QByteArray("mark_fake_attempt") << timed(R"({"date":"{D-1}"})")
                                                << timed(QStringLiteral("date: {D-1} is in the past (today is {D+0})"));
        QTest::newRow("fake attempt without date") << QByteArray("mark_fake_attempt") << QByteArray("{}") << QStringLiteral("date: is required");
        QTest::newRow("resolve, old client") << QByteArray("status") << QByteArray(R"({"status":"resolved"})") << QString();
        QTest::newRow("resolve with reason") << QByteArray("status") << QByteArray(R"({"status":"resolved","reason":"address_corrected"})")
                                             << QString();
        QTest::newRow("resolve other with note") << QByteArray("status")
                                                 << QByteArray(R"({"status":"resolved","reason":"other","note":"merged orders"})") << QString();
        QTest::newRow("resolve other without note") << QByteArray("status") << QByteArray(R"({"status":"resolved","reason":"other"})")
                                                    << QStringLiteral("note: is required when the reason is \"other\"");
        QTest::newRow("unknown reason") << QByteArray("status") << QByteArray(R"({"status":"resolved","reason":"lucky"})")
                                        << QStringLiteral("reason: must be one of \"delivered\", \"address_corrected\"");
        QTest::newRow("reason when reopening") << QByteArray("status") << QByteArray(R"({"status":"open","reason":"delivered"})")
                                               << QStringLiteral("reason: is only given when resolving");
        QTest::newRow("reopen with note") << QByteArray("status") << QByteArray(R"({"status":"open","note":"parcel found"})") << QString();
    }

    void editParamsAreCheckedAtTheirField()
    {
        QFETCH(QByteArray, op);
        QFETCH(QByteArray, params);
        QFETCH(QString, error);
        const QStringList errors = fieldErrors(op.constData(), params, test::fixedNowMs());
        if (error.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QStringLiteral("; "))));
        } else {
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors.constFirst().startsWith(error), qPrintable(errors.constFirst()));
        }
    }

    // Snoozed, the exception leaves the default queue until the instant; back, it carries
    // the mark until someone acts on it.
    void snoozeEditHidesAndComesBack()
    {
        auto db = freshStore();
        QVERIFY(db);
        ingest(*db, {parcel("1ZSNOOZE", {scan(30, Subtag::InTransit), scan(3, Subtag::AttemptFailAddresseeUnavailable)})});
        const qint64 id = value(*db, QStringLiteral("SELECT id FROM exceptions")).toLongLong();
        ExceptionQueueQuery query(*db);
        QString error;
        const ExceptionQueueFilter open;
        QCOMPARE(*query.count(open, at(0), &error), 1);
        const EditOutcome snoozed = applyEdit(*db, id, "snooze", timed(R"({"until":"{N+4h}","note":"customer asked for the afternoon"})"),
                                              atHours(0));
        QVERIFY2(snoozed.ok(), qPrintable(snoozed.detail));
        QCOMPARE(snoozed.versionAfter, snoozed.versionBefore + 1);
        QCOMPARE(*query.count(open, at(3.99), &error), 0);
        QCOMPARE(query.row(id, at(3.99), &error)->status, QueueStatus::Snoozed);
        QCOMPARE(query.row(id, at(3.99), &error)->firstActionAtMs, std::nullopt); // not an action
        QCOMPARE(*query.count(open, at(4), &error), 1);
        QVERIFY(query.row(id, at(4), &error)->backFromSnooze);
        const auto history = ExceptionDetailQueries(*db).history(id, &error);
        QCOMPARE(history->constLast().action, QStringLiteral("snooze"));
        QCOMPARE(history->constLast().actor, QStringLiteral("maria"));
        QCOMPARE(history->constLast().detail, timed(QStringLiteral("Snoozed until {u+4h}: customer asked for the afternoon")));
        // A note does not end the mark; an action does.
        QVERIFY(applyEdit(*db, id, "note", R"({"text":"called, no answer"})", atHours(5)).ok());
        QVERIFY(query.row(id, at(5), &error)->backFromSnooze);
        QVERIFY(applyEdit(*db, id, "reattempt", timed(R"({"date":"{D+1}"})"), atHours(5)).ok());
        QVERIFY(!query.row(id, at(5), &error)->backFromSnooze);
        QCOMPARE(query.row(id, at(5), &error)->snoozedUntilMs, std::nullopt);
        // Snoozing a resolved exception is not possible.
        QVERIFY(applyEdit(*db, id, "status", R"({"status":"resolved","reason":"customer_contacted"})", atHours(6)).ok());
        const EditOutcome refused = applyEdit(*db, id, "snooze", timed(R"({"until":"{N+23h}"})"), atHours(6));
        QCOMPARE(refused.status, EditOutcome::Status::InvalidTransition);
        QVERIFY2(refused.detail.contains(QStringLiteral("resolved")), qPrintable(refused.detail));
        // An instant that is past by the time the edit is applied is refused there too.
        QVERIFY(applyEdit(*db, id, "status", R"({"status":"open"})", atHours(6)).ok());
        const EditOutcome late = applyEdit(*db, id, "snooze", timed(R"({"until":"{N+5h}"})"), atHours(6));
        QCOMPARE(late.status, EditOutcome::Status::InvalidParams);
        QCOMPARE(late.errors.constFirst().field, QStringLiteral("until"));
    }

    // Resolving carries a reason from the list (and a note); reopening clears them.
    void resolveWithAReason()
    {
        auto db = freshStore();
        QVERIFY(db);
        ingest(*db, {parcel("1ZRESOLVE", {scan(30, Subtag::InTransit), scan(3, Subtag::AttemptFailAddressIssue)})});
        const qint64 id = value(*db, QStringLiteral("SELECT id FROM exceptions")).toLongLong();
        QVERIFY(applyEdit(*db, id, "snooze", timed(R"({"until":"{N+23h}"})"), atHours(0)).ok());
        const EditOutcome resolved =
            applyEdit(*db, id, "status", R"({"status":"resolved","reason":"address_corrected","note":"flat 4B added"})", atHours(1));
        QVERIFY2(resolved.ok(), qPrintable(resolved.detail));
        QString error;
        ExceptionQueueQuery query(*db);
        auto row = query.row(id, at(1), &error);
        QCOMPARE(row->status, QueueStatus::Resolved);
        QCOMPARE(row->resolution, ExceptionResolution::ByAgent);
        QCOMPARE(row->resolutionReason, ResolutionReason::AddressCorrected);
        QCOMPARE(row->resolutionNote, QStringLiteral("flat 4B added"));
        QCOMPARE(row->snoozedUntilMs, std::nullopt); // resolving ends the snooze
        QCOMPARE(ExceptionDetailQueries(*db).history(id, &error)->constLast().detail,
                 QStringLiteral("Resolved by agent (Address corrected): flat 4B added"));
        const bool reasonChanged = std::any_of(resolved.changes.cbegin(), resolved.changes.cend(), [](const FieldChange &c) {
            return c.field == QLatin1String("resolution_reason") && c.from == "0" && c.to == "2";
        });
        QVERIFY(reasonChanged);
        // The rules never reopen it; reopening by hand clears the reason.
        ShipmentIngestor ingestor(*db);
        QVERIFY2(ingestor.refreshExceptions(atHours(2), nullptr, &error), qPrintable(error));
        QCOMPARE(query.row(id, at(2), &error)->status, QueueStatus::Resolved);
        QVERIFY(applyEdit(*db, id, "status", R"({"status":"open","note":"not fixed after all"})", atHours(3)).ok());
        row = query.row(id, at(3), &error);
        QCOMPARE(row->resolutionReason, ResolutionReason::None);
        QCOMPARE(row->resolutionNote, QString());
        QCOMPARE(ExceptionDetailQueries(*db).history(id, &error)->constLast().detail, QStringLiteral("Reopened: not fixed after all"));
        // An older client's resolution has no reason.
        QVERIFY(applyEdit(*db, id, "status", R"({"status":"resolved"})", atHours(4)).ok());
        QCOMPARE(query.row(id, at(4), &error)->resolutionReason, ResolutionReason::None);
        QCOMPARE(ExceptionDetailQueries(*db).history(id, &error)->constLast().detail, QStringLiteral("Resolved by agent"));
    }

    // The attempt an agent marks fake is stored with the exception (its event's time),
    // which the rules keep as long as that attempt is the latest; a new attempt has its
    // own reason again.
    void fakeAttemptIsKeptForTheKpi()
    {
        auto db = freshStore();
        QVERIFY(db);
        ShipmentRecord r = parcel("1ZFAKE", {scan(30, Subtag::InTransit), scan(20, Subtag::OutForDelivery),
                                             scan(19, Subtag::AttemptFailAddresseeUnavailable)});
        ingest(*db, {r});
        const qint64 id = value(*db, QStringLiteral("SELECT id FROM exceptions")).toLongLong();
        QString error;
        ExceptionQueueQuery query(*db);
        QCOMPARE(query.row(id, at(0), &error)->reason, NdrReason::CustomerUnavailable);
        QCOMPARE(query.row(id, at(0), &error)->party, ResponsibleParty::Customer);
        const EditOutcome marked = applyEdit(*db, id, "mark_fake_attempt", timed(R"({"date":"{D+1}","note":"customer was home all day"})"), atHours(0));
        QVERIFY2(marked.ok(), qPrintable(marked.detail));
        auto row = query.row(id, at(0), &error);
        QCOMPARE(row->fakeAttemptAtMs, std::optional<qint64>(atHours(-19)));
        QCOMPARE(row->reason, NdrReason::FakeAttempt);
        QCOMPARE(row->party, ResponsibleParty::Carrier);
        QCOMPARE(row->firstActionAtMs, std::optional<qint64>(atHours(0)));
        QCOMPARE(ExceptionDetailQueries(*db).history(id, &error)->constLast().detail,
                 timed(QStringLiteral("Attempt of {u-19h} marked fake (not made); re-attempt requested for {D+1}: "
                                      "customer was home all day")));
        // Twice is refused.
        const EditOutcome again = applyEdit(*db, id, "mark_fake_attempt", timed(R"({"date":"{D+1}"})"), atHours(0));
        QCOMPARE(again.status, EditOutcome::Status::InvalidTransition);
        QVERIFY2(again.detail.contains(QStringLiteral("already marked fake")), qPrintable(again.detail));
        // The rules run again (a refresh, a repeated feed): the mark and its reason stay.
        ShipmentIngestor ingestor(*db);
        QVERIFY2(ingestor.refreshExceptions(atHours(1), nullptr, &error), qPrintable(error));
        ingest(*db, {r}, atHours(1));
        QCOMPARE(query.row(id, at(1), &error)->reason, NdrReason::FakeAttempt);
        // The carrier reports a new, real attempt: its reason is the carrier's again, the
        // stored fake attempt stays for the KPI.
        r.events << scan(-1, Subtag::OutForDelivery) << scan(-2, Subtag::AttemptFailBusinessClosed);
        ingest(*db, {r}, atHours(2.5));
        row = query.row(id, at(2.5), &error);
        QCOMPARE(row->reason, NdrReason::PremisesClosed);
        QCOMPARE(row->attempts, 2);
        QCOMPARE(row->fakeAttemptAtMs, std::optional<qint64>(atHours(-19)));
        // Only a failed attempt can be marked.
        ingest(*db, {parcel("1ZLOST", {scan(30, Subtag::InTransit), scan(5, Subtag::ExceptionLost)})});
        const qint64 lost = value(*db, QStringLiteral("SELECT x.id FROM exceptions x JOIN shipments s ON s.id = x.shipment_id "
                                                      "WHERE s.tracking_number = '1ZLOST'")).toLongLong();
        const EditOutcome notAnAttempt = applyEdit(*db, lost, "mark_fake_attempt", timed(R"({"date":"{D+1}"})"), atHours(0));
        QCOMPARE(notAnAttempt.status, EditOutcome::Status::InvalidTransition);
        QVERIFY2(notAnAttempt.detail.contains(QStringLiteral("only a failed delivery attempt")), qPrintable(notAnAttempt.detail));
    }

    // --- payment mode ---------------------------------------------------------------

    // Stored as the feed says; a later feed that does not know keeps what is known, and
    // one that knows better replaces it.
    void paymentModeThroughIngest()
    {
        auto db = freshStore();
        QVERIFY(db);
        ShipmentRecord cod = parcel("1ZCOD", {scan(30, Subtag::InTransit)});
        cod.payment = {PaymentMode::CashOnDelivery, 4210, QStringLiteral("USD")};
        ShipmentRecord unknown = parcel("1ZUNKNOWN", {scan(30, Subtag::InTransit)});
        ingest(*db, {cod, unknown});
        QCOMPARE(value(*db, QStringLiteral("SELECT payment_mode FROM shipments WHERE tracking_number = '1ZCOD'")).toInt(), 2);
        QCOMPARE(value(*db, QStringLiteral("SELECT cod_amount_cents FROM shipments WHERE tracking_number = '1ZCOD'")).toLongLong(), 4210);
        QCOMPARE(value(*db, QStringLiteral("SELECT cod_currency FROM shipments WHERE tracking_number = '1ZCOD'")).toString(), QStringLiteral("USD"));
        QCOMPARE(value(*db, QStringLiteral("SELECT payment_mode FROM shipments WHERE tracking_number = '1ZUNKNOWN'")).toInt(), 0);

        // A poll of a format without payment (a new scan, payment unknown) keeps it.
        ShipmentRecord again = parcel("1ZCOD", {scan(30, Subtag::InTransit), scan(20, Subtag::InTransit)});
        ingest(*db, {again});
        QCOMPARE(value(*db, QStringLiteral("SELECT payment_mode || '/' || cod_amount_cents || '/' || version FROM shipments "
                                           "WHERE tracking_number = '1ZCOD'")).toString(),
                 QStringLiteral("2/4210/2"));
        // A feed that says prepaid (the order was paid after all) replaces the mode, not the amount.
        ShipmentRecord paid = again;
        paid.payment = {PaymentMode::Prepaid, 0, {}};
        ingest(*db, {paid});
        QCOMPARE(value(*db, QStringLiteral("SELECT payment_mode || '/' || cod_amount_cents || '/' || version FROM shipments "
                                           "WHERE tracking_number = '1ZCOD'")).toString(),
                 QStringLiteral("1/4210/3"));
        // The same again changes nothing (no new version).
        ingest(*db, {paid});
        QCOMPARE(value(*db, QStringLiteral("SELECT version FROM shipments WHERE tracking_number = '1ZCOD'")).toInt(), 3);
    }

    // A store written before payment mode existed (schema 3) opens with every parcel's
    // payment unknown, and learns it from the next feed.
    void paymentModeAfterUpgrade()
    {
        const QString path = m_dir.filePath(QStringLiteral("v3.db"));
        QString error;
        {
            auto old = Database::openAtVersion(path, 3, &error);
            QVERIFY2(old, qPrintable(error));
            QVERIFY(QSqlQuery(old->connection()).exec(QStringLiteral(
                "INSERT INTO shipments(carrier, tracking_number, tag, subtag, created_at_ms, updated_at_ms) "
                "VALUES('delhivery', '1490812100011', 2, 20, 1, 1)")));
        }
        auto db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(value(*db, QStringLiteral("SELECT payment_mode || '/' || cod_amount_cents || '/' || cod_currency "
                                           "FROM shipments")).toString(),
                 QStringLiteral("0/0/"));
    }

    // The API representation carries payment mode (the server's change feed writes it),
    // a replica stores it, and a representation from an older server without it stores
    // the defaults instead of failing.
    void paymentModeThroughSync()
    {
        auto server = freshStore();
        auto replica = freshStore();
        QVERIFY(server && replica);
        ShipmentRecord cod = parcel("1ZSYNC", {scan(10, Subtag::InTransit)});
        cod.payment = {PaymentMode::CashOnDelivery, 129900, QStringLiteral("INR")};
        ingest(*server, {cod});
        const qint64 id = value(*server, QStringLiteral("SELECT id FROM shipments")).toLongLong();
        QString error;
        const QByteArray document = RepresentationWriter(*server).document(EntityKind::Shipment, id, &error);
        QVERIFY2(!document.isEmpty(), qPrintable(error));
        QVERIFY(document.contains("\"payment_mode\":2"));
        QVERIFY(document.contains("\"cod_amount_cents\":129900"));
        QVERIFY(document.contains("\"cod_currency\":\"INR\""));

        QVERIFY2(applyToReplica(*replica, EntityKind::Shipment, document, &error), qPrintable(error));
        QCOMPARE(value(*replica, QStringLiteral("SELECT payment_mode || '/' || cod_amount_cents || '/' || cod_currency "
                                                "FROM shipments")).toString(),
                 QStringLiteral("2/129900/INR"));

        // An older server's representation: no payment fields at all.
        QByteArray older = document;
        for (const QByteArray &field : {QByteArray(",\"payment_mode\":2"), QByteArray(",\"cod_amount_cents\":129900"),
                                       QByteArray(",\"cod_currency\":\"INR\"")}) {
            QVERIFY(older.contains(field));
            older.replace(field, QByteArray());
        }
        QVERIFY2(applyToReplica(*replica, EntityKind::Shipment, older, &error), qPrintable(error));
        QCOMPARE(value(*replica, QStringLiteral("SELECT payment_mode || '/' || cod_amount_cents || '/' || cod_currency "
                                                "FROM shipments")).toString(),
                 QStringLiteral("0/0/"));
        // A field that is there but mistyped is still an error, located.
        QByteArray broken = document;
        broken.replace(",\"payment_mode\":2", ",\"payment_mode\":\"cod\"");
        QVERIFY(!applyToReplica(*replica, EntityKind::Shipment, broken, &error));
        QVERIFY2(error.contains(QStringLiteral("payment_mode")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestExceptionQueue)
#include "tst_exceptionqueue.moc"
