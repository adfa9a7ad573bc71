// SPDX-License-Identifier: MIT
// The SQLite store: migrations, idempotent ingest, deduplication, out-of-order arrival,
// reused tracking numbers, rollback, search and exceptions kept current over time.
#include "ingest/feedimporter.h"
#include "store/database.h"
#include "store/payloadcodec.h"
#include "store/schemamigrator.h"
#include "store/shipmentingestor.h"
#include "store/shipmentqueries.h"
#include "store/sqlstatement.h"
#include "support/ownerfiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/stat.h>

using namespace ct;

namespace {

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

TrackingEvent ev(const char *iso, Subtag subtag, const char *description = "scan", const char *city = "Austin")
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    TrackingEvent e;
    e.occurredAt = Timestamp{dt.toMSecsSinceEpoch(), static_cast<qint16>(dt.offsetFromUtc() / 60)};
    e.subtag = subtag;
    e.tag = tagOf(subtag);
    e.description = QString::fromUtf8(description);
    e.city = QString::fromUtf8(city);
    e.country = QStringLiteral("US");
    e.rawCode = QStringLiteral("X");
    return e;
}

ShipmentRecord record(const char *tracking, QList<TrackingEvent> events, const char *document = "feed.json#1")
{
    ShipmentRecord r;
    r.carrier = QStringLiteral("ups");
    r.trackingNumber = QString::fromLatin1(tracking);
    r.sourceFormat = QStringLiteral("ups");
    r.sourceDocument = QString::fromLatin1(document);
    r.events = std::move(events);
    r.destination.country = QStringLiteral("US");
    r.origin.country = QStringLiteral("US");
    r.rawPayload = QByteArray("{\"trackingNumber\":\"") + tracking + "\"}";
    return r;
}

