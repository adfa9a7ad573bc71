// SPDX-License-Identifier: MIT
// Sync between a real controltower-server (in process, real HTTP on loopback) and client
// stores: round trips, conflicts, idempotent replays, faults, auth and roles.
// The server's store is SQLite, or PostgreSQL when CT_TEST_BACKEND=postgresql: then a
// throwaway cluster is started (support/postgrescluster.h) and every server is a new
// database in it. Client stores are always SQLite.
#include "syncsupport.h"

#include "auth/authservice.h"
#include "support/childprocess.h"
#include "support/kpisnapshot.h"
#include "support/postgrescluster.h"

#include "analytics/kpifacts.h"
#include "api/labelexpiries.h"
#include "api/policyapprovals.h"
#include "returns/returnautoapproval.h"
#include "returns/returnlabelexpiry.h"
#include "returns/returnpolicy.h"
#include "returns/returnpolicyinforce.h"
#include "returns/returnverdictstore.h"
#include "edits/editcatalog.h"
#include "store/database.h"
#include "store/schemamigrator.h"
#include "store/serverschema.h"
#include "store/shipmentingestor.h"
#include "store/sqldialect.h"
#include "sync/outbox.h"
#include "sync/resourcetable.h"
#include "sync/syncengine.h"
#include "sync/syncstore.h"

#include "support/testclock.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace ct;
using namespace ct::server;
using namespace ct::synctest;


class TestSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<PostgresCluster> m_postgres; // when the server's backend is PostgreSQL

    QString path(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2.db").arg(name).arg(++m_files)); }

    // Where a new server store goes: a new SQLite file, or a new PostgreSQL database.
    QString newServerStore() { return synctest::newServerStore(m_postgres.get(), path(QStringLiteral("server"))); }

    // Runs controltower-server; its exit code and what it wrote.
    static std::pair<int, QString> runServer(const QStringList &arguments, const QProcessEnvironment &environment,
                                             const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(CT_SERVER_BINARY), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60'000))
            return {-1, QStringLiteral("did not finish")};
        return {process.exitCode(), QString::fromLocal8Bit(process.readAll())};
    }

    std::unique_ptr<TestServer> startServer(int demoShipments, double faultRate = 0.0)
    {
        ServerConfig config = testConfig();
        config.faults.rate = faultRate;
        config.faults.seed = 7;
        return synctest::startServer(newServerStore(), demoShipments, config);
    }

    static QByteArray login(const TestServer &server, const char *user) { return synctest::login(server.url, user); }

    bool sync(const Database &client, const TestServer &server, const QByteArray &token, QString *message = nullptr,
              int maxAttempts = 8)
    {
        SyncOptions options;
        options.server = server.url;
        options.token = token;
        options.pageSize = 97; // several pages
        options.retry.initialDelayMs = 5;
        options.retry.maxDelayMs = 40;
        options.retry.maxAttempts = maxAttempts;
        const auto [ok, text] = syncOnce(client, options);
        if (message)
            *message = text;
        return ok;
    }

    std::unique_ptr<Database> openClient() { return synctest::openClient(path(QStringLiteral("client"))); }

    // A return's `columns` (a SELECT list), each as text; empty when there is no such return.
    static QStringList returnColumns(const Database &db, qint64 id, const char *columns)
    {
        QSqlQuery q(db.connection());
        QStringList values;
        if (q.exec(QStringLiteral("SELECT %1 FROM returns WHERE id = %2").arg(QLatin1String(columns)).arg(id)) && q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
        }
        return values;
    }

    static void compareStores(const Database &server, const Database &client)
    {
        const QString difference = synctest::differenceBetween(server, client);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // The id of the offset-th exception, open or resolved: how many demo exceptions are
    // still open depends on the day the test runs. `assign`, `claim` and `note` take either.
    static qint64 someException(const Database &db, int offset)
    {
        return scalar(db, QStringLiteral("SELECT id FROM exceptions ORDER BY id LIMIT 1 OFFSET %1").arg(offset));
    }

    // The `offset`th failed-attempt exception.
    static qint64 failedAttempt(const Database &db, int offset)
    {
        return scalar(db, QStringLiteral("SELECT id FROM exceptions WHERE type = 0 ORDER BY id LIMIT 1 OFFSET %1").arg(offset));
    }

    // A snooze body ending `hours` after the suite's instant (the test server's clock runs
    // on from it: test::runningNowMs).
    static QByteArray snoozeUntil(double hours)
    {
        const QDateTime until = test::fixedNow().addMSecs(static_cast<qint64>(hours * 3'600'000));
        return "{\"until\":\"" + until.toString(Qt::ISODate).toLatin1() + "\"}";
    }

    // Opens exception `id` (a new version), as the rules would on a new event.
    static bool reopen(const Database &db, qint64 id)
    {
        return QSqlQuery(db.connection()).exec(
            QStringLiteral("UPDATE exceptions SET status = 0, resolution = 0, resolved_at_ms = NULL, "
                           "version = version + 1 WHERE id = %1").arg(id));
    }


    // A request straight to the ApiService, without HTTP: for tests of the API's rules.
    static ApiReply call(ApiService &api, const QByteArray &method, const QString &path, const QByteArray &token = {},
                         const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        ApiRequest req;
        req.method = method;
        req.path = path.section(QLatin1Char('?'), 0, 0);
        req.query = QUrlQuery(path.section(QLatin1Char('?'), 1));
        req.peer = QStringLiteral("127.0.0.1");
        if (!token.isEmpty())
            req.headers.insert("authorization", "Bearer " + token);
        if (!body.isEmpty())
            req.headers.insert("content-type", "application/json");
        for (const auto &h : headers)
            req.headers.insert(h.first.toLower(), h.second);
        req.body = body;
        return api.handle(req);
    }

    static QJsonObject json(const ApiReply &reply) { return QJsonDocument::fromJson(reply.body).object(); }

    // An edit of the current version of `table` row `id` with a fresh idempotency key.
    static ApiReply edit(TestServer &server, const QByteArray &token, const QString &table, qint64 id,
                         const char *op, const QByteArray &body)
    {
        static int keys = 0;
        const qint64 version = scalar(*server.db, QStringLiteral("SELECT version FROM %1 WHERE id = %2").arg(table).arg(id));
        return call(*server.api, "POST", QStringLiteral("/v1/%1/%2/%3").arg(table).arg(id).arg(QLatin1String(op)), token,
                    body, {{"If-Match", '"' + QByteArray::number(version) + '"'}, {"Idempotency-Key", "rule-" + QByteArray::number(++keys)}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_postgres = startBackend(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { m_postgres.reset(); }

    void roundTripEqualsServer()
    {
        auto server = startServer(400);
        auto client = openClient();
        const QByteArray token = login(*server, "ana");
        QVERIFY(!token.isEmpty());
        QString message;
        QVERIFY2(sync(*client, *server, token, &message), qPrintable(message));
        compareStores(*server->db, *client);
        // The search index follows the replica.
        const QString tracking = rows(*server->db, QStringLiteral("shipments")).first().at(2).toString();
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM shipment_search WHERE shipment_search MATCH '\"%1\"'").arg(tracking)), 1);

        // Later changes on the server arrive incrementally: only they are pulled.
        QVERIFY(QSqlQuery(server->db->connection()).exec(
            QStringLiteral("UPDATE shipments SET last_location = 'Depot 7', version = version + 1 WHERE id <= 30")));
        QVERIFY(sync(*client, *server, token, &message));
        QVERIFY2(message.startsWith(QLatin1String("caught up: 30 changes pulled")), qPrintable(message));
        compareStores(*server->db, *client);
        // The change log is compacted: each entity once, at its latest change.
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM change_log")),
                 scalar(*server->db, QStringLiteral("SELECT (SELECT count(*) FROM shipments) + (SELECT count(*) FROM exceptions) "
                                                    "+ (SELECT count(*) FROM returns)")));
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'shipment' AND entity_id <= 30 "
                                                    "AND seq > (SELECT max(seq) FROM change_log WHERE entity <> 'shipment' OR entity_id > 30)")),
                 30);
        QVERIFY(integrityOk(*client));
    }

    // A page's new shipments reach the KPI rollups and the search index once, at the page's
    // end (ReplicaWriter::beginPage): the rollups must equal a rebuild of the same replica,
    // although exceptions and returns arrive in the same pages as their shipments, and every
    // shipment must be found by its tracking number and customer, before and after a rename.
    void replicaRollupsAndSearchFollowThePages()
    {
        auto server = startServer(400);
        auto client = openClient();
        const QByteArray token = login(*server, "ana");
        QString message;
        QVERIFY2(sync(*client, *server, token, &message), qPrintable(message));
        const auto found = [&](const QString &column, const QString &text) {
            return scalar(*client, QStringLiteral("SELECT count(*) FROM shipment_search WHERE shipment_search MATCH '%1 : \"%2\"'")
                                       .arg(column, QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))));
        };
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM shipments")), 400);
        QSqlQuery tracking(client->connection());
        QVERIFY(tracking.exec(QStringLiteral("SELECT tracking_number FROM shipments ORDER BY id")));
        while (tracking.next())
            QCOMPARE(found(QStringLiteral("tracking_number"), tracking.value(0).toString()), 1);
        QVERIFY(scalar(*client, QStringLiteral("SELECT count(*) FROM exceptions")) > 20);

        // A rename in a later pull: the old name leaves the index, the new one enters.
        QVERIFY(QSqlQuery(server->db->connection()).exec(
            QStringLiteral("UPDATE shipments SET customer_name = 'Zebulon Quixote', version = version + 1 WHERE id = 3")));
        QSqlQuery name(client->connection());
        QVERIFY(name.exec(QStringLiteral("SELECT customer_name FROM shipments WHERE id = 3")) && name.next());
        const QString oldName = name.value(0).toString();
        name.finish();
        QVERIFY(found(QStringLiteral("customer_name"), oldName) >= 1);
        const qint64 namesakes = found(QStringLiteral("customer_name"), oldName);
        QVERIFY2(sync(*client, *server, token, &message), qPrintable(message));
        QCOMPARE(found(QStringLiteral("customer_name"), QStringLiteral("Zebulon Quixote")), 1);
        QCOMPARE(found(QStringLiteral("customer_name"), oldName), namesakes - 1);

        const QStringList incremental = test::kpiSnapshot(*client);
        QVERIFY(incremental.size() > 400);
        QString error;
        QVERIFY2(KpiFacts(*client).rebuild(&error), qPrintable(error));
        const QStringList rebuilt = test::kpiSnapshot(*client);
        QCOMPARE(incremental.size(), rebuilt.size());
        for (qsizetype i = 0; i < incremental.size(); ++i)
            QCOMPARE(incremental.at(i), rebuilt.at(i));
        QVERIFY(integrityOk(*client));
    }

    // The next page is asked for while one is stored (SyncEngine::handlePage). A page that
    // cannot be stored ends the round once, with the cursor of the last page stored; the
    // page already asked for is dropped, not stored on top; the next round resumes there.
    void aPageThatCannotBeStoredStopsThePrefetch()
    {
        auto server = startServer(400);
        auto client = openClient();
        const QByteArray token = login(*server, "ana");
        const qint64 refused = scalar(*server->db, QStringLiteral("SELECT id FROM shipments ORDER BY id LIMIT 1 OFFSET 250"));
        QVERIFY(QSqlQuery(client->connection()).exec(
            QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON shipments WHEN NEW.id = %1 "
                           "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END").arg(refused)));
        SyncOptions options;
        options.server = server->url;
        options.token = token;
        options.pageSize = 97;
        SyncEngine engine(*client, options);
        QSignalSpy done(&engine, &SyncEngine::finished);
        engine.start();
        QVERIFY(done.wait(60'000));
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY2(done.first().at(1).toString().contains(QLatin1String("refused by the test")),
                 qPrintable(done.first().at(1).toString()));
        const QString cursor = SyncStore(*client).cursor();
        const qint64 stored = scalar(*client, QStringLiteral("SELECT count(*) FROM shipments"));
        QVERIFY(engine.report().pages >= 1);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM shipments WHERE id = %1").arg(refused)), 0);
        // Requests after the failure let the page asked for arrive: it must change nothing.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(request(server->url, "GET", QStringLiteral("/v1/changes?limit=97"), token).status, 200);
        QTest::qWait(0);
        QCOMPARE(done.size(), 1);
        QCOMPARE(SyncStore(*client).cursor(), cursor);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM shipments")), stored);

        QVERIFY(QSqlQuery(client->connection()).exec(QStringLiteral("DROP TRIGGER refuse")));
        QString message;
        QVERIFY2(sync(*client, *server, token, &message), qPrintable(message));
        compareStores(*server->db, *client);
    }

    // Shipments that changed after their exceptions and returns come later in the log; each
    // page still carries the shipment its exceptions and returns point to, so a client that
    // stops after any page has no row pointing nowhere.
    void everyFeedPageIsReferentiallyWhole()
    {
        auto server = startServer(400);
        QVERIFY(QSqlQuery(server->db->connection()).exec(QStringLiteral("UPDATE shipments SET version = version + 1")));
        const QByteArray token = login(*server, "ana");
        QSet<qint64> shipmentsSeen;
        int dependents = 0;
        int carried = 0;
        QString cursor;
        for (bool more = true; more;) {
            const HttpAnswer page = request(server->url, "GET", QStringLiteral("/v1/changes?limit=50&cursor=") + cursor, token);
            QCOMPARE(page.status, 200);
            for (const QJsonValue change : page.json.value(QStringLiteral("changes")).toArray()) {
                const QString kind = change[QStringLiteral("kind")].toString();
                const QJsonObject data = change[QStringLiteral("data")].toObject();
                if (kind == QLatin1String("shipment")) {
                    carried += shipmentsSeen.contains(data[QStringLiteral("id")].toInteger()) ? 1 : 0;
                    shipmentsSeen.insert(data[QStringLiteral("id")].toInteger());
                    continue;
                }
                ++dependents;
                const QJsonValue shipment = data[QStringLiteral("shipment_id")];
                QVERIFY2(shipment.isNull() || shipmentsSeen.contains(shipment.toInteger()),
                         qPrintable(QStringLiteral("%1 %2 arrives before its shipment %3")
                                        .arg(kind).arg(data[QStringLiteral("id")].toInteger()).arg(shipment.toInteger())));
            }
            cursor = page.json.value(QStringLiteral("next_cursor")).toString();
            more = page.json.value(QStringLiteral("has_more")).toBool();
        }
        QVERIFY(dependents > 0);
        QCOMPARE(shipmentsSeen.size(), 400);
        QVERIFY(carried > 0); // carried early, then sent again in their own place
    }

    void storeOfAnotherServerIsRefused()
    {
        auto first = startServer(20);
        auto second = startServer(20);
        auto client = openClient();
        QVERIFY(sync(*client, *first, login(*first, "ana")));
        QString message;
        QVERIFY(!sync(*client, *second, login(*second, "ana"), &message));
        QVERIFY2(message.contains(QLatin1String("another server")), qPrintable(message));
    }

    // A replica holds the server's ids: local ingest or exception refresh would make rows
    // that collide with the server's, so the store's only writer refuses.
    void replicaRefusesLocalWrites()
    {
        auto server = startServer(20);
        auto client = openClient();
        QVERIFY(sync(*client, *server, login(*server, "ana")));
        const qint64 exceptionsBefore = scalar(*client, QStringLiteral("SELECT count(*) FROM exceptions"));
        ShipmentIngestor ingestor(*client);
        QString error;
        QVERIFY(!ingestor.refreshExceptions(test::runningNowMs() + 30LL * 86'400'000, nullptr, &error));
        QCOMPARE(error, QStringLiteral("this store is a replica of the team server at %1 and only sync writes to it; "
                                       "ingest, demo data and exception refresh run on the server")
                            .arg(server->url.toString()));
        error.clear();
        QVERIFY(!ingestor.ingestReturns({}, 0, &error));
        QVERIFY(error.startsWith(QLatin1String("this store is a replica")));
        // A record of a return the replica holds: refused whole, the return as it was.
        const qint64 returnsBefore = scalar(*client, QStringLiteral("SELECT count(*) FROM returns"));
        const qint64 versionsBefore = scalar(*client, QStringLiteral("SELECT ifnull(sum(version), 0) FROM returns"));
        ReturnRecord record;
        record.rma = QStringLiteral("RMA-NEW-1");
        record.status = ReturnStatus::Approved;
        error.clear();
        QVERIFY(!ingestor.ingestReturns({record}, test::fixedNowMs(), &error));
        QVERIFY(error.startsWith(QLatin1String("this store is a replica")));
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM returns")), returnsBefore);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT ifnull(sum(version), 0) FROM returns")), versionsBefore);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM exceptions")), exceptionsBefore);
        for (const char *table : {"shipments", "exceptions", "exception_history"})
            QCOMPARE(rows(*client, QLatin1String(table)), rows(*server->db, QLatin1String(table)));
    }

    // Edits queued on many exceptions, several on each, interleaved, while a colleague's
    // edit lands first: the history rows they add locally must never collide with the ids
    // the server gives the accepted ones (found by bench_sync).
    void chainedEditsOnManyExceptionsAllLand()
    {
        auto server = startServer(400);
        auto client = openClient();
        const QByteArray token = login(*server, "maria");
        QString message;
        QVERIFY2(sync(*client, *server, token, &message), qPrintable(message));
        const EditOp *note = EditCatalog::find(EntityKind::Exception, u"note");
        const qint64 now = test::runningNowMs();
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i)
            ids << scalar(*client, QStringLiteral("SELECT id FROM exceptions ORDER BY id LIMIT 1 OFFSET %1").arg(i * 3));
        int queued = 0;
        for (int round = 0; round < 4; ++round)
            for (const qint64 id : ids) {
                const QByteArray params = QStringLiteral("{\"text\":\"round %1\"}").arg(round).toUtf8();
                QVERIFY(Outbox(*client).enqueue(EntityKind::Exception, id, *note, params, QStringLiteral("maria"), now, nullptr).ok());
                ++queued;
            }
        // Meanwhile a colleague's edit takes the next history id on the server.
        auto colleague = openClient();
        const QByteArray omar = login(*server, "omar");
        QVERIFY2(sync(*colleague, *server, omar, &message), qPrintable(message));
        const qint64 other = scalar(*colleague, QStringLiteral("SELECT max(id) FROM exceptions"));
        QVERIFY(!ids.contains(other));
        QVERIFY(Outbox(*colleague).enqueue(EntityKind::Exception, other, *note, QByteArray("{\"text\":\"first\"}"),
                                           QStringLiteral("omar"), now, nullptr).ok());
        QVERIFY2(sync(*colleague, *server, omar, &message), qPrintable(message));

        QVERIFY2(sync(*client, *server, token, &message), qPrintable(message));
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM outbox WHERE state = %1").arg(int(OutboxState::Done))), queued);
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM audit_log")), queued + 1);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM exception_history WHERE id < 0")), 0);
        compareStores(*server->db, *client);
    }

    void twoClientsEditTheSameException()
    {
        auto server = startServer(300);
        auto a = openClient();
        auto b = openClient();
        const QByteArray maria = login(*server, "maria");
        const QByteArray omar = login(*server, "omar");
        QVERIFY(sync(*a, *server, maria));
        QVERIFY(sync(*b, *server, omar));
        const qint64 id = someException(*server->db, 0);
        QVERIFY(id > 0);
        const EditOp *assign = EditCatalog::find(EntityKind::Exception, u"assign");
        const qint64 now = test::runningNowMs();
        QVERIFY(Outbox(*a).enqueue(EntityKind::Exception, id, *assign, QByteArray(R"({"assignee":"maria"})"), QStringLiteral("maria"), now, nullptr).ok());
        QVERIFY(Outbox(*b).enqueue(EntityKind::Exception, id, *assign, QByteArray(R"({"assignee":"omar"})"), QStringLiteral("omar"), now, nullptr).ok());
        // Each client sees its own edit at once.
        QCOMPARE(scalar(*b, QStringLiteral("SELECT assignee = 'omar' FROM exceptions WHERE id = %1").arg(id)), 1);

        QVERIFY(sync(*a, *server, maria));
        QVERIFY(sync(*b, *server, omar));
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT assignee = 'maria' FROM exceptions WHERE id = %1").arg(id)), 1);
        // The loser has a conflict holding both versions, and the server's state locally.
        QSqlQuery conflict(b->connection());
        QVERIFY(conflict.exec(QStringLiteral("SELECT local, server, local_version, server_version FROM sync_conflicts")));
        QVERIFY(conflict.next());
        QVERIFY(conflict.value(0).toString().contains(QLatin1String("\"assignee\":\"omar\"")));
        QVERIFY(conflict.value(1).toString().contains(QLatin1String("\"assignee\":\"maria\"")));
        QCOMPARE(conflict.value(3).toLongLong(), conflict.value(2).toLongLong() + 1);
        QVERIFY(!conflict.next());
        QCOMPARE(scalar(*b, QStringLiteral("SELECT state FROM outbox")), static_cast<qint64>(OutboxState::Conflict));
        compareStores(*server->db, *b);
        // One audit entry: only the winner's edit was applied.
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = %1").arg(id)), 1);
    }

    void everyEditReplaysIdempotently()
    {
        auto server = startServer(400);
        const QByteArray manager = login(*server, "meg");
        const qint64 returnId = scalar(*server->db, QStringLiteral("SELECT min(id) FROM returns"));
        QVERIFY(returnId > 0);
        int n = 0;
        for (const EditOp &op : EditCatalog::all()) {
            const QString name = QString::fromLatin1(op.name);
            QByteArray body = "{}";
            qint64 id = 0;
            if (op.entity == EntityKind::Exception) {
                id = someException(*server->db, n % 5);
                QVERIFY(reopen(*server->db, id)); // actions need an open exception
                if (name == QLatin1String("assign")) body = R"({"assignee":"omar"})";
                else if (name == QLatin1String("status")) body = R"({"status":"resolved"})";
                else if (name == QLatin1String("note")) body = R"({"text":"customer called"})";
                else if (name == QLatin1String("reattempt") || name == QLatin1String("reschedule")) body = R"({"date":"2099-01-31"})";
                else if (name == QLatin1String("update_address")) body = R"({"address":{"line1":"1 Main St","city":"Austin","postal":"78701","country":"US"}})";
                else if (name == QLatin1String("update_phone")) body = R"({"phone":"+15125550147"})";
                else if (name == QLatin1String("convert_to_pickup")) body = R"({"pickup_point_id":"PP-9"})";
                else if (name == QLatin1String("refund")) body = R"({"amount_cents":1299,"currency":"USD"})";
                else if (name == QLatin1String("contact_customer")) body = R"({"template":"ndr_first","channel":"whatsapp"})";
                else if (name == QLatin1String("snooze")) body = snoozeUntil(2);
                else if (name == QLatin1String("mark_fake_attempt")) {
                    id = failedAttempt(*server->db, 0);
                    QVERIFY(reopen(*server->db, id));
                    body = R"({"date":"2099-01-31","note":"no card left, customer was home"})";
                }
            } else {
                id = returnId;
                // Put the return in a state the op accepts.
                const int status = name == QLatin1String("approve") || name == QLatin1String("reject") ? 0 : 5;
                QVERIFY(QSqlQuery(server->db->connection()).exec(
                    QStringLiteral("UPDATE returns SET status = %1, version = version + 1 WHERE id = %2").arg(status).arg(id)));
                if (name == QLatin1String("reject")) body = R"({"reason":"worn"})";
                else if (name == QLatin1String("refund") || name == QLatin1String("store_credit")) body = R"({"amount_cents":1})";
                else if (name == QLatin1String("inspect")) body = R"({"grade":"good"})";
            }
            const QString table = op.entity == EntityKind::Exception ? QStringLiteral("exceptions") : QStringLiteral("returns");
            const qint64 version = scalar(*server->db, QStringLiteral("SELECT version FROM %1 WHERE id = %2").arg(table).arg(id));
            const QString path = QStringLiteral("/v1/%1/%2/%3").arg(table).arg(id).arg(name);
            const QByteArray key = "replay-" + QByteArray::number(++n);
            const QList<QPair<QByteArray, QByteArray>> headers{{"If-Match", '"' + QByteArray::number(version) + '"'},
                                                               {"Idempotency-Key", key}};
            const HttpAnswer first = request(server->url, "POST", path, manager, body, headers);
            QVERIFY2(first.status == 200, qPrintable(name + QLatin1Char(' ') + QString::fromUtf8(first.body)));
            const HttpAnswer replay = request(server->url, "POST", path, manager, body, headers);
            QCOMPARE(replay.status, 200);
            QCOMPARE(replay.body, first.body);
            QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
            QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM audit_log WHERE idempotency_key = '%1'").arg(QString::fromLatin1(key))), 1);
            QCOMPARE(scalar(*server->db, QStringLiteral("SELECT version FROM %1 WHERE id = %2").arg(table).arg(id)), version + 1);
            // The same key with another request is refused.
            const HttpAnswer reused = request(server->url, "POST", path, manager, "{\"x\":1}", headers);
            QCOMPARE(reused.status, 422);
        }
        QCOMPARE(n, static_cast<int>(EditCatalog::all().size()));
    }

    void faultsLoseNothingAndApplyNothingTwice()
    {
        auto server = startServer(800, 0.25);
        auto client = openClient();
        const QByteArray token = login(*server, "maria");
        QVERIFY(!token.isEmpty());
        QString message;
        bool pulled = false;
        for (int round = 0; round < 5 && !pulled; ++round)
            pulled = sync(*client, *server, token, &message, 20);
        QVERIFY2(pulled, qPrintable(message));
        const EditOp *note = EditCatalog::find(EntityKind::Exception, u"note");
        const EditOp *claim = EditCatalog::find(EntityKind::Exception, u"claim");
        const qint64 now = test::runningNowMs();
        int queued = 0;
        for (int i = 0; i < 10; ++i) {
            const qint64 id = someException(*client, i);
            QVERIFY2(id > 0, "the demo data has at least 10 exceptions");
            QVERIFY(Outbox(*client).enqueue(EntityKind::Exception, id, *note, QStringLiteral("{\"text\":\"note %1\"}").arg(i).toUtf8(),
                                            QStringLiteral("maria"), now, nullptr).ok());
            QVERIFY(Outbox(*client).enqueue(EntityKind::Exception, id, *claim, QByteArray("{}"), QStringLiteral("maria"), now, nullptr).ok());
            queued += 2;
        }
        bool ok = false;
        for (int round = 0; round < 10 && !ok; ++round)
            ok = sync(*client, *server, token, &message, 20);
        QVERIFY2(ok, qPrintable(message));
        const auto &faults = server->http->faultCounts();
        QVERIFY2(faults.serverErrors + faults.rateLimited + faults.droppedBefore + faults.droppedAfter >= faults.requests / 10,
                 "at least 10 % of the requests were faulted");
        QVERIFY(faults.droppedAfter > 0);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM outbox WHERE state = %1").arg(int(OutboxState::Done))), queued);
        // Every edit exactly once on the server, though some answers were lost after the work.
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM audit_log")), queued);
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(DISTINCT idempotency_key) FROM audit_log")), queued);
        compareStores(*server->db, *client);
    }

    void unreachableServerFailsClearlyAndKeepsTheOutbox()
    {
        auto server = startServer(10);
        auto client = openClient();
        QVERIFY(sync(*client, *server, login(*server, "maria")));
        const QUrl gone = server->url;
        TestServer dead;
        dead.url = gone;
        server.reset();
        QString message;
        QVERIFY(!sync(*client, dead, "ct_x", &message, 3));
        QVERIFY2(message.contains(QLatin1String("failed 3 times")), qPrintable(message));
    }

    void authAndRoles()
    {
        auto server = startServer(100);
        const qint64 id = someException(*server->db, 0);
        const QString path = QStringLiteral("/v1/exceptions/%1/status").arg(id);
        const QList<QPair<QByteArray, QByteArray>> headers{{"If-Match", "\"1\""}, {"Idempotency-Key", "k-auth"}};

        HttpAnswer answer = request(server->url, "GET", QStringLiteral("/v1/changes"));
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY(answer.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(request(server->url, "GET", QStringLiteral("/v1/changes"), "ct_forged").status, 401);
        QCOMPARE(request(server->url, "POST", QStringLiteral("/v1/auth/token"), {}, R"({"username":"maria","password":"wrong password"})").status, 401);

        answer = request(server->url, "POST", path, login(*server, "ana"), R"({"status":"resolved"})", headers);
        QCOMPARE(answer.status, 403);
        QVERIFY(answer.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("analyst")));

        const QByteArray maria = login(*server, "maria");
        answer = request(server->url, "POST", path, maria, R"({"status":"closed","extra":1})", headers);
        QCOMPARE(answer.status, 400);
        const auto errors = answer.json.value(QStringLiteral("errors")).toVariant().toList();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).toMap().value(QStringLiteral("field")).toString(), QStringLiteral("extra"));
        QCOMPARE(errors.at(1).toMap().value(QStringLiteral("field")).toString(), QStringLiteral("status"));
        QCOMPARE(request(server->url, "POST", path, maria, "{\"status\":", headers).status, 400);
        QCOMPARE(request(server->url, "POST", path, maria, R"({"status":"resolved"})", {{"Idempotency-Key", "k2"}}).status, 428);
        QCOMPARE(request(server->url, "POST", path, maria, R"({"status":"resolved"})", {{"If-Match", "\"1\""}}).status, 400);
        QCOMPARE(request(server->url, "POST", path, maria, QByteArray(70'000, ' '), headers).status, 413);
        QCOMPARE(request(server->url, "GET", QStringLiteral("/v1/changes?cursor=bogus"), maria).status, 400);
        QCOMPARE(request(server->url, "DELETE", QStringLiteral("/v1/changes"), maria).status, 405);
        QCOMPARE(request(server->url, "GET", QStringLiteral("/v1/nothing"), maria).status, 404);
        answer = request(server->url, "GET", QStringLiteral("/v1/audit"), maria);
        QCOMPARE(answer.status, 403);

        // Users: an admin adds one; a second with the same name is a conflict.
        QString error;
        QVERIFY2(AuthService(*server->db, 1000, 3'600'000).createUser(QStringLiteral("root"), Role::Admin, Password, 0, &error),
                 qPrintable(error));
        const QByteArray root = login(*server, "root");
        const QByteArray newUser = QStringLiteral(R"({"name":"newbie","role":"agent","password":"%1"})").arg(Password).toUtf8();
        QCOMPARE(request(server->url, "POST", QStringLiteral("/v1/users"), root, newUser).status, 201);
        answer = request(server->url, "POST", QStringLiteral("/v1/users"), root, newUser);
        QCOMPARE(answer.status, 409);
        QVERIFY2(answer.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("already exists")), answer.body.constData());
        answer = request(server->url, "GET", QStringLiteral("/v1/users"), root);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("users")).toArray().size(), 6);
        QCOMPARE(request(server->url, "GET", QStringLiteral("/v1/users"), maria).status, 403);
        answer = request(server->url, "GET", QStringLiteral("/v1/me"), login(*server, "newbie"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("role")).toString(), QStringLiteral("agent"));
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        auto server = startServer(5);
        const QByteArray token = login(*server, "maria");
        ServerConfig config;
        config.requestsPerSecond = 1;
        config.requestBurst = 2;
        config.passwordIterations = 1000;
        ApiService limited(*server->db, config, [] { return test::fixedNowMs(); }); // no refill between requests
        ApiRequest req;
        req.method = "GET";
        req.path = QStringLiteral("/v1/me");
        req.headers.insert("authorization", "Bearer " + token);
        QCOMPARE(limited.handle(req).status, 200);
        QCOMPARE(limited.handle(req).status, 200);
        const ApiReply reply = limited.handle(req);
        QCOMPARE(reply.status, 429);
        QVERIFY(std::any_of(reply.headers.begin(), reply.headers.end(), [](const auto &h) {
            return h.first == "Retry-After" && h.second.toInt() >= 1;
        }));
    }

    // A migration that adds a column fails here until the API's representation carries it.
    void resourceTablesCoverEveryColumn()
    {
        auto db = openClient();
        for (const ResourceTable *table : {&resources::shipments(), &resources::events(), &resources::exceptions(),
                                           &resources::exceptionHistory(), &resources::returns()}) {
            const QString name = QLatin1String(table->table);
            QSqlQuery info(db->connection());
            QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(name)));
            QStringList stored;
            while (info.next()) {
                const QString column = info.value(1).toString();
                const QString type = info.value(2).toString().toUpper();
                const bool notNull = info.value(3).toBool() || info.value(5).toInt() > 0; // NOT NULL or the key
                stored << column;
                const auto listed = std::find_if(table->columns.begin(), table->columns.end(), [&](const ResourceColumn &c) {
                    return column == QLatin1String(c.name);
                });
                QVERIFY2(listed != table->columns.end(),
                         qPrintable(QStringLiteral("%1.%2 is not in core/sync/resourcetable.cpp").arg(name, column)));
                const char *expected = listed->kind == ColumnKind::Integer ? "INTEGER NOT NULL"
                    : listed->kind == ColumnKind::NullableInteger          ? "INTEGER"
                                                                           : "TEXT NOT NULL";
                QCOMPARE(type + (notNull ? QStringLiteral(" NOT NULL") : QString()), QLatin1String(expected));
            }
            QCOMPARE(static_cast<qsizetype>(table->columns.size()), stored.size()); // nothing listed that is not stored
            QCOMPARE(table->columnList(), stored.join(QStringLiteral(", ")));     // in the table's order
        }
    }

    // The return transitions, the exception rules and the inspection grade are the ones
    // docs/api/openapi.yaml states.
    void editRulesAreTheDocumentedOnes()
    {
        auto server = startServer(120);
        const QByteArray manager = login(*server, "meg");
        const qint64 returnId = scalar(*server->db, QStringLiteral("SELECT min(id) FROM returns"));
        QVERIFY(returnId > 0);
        QVERIFY(QSqlQuery(server->db->connection()).exec(
            QStringLiteral("UPDATE returns SET amount_cents = 5000 WHERE id = %1").arg(returnId)));
        // requested 0, approved 1, rejected 2, label_issued 3, in_transit 4, received 5,
        // inspected 6, refunded 7, exchanged 8, credited 9, closed 10
        const struct
        {
            const char *op;
            QByteArray body;
            QList<int> from;
        } rules[] = {
            {"approve", "{}", {0}},
            {"reject", R"({"reason":"worn"})", {0, 1, 5, 6}},
            {"inspect", R"({"grade":"good"})", {1, 3, 4, 5, 6, 7, 8, 9}},
            // ReturnLifecycle: an exchange or credit right after approval (instant), a
            // refund once the parcel is on its way back; nothing while only a label exists.
            {"exchange", "{}", {1, 4, 5, 6}},
            {"refund", R"({"amount_cents":100})", {4, 5, 6}},
            {"store_credit", R"({"amount_cents":100})", {1, 4, 5, 6}},
        };
        for (const auto &rule : rules) {
            for (int status = 0; status <= 10; ++status) {
                QVERIFY(QSqlQuery(server->db->connection()).exec(
                    QStringLiteral("UPDATE returns SET status = %1, version = version + 1 WHERE id = %2").arg(status).arg(returnId)));
                const ApiReply reply = edit(*server, manager, QStringLiteral("returns"), returnId, rule.op, rule.body);
                const int expected = rule.from.contains(status) ? 200 : 409;
                QVERIFY2(reply.status == expected, qPrintable(QStringLiteral("%1 from status %2: %3 %4")
                                                                  .arg(QLatin1String(rule.op)).arg(status).arg(reply.status)
                                                                  .arg(QString::fromUtf8(reply.body))));
                if (expected == 409)
                    QVERIFY2(json(reply).value(QStringLiteral("type")).toString().endsWith(QLatin1String("invalid-transition")),
                             reply.body.constData());
            }
        }
        // inspect keeps the grade as the store's letter, and moves only a received return on.
        for (const auto &[grade, letter] : {std::pair{"as_new", "A"}, std::pair{"good", "B"}, std::pair{"damaged", "C"},
                                            std::pair{"unsellable", "D"}}) {
            QVERIFY(QSqlQuery(server->db->connection()).exec(
                QStringLiteral("UPDATE returns SET status = 5, version = version + 1 WHERE id = %1").arg(returnId)));
            const ApiReply reply = edit(*server, manager, QStringLiteral("returns"), returnId, "inspect",
                                        QStringLiteral("{\"grade\":\"%1\"}").arg(QLatin1String(grade)).toUtf8());
            QCOMPARE(reply.status, 200);
            QCOMPARE(json(reply).value(QStringLiteral("inspection_grade")).toString(), QLatin1String(letter));
            QCOMPARE(json(reply).value(QStringLiteral("status")).toInt(), 6);
        }
        // The refusal names the current state and the ones it may become.
        QVERIFY(QSqlQuery(server->db->connection()).exec(
            QStringLiteral("UPDATE returns SET status = 1, version = version + 1 WHERE id = %1").arg(returnId)));
        const ApiReply early = edit(*server, manager, QStringLiteral("returns"), returnId, "refund", R"({"amount_cents":100})");
        QCOMPARE(early.status, 409);
        QCOMPARE(json(early).value(QStringLiteral("detail")).toString(),
                 QStringLiteral("a return that is approved can become label issued, exchanged, store credit issued or "
                                "rejected, not refunded"));
        QVERIFY(QSqlQuery(server->db->connection()).exec(
            QStringLiteral("UPDATE returns SET status = 6, version = version + 1 WHERE id = %1").arg(returnId)));
        // A refund above the return's value is invalid, not a transition problem.
        const ApiReply tooMuch = edit(*server, manager, QStringLiteral("returns"), returnId, "refund", R"({"amount_cents":5001})");
        QCOMPARE(tooMuch.status, 400);

        // assign and claim work on resolved exceptions too, and the assignee is any name.
        const qint64 exceptionId = someException(*server->db, 0);
        QVERIFY(QSqlQuery(server->db->connection()).exec(
            QStringLiteral("UPDATE exceptions SET status = 1, resolution = 2 WHERE id = %1").arg(exceptionId)));
        const QString exceptions = QStringLiteral("exceptions");
        QCOMPARE(edit(*server, manager, exceptions, exceptionId, "assign", R"({"assignee":"no-such-user"})").status, 200);
        QCOMPARE(edit(*server, manager, exceptions, exceptionId, "claim", "{}").status, 200);
        QCOMPARE(edit(*server, manager, exceptions, exceptionId, "note", R"({"text":"called"})").status, 200);
        QCOMPARE(edit(*server, manager, exceptions, exceptionId, "reship", "{}").status, 409);
        QCOMPARE(edit(*server, manager, exceptions, exceptionId, "status", R"({"status":"resolved"})").status, 409);
        const ApiReply reopened = edit(*server, manager, exceptions, exceptionId, "status", R"({"status":"open"})");
        QCOMPARE(reopened.status, 200);
        QCOMPARE(json(reopened).value(QStringLiteral("assignee")).toString(), QStringLiteral("meg"));

        // The audit log: oldest first, pages of at most 1000.
        const ApiReply audit = call(*server->api, "GET", QStringLiteral("/v1/audit?limit=1000"), manager);
        QCOMPARE(audit.status, 200);
        const QJsonArray entries = json(audit).value(QStringLiteral("entries")).toArray();
        QVERIFY(entries.size() > 30);
        for (qsizetype i = 1; i < entries.size(); ++i)
            QVERIFY(entries.at(i).toObject().value(QStringLiteral("id")).toInteger()
                    > entries.at(i - 1).toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(call(*server->api, "GET", QStringLiteral("/v1/audit?limit=1001"), manager).status, 400);
    }

    // The exception decisions agents make besides actions (snooze, a fake attempt, a
    // resolution's reason), over the API as docs/api/openapi.yaml states them, and on to a
    // replica through the change feed.
    void exceptionDecisionsAreTheDocumentedOnes()
    {
        auto server = startServer(200);
        const QByteArray agent = login(*server, "maria");
        const QString exceptions = QStringLiteral("exceptions");
        const qint64 id = failedAttempt(*server->db, 0);
        QVERIFY2(id > 0, "the demo data has a failed attempt");
        QVERIFY(reopen(*server->db, id));

        // Snooze: after the server's now, at most 30 days ahead.
        const ApiReply snoozed = edit(*server, agent, exceptions, id, "snooze", snoozeUntil(3));
        QVERIFY2(snoozed.status == 200, snoozed.body.constData());
        QCOMPARE(json(snoozed).value(QStringLiteral("snoozed_until_ms")).toInteger(), test::fixedNowMs() + 3 * 3'600'000);
        QCOMPARE(json(snoozed).value(QStringLiteral("first_action_at_ms")).isNull(),
                 scalar(*server->db, QStringLiteral("SELECT first_action_at_ms IS NULL FROM exceptions WHERE id = %1").arg(id)) == 1);
        for (const double hours : {-1.0, 30 * 24 + 1.0}) {
            const ApiReply refused = edit(*server, agent, exceptions, id, "snooze", snoozeUntil(hours));
            QCOMPARE(refused.status, 400);
            QCOMPARE(json(refused).value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("field")).toString(),
                     QStringLiteral("until"));
        }
        QCOMPARE(edit(*server, agent, exceptions, id, "snooze", R"({"until":"tomorrow"})").status, 400);

        // A fake attempt: the latest attempt's event time, reason fake, carrier to act.
        const qint64 latestAttempt = scalar(*server->db, QStringLiteral(
            "SELECT max(e.occurred_at_ms) FROM events e JOIN exceptions x ON x.shipment_id = e.shipment_id "
            "WHERE x.id = %1 AND e.occurred_at_ms >= x.trigger_at_ms AND (e.tag = 4 OR e.subtag = 92)").arg(id));
        QVERIFY(latestAttempt > 0);
        const ApiReply fake = edit(*server, agent, exceptions, id, "mark_fake_attempt", R"({"date":"2099-01-31"})");
        QVERIFY2(fake.status == 200, fake.body.constData());
        QCOMPARE(json(fake).value(QStringLiteral("fake_attempt_at_ms")).toInteger(), latestAttempt);
        QCOMPARE(json(fake).value(QStringLiteral("reason")).toInt(), 9);
        QCOMPARE(json(fake).value(QStringLiteral("party")).toInt(), 0);
        QVERIFY(!json(fake).value(QStringLiteral("first_action_at_ms")).isNull());
        const QJsonArray history = json(fake).value(QStringLiteral("history")).toArray();
        QCOMPARE(history.last().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("mark_fake_attempt"));
        QVERIFY(history.last().toObject().value(QStringLiteral("detail")).toString().contains(QStringLiteral("re-attempt requested for 2099-01-31")));
        QCOMPARE(edit(*server, agent, exceptions, id, "mark_fake_attempt", R"({"date":"2099-01-31"})").status, 409);
        const qint64 other = scalar(*server->db, QStringLiteral("SELECT id FROM exceptions WHERE type <> 0 ORDER BY id LIMIT 1"));
        QVERIFY(reopen(*server->db, other));
        QCOMPARE(edit(*server, agent, exceptions, other, "mark_fake_attempt", R"({"date":"2099-01-31"})").status, 409);

        // Resolve with a reason; "other" needs a note; an older client's body still works.
        const ApiReply noNote = edit(*server, agent, exceptions, id, "status", R"({"status":"resolved","reason":"other"})");
        QCOMPARE(noNote.status, 400);
        QCOMPARE(json(noNote).value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("note"));
        const ApiReply resolved = edit(*server, agent, exceptions, id, "status",
                                       R"({"status":"resolved","reason":"carrier_error","note":"driver confirmed"})");
        QVERIFY2(resolved.status == 200, resolved.body.constData());
        QCOMPARE(json(resolved).value(QStringLiteral("resolution_reason")).toInt(), 7);
        QCOMPARE(json(resolved).value(QStringLiteral("resolution_note")).toString(), QStringLiteral("driver confirmed"));
        QVERIFY(json(resolved).value(QStringLiteral("snoozed_until_ms")).isNull());
        QCOMPARE(edit(*server, agent, exceptions, id, "snooze", snoozeUntil(3)).status, 409);
        QCOMPARE(edit(*server, agent, exceptions, id, "status", R"({"status":"open","reason":"delivered"})").status, 400);
        QCOMPARE(edit(*server, agent, exceptions, id, "status", R"({"status":"open"})").status, 200);
        const ApiReply plain = edit(*server, agent, exceptions, id, "status", R"({"status":"resolved"})");
        QCOMPARE(plain.status, 200);
        QCOMPARE(json(plain).value(QStringLiteral("resolution_reason")).toInt(), 0);
        // Analysts read only.
        QCOMPARE(edit(*server, login(*server, "ana"), exceptions, other, "snooze", snoozeUntil(3)).status, 403);

        // The rules keep the fake reason; a replica gets every field.
        ShipmentIngestor ingestor(*server->db);
        QString error;
        QVERIFY2(ingestor.refreshExceptions(test::runningNowMs(), nullptr, &error), qPrintable(error));
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT reason FROM exceptions WHERE id = %1").arg(id)), 9);
        auto client = openClient();
        QVERIFY(sync(*client, *server, agent));
        compareStores(*server->db, *client);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT fake_attempt_at_ms FROM exceptions WHERE id = %1").arg(id)), latestAttempt);
    }

    void userAccountsAndInvalidBodies()
    {
        auto server = startServer(60);
        const qint64 exceptionId = someException(*server->db, 0);
        QVERIFY(exceptionId > 0);
        QString error;
        AuthService auth(*server->db, 1000, 3'600'000);
        QVERIFY2(auth.createUser(QStringLiteral("root"), Role::Admin, Password, 0, &error), qPrintable(error));
        const QByteArray admin = login(*server, "root");
        const auto create = [&](const QByteArray &body) { return call(*server->api, "POST", QStringLiteral("/v1/users"), admin, body); };
        const auto firstField = [&](const ApiReply &reply) {
            return json(reply).value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("field")).toString();
        };

        // The rules engine's name is reserved, in any case.
        for (const char *name : {"rules", "Rules"}) {
            const ApiReply reply = create(QStringLiteral(R"({"name":"%1","role":"agent","password":"a long enough password"})").arg(QLatin1String(name)).toUtf8());
            QCOMPARE(reply.status, 400);
            QCOMPARE(firstField(reply), QStringLiteral("name"));
        }
        const ApiReply taken = create(R"({"name":"maria","role":"agent","password":"a long enough password"})");
        QCOMPARE(taken.status, 409);
        QCOMPARE(json(taken).value(QStringLiteral("type")).toString(), QStringLiteral("urn:controltower:problem:conflict"));
        const ApiReply shortPassword = create(R"({"name":"newbie","role":"agent","password":"elevenchars"})");
        QCOMPARE(shortPassword.status, 400);
        QCOMPARE(firstField(shortPassword), QStringLiteral("password"));
        QCOMPARE(create(R"({"name":"New.Bie@example","role":"agent","password":"a long enough password"})").status, 201);

        // A body that is not JSON is a validation problem about the body as a whole.
        for (const ApiReply &reply : {create("{\"name\":"),
                                      edit(*server, admin, QStringLiteral("exceptions"), exceptionId, "note", "{\"text\":")}) {
            QCOMPARE(reply.status, 400);
            QCOMPARE(json(reply).value(QStringLiteral("errors")).toArray().size(), 1);
            QCOMPARE(firstField(reply), QString());
        }
    }

    // An edit the entity's state does not allow is 409 and changes nothing; the audit log
    // pages by cursor and filters by entity.
    void invalidTransitionsAndTheAuditLog()
    {
        auto server = startServer(300);
        const QByteArray meg = login(*server, "meg");
        const qint64 id = someException(*server->db, 0);
        QVERIFY(id > 0 && reopen(*server->db, id));
        const auto edit = [&](const QString &path, const QByteArray &body, const QByteArray &key) {
            const QString table = path.section(QLatin1Char('/'), 2, 2);
            const qint64 version = scalar(*server->db, QStringLiteral("SELECT version FROM %1 WHERE id = %2")
                                                           .arg(table, path.section(QLatin1Char('/'), 3, 3)));
            return request(server->url, "POST", path, meg, body,
                           {{"If-Match", '"' + QByteArray::number(version) + '"'}, {"Idempotency-Key", key}});
        };
        const QString status = QStringLiteral("/v1/exceptions/%1/status").arg(id);
        QCOMPARE(edit(status, R"({"status":"resolved"})", "t-1").status, 200);
        HttpAnswer answer = edit(status, R"({"status":"resolved"})", "t-2");
        QCOMPARE(answer.status, 409);
        QVERIFY2(answer.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("already resolved")), answer.body.constData());
        QCOMPARE(edit(QStringLiteral("/v1/exceptions/%1/reship").arg(id), "{}", "t-3").status, 409);
        const qint64 returnId = scalar(*server->db, QStringLiteral("SELECT min(id) FROM returns"));
        QVERIFY(QSqlQuery(server->db->connection()).exec(
            QStringLiteral("UPDATE returns SET status = 5, version = version + 1 WHERE id = %1").arg(returnId)));
        QCOMPARE(edit(QStringLiteral("/v1/returns/%1/approve").arg(returnId), "{}", "t-4").status, 409);
        QCOMPARE(edit(QStringLiteral("/v1/returns/%1/refund").arg(returnId), R"({"amount_cents":1})", "t-5").status, 200);
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM audit_log")), 2);

        answer = request(server->url, "GET", QStringLiteral("/v1/audit?limit=1"), meg);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("entries")).toArray().size(), 1);
        QVERIFY(answer.json.value(QStringLiteral("has_more")).toBool());
        const QString cursor = answer.json.value(QStringLiteral("next_cursor")).toString();
        answer = request(server->url, "GET", QStringLiteral("/v1/audit?limit=1&cursor=%1").arg(cursor), meg);
        const QJsonObject second = answer.json.value(QStringLiteral("entries")).toArray().first().toObject();
        QCOMPARE(second.value(QStringLiteral("op")).toString(), QStringLiteral("refund"));
        QCOMPARE(second.value(QStringLiteral("params")).toObject().value(QStringLiteral("amount_cents")).toInt(), 1);
        QVERIFY(!answer.json.value(QStringLiteral("has_more")).toBool());
        answer = request(server->url, "GET", QStringLiteral("/v1/audit?entity=exception&entity_id=%1").arg(id), meg);
        const QJsonArray entries = answer.json.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(QStringLiteral("changes")).toArray().first().toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("resolved"));
    }

    // The return policy approves on the team server, once for the team (docs/RETURNS.md,
    // "Automatic approval"): a return ingested there is approved by "policy" through the
    // edit path, with its audit entry; a replica pulls it approved and sends no edit of its
    // own, even when it judges the return itself; a saved policy approves at once what it
    // now allows.
    void thePolicyApprovesOnTheServerAndReplicasPullIt()
    {
        auto server = startServer(0);
        QString error;
        // One delivered order of two mugs returned separately: 80.00 (automatic below
        // 150.00 by the default policy) and 200.00 (an agent's, until the policy changes).
        ShipmentRecord s;
        s.carrier = QStringLiteral("ups");
        s.trackingNumber = QStringLiteral("1ZPOLICY1");
        s.sourceDocument = s.trackingNumber;
        s.order.orderId = QStringLiteral("#P1");
        s.order.customerEmail = QStringLiteral("pat@example.com");
        s.order.customerName = QStringLiteral("Pat");
        s.order.currency = QStringLiteral("USD");
        s.order.orderedAt = test::fixedNow().addDays(-10);
        s.shippedAt = test::fixedNow().addDays(-9);
        s.destination = {QStringLiteral("Austin"), QStringLiteral("TX"), QStringLiteral("78701"), QStringLiteral("US")};
        for (const auto &[days, subtag] : {std::pair{-9, Subtag::InTransitAccepted}, {-5, Subtag::Delivered}}) {
            TrackingEvent e;
            e.occurredAt = Timestamp{test::fixedNow().addDays(days).toMSecsSinceEpoch(), 0};
            e.subtag = subtag;
            e.tag = tagOf(subtag);
            e.country = QStringLiteral("US");
            s.events << e;
        }
        s.tag = s.events.last().tag;
        s.subtag = s.events.last().subtag;
        QList<ReturnRecord> returns;
        for (const auto &[rma, sku, cents] : {std::tuple{"RMA-P1", "MUG-S", 8000}, {"RMA-P2", "MUG-L", 20000}}) {
            ReturnRecord r;
            r.rma = QString::fromLatin1(rma);
            r.orderId = s.order.orderId;
            r.carrier = s.carrier;
            r.trackingNumber = s.trackingNumber;
            r.requestedAt = test::fixedNow().addDays(-1);
            r.updatedAt = r.requestedAt;
            r.reason = ReturnReason::ChangedMind;
            ReturnItem item;
            item.sku = QString::fromLatin1(sku);
            item.name = item.sku;
            item.category = QStringLiteral("home");
            item.unitPriceCents = cents;
            item.quantity = 1;
            r.items << item;
            r.amountCents = cents;
            r.currency = QStringLiteral("USD");
            returns << r;
        }
        ShipmentIngestor ingestor(*server->db);
        QVERIFY2(ingestor.ingest({s}, test::fixedNowMs(), nullptr, &error), qPrintable(error));
        QVERIFY2(ingestor.ingestReturns(returns, test::fixedNowMs(), &error), qPrintable(error));
        const qint64 small = scalar(*server->db, QStringLiteral("SELECT id FROM returns WHERE rma = 'RMA-P1'"));
        const qint64 large = scalar(*server->db, QStringLiteral("SELECT id FROM returns WHERE rma = 'RMA-P2'"));
        const auto returnRow = [](const Database &db, qint64 id) {
            return returnColumns(db, id, "status, decided_by, decision_note, version");
        };

        // A replica that pulled them requested judges them, and approves nothing itself.
        auto client = openClient();
        QVERIFY(sync(*client, *server, login(*server, "maria")));
        const ReturnPolicy policy = ReturnPolicyInForce::read(*client);
        QVERIFY2(ReturnVerdictStore(*client).judgeAll(policy, test::fixedNowMs(), &error), qPrintable(error));
        QCOMPARE(ReturnVerdictStore(*client).verdict(small, &error)->autoApprove, true);
        const auto byReplica = ReturnAutoApproval(*client).approveJudged(policy, test::fixedNowMs(), &error);
        QVERIFY2(byReplica, qPrintable(error));
        QCOMPARE(*byReplica, 0);
        QCOMPARE(returnRow(*client, small).value(0), QStringLiteral("0"));
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM outbox")), 0);

        // The server approves after the ingest, as it does after each carrier poll; once.
        const qint64 now = test::runningNowMs();
        auto approved = server::PolicyApprovals(*server->db).run(now, &error);
        QVERIFY2(approved, qPrintable(error));
        QCOMPARE(*approved, 1);
        approved = server::PolicyApprovals(*server->db).run(now, &error);
        QVERIFY2(approved, qPrintable(error));
        QCOMPARE(*approved, 0);
        const QString note = QStringLiteral("Approved by policy v%1 (auto_approve): eligible; worth USD 80.00 (automatic below "
                                            "USD 150.00)").arg(policy.version);
        QCOMPARE(returnRow(*server->db, small), QStringList({QStringLiteral("1"), QStringLiteral("policy"), note, QStringLiteral("2")}));
        QCOMPARE(returnRow(*server->db, large).value(0), QStringLiteral("0"));

        // In the audit log like any decision, by the system actor.
        const QByteArray meg = login(*server, "meg");
        HttpAnswer answer = request(server->url, "GET", QStringLiteral("/v1/audit?entity=return&entity_id=%1").arg(small), meg);
        QCOMPARE(answer.status, 200);
        const QJsonArray entries = answer.json.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("actor")).toString(), QStringLiteral("policy"));
        QCOMPARE(entry.value(QStringLiteral("role")).toString(), QStringLiteral("system"));
        QCOMPARE(entry.value(QStringLiteral("op")).toString(), QStringLiteral("approve"));
        QCOMPARE(entry.value(QStringLiteral("params")).toObject().value(QStringLiteral("note")).toString(), note);
        QCOMPARE(entry.value(QStringLiteral("version_before")).toInt(), 1);
        QCOMPARE(entry.value(QStringLiteral("version_after")).toInt(), 2);

        // The replica pulls it approved; its outbox stays empty.
        QVERIFY(sync(*client, *server, login(*server, "maria")));
        QCOMPARE(returnRow(*client, small), returnRow(*server->db, small));
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM outbox")), 0);

        // A manager saves a policy that approves up to 250.00: the server approves the other
        // return as the setting is saved, and the replica pulls both.
        answer = request(server->url, "GET", QStringLiteral("/v1/settings/return_policy"), meg);
        QCOMPARE(answer.status, 200);
        answer = request(server->url, "PUT", QStringLiteral("/v1/settings/return_policy"), meg,
                         QByteArrayLiteral(R"({"version":7,"auto_approve_below_cents":{"USD":25000}})"),
                         {{"If-Match", answer.header("ETag")}, {"Content-Type", "application/json"}});
        QVERIFY2(answer.status == 200, answer.body.constData());
        QCOMPARE(returnRow(*server->db, large),
                 QStringList({QStringLiteral("1"), QStringLiteral("policy"),
                              QStringLiteral("Approved by policy v7 (auto_approve): eligible; worth USD 200.00 (automatic below "
                                             "USD 250.00)"),
                              QStringLiteral("2")}));
        QVERIFY(sync(*client, *server, login(*server, "maria")));
        compareStores(*server->db, *client);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM returns WHERE decided_by = 'policy'")), 2);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM outbox")), 0);

        // The same returns imported again on the server (still "requested" in the file):
        // the policy's approvals stand, no version moves, the change log gets nothing.
        const qint64 logged = scalar(*server->db, QStringLiteral("SELECT max(seq) FROM change_log"));
        const QStringList smallBefore = returnRow(*server->db, small);
        ReturnIngestCounts again;
        QVERIFY2(ingestor.ingestReturns(returns, test::fixedNowMs(), &error, &again), qPrintable(error));
        QCOMPARE(again.returnsUnchanged, 2);
        QCOMPARE(again.statusesKept, 2);
        QCOMPARE(returnRow(*server->db, small), smallBefore);
        QCOMPARE(returnRow(*server->db, large).value(3), QStringLiteral("2"));
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT max(seq) FROM change_log")), logged);
        QVERIFY(sync(*client, *server, login(*server, "maria")));
        compareStores(*server->db, *client);
    }

    // Label expiry (docs/RETURNS.md, "Label expiry"): the server records when a label was
    // issued (SQLite and PostgreSQL triggers alike), closes the return once the label is
    // the policy's 28 days old, through the edit path with its audit entry, once; a
    // replica pulls the label time and the closing and closes nothing itself.
    void theServerClosesExpiredLabelsAndReplicasPullThem()
    {
        auto server = startServer(0);
        QString error;
        // Labels issued 28 d and 27 d before the fixed instant (their records' last change).
        QList<ReturnRecord> returns;
        for (const auto &[rma, days] : {std::pair{"RMA-L1", 28}, {"RMA-L2", 27}}) {
            ReturnRecord r;
            r.rma = QString::fromLatin1(rma);
            r.orderId = QStringLiteral("#L");
            r.requestedAt = test::fixedNow().addDays(-days - 1);
            r.updatedAt = test::fixedNow().addDays(-days);
            r.status = ReturnStatus::LabelIssued;
            r.reverseCarrier = QStringLiteral("dpd");
            r.reverseTrackingNumber = QStringLiteral("RET-%1").arg(QLatin1String(rma));
            r.currency = QStringLiteral("USD");
            returns << r;
        }
        QVERIFY2(ShipmentIngestor(*server->db).ingestReturns(returns, test::fixedNowMs(), &error), qPrintable(error));
        const qint64 expired = scalar(*server->db, QStringLiteral("SELECT id FROM returns WHERE rma = 'RMA-L1'"));
        const qint64 running = scalar(*server->db, QStringLiteral("SELECT id FROM returns WHERE rma = 'RMA-L2'"));
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT label_issued_at_ms FROM returns WHERE id = %1").arg(expired)),
                 test::fixedNow().addDays(-28).toMSecsSinceEpoch());
        const auto returnRow = [](const Database &db, qint64 id) {
            return returnColumns(db, id, "status, decision_note, version, label_issued_at_ms");
        };

        // The replica pulls the label time, and closes nothing itself.
        auto client = openClient();
        QVERIFY(sync(*client, *server, login(*server, "maria")));
        QCOMPARE(returnRow(*client, expired), returnRow(*server->db, expired));
        const auto byReplica = ReturnLabelExpiry(*client).expireDue(ReturnPolicyInForce::read(*client), test::fixedNowMs(), &error);
        QVERIFY2(byReplica, qPrintable(error));
        QVERIFY(byReplica->replica);
        QCOMPARE(returnRow(*client, expired).value(0), QStringLiteral("3"));
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM outbox")), 0);

        // The server closes the 28-day-old one at the fixed instant (its refresh), once.
        auto outcome = server::LabelExpiries(*server->db).run(test::fixedNowMs(), &error);
        QVERIFY2(outcome, qPrintable(error));
        QCOMPARE(outcome->closed, 1);
        outcome = server::LabelExpiries(*server->db).run(test::fixedNowMs(), &error);
        QVERIFY2(outcome, qPrintable(error));
        QCOMPARE(outcome->closed, 0);
        QCOMPARE(returnRow(*server->db, expired).mid(0, 3),
                 QStringList({QStringLiteral("10"), QStringLiteral("label expired unused"), QStringLiteral("2")}));
        QCOMPARE(returnRow(*server->db, running).value(0), QStringLiteral("3"));

        const QByteArray meg = login(*server, "meg");
        const HttpAnswer answer =
            request(server->url, "GET", QStringLiteral("/v1/audit?entity=return&entity_id=%1").arg(expired), meg);
        QCOMPARE(answer.status, 200);
        const QJsonArray entries = answer.json.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(QStringLiteral("actor")).toString(), QStringLiteral("policy"));
        QCOMPARE(entry.value(QStringLiteral("role")).toString(), QStringLiteral("system"));
        QCOMPARE(entry.value(QStringLiteral("op")).toString(), QStringLiteral("expire_label"));
        QCOMPARE(entry.value(QStringLiteral("params")).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("label expired unused"));

        // No user can send the op: the server has no such edit.
        const HttpAnswer refused = request(server->url, "POST", QStringLiteral("/v1/returns/%1/expire_label").arg(running), meg,
                                           QByteArrayLiteral(R"({"reason":"label expired unused"})"),
                                           {{"If-Match", "\"1\""}, {"Content-Type", "application/json"}});
        QCOMPARE(refused.status, 404);
        QCOMPARE(returnRow(*server->db, running).value(0), QStringLiteral("3"));

        // The replica pulls the closing; its outbox stays empty.
        QVERIFY(sync(*client, *server, login(*server, "maria")));
        QCOMPARE(returnRow(*client, expired), returnRow(*server->db, expired));
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(returnRow(*client, running), returnRow(*server->db, running));
    }

    // Time-based conditions appear on a schedule (the server's 5-minute refresh), and
    // what the refresh changes goes out on the feed.
    void exceptionRefreshFeedsTheChangeLog()
    {
        auto server = startServer(200);
        const qint64 before = scalar(*server->db, QStringLiteral("SELECT max(seq) FROM change_log"));
        ShipmentIngestor ingestor(*server->db);
        IngestCounts counts;
        QString error;
        const qint64 later = test::runningNowMs() + 20 * 24 * 3'600'000LL;
        QVERIFY2(ingestor.refreshExceptions(later, &counts, &error, {}, 64), qPrintable(error));
        QVERIFY(counts.exceptionsOpened + counts.exceptionsUpdated + counts.exceptionsResolved > 0);
        QVERIFY(scalar(*server->db, QStringLiteral("SELECT max(seq) FROM change_log")) > before);
        auto client = openClient();
        QVERIFY(sync(*client, *server, login(*server, "ana")));
        compareStores(*server->db, *client);
    }

    // Two connections writing changes at once take turns until the first commits (on
    // PostgreSQL through the change log's advisory lock), so change-log sequence numbers
    // are in commit order and a feed reader never passes one that commits later.
    void changeLoggingWritersTakeTurns()
    {
        const QString location = newServerStore();
        auto server = synctest::startServer(location, 4, testConfig());
        QString error;
        auto other = ServerSchema::openStore(location, &error);
        QVERIFY2(other, qPrintable(error));
        const bool pg = other->dialect().isPostgres();
        QSqlQuery first(server->db->connection());
        QVERIFY(first.exec(server->db->dialect().beginWrite()));
        QVERIFY(first.exec(QStringLiteral("UPDATE shipments SET version = version + 1 WHERE id = 1")));
        QSqlQuery second(other->connection());
        QVERIFY(second.exec(pg ? QStringLiteral("SET lock_timeout = '200ms'") : QStringLiteral("PRAGMA busy_timeout = 200")));
        const bool wrote = second.exec(QStringLiteral("UPDATE shipments SET version = version + 1 WHERE id = 2"));
        QVERIFY2(!wrote, "a second writer changed a logged table while the first had not committed");
        QVERIFY(first.exec(QStringLiteral("COMMIT")));
        QVERIFY2(second.exec(QStringLiteral("UPDATE shipments SET version = version + 1 WHERE id = 2")), qPrintable(second.lastError().text()));
        QVERIFY(scalar(*server->db, QStringLiteral("SELECT seq FROM change_log WHERE entity = 'shipment' AND entity_id = 1"))
                < scalar(*server->db, QStringLiteral("SELECT seq FROM change_log WHERE entity = 'shipment' AND entity_id = 2")));
    }

    // Both databases get the same tables and columns from the one list of steps (SQLite's
    // full-text index, the exception queue and the KPI rollups aside: SQLite only).
    void schemaIsTheSameOnBothBackends()
    {
        auto server = startServer(0);
        QString error;
        auto sqlite = ServerSchema::openStore(path(QStringLiteral("reference")), &error);
        QVERIFY2(sqlite, qPrintable(error));
        const auto columns = [](const Database &db) {
            QStringList out;
            QSqlQuery query(db.connection());
            const bool ok = db.dialect().isPostgres()
                ? query.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                            "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"))
                : query.exec(QStringLiteral("SELECT m.name, c.name FROM sqlite_schema m, pragma_table_info(m.name) c "
                                            "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
                                            "AND m.name NOT LIKE 'shipment_search%' AND m.name NOT LIKE 'kpi_%' "
                                            "AND m.name NOT IN ('exception_queue', 'return_verdicts') "
                                            "ORDER BY m.name, c.cid"));
            while (ok && query.next())
                out << query.value(0).toString() + QLatin1Char('.') + query.value(1).toString();
            return out;
        };
        const QStringList expected = columns(*sqlite);
        QVERIFY(expected.contains(QStringLiteral("change_log.seq")));
        QCOMPARE(columns(*server->db), expected);
        for (const char *key : {"schema_version", "server_schema_version"})
            QCOMPARE(scalar(*server->db, QStringLiteral("SELECT value FROM meta WHERE key = '%1'").arg(QLatin1String(key))),
                     scalar(*sqlite, QStringLiteral("SELECT value FROM meta WHERE key = '%1'").arg(QLatin1String(key))));
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT length(value) FROM meta WHERE key = 'server_id'")), 16);
    }

    // A store written by the build before PostgreSQL support (tests/fixtures/store, made by
    // main's controltower-cli demo and controltower-server --create-user) opens, changed
    // only by the server's later schema steps.
    void sqliteStoreOfMainOpensUnchanged()
    {
        const QString file = path(QStringLiteral("main-v3"));
        QVERIFY(QFile::copy(QStringLiteral(CT_FIXTURES_DIR "/store/main-v3-served.db"), file));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        const auto schema = [](const Database &db) {
            QStringList out;
            QSqlQuery query(db.connection());
            query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name"));
            while (query.next())
                out << QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                   query.value(3).toString()}.join(QLatin1Char('|'));
            return out;
        };
        QStringList before;
        {
            QString error;
            auto raw = Database::openAtVersion(file, 3, &error);
            QVERIFY2(raw, qPrintable(error));
            before = schema(*raw);
        }
        QString error;
        // A store created today, stopped at that version, is built the same way, object for
        // object, but for the server's idempotency records (server schema 3 changed them).
        // Server steps up to 3 only: step 4 logs team settings, a table of core's schema 9.
        {
            auto freshV3 = Database::openAtVersion(path(QStringLiteral("fresh-v3")), 3, &error);
            QVERIFY2(freshV3, qPrintable(error));
            QVERIFY2(ServerSchema::migrate(freshV3->connection(), &error, 3), qPrintable(error));
            const auto withoutIdempotency = [](QStringList objects) {
                objects.removeIf([](const QString &o) { return o.contains(QLatin1String("|idempotency|")); });
                return objects;
            };
            QCOMPARE(withoutIdempotency(schema(*freshV3)), withoutIdempotency(before));
        }
        // Opened by this build, it is upgraded in place to what a store created today is.
        auto db = ServerSchema::openStore(file, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(integrityOk(*db));
        // Upgraded in place to what a store created today is, object for object (the
        // server's idempotency records gained their index by age on the way).
        auto fresh = ServerSchema::openStore(path(QStringLiteral("fresh")), &error);
        QVERIFY2(fresh, qPrintable(error));
        QCOMPARE(schema(*db), schema(*fresh));
        QVERIFY(schema(*db).contains(QStringLiteral("index|idempotency_by_age|idempotency|CREATE INDEX idempotency_by_age ON "
                                                    "idempotency(created_at_ms)")));
        // It still serves: its user logs in with the stored hash, its feed pages.
        AuthService auth(*db, 1000, 3'600'000);
        QVERIFY2(auth.login(QStringLiteral("admin"), QStringLiteral("fixture-password"), test::runningNowMs(), &error),
                 qPrintable(error));
        const qint64 shipments = scalar(*db, QStringLiteral("SELECT count(*) FROM shipments"));
        QCOMPARE(shipments, 25);
        ShipmentIngestor ingestor(*db);
        QVERIFY2(ingestor.refreshExceptions(test::runningNowMs(), nullptr, &error), qPrintable(error));
        QVERIFY(integrityOk(*db));
    }

    // The real executable on this backend: demo fill, then serving it.
    void serverExecutableServesDemoData()
    {
        const QString store = newServerStore();
        QProcess server;
        server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        test::endWithTest(server);
        server.start(QStringLiteral(CT_SERVER_BINARY),
                     {QStringLiteral("--db"), store, QStringLiteral("--demo"), QStringLiteral("60"),
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QByteArray output;
        QDeadlineTimer deadline(60'000);
        // However long the demo fill takes on this machine: until it listens, exits or a minute passes.
        while (!output.contains("listening on") && !deadline.hasExpired() && server.state() != QProcess::NotRunning) {
            server.waitForReadyRead(1000);
            output += server.readAll();
        }
        const int at = output.indexOf("http://");
        QVERIFY2(at >= 0, output.constData());
        const QUrl url(QString::fromLatin1(output.mid(at).trimmed()));
        QVERIFY2(output.contains("stored 60 demo shipments"), output.constData());
        const HttpAnswer health = request(url, "GET", QStringLiteral("/v1/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(QStringLiteral("schema_version")).toInt(), SchemaMigrator::latestVersion());
        server.terminate();
        QVERIFY(server.waitForFinished(10'000));
        // What it stored is a served store with every demo shipment on the change feed.
        QString error;
        auto db = ServerSchema::openStore(store, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'shipment'")), 60);
    }

    // Store errors stop the server with exit code 3 and a message that says where and why;
    // a password never shows in them.
    void storeErrorsAreLocated()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("PGPASSWORD"));
        if (!m_postgres) {
            auto [code, output] = runServer({QStringLiteral("--db"), m_dir.path()}, environment);
            QCOMPARE(code, 3);
            QVERIFY2(output.contains(QLatin1String("is a directory")), qPrintable(output));
            return;
        }
        QString error;
        const QString database = m_postgres->createDatabase(&error);
        QVERIFY2(!database.isEmpty(), qPrintable(error));

        // Nobody listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        auto [code, output] = runServer({QStringLiteral("--db"), QStringLiteral("postgresql://ctadmin:hunter2secret@127.0.0.1:%1/%2")
                                                                     .arg(closedPort).arg(database)}, environment);
        QCOMPARE(code, 3);
        QVERIFY2(output.contains(QStringLiteral("postgresql://ctadmin@127.0.0.1:%1/%2: cannot connect to PostgreSQL").arg(closedPort).arg(database))
                     && output.contains(QLatin1String("Connection refused")),
                 qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("warning: a password in the URL")), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("hunter2secret")), qPrintable(output));

        // Wrong password over TCP, from PGPASSWORD.
        environment.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("not the password"));
        std::tie(code, output) = runServer({QStringLiteral("--db"), m_postgres->tcpUrl(database)}, environment);
        QCOMPARE(code, 3);
        QVERIFY2(output.contains(QLatin1String("password authentication failed")), qPrintable(output));
        QVERIFY2(!output.contains(QLatin1String("not the password")), qPrintable(output));

        // The right one: the store is created, a user with it.
        environment.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(PostgresCluster::Password));
        std::tie(code, output) = runServer({QStringLiteral("--db"), m_postgres->tcpUrl(database), QStringLiteral("--create-user"),
                                            QStringLiteral("root"), QStringLiteral("--role"), QStringLiteral("admin")},
                                           environment, "long enough password\n");
        QVERIFY2(code == 0 && output.contains(QLatin1String("created user root")), qPrintable(output));

        // No such database; a database holding another application's tables.
        std::tie(code, output) = runServer({QStringLiteral("--db"), m_postgres->tcpUrl(QStringLiteral("nothing_here"))}, environment);
        QCOMPARE(code, 3);
        QVERIFY2(output.contains(QLatin1String("database \"nothing_here\" does not exist")), qPrintable(output));
        const QString other = m_postgres->createDatabase(&error);
        {
            QString openError;
            QSqlDatabase foreign = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("foreign"));
            foreign.setDatabaseName(other);
            foreign.setHostName(QStringLiteral("127.0.0.1"));
            foreign.setPort(m_postgres->port());
            foreign.setUserName(QString::fromLatin1(PostgresCluster::Superuser));
            foreign.setPassword(QString::fromLatin1(PostgresCluster::Password));
            QVERIFY(foreign.open());
            QVERIFY(QSqlQuery(foreign).exec(QStringLiteral("CREATE TABLE invoices (id BIGINT)")));
            foreign.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        std::tie(code, output) = runServer({QStringLiteral("--db"), m_postgres->tcpUrl(other)}, environment);
        QCOMPARE(code, 3);
        QVERIFY2(output.contains(QLatin1String("not a Control Tower store")), qPrintable(output));
        // A URL it cannot use is a usage error of the store option.
        std::tie(code, output) = runServer({QStringLiteral("--db"), QStringLiteral("postgresql://127.0.0.1/")}, environment);
        QCOMPARE(code, 3);
        QVERIFY2(output.contains(QLatin1String("names no database")), qPrintable(output));
    }

private:
    static bool integrityOk(const Database &db) { return db.integrityCheck() == QLatin1String("ok"); }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
