// SPDX-License-Identifier: MIT
// Sync between a real controltower-server (in process, real HTTP on loopback) and client
// stores: round trips, conflicts, idempotent replays, faults, auth and roles.
#include "synctestsupport.h"

#include "edits/editcatalog.h"
#include "store/database.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::server;
using namespace synctest;


class TestSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString path(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2.db").arg(name).arg(++m_files)); }

    std::unique_ptr<TestServer> startServer(int demoShipments, double faultRate = 0.0)
    {
        return synctest::startServer(path(QStringLiteral("server")), demoShipments, faultRate);
    }

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
        SyncEngine engine(client, options);
        QSignalSpy done(&engine, &SyncEngine::finished);
        engine.start();
        if (!done.wait(60'000))
            return false;
        if (message)
            *message = done.first().at(1).toString();
        return done.first().at(0).toBool();
    }

    std::unique_ptr<Database> openClient()
    {
        QString error;
        auto db = Database::open(path(QStringLiteral("client")), &error);
        if (!db)
            qFatal("client: %s", qPrintable(error));
        return db;
    }

    static void compareStores(const Database &server, const Database &client)
    {
        const QString difference = synctest::differenceBetween(server, client);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // An open exception id, and a return id put into `status` for the test.
    static qint64 openException(const Database &db, int offset)
    {
        return scalar(db, QStringLiteral("SELECT id FROM exceptions WHERE status = 0 ORDER BY id LIMIT 1 OFFSET %1").arg(offset));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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
        QVERIFY(integrityOk(*client));
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
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
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
        const qint64 id = openException(*server->db, 0);
        QVERIFY(id > 0);
        const EditOp *assign = EditCatalog::find(EntityKind::Exception, u"assign");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
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
                id = openException(*server->db, n % 5);
                if (name == QLatin1String("assign")) body = R"({"assignee":"omar"})";
                else if (name == QLatin1String("status")) body = R"({"status":"resolved"})";
                else if (name == QLatin1String("note")) body = R"({"text":"customer called"})";
                else if (name == QLatin1String("reattempt") || name == QLatin1String("reschedule")) body = R"({"date":"2099-01-31"})";
                else if (name == QLatin1String("update_address")) body = R"({"address":{"line1":"1 Main St","city":"Austin","postal":"78701","country":"US"}})";
                else if (name == QLatin1String("update_phone")) body = R"({"phone":"+15125550147"})";
                else if (name == QLatin1String("convert_to_pickup")) body = R"({"pickup_point_id":"PP-9"})";
                else if (name == QLatin1String("refund")) body = R"({"amount_cents":1299,"currency":"USD"})";
                else if (name == QLatin1String("contact_customer")) body = R"({"template":"ndr_first","channel":"whatsapp"})";
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
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        int queued = 0;
        for (int i = 0; i < 10; ++i) {
            const qint64 id = openException(*client, i);
            QVERIFY2(id > 0, "the demo data has at least 10 open exceptions");
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
        const qint64 id = openException(*server->db, 0);
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
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        auto server = startServer(5);
        const QByteArray token = login(*server, "maria");
        ServerConfig config;
        config.requestsPerSecond = 1;
        config.requestBurst = 2;
        config.passwordIterations = 1000;
        ApiService limited(*server->db, config, [] { return QDateTime::currentMSecsSinceEpoch(); });
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

private:
    static bool integrityOk(const Database &db) { return db.integrityCheck() == QLatin1String("ok"); }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
