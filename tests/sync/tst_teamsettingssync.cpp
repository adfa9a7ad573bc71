// SPDX-License-Identifier: MIT
// Team settings between a real controltower-server (in process, real HTTP on loopback)
// and client stores (docs/API.md "Team settings", docs/SYNC.md): GET and PUT with their
// problems, a refused document leaving the one in force, the audit log, the "setting"
// kind on the change feed into a replica, a kind the client does not know skipped, the
// desktop's client for saving, and the assignment rules the server applies reaching the
// replica with the exceptions. The server's store is SQLite, or PostgreSQL when
// CT_TEST_BACKEND=postgresql.
#include "syncsupport.h"

#include "support/postgrescluster.h"
#include "support/testclock.h"

#include "assignment/assignmentrules.h"
#include "json/parser.h"
#include "store/shipmentingestor.h"
#include "sync/syncstore.h"
#include "sync/teamsettingsclient.h"
#include "teamsettings/teamsettingsstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::server;
using namespace ct::synctest;

namespace {

const QString Path = QStringLiteral("/v1/settings/assignment");

// The users of the test server as a roster: maria and omar take turns on everything.
const QByteArray TwoAgents = R"({"agents":[{"name":"maria"},{"name":"omar"}],"rules":[{"id":"all","name":"Everything","assign_to":{"agents":["maria","omar"]}}]})";

QList<QPair<QByteArray, QByteArray>> ifMatch(qint64 version)
{
    return {qMakePair(QByteArrayLiteral("If-Match"), '"' + QByteArray::number(version) + '"')};
}

} // namespace

class TestTeamSettingsSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresCluster> m_postgres;
    std::unique_ptr<TestServer> m_server;
    QByteArray m_manager;
    QByteArray m_agent;
    int m_files = 0;

    QString path(const char *name) { return m_dir.filePath(QStringLiteral("%1-%2.db").arg(QLatin1String(name)).arg(++m_files)); }

    SyncOptions options(const QByteArray &token) const
    {
        SyncOptions o;
        o.server = m_server->url;
        o.token = token;
        o.pageSize = 50;
        o.retry.initialDelayMs = 5;
        o.retry.maxAttempts = 3;
        return o;
    }

    HttpAnswer put(const QByteArray &document, qint64 version, const QByteArray &token)
    {
        return request(m_server->url, "PUT", Path, token, document, ifMatch(version));
    }

    qint64 serverVersion()
    {
        return request(m_server->url, "GET", Path, m_agent).json.value(QStringLiteral("version")).toInteger();
    }

    // The setting's changes on the feed from the start, as (version) in feed order.
    QList<qint64> settingsOnTheFeed()
    {
        QList<qint64> versions;
        const HttpAnswer page = request(m_server->url, "GET", QStringLiteral("/v1/changes?limit=2000"), m_agent);
        for (const QJsonValue &change : page.json.value(QStringLiteral("changes")).toArray())
            if (change[QStringLiteral("kind")].toString() == QLatin1String("setting"))
                versions << change[QStringLiteral("data")][QStringLiteral("version")].toInteger();
        return versions;
    }

    TeamSettingsClient::Result runClient(TeamSettingsClient &client, auto &&start)
    {
        QSignalSpy done(&client, &TeamSettingsClient::finished);
        start();
        if (!done.wait(30'000))
            qFatal("the settings client did not answer");
        return done.first().first().value<TeamSettingsClient::Result>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<TeamSettingsClient::Result>();
        QVERIFY(m_dir.isValid());
        QString error;
        m_postgres = startBackend(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void init()
    {
        m_server = startServer(newServerStore(m_postgres.get(), path("server")), 0, testConfig(), nullptr,
                               [] { return test::fixedNowMs(); });
        m_manager = login(m_server->url, "meg");
        m_agent = login(m_server->url, "maria");
        QVERIFY(!m_manager.isEmpty() && !m_agent.isEmpty());
    }

    void cleanup() { m_server.reset(); }
    void cleanupTestCase() { m_postgres.reset(); }

    void getShowsTheDefaultBeforeAnySave()
    {
        const HttpAnswer answer = request(m_server->url, "GET", Path, m_agent);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("ETag"), QByteArray("\"0\""));
        QCOMPARE(answer.json.value(QStringLiteral("version")).toInteger(), 0);
        QCOMPARE(answer.json.value(QStringLiteral("name")).toString(), QStringLiteral("assignment"));
        QCOMPARE(QJsonDocument(answer.json.value(QStringLiteral("document")).toObject()).toJson(QJsonDocument::Compact),
                 QJsonDocument::fromJson(AssignmentRules().toJson()).toJson(QJsonDocument::Compact));
        QCOMPARE(request(m_server->url, "GET", QStringLiteral("/v1/settings/return_policy"), m_agent).status, 200);
        QCOMPARE(request(m_server->url, "GET", QStringLiteral("/v1/settings/colours"), m_agent).status, 404);
    }

    void putSavesVersionAfterVersion()
    {
        HttpAnswer answer = put(TwoAgents, 0, m_manager);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("ETag"), QByteArray("\"1\""));
        QCOMPARE(answer.json.value(QStringLiteral("updated_by")).toString(), QStringLiteral("meg"));
        QCOMPARE(answer.json.value(QStringLiteral("updated_at_ms")).toInteger(), test::fixedNowMs());
        QCOMPARE(answer.json.value(QStringLiteral("document"))[QStringLiteral("rules")][0][QStringLiteral("name")].toString(),
                 QStringLiteral("Everything"));
        answer = put("{}", 1, m_manager);
        QCOMPARE(answer.status, 200);
        QCOMPARE(serverVersion(), 2);
        // The audit log says who changed what, from what to what.
        const HttpAnswer audit = request(m_server->url, "GET", QStringLiteral("/v1/audit"), m_manager);
        const QJsonArray entries = audit.json.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("entity")).toString(), QStringLiteral("setting"));
        QCOMPARE(first.value(QStringLiteral("op")).toString(), QStringLiteral("put"));
        QCOMPARE(first.value(QStringLiteral("actor")).toString(), QStringLiteral("meg"));
        QCOMPARE(first.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
        QCOMPARE(first.value(QStringLiteral("params"))[QStringLiteral("name")].toString(), QStringLiteral("assignment"));
        QCOMPARE(first.value(QStringLiteral("version_before")).toInteger(), 0);
        QCOMPARE(first.value(QStringLiteral("version_after")).toInteger(), 1);
        const QJsonObject change = first.value(QStringLiteral("changes")).toArray().at(0).toObject();
        QCOMPARE(change.value(QStringLiteral("field")).toString(), QStringLiteral("document"));
        QVERIFY(change.value(QStringLiteral("from")).isNull());
        QCOMPARE(change.value(QStringLiteral("to"))[QStringLiteral("agents")][1][QStringLiteral("name")].toString(),
                 QStringLiteral("omar"));
        QCOMPARE(entries.at(1)[QStringLiteral("changes")][0][QStringLiteral("from")][QStringLiteral("agents")].toArray().size(), 2);
    }

    void putProblems_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("ifMatch");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("field");
        QTest::newRow("no If-Match") << TwoAgents << QByteArray() << QByteArray("application/json") << 428
                                     << QStringLiteral("precondition-required") << QString();
        QTest::newRow("If-Match not a version") << TwoAgents << QByteArray("\"v1\"") << QByteArray("application/json") << 400
                                                << QStringLiteral("validation") << QStringLiteral("If-Match");
        QTest::newRow("not JSON media type") << TwoAgents << QByteArray("\"1\"") << QByteArray("text/plain") << 415
                                             << QStringLiteral("unsupported-media-type") << QString();
        QTest::newRow("not JSON") << QByteArray("{\"agents\":") << QByteArray("\"1\"") << QByteArray("application/json") << 400
                                  << QStringLiteral("validation") << QString();
        QTest::newRow("a rule naming someone not on the team")
            << QByteArray(R"({"agents":[{"name":"maria"}],"rules":[{"id":"x","assign_to":{"agents":["zoe"]}}]})")
            << QByteArray("\"1\"") << QByteArray("application/json") << 400 << QStringLiteral("validation")
            << QStringLiteral("rules[0].assign_to.agents[0]");
        QTest::newRow("stale version") << TwoAgents << QByteArray("\"0\"") << QByteArray("application/json") << 412
                                       << QStringLiteral("version-mismatch") << QString();
    }

    // Each refusal is a problem document, and version 1 stays in force untouched.
    void putProblems()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, ifMatch);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, slug);
        QFETCH(QString, field);
        QCOMPARE(put(TwoAgents, 0, m_manager).status, 200);
        QList<QPair<QByteArray, QByteArray>> headers{qMakePair(QByteArrayLiteral("Content-Type"), contentType)};
        if (!ifMatch.isEmpty())
            headers << qMakePair(QByteArrayLiteral("If-Match"), ifMatch);
        const HttpAnswer answer = request(m_server->url, "PUT", Path, m_manager, body, headers);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(answer.json.value(QStringLiteral("type")).toString(), QStringLiteral("urn:controltower:problem:") + slug);
        if (!field.isEmpty()) {
            QCOMPARE(answer.json.value(QStringLiteral("errors"))[0][QStringLiteral("field")].toString(), field);
        }
        if (status == 412) {
            QCOMPARE(answer.header("ETag"), QByteArray("\"1\""));
            QCOMPARE(answer.json.value(QStringLiteral("current"))[QStringLiteral("version")].toInteger(), 1);
            QVERIFY2(answer.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("meg saved them since")),
                     answer.body.constData());
        }
        if (status == 400 && !field.isEmpty() && field != QLatin1String("If-Match"))
            QVERIFY2(answer.json.value(QStringLiteral("detail")).toString().contains(QLatin1String("version 1 stays in force")),
                     answer.body.constData());
        const HttpAnswer now = request(m_server->url, "GET", Path, m_agent);
        QCOMPARE(now.json.value(QStringLiteral("version")).toInteger(), 1);
        QCOMPARE(now.json.value(QStringLiteral("document"))[QStringLiteral("agents")].toArray().size(), 2);
        QCOMPARE(scalar(*m_server->db, QStringLiteral("SELECT count(*) FROM audit_log")), qint64(1));
    }

    // A save is on the change feed as a "setting", compacted to its latest version, and
    // a replica keeps it.
    void settingsTravelOnTheFeed()
    {
        QCOMPARE(settingsOnTheFeed(), QList<qint64>());
        QCOMPARE(put(TwoAgents, 0, m_manager).status, 200);
        QCOMPARE(settingsOnTheFeed(), QList<qint64>{1});
        const auto client = openClient(path("client"));
        auto [ok, message] = syncOnce(*client, options(m_agent));
        QVERIFY2(ok, qPrintable(message));
        QString error;
        auto local = TeamSettingsStore(*client).read(u"assignment", &error);
        QCOMPARE(local->version, qint64(1));
        QCOMPARE(local->updatedBy, QStringLiteral("meg"));
        QCOMPARE(local->id, scalar(*m_server->db, QStringLiteral("SELECT id FROM team_settings WHERE name = 'assignment'")));
        QCOMPARE(put("{}", 1, m_manager).status, 200);
        QCOMPARE(put(TwoAgents, 2, m_manager).status, 200);
        QCOMPARE(settingsOnTheFeed(), QList<qint64>{3}); // once, in its latest state
        std::tie(ok, message) = syncOnce(*client, options(m_agent));
        QVERIFY2(ok, qPrintable(message));
        local = TeamSettingsStore(*client).read(u"assignment", &error);
        QCOMPARE(local->version, qint64(3));
        QCOMPARE(local->document, AssignmentRules::fromJson(TwoAgents, nullptr)->toJson());
    }

    // A store's own settings give way to the team's when it binds to the server.
    void bindingTakesTheTeamsSettings()
    {
        const auto client = openClient(path("client"));
        QVERIFY(TeamSettingsStore(*client).save(u"assignment", R"({"agents":[{"name":"solo"}]})", 0,
                                                QStringLiteral("me"), test::fixedNowMs()).ok());
        auto [ok, message] = syncOnce(*client, options(m_agent));
        QVERIFY2(ok, qPrintable(message));
        QString error;
        QVERIFY(TeamSettingsStore(*client).read(u"assignment", &error)->isDefault()); // the server has none saved
    }

    // A change of a kind this build does not know is skipped; the rest of the page applies.
    void unknownKindsAreSkipped()
    {
        const auto client = openClient(path("client"));
        SyncStore store(*client);
        QString error;
        QVERIFY2(store.bindToServer(QStringLiteral("http://127.0.0.1:1"), QStringLiteral("feedfeedfeedfeed"), &error),
                 qPrintable(error));
        const QByteArray page = R"([{"kind":"hologram","data":{"id":1,"shape":"cube"}},
            {"kind":"setting","data":{"id":4,"name":"assignment","version":2,"updated_at_ms":9,"updated_by":"meg","document":{}}}])";
        json::Parser parser;
        const auto changes = parser.parse(page.constData(), page.size());
        int applied = 0;
        QVERIFY2(store.applyPage(*changes, QStringLiteral("c1:next"), test::fixedNowMs(), &applied, &error), qPrintable(error));
        QCOMPARE(applied, 1);
        QCOMPARE(store.cursor(), QStringLiteral("c1:next"));
        QCOMPARE(TeamSettingsStore(*client).read(u"assignment", &error)->version, qint64(2));
        // A kind that is not even a string is a broken page, not a newer one.
        const QByteArray broken = R"([{"kind":7,"data":{}}])";
        const auto bad = parser.parse(broken.constData(), broken.size());
        QVERIFY(!store.applyPage(*bad, QStringLiteral("c1:later"), test::fixedNowMs(), &applied, &error));
        QVERIFY2(error.startsWith(QLatin1String("[0].kind: expected the kind of change")), qPrintable(error));
        QCOMPARE(store.cursor(), QStringLiteral("c1:next"));
    }

    // The server applies the rules to what it ingests; the replica receives the exceptions
    // assigned, with the rules' history lines, record for record.
    void serverAssignsAndTheReplicaReceives()
    {
        QCOMPARE(put(TwoAgents, 0, m_manager).status, 200);
        QList<ShipmentRecord> batch;
        for (int i = 0; i < 3; ++i) {
            ShipmentRecord r;
            r.carrier = QStringLiteral("ups");
            r.trackingNumber = QStringLiteral("1ZSERVER%1").arg(i);
            r.sourceFormat = QStringLiteral("test");
            r.sourceDocument = r.trackingNumber;
            TrackingEvent label;
            label.occurredAt = Timestamp{test::fixedNowMs() - 3 * MsPerDay, 0};
            label.tag = Tag::InfoReceived;
            label.subtag = Subtag::InfoReceived;
            r.events = {label};
            r.tag = label.tag;
            r.subtag = label.subtag;
            batch << r;
        }
        QString error;
        QVERIFY2(ShipmentIngestor(*m_server->db).ingest(batch, test::fixedNowMs(), nullptr, &error), qPrintable(error));
        const auto client = openClient(path("client"));
        auto [ok, message] = syncOnce(*client, options(m_agent));
        QVERIFY2(ok, qPrintable(message));
        QSqlQuery assignees(client->connection());
        QVERIFY(assignees.exec(QStringLiteral("SELECT assignee FROM exceptions ORDER BY id")));
        QStringList names;
        while (assignees.next())
            names << assignees.value(0).toString();
        QCOMPARE(names, QStringList({QStringLiteral("maria"), QStringLiteral("omar"), QStringLiteral("maria")}));
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM exception_history WHERE actor = 'rules' AND action = 'assign'")),
                 qint64(3));
        for (const char *table : {"shipments", "exceptions", "exception_history"})
            QVERIFY2(rows(*client, QLatin1String(table)) == rows(*m_server->db, QLatin1String(table)), table);
        // The replica never assigns on its own: it does not ingest.
        QVERIFY(!ShipmentIngestor(*client).ingest(batch, test::fixedNowMs(), nullptr, &error));
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM assignment_daily")), qint64(0));
    }

    // The desktop's way to save: straight to the server, every answer told apart.
    void clientSavesAndTellsEveryAnswer()
    {
        TeamSettingsClient manager(m_server->url, m_manager);
        TeamSettingsClient::Result result = runClient(manager, [&] { manager.save(QStringLiteral("assignment"), TwoAgents, 0); });
        QCOMPARE(result.status, TeamSettingsClient::Result::Status::Ok);
        QCOMPARE(result.setting.version, qint64(1));
        // The same save again, as after a lost answer: it is already there.
        result = runClient(manager, [&] { manager.save(QStringLiteral("assignment"), TwoAgents, 0); });
        QCOMPARE(result.status, TeamSettingsClient::Result::Status::Ok);
        QCOMPARE(result.httpStatus, 412);
        QCOMPARE(result.setting.version, qint64(1));
        // Another document on that stale version: someone else's save stands.
        result = runClient(manager, [&] { manager.save(QStringLiteral("assignment"), "{}", 0); });
        QCOMPARE(result.status, TeamSettingsClient::Result::Status::Conflict);
        QCOMPARE(result.setting.version, qint64(1));
        QVERIFY2(result.message.contains(QLatin1String("meg saved them since")), qPrintable(result.message));
        result = runClient(manager, [&] { manager.save(QStringLiteral("assignment"), R"({"agents":[{"name":"a b"}]})", 1); });
        QCOMPARE(result.status, TeamSettingsClient::Result::Status::Invalid);
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().field, QStringLiteral("agents[0].name"));
        TeamSettingsClient agent(m_server->url, m_agent);
        result = runClient(agent, [&] { agent.save(QStringLiteral("assignment"), "{}", 1); });
        QCOMPARE(result.status, TeamSettingsClient::Result::Status::Refused);
        QVERIFY2(result.message.contains(QLatin1String("agent")), qPrintable(result.message));
        result = runClient(agent, [&] { agent.fetch(QStringLiteral("assignment")); });
        QCOMPARE(result.status, TeamSettingsClient::Result::Status::Ok);
        QCOMPARE(result.setting.version, qint64(1));
        QCOMPARE(serverVersion(), 1);
        // Nobody there.
        const QUrl gone = m_server->url;
        m_server.reset();
        TeamSettingsClient lost(gone, m_manager);
        lost.setTransferTimeoutMs(5000);
        result = runClient(lost, [&] { lost.fetch(QStringLiteral("assignment")); });
        QCOMPARE(result.status, TeamSettingsClient::Result::Status::Unreachable);
        QVERIFY(!result.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTeamSettingsSync)

#include "tst_teamsettingssync.moc"
