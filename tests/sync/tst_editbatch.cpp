// SPDX-License-Identifier: MIT
// POST /v1/edits over real HTTP on loopback: each edit of a batch gets the result the
// single-edit route would give it, a refused edit leaves no trace and stops nothing, a
// replayed batch applies nothing twice, and SyncEngine pushes through batches (falling
// back to single edits against a server without them).
#include "syncsupport.h"

#include "edits/editcatalog.h"
#include "store/database.h"
#include "sync/outbox.h"

#include "support/testclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::server;
using namespace ct::synctest;

class TestEditBatch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    int m_keys = 0;

    QString path(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(name)); }

    std::unique_ptr<TestServer> start(const ServerConfig &config = testConfig())
    {
        return startServer(path(QStringLiteral("server.db")), 400, config);
    }

    static qint64 version(const TestServer &server, qint64 exception)
    {
        return scalar(*server.db, QStringLiteral("SELECT version FROM exceptions WHERE id = %1").arg(exception));
    }

    static qint64 audits(const TestServer &server)
    {
        return scalar(*server.db, QStringLiteral("SELECT count(*) FROM audit_log"));
    }

    // The n-th open exception (0-based), by id.
    static qint64 openException(const TestServer &server, int n)
    {
        return scalar(*server.db, QStringLiteral("SELECT id FROM exceptions WHERE status = 0 ORDER BY id LIMIT 1 OFFSET %1").arg(n));
    }

    // A note edit on `exception` at its current version, with a fresh key.
    QString note(const TestServer &server, qint64 exception, const QString &text)
    {
        return QStringLiteral(R"({"entity":"exception","id":%1,"op":"note","if_match":%2,"idempotency_key":"k%3","params":{"text":"%4"}})")
            .arg(exception).arg(version(server, exception)).arg(++m_keys).arg(text);
    }

    static HttpAnswer post(const TestServer &server, const QByteArray &token, const QStringList &edits)
    {
        return request(server.url, "POST", QStringLiteral("/v1/edits"), token,
                       QStringLiteral("{\"edits\":[%1]}").arg(edits.join(QLatin1Char(','))).toUtf8());
    }

    static QJsonObject result(const HttpAnswer &answer, int index)
    {
        return answer.json.value(QStringLiteral("results")).toArray().at(index).toObject();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // One refused edit between two good ones: its own status and problem, nothing of it
    // stored, and the others applied.
    void everyEditHasItsOwnResult_data()
    {
        QTest::addColumn<QString>("edit"); // {id}, {version}, {key} are filled in
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("field"); // the problem's errors[0].field, when it names one
        QTest::addColumn<bool>("current");  // the result carries the entity as it is now

        QTest::newRow("stale version") << QStringLiteral(R"({"entity":"exception","id":{id},"op":"note","if_match":0,"idempotency_key":"{key}","params":{"text":"late"}})")
                                       << 412 << "version-mismatch" << "" << true;
        QTest::newRow("refund by an agent") << QStringLiteral(R"({"entity":"exception","id":{id},"op":"refund","if_match":{version},"idempotency_key":"{key}","params":{"amount_cents":100,"currency":"USD"}})")
                                            << 403 << "forbidden" << "" << true;
        QTest::newRow("unknown op") << QStringLiteral(R"({"entity":"exception","id":{id},"op":"paint","if_match":{version},"idempotency_key":"{key}"})")
                                    << 404 << "not-found" << "" << true;
        QTest::newRow("no such exception") << QStringLiteral(R"({"entity":"exception","id":999999,"op":"note","if_match":1,"idempotency_key":"{key}","params":{"text":"x"}})")
                                           << 404 << "not-found" << "" << false;
        QTest::newRow("invalid params") << QStringLiteral(R"({"entity":"exception","id":{id},"op":"note","if_match":{version},"idempotency_key":"{key}","params":{"text":""}})")
                                        << 400 << "validation" << "text" << true;
        QTest::newRow("params not an object") << QStringLiteral(R"({"entity":"exception","id":{id},"op":"note","if_match":{version},"idempotency_key":"{key}","params":"x"})")
                                              << 400 << "validation" << "edits[1].params" << true;
        QTest::newRow("invalid transition") << QStringLiteral(R"({"entity":"exception","id":{id},"op":"status","if_match":{version},"idempotency_key":"{key}","params":{"status":"open"}})")
                                            << 409 << "invalid-transition" << "" << true;
        QTest::newRow("no idempotency key") << QStringLiteral(R"({"entity":"exception","id":{id},"op":"claim","if_match":{version}})")
                                            << 400 << "validation" << "edits[1].idempotency_key" << true;
        QTest::newRow("bad idempotency key") << QStringLiteral(R"({"entity":"exception","id":{id},"op":"claim","if_match":{version},"idempotency_key":"a b"})")
                                             << 400 << "validation" << "edits[1].idempotency_key" << true;
        QTest::newRow("no version") << QStringLiteral(R"({"entity":"exception","id":{id},"op":"claim","idempotency_key":"{key}"})")
                                    << 428 << "precondition-required" << "" << true;
        QTest::newRow("version not an integer") << QStringLiteral(R"({"entity":"exception","id":{id},"op":"claim","if_match":"7","idempotency_key":"{key}"})")
                                                << 400 << "validation" << "edits[1].if_match" << true;
        QTest::newRow("unknown member") << QStringLiteral(R"({"entity":"exception","id":{id},"op":"claim","colour":"red"})")
                                        << 400 << "validation" << "edits[1].colour" << false;
        QTest::newRow("a shipment") << QStringLiteral(R"({"entity":"shipment","id":{id},"op":"claim"})")
                                    << 400 << "validation" << "edits[1].entity" << false;
        QTest::newRow("id zero") << QStringLiteral(R"({"entity":"exception","id":0,"op":"claim"})")
                                 << 400 << "validation" << "edits[1].id" << false;
        QTest::newRow("not an object") << QStringLiteral("[1]") << 400 << "validation" << "edits[1]" << false;
    }

    void everyEditHasItsOwnResult()
    {
        QFETCH(QString, edit);
        QFETCH(int, status);
        QFETCH(QString, slug);
        QFETCH(QString, field);
        QFETCH(bool, current);
        auto server = start();
        const QByteArray maria = login(server->url, "maria");
        const qint64 first = openException(*server, 0);
        const qint64 middle = openException(*server, 1);
        const qint64 last = openException(*server, 2);
        QVERIFY(first > 0 && middle > 0 && last > 0);
        const qint64 middleVersion = version(*server, middle);
        edit.replace(QLatin1String("{id}"), QString::number(middle))
            .replace(QLatin1String("{version}"), QString::number(middleVersion))
            .replace(QLatin1String("{key}"), QStringLiteral("middle"));
        const qint64 before = audits(*server);

        const HttpAnswer answer = post(*server, maria, {note(*server, first, QStringLiteral("one")), edit,
                                                        note(*server, last, QStringLiteral("three"))});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QStringLiteral("applied")).toInt(), 2);
        QCOMPARE(answer.json.value(QStringLiteral("refused")).toInt(), 1);
        QCOMPARE(result(answer, 0).value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(result(answer, 2).value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(result(answer, 2).value(QStringLiteral("etag")).toString(), QStringLiteral("\"%1\"").arg(version(*server, last)));
        QCOMPARE(result(answer, 2).value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toInteger(), last);

        const QJsonObject refused = result(answer, 1);
        QCOMPARE(refused.value(QStringLiteral("index")).toInt(), 1);
        QCOMPARE(refused.value(QStringLiteral("status")).toInt(), status);
        QVERIFY(!refused.contains(QStringLiteral("data")));
        const QJsonObject problem = refused.value(QStringLiteral("problem")).toObject();
        QCOMPARE(problem.value(QStringLiteral("type")).toString(), QStringLiteral("urn:controltower:problem:") + slug);
        QCOMPARE(problem.value(QStringLiteral("status")).toInt(), status);
        QVERIFY(!problem.value(QStringLiteral("detail")).toString().isEmpty());
        if (!field.isEmpty())
            QCOMPARE(problem.value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("field")).toString(), field);
        QCOMPARE(refused.contains(QStringLiteral("current")), current);
        if (current)
            QCOMPARE(refused.value(QStringLiteral("current")).toObject().value(QStringLiteral("version")).toInteger(), middleVersion);
        if (status == 412) {
            QCOMPARE(refused.value(QStringLiteral("etag")).toString(), QStringLiteral("\"%1\"").arg(middleVersion));
            QCOMPARE(problem.value(QStringLiteral("current")).toObject().value(QStringLiteral("version")).toInteger(), middleVersion);
        }
        // Nothing of the refused edit is stored; the two others are.
        QCOMPARE(version(*server, middle), middleVersion);
        QCOMPARE(audits(*server), before + 2);
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM idempotency WHERE key = 'middle'")), 0);
    }

    // The answer was lost: the same batch again answers every applied edit as before,
    // replayed, and applies nothing; a refused edit is judged again. A single edit with
    // the same key, path and body is the same edit.
    void replayedBatchAppliesNothingTwice()
    {
        auto server = start();
        const QByteArray maria = login(server->url, "maria");
        const qint64 a = openException(*server, 0);
        const qint64 b = openException(*server, 1);
        const QStringList edits{note(*server, a, QStringLiteral("first")), note(*server, b, QStringLiteral("second")),
                                QStringLiteral(R"({"entity":"exception","id":%1,"op":"status","if_match":%2,"idempotency_key":"reopen","params":{"status":"open"}})")
                                    .arg(b).arg(version(*server, b) + 1)};
        const HttpAnswer first = post(*server, maria, edits);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QStringLiteral("applied")).toInt(), 2);
        QCOMPARE(result(first, 2).value(QStringLiteral("status")).toInt(), 409);
        const qint64 applied = audits(*server);
        const qint64 versionA = version(*server, a);

        const HttpAnswer again = post(*server, maria, edits);
        QCOMPARE(again.status, 200);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(result(again, i).value(QStringLiteral("status")).toInt(), 200);
            QCOMPARE(result(again, i).value(QStringLiteral("replayed")).toBool(), true);
            QCOMPARE(result(again, i).value(QStringLiteral("data")), result(first, i).value(QStringLiteral("data")));
            QCOMPARE(result(again, i).value(QStringLiteral("etag")), result(first, i).value(QStringLiteral("etag")));
        }
        QVERIFY(!result(first, 0).contains(QStringLiteral("replayed")));
        QCOMPARE(result(again, 2).value(QStringLiteral("status")).toInt(), 409);
        QCOMPARE(audits(*server), applied);
        QCOMPARE(version(*server, a), versionA);

        // The first edit through its own route, same key and body: replayed too.
        const QJsonObject edit = QJsonDocument::fromJson(edits.first().toUtf8()).object();
        const HttpAnswer single = request(server->url, "POST", QStringLiteral("/v1/exceptions/%1/note").arg(a), maria,
                                          R"({"text":"first"})",
                                          {{"If-Match", "\"1\""}, {"Idempotency-Key", edit.value(QStringLiteral("idempotency_key")).toString().toLatin1()}});
        QCOMPARE(single.status, 200);
        QCOMPARE(single.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(audits(*server), applied);
        // The same key for another edit is refused, in a batch as alone.
        QString reused = edits.first();
        reused.replace(QLatin1String("first"), QLatin1String("other"));
        const HttpAnswer refused = post(*server, maria, {reused});
        QCOMPARE(result(refused, 0).value(QStringLiteral("status")).toInt(), 422);
        QCOMPARE(audits(*server), applied);
    }

    // Two edits of one exception in one batch: the second must name the version the
    // first gives it.
    void editsOfOneEntityChain()
    {
        auto server = start();
        const QByteArray maria = login(server->url, "maria");
        const qint64 a = openException(*server, 0);
        const qint64 v = version(*server, a);
        const QString edit = QStringLiteral(R"({"entity":"exception","id":%1,"op":"note","if_match":%2,"idempotency_key":"%3","params":{"text":"n"}})");
        const HttpAnswer stale = post(*server, maria, {edit.arg(a).arg(v).arg(QStringLiteral("c1")), edit.arg(a).arg(v).arg(QStringLiteral("c2"))});
        QCOMPARE(result(stale, 0).value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(result(stale, 1).value(QStringLiteral("status")).toInt(), 412);
        const HttpAnswer chained = post(*server, maria, {edit.arg(a).arg(v + 1).arg(QStringLiteral("c3")), edit.arg(a).arg(v + 2).arg(QStringLiteral("c4"))});
        QCOMPARE(result(chained, 0).value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(result(chained, 1).value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(version(*server, a), v + 3);
    }

    // A batch that is not one is refused as a whole, and nothing is applied.
    void malformedBatchesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail"); // a part of the problem's detail
        QTest::newRow("not JSON") << QByteArray(R"({"edits":[)") << QByteArray("application/json") << 400 << "not valid JSON";
        QTest::newRow("no edits") << QByteArray(R"({})") << QByteArray("application/json") << 400 << "array \"edits\"";
        QTest::newRow("edits not an array") << QByteArray(R"({"edits":{}})") << QByteArray("application/json") << 400 << "array \"edits\"";
        QTest::newRow("empty") << QByteArray(R"({"edits":[]})") << QByteArray("application/json") << 400 << "1 to 3 edits; it has 0";
        QTest::newRow("too many") << QByteArray(R"({"edits":[{},{},{},{}]})") << QByteArray("application/json") << 400 << "1 to 3 edits; it has 4";
        QTest::newRow("unknown member") << QByteArray(R"({"edits":[{}],"all_or_nothing":true})") << QByteArray("application/json") << 400 << "all_or_nothing";
        QTest::newRow("duplicate member") << QByteArray(R"({"edits":[],"edits":[]})") << QByteArray("application/json") << 400 << "edits";
        QTest::newRow("not JSON media type") << QByteArray(R"({"edits":[{}]})") << QByteArray("text/plain") << 415 << "application/json";
        QTest::newRow("over the batch body limit") << QByteArray(R"({"edits":[{"entity":"exception","id":1,"op":"note","params":{"text":")")
                                                           + QByteArray(3000, 'x') + QByteArray(R"("}}]})")
                                                   << QByteArray("application/json") << 413 << "limit is 2048";
    }

    void malformedBatchesAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, detail);
        ServerConfig config = testConfig();
        config.maxBatchEdits = 3;
        config.maxBatchBodyBytes = 2048;
        auto server = start(config);
        const QByteArray maria = login(server->url, "maria");
        const HttpAnswer answer = request(server->url, "POST", QStringLiteral("/v1/edits"), maria, body, {{"Content-Type", contentType}});
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/problem+json"));
        QVERIFY2(answer.json.value(QStringLiteral("detail")).toString().contains(detail), answer.body.constData());
        QCOMPARE(audits(*server), 0);
    }

    // The engine sends one request for edits of distinct entities, a new one where an
    // entity comes again, and single edits to a server that takes no batches.
    void engineBatchesAndFallsBack_data()
    {
        QTest::addColumn<int>("serverBatch"); // max_batch_edits
        QTest::addColumn<int>("clientBatch"); // SyncOptions::pushBatch
        QTest::addColumn<int>("requests");    // expected pushRequests for the 6 edits below
        // Edits on exceptions 0 1 2 0 3 4: batches [0 1 2] [0 3 4].
        QTest::newRow("batches") << 100 << 100 << 2;
        QTest::newRow("client batches of 2") << 100 << 2 << 3;
        QTest::newRow("server without batches") << 0 << 100 << 7; // the refused batch, then one each
        QTest::newRow("client without batches") << 100 << 1 << 6;
    }

    void engineBatchesAndFallsBack()
    {
        QFETCH(int, serverBatch);
        QFETCH(int, clientBatch);
        QFETCH(int, requests);
        ServerConfig config = testConfig();
        config.maxBatchEdits = serverBatch;
        auto server = start(config);
        auto client = openClient(path(QStringLiteral("client.db")));
        SyncOptions options;
        options.server = server->url;
        options.token = login(server->url, "maria");
        options.pushBatch = clientBatch;
        const auto pulled = syncOnce(*client, options);
        QVERIFY2(pulled.first, qPrintable(pulled.second));
        const EditOp *note = EditCatalog::find(EntityKind::Exception, u"note");
        const qint64 now = test::runningNowMs();
        for (const int n : {0, 1, 2, 0, 3, 4}) {
            const qint64 id = openException(*server, n);
            QVERIFY(Outbox(*client).enqueue(EntityKind::Exception, id, *note, QByteArray(R"({"text":"batched"})"),
                                            QStringLiteral("maria"), now, nullptr).ok());
        }
        SyncReport report;
        const auto pushed = syncOnce(*client, options, &report);
        QVERIFY2(pushed.first, qPrintable(pushed.second));
        QCOMPARE(report.pushed, 6);
        QCOMPARE(report.pushRequests, requests);
        QCOMPARE(audits(*server), 6);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM outbox WHERE state = %1").arg(int(OutboxState::Done))), 6);
        QCOMPARE(differenceBetween(*server->db, *client), QString());
    }

    // A batch with a stale edit: the client records the conflict and takes the server's
    // state, and the other edits land.
    void engineRecordsConflictsFromABatch()
    {
        auto server = start();
        auto client = openClient(path(QStringLiteral("client.db")));
        SyncOptions options;
        options.server = server->url;
        options.token = login(server->url, "maria");
        QVERIFY(syncOnce(*client, options).first);
        const qint64 a = openException(*server, 0);
        const qint64 b = openException(*server, 1);
        const EditOp *assign = EditCatalog::find(EntityKind::Exception, u"assign");
        const qint64 now = test::runningNowMs();
        QVERIFY(Outbox(*client).enqueue(EntityKind::Exception, a, *assign, QByteArray(R"({"assignee":"maria"})"),
                                        QStringLiteral("maria"), now, nullptr).ok());
        QVERIFY(Outbox(*client).enqueue(EntityKind::Exception, b, *assign, QByteArray(R"({"assignee":"maria"})"),
                                        QStringLiteral("maria"), now, nullptr).ok());
        // Omar takes b first.
        const HttpAnswer omar = request(server->url, "POST", QStringLiteral("/v1/exceptions/%1/assign").arg(b), login(server->url, "omar"),
                                        R"({"assignee":"omar"})",
                                        {{"If-Match", '"' + QByteArray::number(version(*server, b)) + '"'}, {"Idempotency-Key", "omar-b"}});
        QCOMPARE(omar.status, 200);
        SyncReport report;
        const auto pushed = syncOnce(*client, options, &report);
        QVERIFY2(pushed.first, qPrintable(pushed.second));
        QCOMPARE(report.pushRequests, 1);
        QCOMPARE(report.pushed, 1);
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE entity_id = %1").arg(b)), 1);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT assignee = 'omar' FROM exceptions WHERE id = %1").arg(b)), 1);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT assignee = 'maria' FROM exceptions WHERE id = %1").arg(a)), 1);
        QCOMPARE(differenceBetween(*server->db, *client), QString());
    }
};

QTEST_GUILESS_MAIN(TestEditBatch)

#include "tst_editbatch.moc"