qint64 count(const Database &db, const char *sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QString::fromLatin1(sql)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// `count` AfterShip lines, one picked-up shipment each: prefix + the number in `digits`.
QByteArray pickedUpLines(const char *prefix, int count, int digits)
{
    QByteArray feed;
    for (int i = 0; i < count; ++i) {
        feed += QStringLiteral(R"({"tracking_number":"%1%2","slug":"ups","checkpoints":[{"checkpoint_time":"2026-11-20T10:00:00Z","message":"Picked up","tag":"InTransit","subtag":"InTransit_002"}]})")
                    .arg(QLatin1String(prefix))
                    .arg(i, digits, 10, QLatin1Char('0'))
                    .toUtf8();
        feed += '\n';
    }
    return feed;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_counter)); }

    std::unique_ptr<Database> openFresh(QString *path = nullptr)
    {
        const QString p = freshPath();
        if (path)
            *path = p;
        QString error;
        auto db = Database::open(p, &error);
        if (!db)
            qWarning("%s", qPrintable(error));
        return db;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // On Linux distributions Qt's SQLite plugin uses the system SQLite, so the ingest
    // path may use SQLite's C API on the same connection; CT_SQLITE_NATIVE=0 turns that
    // off (the suite runs both ways under CTest).
    void sqliteAccessMatchesThePlatform()
    {
        auto db = openFresh();
        QVERIFY(db);
        const bool disabled = qEnvironmentVariableIsSet("CT_SQLITE_NATIVE")
                              && qEnvironmentVariableIntValue("CT_SQLITE_NATIVE") == 0;
        if (disabled)
            QVERIFY(db->nativeSqlite() == nullptr);
#if defined(__linux__)
        else
            QVERIFY2(db->nativeSqlite() != nullptr, "the Qt SQLite plugin should share the system SQLite here");
#endif
        qInfo("store writes through %s", db->nativeSqlite() ? "SQLite's C API" : "QtSql");
    }

    // Statements left prepared when their store closes, one in the middle of a read (it
    // holds the WAL snapshot): closing finalizes them and says so, and the connection
    // really closes (SQLite removes the -wal and -shm files when the last connection to a
    // file closes; before, SQLite refused to close under the native statement and the
    // connection stayed open for the rest of the process). The statements then fail with
    // a located error rather than touch a closed connection, and go without harm.
    void noStatementOutlivesItsConnection()
    {
        QString path;
        auto db = openFresh(&path);
        QVERIFY(db);
        QString error;
        std::unique_ptr<SqlStatement> reading = SqlStatement::prepare(*db, QStringLiteral("SELECT key FROM meta ORDER BY key"), &error);
        std::unique_ptr<SqlStatement> idle = SqlStatement::prepare(*db, QStringLiteral("SELECT count(*) FROM meta"), &error);
        QVERIFY2(reading && idle, qPrintable(error));
        QVERIFY2(reading->exec(&error), qPrintable(error));
        QVERIFY(reading->next()); // more rows follow: the read is still open
        QVERIFY(reading->isAttached());
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
            "closed with 2 statements still prepared, finalized now .*: SELECT count\\(\\*\\) FROM meta; SELECT key FROM meta ORDER BY key$")));
        const Database::Closed closed = db->close();
        QCOMPARE(closed.finalizedStatements,
                 (QStringList{QStringLiteral("SELECT count(*) FROM meta"), QStringLiteral("SELECT key FROM meta ORDER BY key")}));
        QVERIFY(!reading->isAttached());
        QVERIFY(!idle->isAttached());
        QVERIFY2(!QFile::exists(path + QStringLiteral("-wal")), "the connection is still open");
        QVERIFY2(!QFile::exists(path + QStringLiteral("-shm")), "the connection is still open");

        QVERIFY(!reading->next());
        QVERIFY(!reading->exec(&error));
        QVERIFY2(error.startsWith(QStringLiteral("the store connection is closed; the statement outlived it (while: SELECT key")),
                 qPrintable(error));
        QVERIFY(db->close().finalizedStatements.isEmpty()); // a second close does nothing
        db.reset();
        reading.reset();
        idle.reset();

        // Statements that go first leave nothing to finalize, and the file is whole.
        db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        std::unique_ptr<SqlStatement> brief = SqlStatement::prepare(*db, QStringLiteral("SELECT key FROM meta"), &error);
        QVERIFY2(brief && brief->exec(&error) && brief->next(), qPrintable(error));
        brief.reset();
        QCOMPARE(db->integrityCheck(), QStringLiteral("ok"));
        QVERIFY(db->close().finalizedStatements.isEmpty());
    }

    void newStoreHasLatestSchemaAndWal()
    {
        auto db = openFresh();
        QVERIFY(db);
        QString error;
        QCOMPARE(SchemaMigrator::currentVersion(db->connection(), &error), SchemaMigrator::latestVersion());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(db->integrityCheck(), QStringLiteral("ok"));
    }

    // A new store file, and the files SQLite adds beside it, are readable by their owner
    // only, whatever the process's umask (a permissive 022 here, as on most desktops); an
    // existing file keeps the mode its owner gave it.
    void newStoreFilesAreTheOwnersOnly()
    {
        const mode_t previous = ::umask(022);
        const auto restoreUmask = qScopeGuard([previous] { ::umask(previous); });
        const QString file = m_dir.filePath(QStringLiteral("private.db"));
        {
            QString error;
            auto db = Database::open(file, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('probe', '1')")));
            const QString problem = test::notOwnersOnly({file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")});
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const QString shared = m_dir.filePath(QStringLiteral("shared.db"));
        {
            QString error;
            QVERIFY2(Database::open(shared, &error), qPrintable(error));
        }
        const QFileDevice::Permissions groupReads = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
        QVERIFY(QFile::setPermissions(shared, groupReads));
        {
            QString error;
            QVERIFY2(Database::open(shared, &error), qPrintable(error));
        }
        QCOMPARE(QFile::permissions(shared) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), groupReads);
    }

    void olderStoreIsUpgradedWithItsData()
    {
        const QString path = freshPath();
        QString error;
        {
            auto v1 = Database::openAtVersion(path, 1, &error);
            QVERIFY2(v1, qPrintable(error));
            QCOMPARE(SchemaMigrator::currentVersion(v1->connection(), &error), 1);
            QVERIFY(!QSqlQuery(v1->connection()).exec(QStringLiteral("SELECT * FROM ingest_runs")));
            // What a version-1 build wrote: rows in the version-1 tables.
            QSqlQuery insert(v1->connection());
            QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO shipments(carrier, tracking_number, tag, subtag, created_at_ms, updated_at_ms) "
                "VALUES('ups', '1ZOLD', 2, 20, 1, 1)")));
            QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO events(shipment_id, occurred_at_ms, scan_minute, utc_offset_min, tag, subtag, received_at_ms) "
                "VALUES(1, 60000, 1, 0, 2, 20, 1)")));
        }
        auto latest = Database::open(path, &error);
        QVERIFY2(latest, qPrintable(error));
        QCOMPARE(SchemaMigrator::currentVersion(latest->connection(), &error), SchemaMigrator::latestVersion());
        QCOMPARE(count(*latest, "SELECT count(*) FROM shipments WHERE tracking_number = '1ZOLD'"), 1);
        QCOMPARE(count(*latest, "SELECT count(*) FROM events WHERE shipment_id = 1"), 1);
        QCOMPARE(count(*latest, "SELECT count(*) FROM ingest_runs"), 0);
        // And the upgraded store takes new data on the old shipment.
        ShipmentIngestor ingestor(*latest);
        IngestCounts counts;
        QVERIFY2(ingestor.ingest({record("1ZOLD", {ev("1970-01-01T00:05:00Z", Subtag::Delivered)})}, 600000, &counts, &error),
                 qPrintable(error));
        QCOMPARE(counts.shipmentsUpdated, 1);
        QCOMPARE(latest->integrityCheck(), QStringLiteral("ok"));
    }

    void newerStoreIsRefusedUntouched()
    {
        const QString path = freshPath();
        {
            auto db = Database::open(path, nullptr);
            QVERIFY(db);
            QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
            QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        QString error;
        QVERIFY(!Database::open(path, &error));
        QVERIFY2(error.contains(QLatin1String("written by a newer Control Tower (schema version 99; this build knows up to")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("was not changed")));
        QCOMPARE(fileHash(path), before);
    }

    void foreignFilesAreRefused()
    {
        const QString garbage = freshPath();
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QString error;
        QVERIFY(!Database::open(garbage, &error));
        QVERIFY2(error.contains(QLatin1String("not a readable SQLite database")), qPrintable(error));

        const QString otherApp = freshPath();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            raw.setDatabaseName(otherApp);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE notes(x)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(!Database::open(otherApp, &error));
        QVERIFY2(error.contains(QLatin1String("not a Control Tower store")), qPrintable(error));

        QVERIFY(!Database::open(freshPath(), &error, Database::Mode::ReadOnly));
        QVERIFY(error.contains(QLatin1String("no such store")));
    }

    void ingestIsIdempotent()
    {
        auto db = openFresh();
        ShipmentIngestor ingestor(*db);
        const ShipmentRecord r = record("1ZSAME", {ev("2026-11-10T10:00:00Z", Subtag::InTransitAccepted),
                                                   ev("2026-11-11T10:00:00Z", Subtag::InTransitArrivedAtFacility)});
        IngestCounts first, second;
        QString error;
        QVERIFY(ingestor.ingest({r}, at("2026-11-11T12:00:00Z"), &first, &error));
        QVERIFY(ingestor.ingest({r}, at("2026-11-11T13:00:00Z"), &second, &error));
        QCOMPARE(first.shipmentsNew, 1);
        QCOMPARE(first.eventsNew, 2);
        QCOMPARE(first.rawPayloadsStored, 1);
        QCOMPARE(second.shipmentsNew, 0);
        QCOMPARE(second.shipmentsUnchanged, 1);
        QCOMPARE(second.eventsDuplicate, 2);
        QCOMPARE(second.rawPayloadsStored, 0);
        QCOMPARE(count(*db, "SELECT count(*) FROM shipments"), 1);
        QCOMPARE(count(*db, "SELECT count(*) FROM events"), 2);
        QCOMPARE(count(*db, "SELECT count(*) FROM raw_payloads"), 1);
        QCOMPARE(count(*db, "SELECT version FROM shipments"), 1);
    }

    void sameScanFromTwoFeedsIsStoredOnce()
    {
        auto db = openFresh();
        ShipmentIngestor ingestor(*db);
        ShipmentRecord direct = record("1ZTWO", {ev("2026-11-10T10:00:12Z", Subtag::InTransitArrivedAtFacility, "Arrival Scan")});
        ShipmentRecord aggregator = record("1ZTWO", {ev("2026-11-10T10:00:40Z", Subtag::InTransitArrivedAtFacility, "Arrived at Facility"),
                                                     ev("2026-11-11T08:00:00Z", Subtag::OutForDelivery)},
                                           "aftership.json#1");
        aggregator.sourceFormat = QStringLiteral("aftership");
        aggregator.rawPayload = R"({"tracking_number":"1ZTWO","slug":"ups"})";
        aggregator.order.customerName = QStringLiteral("Maria Lopez");
        IngestCounts counts;
        QString error;
        QVERIFY(ingestor.ingest({direct}, at("2026-11-10T12:00:00Z"), &counts, &error));
        QVERIFY(ingestor.ingest({aggregator}, at("2026-11-11T12:00:00Z"), &counts, &error));
        QCOMPARE(count(*db, "SELECT count(*) FROM shipments"), 1);
        QCOMPARE(count(*db, "SELECT count(*) FROM events"), 2);
        QCOMPARE(counts.eventsDuplicate, 1);
        QCOMPARE(counts.shipmentsUpdated, 1);
        QCOMPARE(count(*db, "SELECT count(*) FROM raw_payloads"), 2); // each feed's own payload kept
        ShipmentQueries queries(*db);
        const auto hits = queries.search(QStringLiteral("maria"), 10, &error);
        QVERIFY(hits && hits->size() == 1);
        QCOMPARE(hits->first().tag, Tag::OutForDelivery);
    }

    void statusFollowsOccurrenceNotArrival()
    {
        auto db = openFresh();
        ShipmentIngestor ingestor(*db);
        QString error;
        QVERIFY(ingestor.ingest({record("1ZLATE", {ev("2026-11-12T15:00:00Z", Subtag::Delivered)})},
                                at("2026-11-12T16:00:00Z"), nullptr, &error));
        // An older scan arrives afterwards: the shipment stays delivered.
        QVERIFY(ingestor.ingest({record("1ZLATE", {ev("2026-11-12T08:00:00Z", Subtag::OutForDelivery)}, "poll2.json#1")},
                                at("2026-11-12T17:00:00Z"), nullptr, &error));
        QCOMPARE(count(*db, "SELECT tag FROM shipments"), static_cast<qint64>(Tag::Delivered));
        QCOMPARE(count(*db, "SELECT first_event_at_ms FROM shipments"), at("2026-11-12T08:00:00Z"));
        QCOMPARE(count(*db, "SELECT version FROM shipments"), 2);
        ShipmentQueries queries(*db);
        const auto events = queries.timeline(count(*db, "SELECT id FROM shipments"), &error);
        QVERIFY(events);
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->first().tag, Tag::OutForDelivery);
    }

    void reusedTrackingNumbersStaySeparate()
    {
        auto db = openFresh();
        ShipmentIngestor ingestor(*db);
        // One document, the same number twice: two shipments, however close in time.
        const QList<ShipmentRecord> doc = {
            record("JD0001", {ev("2026-11-01T10:00:00Z", Subtag::InTransit)}, "rm.json#1"),
            record("JD0001", {ev("2026-11-02T10:00:00Z", Subtag::Delivered)}, "rm.json#1"),
        };
        QString error;
        QVERIFY(ingestor.ingest(doc, at("2026-11-03T00:00:00Z"), nullptr, &error));
        QCOMPARE(count(*db, "SELECT count(*) FROM shipments"), 2);
        // The same document again: each entry finds its own shipment.
        IngestCounts again;
        QVERIFY(ingestor.ingest(doc, at("2026-11-03T01:00:00Z"), &again, &error));
        QCOMPARE(count(*db, "SELECT count(*) FROM shipments"), 2);
        QCOMPARE(again.shipmentsUnchanged, 2);
        // A number reused a year later, from another document: a third shipment.
        QVERIFY(ingestor.ingest({record("JD0001", {ev("2027-11-01T10:00:00Z", Subtag::InTransit)}, "later.json#1")},
                                at("2027-11-02T00:00:00Z"), nullptr, &error));
        QCOMPARE(count(*db, "SELECT count(*) FROM shipments"), 3);
    }

    void detailsMergeWithoutErasing()
    {
        auto db = openFresh();
        ShipmentIngestor ingestor(*db);
        ShipmentRecord withOrder = record("1ZMERGE", {ev("2026-11-10T10:00:00Z", Subtag::InTransit)});
        withOrder.order.orderId = QStringLiteral("A-1");
        withOrder.order.customerPhone = QStringLiteral("+1 (512) 555-0147");
        withOrder.service = QStringLiteral("UPS Ground");
        ShipmentRecord bare = record("1ZMERGE", {ev("2026-11-11T10:00:00Z", Subtag::OutForDelivery)}, "poll2.json#1");
        QString error;
        QVERIFY(ingestor.ingest({withOrder}, at("2026-11-10T12:00:00Z"), nullptr, &error));
        QVERIFY(ingestor.ingest({bare}, at("2026-11-11T12:00:00Z"), nullptr, &error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT order_id, service, customer_phone FROM shipments")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("A-1"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("UPS Ground"));
        ShipmentQueries queries(*db);
        for (const char *text : {"5125550147", "+1 512-555-0147", "15125550", "1ZMER", "A-1"}) {
            const auto hits = queries.search(QString::fromLatin1(text), 10, &error);
            QVERIFY2(hits, qPrintable(error));
            QVERIFY2(hits->size() == 1, text);
        }
        QCOMPARE(queries.search(QStringLiteral("nobody"), 10, &error)->size(), 0);
        QCOMPARE(queries.search(QStringLiteral("\"unbalanced AND ("), 10, &error)->size(), 0);
    }

    void failedBatchLeavesNothingBehind()
    {
        auto db = openFresh();
        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral(
            "CREATE TRIGGER boom BEFORE INSERT ON events WHEN NEW.raw_code = 'BOOM' "
            "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        ShipmentIngestor ingestor(*db);
        ShipmentRecord bad = record("1ZBAD", {ev("2026-11-10T10:00:00Z", Subtag::InTransit)});
        bad.events.first().rawCode = QStringLiteral("BOOM");
        QString error;
        QVERIFY(!ingestor.ingest({record("1ZGOOD", {ev("2026-11-10T10:00:00Z", Subtag::InTransit)}), bad},
                                 at("2026-11-11T00:00:00Z"), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("storing ups 1ZBAD failed, batch of 2 rolled back")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("injected failure")), qPrintable(error));
        QCOMPARE(count(*db, "SELECT count(*) FROM shipments"), 0);
        // The ingestor keeps working after a failed batch.
        QVERIFY2(ingestor.ingest({record("1ZGOOD", {ev("2026-11-10T10:00:00Z", Subtag::InTransit)})},
                                 at("2026-11-11T00:00:00Z"), nullptr, &error),
                 qPrintable(error));
        QCOMPARE(count(*db, "SELECT count(*) FROM shipments"), 1);
    }

    // The full-text rows of a batch are written together at its end (SearchIndexWriter): a
    // shipment created and renamed in one batch is found by its new name only.
    void searchRowsOfOneBatchFollowItsOrder()
    {
        auto db = openFresh();
        ShipmentIngestor ingestor(*db);
        ShipmentRecord first = record("1ZONEBATCH", {ev("2026-11-10T10:00:00Z", Subtag::InTransit)}, "a.json#1");
        first.order.customerName = QStringLiteral("Maria Lopez");
        ShipmentRecord renamed = record("1ZONEBATCH", {ev("2026-11-11T10:00:00Z", Subtag::OutForDelivery)}, "b.json#1");
        renamed.order.customerName = QStringLiteral("Ines Duarte");
        IngestCounts counts;
        QString error;
        QVERIFY2(ingestor.ingest({first, renamed}, at("2026-11-11T12:00:00Z"), &counts, &error), qPrintable(error));
        QCOMPARE(counts.shipmentsNew, 1);
        QCOMPARE(counts.shipmentsUpdated, 1);
        ShipmentQueries queries(*db);
        QCOMPARE(queries.search(QStringLiteral("duarte"), 10, &error)->size(), 1);
        QCOMPARE(queries.search(QStringLiteral("lopez"), 10, &error)->size(), 0);
        QCOMPARE(queries.search(QStringLiteral("1ZONEBATCH"), 10, &error)->size(), 1);
    }

    void failedSearchIndexRollsTheBatchBack()
    {
        auto db = openFresh();
        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("DROP TABLE shipment_search")));
        ShipmentIngestor ingestor(*db);
        QString error;
        QVERIFY(!ingestor.ingest({record("1ZNOINDEX", {ev("2026-11-10T10:00:00Z", Subtag::InTransit)})},
                                 at("2026-11-11T00:00:00Z"), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("writing the full-text index of a batch of 1 failed, batch rolled back")),
                 qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("shipment_search")), qPrintable(error));
        QCOMPARE(count(*db, "SELECT count(*) FROM shipments"), 0);
        QCOMPARE(count(*db, "SELECT count(*) FROM events"), 0);
    }

    void rawPayloadRoundTrips()
    {
        const QByteArray json = R"({"a":"b","list":[1,2,3],"text":"ünïcode"})";
        QCOMPARE(PayloadCodec::decompress(PayloadCodec::compress(json)), json);
        QCOMPARE(PayloadCodec::decompress(QByteArray("?junk")), QByteArray());
        QCOMPARE(PayloadCodec::contentHash("abc"), PayloadCodec::contentHash(QByteArray("abc")));
        QVERIFY(PayloadCodec::contentHash("abc") != PayloadCodec::contentHash("abd"));
        auto db = openFresh();
        ShipmentIngestor ingestor(*db);
        ShipmentRecord r = record("1ZRAW", {ev("2026-11-10T10:00:00Z", Subtag::InTransit)});
        r.rawPayload = json;
        QString error;
        QVERIFY(ingestor.ingest({r}, at("2026-11-11T00:00:00Z"), nullptr, &error));
        const auto payloads = ShipmentQueries(*db).rawPayloads(count(*db, "SELECT id FROM shipments"), &error);
        QVERIFY(payloads && payloads->size() == 1);
        QCOMPARE(payloads->first().json, json);
        QCOMPARE(payloads->first().sourceDocument, QStringLiteral("feed.json#1"));
    }

    void exceptionsOpenAndResolveThemselves()
    {
        auto db = openFresh();
        ShipmentIngestor ingestor(*db);
        QString error;
        IngestCounts counts;
        QVERIFY(ingestor.ingest({record("1ZNDR", {ev("2026-11-19T08:00:00-06:00", Subtag::OutForDelivery),
                                                  ev("2026-11-19T14:47:00-06:00", Subtag::AttemptFailAddresseeUnavailable)})},
                                at("2026-11-19T21:00:00Z"), &counts, &error));
        QCOMPARE(counts.exceptionsOpened, 1);
        QCOMPARE(count(*db, "SELECT count(*) FROM exceptions WHERE status = 0 AND type = 0"), 1);
        // SLA: failed attempt = 4 h to first action, 48 h to resolve, from the attempt (20:47Z).
        QCOMPARE(count(*db, "SELECT first_action_due_ms FROM exceptions"), at("2026-11-20T00:47:00Z"));
        QCOMPARE(count(*db, "SELECT resolve_due_ms FROM exceptions"), at("2026-11-21T20:47:00Z"));

        IngestCounts later;
        QVERIFY(ingestor.ingest({record("1ZNDR", {ev("2026-11-20T10:12:00-06:00", Subtag::Delivered)}, "poll2.json#1")},
                                at("2026-11-20T17:00:00Z"), &later, &error));
        QCOMPARE(later.exceptionsResolved, 1);
        QCOMPARE(count(*db, "SELECT count(*) FROM exceptions WHERE status = 1 AND resolution = 1"), 1);
        QCOMPARE(count(*db, "SELECT resolved_at_ms FROM exceptions"), at("2026-11-20T16:12:00Z"));
        QCOMPARE(count(*db, "SELECT count(*) FROM exception_history"), 2); // opened, condition_cleared
    }

    void pastExceptionsAreRecordedAsResolved()
    {
        auto db = openFresh();
        ShipmentIngestor ingestor(*db);
        IngestCounts counts;
        QString error;
        QVERIFY(ingestor.ingest({record("1ZPAST", {ev("2026-11-01T08:00:00-06:00", Subtag::OutForDelivery),
                                                   ev("2026-11-01T12:00:00-06:00", Subtag::AttemptFailBusinessClosed),
                                                   ev("2026-11-02T11:00:00-06:00", Subtag::Delivered)})},
                                at("2026-11-20T00:00:00Z"), &counts, &error));
        QCOMPARE(counts.exceptionsPast, 1);
        QCOMPARE(counts.exceptionsOpened, 0);
        QCOMPARE(count(*db, "SELECT reason FROM exceptions"), static_cast<qint64>(NdrReason::PremisesClosed));
    }

    void refreshFindsTimeBasedConditions()
    {
        auto db = openFresh();
        ShipmentIngestor ingestor(*db);
        QString error;
        QVERIFY(ingestor.ingest({record("1ZSTUCK", {ev("2026-11-10T00:00:00Z", Subtag::InTransitArrivedAtFacility)})},
                                at("2026-11-10T01:00:00Z"), nullptr, &error));
        QCOMPARE(count(*db, "SELECT count(*) FROM exceptions"), 0);
        IngestCounts counts;
        int progressCalls = 0;
        // 80 h of silence: stuck since 72 h, 8 h into its 12 h first-action window.
        QVERIFY(ingestor.refreshExceptions(at("2026-11-13T08:00:00Z"), &counts, &error,
                                           [&](int done, int total) {
                                               ++progressCalls;
                                               QCOMPARE(done, total);
                                           }));
        QCOMPARE(progressCalls, 1);
        QCOMPARE(counts.exceptionsOpened, 1);
        QCOMPARE(count(*db, "SELECT type FROM exceptions WHERE status = 0"), static_cast<qint64>(ExceptionType::Stuck));
        // Priority follows the SLA clock: base 15 + $0 value + round(15 * 8/12) = 25, then
        // with the first-action deadline passed, 15 + 15 = 30.
        QCOMPARE(count(*db, "SELECT priority_score FROM exceptions"), 25);
        QVERIFY(ingestor.refreshExceptions(at("2026-11-14T00:00:00Z"), &counts, &error));
        QCOMPARE(count(*db, "SELECT priority_score FROM exceptions"), 30);
        // A new scan clears it.
        QVERIFY(ingestor.ingest({record("1ZSTUCK", {ev("2026-11-16T06:00:00Z", Subtag::InTransitDeparted)}, "poll.json#1")},
                                at("2026-11-16T07:00:00Z"), nullptr, &error));
        QCOMPARE(count(*db, "SELECT count(*) FROM exceptions WHERE status = 1"), 1);
    }

    void unmappedCodesAreCounted()
    {
        auto db = openFresh();
        ShipmentIngestor ingestor(*db);
        ShipmentRecord r = record("1ZODD", {ev("2026-11-10T10:00:00Z", Subtag::InTransit, "Teleported"),
                                           ev("2026-11-11T10:00:00Z", Subtag::InTransit, "Teleported again")});
        for (TrackingEvent &e : r.events) {
            e.unmappedCode = true;
            e.rawCode = QStringLiteral("ZZ");
        }
        IngestCounts counts;
        QString error;
        QVERIFY(ingestor.ingest({r}, at("2026-11-12T00:00:00Z"), &counts, &error));
        QCOMPARE(counts.unmappedEvents, 2);
        const auto stats = ShipmentQueries(*db).stats(&error);
        QVERIFY(stats);
        QCOMPARE(stats->unmappedCodes.size(), 1);
        QCOMPARE(stats->unmappedCodes.first().occurrences, 2);
        QCOMPARE(stats->unmappedCodes.first().rawCode, QStringLiteral("ZZ"));
    }

    // The importer reads on a second thread; when the store fails mid-file it stops the
    // reader, keeps what earlier batches stored and reports, without hanging.
    void importerStopsCleanlyWhenTheStoreFails()
    {
        auto db = openFresh();
        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral(
            "CREATE TRIGGER boom BEFORE INSERT ON shipments WHEN NEW.tracking_number = 'T0150' "
            "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        const QByteArray feed = pickedUpLines("T", 400, 4);
        FeedImporter importer(*db);
        importer.setBatchSize(25);
        FeedImporter::Result result;
        QString error;
        int issues = 0;
        QVERIFY(!importer.importData(QStringLiteral("feed.jsonl"), feed, at("2026-11-21T00:00:00Z"), &result,
                                     [&](const FeedIssue &) { ++issues; }, &error));
        QVERIFY2(error.contains(QLatin1String("disk on fire")), qPrintable(error));
        QCOMPARE(issues, 0);
        // Batches of 25: the six before T0150's batch were stored, nothing after it.
        QCOMPARE(count(*db, "SELECT count(*) FROM shipments"), 150);
        QCOMPARE(result.stored.shipmentsNew, 150);
        QVERIFY(result.read.records < 400); // the reader was stopped early
        // And the importer works again afterwards.
        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral("DROP TRIGGER boom")));
        QVERIFY2(importer.importData(QStringLiteral("feed.jsonl"), feed, at("2026-11-21T00:00:00Z"), &result, {}, &error),
                 qPrintable(error));
        QCOMPARE(count(*db, "SELECT count(*) FROM shipments"), 400);
    }

    // A cancel is asked before each batch: the import stops there, and what the result
    // says was stored is what the store holds; the progress is the bytes stored.
    void importerCancelsAtABatchBoundary()
    {
        auto db = openFresh();
        const QByteArray feed = pickedUpLines("C", 100, 3);
        const qint64 lineBytes = feed.size() / 100; // every line is as long
        FeedImporter importer(*db);
        importer.setBatchSize(10);
        int asked = 0;
        importer.setCancelCheck([&] { return ++asked > 3; }); // three batches, then stop
        QList<qint64> progress;
        importer.setProgress([&](qint64 done, qint64 total) {
            QCOMPARE(total, qint64(feed.size()));
            progress.append(done);
        });
        FeedImporter::Result result;
        QString error;
        QVERIFY2(importer.importData(QStringLiteral("feed.jsonl"), feed, at("2026-11-21T00:00:00Z"), &result, {}, &error),
                 qPrintable(error));
        QVERIFY(result.cancelled);
        QCOMPARE(result.recordsStored, 30);
        QCOMPARE(result.read.records, 30);
        QCOMPARE(result.read.shipments, 30);
        QCOMPARE(result.stored.shipmentsNew, 30);
        QCOMPARE(result.stored.eventsNew, 30);
        QCOMPARE(count(*db, "SELECT count(*) FROM shipments"), 30);
        QCOMPARE(count(*db, "SELECT count(*) FROM shipments WHERE tracking_number >= 'C030'"), 0);
        QCOMPARE(progress, (QList<qint64>{10 * lineBytes - 1, 20 * lineBytes - 1, 30 * lineBytes - 1}));
        QCOMPARE(result.bytesStored, 30 * lineBytes - 1); // the record ends before its newline

        // Again without a cancel: the rest comes in, the first 30 are unchanged.
        importer.setCancelCheck({});
        QVERIFY2(importer.importData(QStringLiteral("feed.jsonl"), feed, at("2026-11-21T00:00:00Z"), &result, {}, &error),
                 qPrintable(error));
        QVERIFY(!result.cancelled);
        QCOMPARE(result.recordsStored, 100);
        QCOMPARE(result.stored.shipmentsNew, 70);
        QCOMPARE(result.stored.shipmentsUnchanged, 30);
        QCOMPARE(count(*db, "SELECT count(*) FROM shipments"), 100);
    }

    // A team server's replica takes no imports: the importer says why before it writes
    // anything, not even its run log.
    void importerRefusesAReplicaBeforeWriting()
    {
        auto db = openFresh();
        QVERIFY(QSqlQuery(db->connection()).exec(QStringLiteral(
            "INSERT INTO meta (key, value) VALUES ('sync.server_url', 'https://ct.example.com')")));
        FeedImporter importer(*db);
        QVERIFY(importer.refusal().contains(QLatin1String("replica of the team server at https://ct.example.com")));
        FeedImporter::Result result;
        QString error;
        QVERIFY(!importer.importData(QStringLiteral("feed.json"), QByteArrayView("{}"), at("2026-11-21T00:00:00Z"),
                                     &result, {}, &error));
        QCOMPARE(error, importer.refusal());
        QCOMPARE(count(*db, "SELECT count(*) FROM ingest_runs"), 0);
        QCOMPARE(count(*db, "SELECT count(*) FROM shipments"), 0);
    }

    void pagesWalkEveryShipmentOnce()
    {
        auto db = openFresh();
        ShipmentIngestor ingestor(*db);
        QList<ShipmentRecord> batch;
        for (int i = 0; i < 53; ++i) {
            const QByteArray number = "1ZPAGE" + QByteArray::number(i);
            QList<TrackingEvent> events;
            if (i % 5 != 0) // every fifth has no events yet
                events.append(ev("2026-11-10T10:00:00Z", Subtag::InTransit));
            if (i % 7 == 0 && !events.isEmpty()) // and some share a time
                events.first().occurredAt.utcMs += i * MsPerMinute;
            batch.append(record(number.constData(), events));
            batch.last().sourceDocument = QString::fromLatin1(number);
        }
        QString error;
        QVERIFY(ingestor.ingest(batch, at("2026-11-11T00:00:00Z"), nullptr, &error));
        ShipmentQueries queries(*db);
        QSet<qint64> seen;
        ShipmentCursor cursor;
        int pages = 0;
        while (true) {
            const auto page = queries.page(cursor, 10, &error);
            QVERIFY2(page, qPrintable(error));
            for (const ShipmentRow &row : page->rows) {
                QVERIFY(!seen.contains(row.id));
                seen.insert(row.id);
            }
            ++pages;
            if (page->atEnd || page->rows.isEmpty())
                break;
            cursor = page->next;
            QVERIFY(pages < 20);
        }
        QCOMPARE(seen.size(), 53);
    }

    // A drill-down's ids (any number, any order, some gone) list as the pages do.
    void idListsComeInTheOrderOfThePages()
    {
        auto db = openFresh();
        QList<ShipmentRecord> batch;
        // 1,203 shipments: more than one statement's worth of ids (500).
        for (int i = 0; i < 1203; ++i) {
            const QByteArray number = "1ZIDS" + QByteArray::number(i);
            QList<TrackingEvent> events;
            if (i % 9 != 0) { // every ninth has no events
                events.append(ev("2026-11-10T10:00:00Z", Subtag::InTransit));
                events.first().occurredAt.utcMs += (i % 13) * MsPerMinute; // and many share a time
            }
            batch.append(record(number.constData(), events));
            batch.last().sourceDocument = QString::fromLatin1(number);
        }
        QString error;
        QVERIFY2(ShipmentIngestor(*db).ingest(batch, at("2026-11-11T00:00:00Z"), nullptr, &error), qPrintable(error));
        ShipmentQueries queries(*db);
        QList<qint64> pageOrder;
        ShipmentCursor cursor;
        while (true) {
            const auto page = queries.page(cursor, 100, &error);
            QVERIFY2(page, qPrintable(error));
            for (const ShipmentRow &row : page->rows)
                pageOrder << row.id;
            if (page->atEnd || page->rows.isEmpty())
                break;
            cursor = page->next;
        }
        QCOMPARE(pageOrder.size(), 1203);

        // Every id but those divisible by 4, scrambled, some twice, and three not in the store.
        QList<qint64> asked;
        for (qint64 id : std::as_const(pageOrder)) {
            if (id % 4 != 0)
                asked << id;
        }
        std::reverse(asked.begin(), asked.end());
        std::rotate(asked.begin(), asked.begin() + 301, asked.end());
        asked << asked.at(5) << asked.at(700) << 999'999 << -3 << 0;
        QList<qint64> expected;
        for (qint64 id : std::as_const(pageOrder)) {
            if (id % 4 != 0)
                expected << id;
        }
        const auto ordered = queries.orderedByActivity(asked, &error);
        QVERIFY2(ordered, qPrintable(error));
        QCOMPARE(*ordered, expected);

        const QList<qint64> some{expected.at(900), 424'242, expected.at(3), expected.at(600)};
        const auto rows = queries.rows(some, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).id, expected.at(900));
        QCOMPARE(rows->at(1).id, expected.at(3));
        QCOMPARE(rows->at(2).id, expected.at(600));
        QVERIFY(rows->at(1).trackingNumber.startsWith(QLatin1String("1ZIDS")));
        QCOMPARE(queries.orderedByActivity({}, &error).value_or(QList<qint64>{-1}), QList<qint64>{});
    }
};

QTEST_GUILESS_MAIN(TestStore)

#include "tst_store.moc"
