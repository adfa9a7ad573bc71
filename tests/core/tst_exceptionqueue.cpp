// SPDX-License-Identifier: MIT
// The exception queue (docs/QUEUE.md) on small hand-built stores: payment mode through
// ingest and sync.
#include "json/parser.h"
#include "store/database.h"
#include "store/shipmentingestor.h"
#include "sync/replicawriter.h"
#include "sync/representationwriter.h"
#include "support/testclock.h"

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
    e.occurredAt = Timestamp{test::fixedNowMs() - static_cast<qint64>(hoursBefore * Hour), -300};
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

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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
