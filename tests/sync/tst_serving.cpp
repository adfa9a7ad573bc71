// SPDX-License-Identifier: MIT
// Who waits for whom in the server: the work runs on serving threads (RequestPool), so
// /v1/health and reads are answered while passwords are being hashed; a request whose
// turn does not come in time gets 503; log-in attempts are limited per address and per
// user name with lockouts that grow; the config file's serving keys are read and checked. Order is asserted by which
// answer arrives first, never by how long anything took.
#include "rawclient.h"
#include "syncsupport.h"

#include "api/requestpool.h"
#include "auth/authservice.h"

#include "store/database.h"

#include "support/testclock.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::server;
using namespace ct::synctest;

namespace {

// Password hashing as the server does it by default: a check takes a noticeable moment.
constexpr int RealIterations = 600'000;

QByteArray loginRequest(const QString &name, const QString &password)
{
    const QByteArray body = QStringLiteral(R"({"username":"%1","password":"%2"})").arg(name, password).toUtf8();
    return "POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestServing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString path(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(name)); }

    // A server whose user "slow" has a password hashed with the real iteration count.
    std::unique_ptr<TestServer> serverWithSlowUser(const ServerConfig &config)
    {
        auto server = startServer(path(QStringLiteral("server.db")), 5, config);
        QString error;
        if (!AuthService(*server->db, RealIterations, 3'600'000).createUser(QStringLiteral("slow"), Role::Agent, Password, 0, &error))
            qFatal("%s", qPrintable(error));
        return server;
    }

    // An ApiService on `db` without HTTP, on a clock the test moves.
    struct DirectApi
    {
        qint64 now = test::fixedNowMs();
        std::unique_ptr<ApiService> api;

        int login(const char *name, const QString &password, const char *from = "10.0.0.1", ApiReply *reply = nullptr)
        {
            ApiRequest request;
            request.method = "POST";
            request.path = QStringLiteral("/v1/auth/token");
            request.peer = QLatin1String(from);
            request.headers.insert("content-type", "application/json");
            request.body = QStringLiteral(R"({"username":"%1","password":"%2"})").arg(QLatin1String(name), password).toUtf8();
            const ApiReply answer = api->handle(request);
            if (reply)
                *reply = answer;
            return answer.status;
        }
    };

    static QByteArray header(const ApiReply &reply, const char *name)
    {
        for (const auto &h : reply.headers)
            if (h.first == name)
                return h.second;
        return {};
    }

    static QString detail(const ApiReply &reply)
    {
        return QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("detail")).toString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The front hands log-ins, reads and edits to lanes of their own threads.
    void requestsGoToTheirLanes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("lane");
        QTest::newRow("health") << QByteArray("GET") << QStringLiteral("/v1/health") << int(ApiService::Lane::Inline);
        QTest::newRow("HEAD health") << QByteArray("HEAD") << QStringLiteral("/v1/health") << int(ApiService::Lane::Inline);
        QTest::newRow("no route") << QByteArray("GET") << QStringLiteral("/v1/nothing") << int(ApiService::Lane::Inline);
        QTest::newRow("wrong method") << QByteArray("DELETE") << QStringLiteral("/v1/changes") << int(ApiService::Lane::Inline);
        QTest::newRow("log-in") << QByteArray("POST") << QStringLiteral("/v1/auth/token") << int(ApiService::Lane::Login);
        QTest::newRow("new user") << QByteArray("POST") << QStringLiteral("/v1/users") << int(ApiService::Lane::Login);
        QTest::newRow("me") << QByteArray("GET") << QStringLiteral("/v1/me") << int(ApiService::Lane::Lookup);
        QTest::newRow("feed") << QByteArray("GET") << QStringLiteral("/v1/changes") << int(ApiService::Lane::Read);
        QTest::newRow("an exception") << QByteArray("GET") << QStringLiteral("/v1/exceptions/4") << int(ApiService::Lane::Lookup);
        QTest::newRow("a shipment") << QByteArray("GET") << QStringLiteral("/v1/shipments/4") << int(ApiService::Lane::Lookup);
        QTest::newRow("a return") << QByteArray("GET") << QStringLiteral("/v1/returns/2") << int(ApiService::Lane::Lookup);
        QTest::newRow("audit") << QByteArray("GET") << QStringLiteral("/v1/audit") << int(ApiService::Lane::Read);
        QTest::newRow("users") << QByteArray("GET") << QStringLiteral("/v1/users") << int(ApiService::Lane::Read);
        QTest::newRow("an edit") << QByteArray("POST") << QStringLiteral("/v1/exceptions/4/note") << int(ApiService::Lane::Write);
        QTest::newRow("a return edit") << QByteArray("POST") << QStringLiteral("/v1/returns/2/approve") << int(ApiService::Lane::Write);
    }

    void requestsGoToTheirLanes()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, lane);
        ApiRequest request;
        request.method = method;
        request.path = path;
        QCOMPARE(int(ApiService::laneFor(request)), lane);
    }

    // Wrong passwords hashed with the real iteration count keep the log-in thread busy;
    // /v1/health (the front's own thread) and a read (the read lane) answer before any of
    // them, then every log-in gets its 401.
    void healthAndReadsAnswerWhilePasswordsAreHashed()
    {
        ServerConfig config = testConfig();
        config.loginWorkers = 1;
        auto server = serverWithSlowUser(config);
        QCOMPARE(server->http->pool()->workers(ApiService::Lane::Login), 1);
        const QByteArray token = login(server->url, "maria");
        QVERIFY(!token.isEmpty());

        std::vector<std::unique_ptr<RawClient>> guesses;
        for (int i = 0; i < 4; ++i) {
            guesses.push_back(std::make_unique<RawClient>(server->url, QHostAddress(QStringLiteral("127.0.0.%1").arg(11 + i))));
            QVERIFY(guesses.back()->waitConnected());
            guesses.back()->send(loginRequest(QStringLiteral("slow"), QStringLiteral("guess number %1").arg(i)));
        }
        RawClient health(server->url, QHostAddress(QStringLiteral("127.0.0.2")));
        RawClient read(server->url, QHostAddress(QStringLiteral("127.0.0.3")));
        QVERIFY(health.waitConnected() && read.waitConnected());
        health.send(rawGet("/v1/health"));
        read.send(rawGet("/v1/me", "Authorization: Bearer " + token + "\r\n"));

        QStringList order;
        std::optional<RawResponse> healthAnswer, readAnswer;
        std::vector<std::optional<RawResponse>> guessAnswers(guesses.size());
        const auto allArrived = [&] {
            if (!healthAnswer && (healthAnswer = health.takeArrived()))
                order << QStringLiteral("health");
            if (!readAnswer && (readAnswer = read.takeArrived()))
                order << QStringLiteral("read");
            for (size_t i = 0; i < guesses.size(); ++i)
                if (!guessAnswers[i] && (guessAnswers[i] = guesses[i]->takeArrived()))
                    order << QStringLiteral("login");
            return order.size() == static_cast<qsizetype>(2 + guesses.size());
        };
        QVERIFY2(QTest::qWaitFor(allArrived, 120'000), qPrintable(order.join(QLatin1Char(' '))));
        QCOMPARE(healthAnswer->status, 200);
        QCOMPARE(readAnswer->status, 200);
        QVERIFY2(order.indexOf(QStringLiteral("login")) == 2, qPrintable(order.join(QLatin1Char(' '))));
        for (const auto &answer : guessAnswers)
            QCOMPARE(answer->status, 401);
    }

    // One exception (an agent opening it) is answered on the lookup lane, not behind a
    // queue of change-feed pages on the read lane: with one read thread and 16 pages of
    // up to 2,000 entries asked for first, it arrives before the pages' first half.
    void oneEntityIsNotQueuedBehindFeedPages()
    {
        ServerConfig config = testConfig();
        config.readWorkers = 1;
        auto server = startServer(path(QStringLiteral("server.db")), 1000, config);
        QCOMPARE(server->http->pool()->workers(ApiService::Lane::Read), 1);
        QCOMPARE(server->http->pool()->workers(ApiService::Lane::Lookup), 1);
        const QByteArray token = login(server->url, "maria");
        QVERIFY(!token.isEmpty());
        const QByteArray auth = "Authorization: Bearer " + token + "\r\n";
        const qint64 exceptionId = scalar(*server->db, QStringLiteral("SELECT min(id) FROM exceptions"));
        QVERIFY(exceptionId > 0);

        constexpr int Pages = 16;
        std::vector<std::unique_ptr<RawClient>> feeds;
        for (int i = 0; i < Pages; ++i) {
            feeds.push_back(std::make_unique<RawClient>(server->url, QHostAddress(QStringLiteral("127.0.0.%1").arg(20 + i))));
            QVERIFY(feeds.back()->waitConnected());
        }
        RawClient lookup(server->url, QHostAddress(QStringLiteral("127.0.0.3")));
        QVERIFY(lookup.waitConnected());
        for (const auto &feed : feeds)
            feed->send(rawGet("/v1/changes?limit=2000", auth));
        lookup.send(rawGet(QStringLiteral("/v1/exceptions/%1").arg(exceptionId).toLatin1().constData(), auth));

        int feedAnswers = 0;
        int feedsBeforeLookup = -1;
        std::optional<RawResponse> lookupAnswer;
        std::vector<bool> answered(feeds.size(), false);
        const auto allArrived = [&] {
            for (size_t i = 0; i < feeds.size(); ++i) {
                if (!answered[i] && feeds[i]->takeArrived()) {
                    answered[i] = true;
                    ++feedAnswers;
                }
            }
            if (!lookupAnswer && (lookupAnswer = lookup.takeArrived()))
                feedsBeforeLookup = feedAnswers;
            return lookupAnswer && feedAnswers == Pages;
        };
        QVERIFY2(QTest::qWaitFor(allArrived, 120'000), qPrintable(QStringLiteral("%1 of %2 pages").arg(feedAnswers).arg(Pages)));
        QCOMPARE(lookupAnswer->status, 200);
        QVERIFY2(feedsBeforeLookup < Pages / 2, qPrintable(QStringLiteral("the exception came after %1 of %2 feed pages")
                                                               .arg(feedsBeforeLookup).arg(Pages)));
    }

    // Log-ins over their address's rate are refused as they arrive, not after waiting for
    // the log-in thread behind others' password hashing: the 429s come before the answers
    // to the three attempts admitted (each a real hash, one after another).
    void refusedLogInsNeverWaitForHashing()
    {
        ServerConfig config = testConfig();
        config.loginWorkers = 1;
        config.loginsPerMinute = 6; // a burst of 3
        auto server = serverWithSlowUser(config);
        const QHostAddress from(QStringLiteral("127.0.0.21"));
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 5; ++i) {
            clients.push_back(std::make_unique<RawClient>(server->url, from));
            QVERIFY(clients.back()->waitConnected());
            clients.back()->send(loginRequest(QStringLiteral("slow"), QStringLiteral("guess number %1").arg(i)));
        }
        // Whichever arrive first take the burst; the answers' statuses in the order they come.
        QList<int> order;
        std::vector<std::optional<RawResponse>> answers(clients.size());
        const auto allArrived = [&] {
            for (size_t i = 0; i < clients.size(); ++i)
                if (!answers[i] && (answers[i] = clients[i]->takeArrived()))
                    order << answers[i]->status;
            return order.size() == static_cast<qsizetype>(clients.size());
        };
        const auto shown = [&] {
            QStringList statuses;
            for (const int status : order)
                statuses << QString::number(status);
            return statuses.join(QLatin1Char(' '));
        };
        QVERIFY2(QTest::qWaitFor(allArrived, 120'000), qPrintable(shown()));
        QCOMPARE(order.count(401), 3);
        QCOMPARE(order.count(429), 2);
        for (const auto &answer : answers)
            if (answer->status == 429)
                QVERIFY2(answer->detail().startsWith(QLatin1String("too many log-in attempts from this address")),
                         qPrintable(answer->detail()));
        // Both refusals came before the last admitted attempt's answer.
        QVERIFY2(order.lastIndexOf(429) < order.lastIndexOf(401), qPrintable(shown()));
    }

    // With one log-in thread busy on a real hash, the log-ins queued behind it wait
    // longer than a queue timeout of 1 ms: 503 overloaded, Retry-After, nothing done. The
    // first found the thread free, so it is never timed, however slow the machine.
    void requestsWaitingTooLongGet503()
    {
        ServerConfig config = testConfig();
        config.loginWorkers = 1;
        config.queueTimeoutMs = 1;
        auto server = serverWithSlowUser(config);
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<RawClient>(server->url));
            QVERIFY(clients.back()->waitConnected());
        }
        for (const auto &client : clients)
            client->send(loginRequest(QStringLiteral("slow"), QStringLiteral("not the password")));
        QMap<int, int> statuses;
        for (const auto &client : clients) {
            const std::optional<RawResponse> answer = client->response(false, 120'000);
            QVERIFY(answer);
            ++statuses[answer->status];
            if (answer->status == 503) {
                QCOMPARE(answer->problemType(), QStringLiteral("overloaded"));
                QCOMPARE(answer->header("retry-after"), QByteArray("1"));
                QVERIFY2(answer->detail().contains(QLatin1String("waited")), qPrintable(answer->detail()));
            }
        }
        QCOMPARE(statuses.value(401), 1);
        QCOMPARE(statuses.value(503), 2);
        // Health does not queue.
        const std::optional<RawResponse> answer = answerTo(server->url, rawGet("/v1/health"));
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
    }

    // A user name is locked after 5 failed log-ins, for 30 s, then twice as long with each
    // further failure up to the maximum; even the right password waits; a success clears it.
    void userNamesAreLockedOutWithGrowingBackoff()
    {
        auto server = startServer(path(QStringLiteral("lockout.db")), 0, testConfig());
        ServerConfig config = testConfig();
        config.loginLockoutMs = 30'000;
        config.loginLockoutMaxMs = 100'000;
        DirectApi direct;
        direct.api = std::make_unique<ApiService>(*server->db, config, [&direct] { return direct.now; });
        for (int i = 0; i < 5; ++i)
            QCOMPARE(direct.login("maria", QStringLiteral("wrong %1").arg(i)), 401);
        ApiReply reply;
        QCOMPARE(direct.login("maria", Password, "10.0.0.1", &reply), 429);
        QCOMPARE(header(reply, "Retry-After"), QByteArray("30"));
        QCOMPARE(detail(reply), QStringLiteral("too many failed log-ins for this user name; try again in 30 s"));
        QCOMPARE(direct.login("maria", Password, "10.9.9.9"), 429); // from anywhere
        QCOMPARE(direct.login("omar", Password), 200);              // other names are not locked

        const struct
        {
            qint64 afterMs;  // from the last failure
            qint64 lockedS;  // the lockout that failure starts
        } steps[] = {{30'000, 60}, {60'000, 100}, {100'000, 100}};
        for (const auto &step : steps) {
            direct.now += step.afterMs - 1;
            QCOMPARE(direct.login("maria", QStringLiteral("wrong again")), 429);
            direct.now += 1;
            QCOMPARE(direct.login("maria", QStringLiteral("wrong again")), 401);
            QCOMPARE(direct.login("maria", Password, "10.0.0.1", &reply), 429);
            QCOMPARE(header(reply, "Retry-After").toLongLong(), step.lockedS);
        }
        direct.now += 100'000;
        QCOMPARE(direct.login("maria", Password), 200);
        // The slate is clean again: five more failures before the next lockout.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(direct.login("maria", QStringLiteral("wrong %1").arg(i)), 401);
        QCOMPARE(direct.login("maria", Password), 200);
    }

    // One address trying many names is locked after 20 failures, whatever the names;
    // other addresses are not; failures long past are forgotten.
    void addressesAreLockedOut()
    {
        auto server = startServer(path(QStringLiteral("address.db")), 0, testConfig());
        ServerConfig config = testConfig();
        DirectApi direct;
        direct.api = std::make_unique<ApiService>(*server->db, config, [&direct] { return direct.now; });
        for (int i = 0; i < 20; ++i)
            QCOMPARE(direct.login(qPrintable(QStringLiteral("user%1").arg(i)), QStringLiteral("guess")), 401);
        ApiReply reply;
        QCOMPARE(direct.login("maria", Password, "10.0.0.1", &reply), 429);
        QCOMPARE(detail(reply), QStringLiteral("too many failed log-ins from this address; try again in 30 s"));
        QCOMPARE(direct.login("maria", Password, "10.0.0.2"), 200);
        // Successes do not count against an address.
        for (int i = 0; i < 25; ++i)
            QCOMPARE(direct.login("omar", Password, "10.0.0.3"), 200);
        // Fifteen quiet minutes after the lockout ends, the address starts again from nothing.
        direct.now += 30'000 + config.loginLockoutMaxMs + 1;
        for (int i = 0; i < 19; ++i)
            QCOMPARE(direct.login(qPrintable(QStringLiteral("other%1").arg(i)), QStringLiteral("guess")), 401);
        QCOMPARE(direct.login("maria", Password), 200);
    }

    // The per-address rate of log-in attempts (logins_per_minute) still holds first.
    void loginAttemptsArePaced()
    {
        auto server = startServer(path(QStringLiteral("paced.db")), 0, testConfig());
        ServerConfig config = testConfig();
        config.loginsPerMinute = 6; // a burst of 3, then one every 10 s
        DirectApi direct;
        direct.api = std::make_unique<ApiService>(*server->db, config, [&direct] { return direct.now; });
        for (int i = 0; i < 3; ++i)
            QCOMPARE(direct.login("maria", Password), 200);
        ApiReply reply;
        QCOMPARE(direct.login("maria", Password, "10.0.0.1", &reply), 429);
        QCOMPARE(header(reply, "Retry-After"), QByteArray("10"));
        QCOMPARE(detail(reply), QStringLiteral("too many log-in attempts from this address; try again in 10 s"));
        direct.now += 10'000;
        QCOMPARE(direct.login("maria", Password), 200);
    }

    // The serving keys of the config file are read, and bad values are named.
    void configKeys_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("all") << QByteArray(R"({"max_header_bytes": 4096, "header_timeout_s": 2.5, "body_timeout_s": 3,
            "idle_timeout_s": 4, "max_connections": 50, "max_connections_per_address": 5, "login_lockout_after": 3,
            "login_lockout_after_per_address": 9, "login_lockout_s": 10, "login_lockout_max_s": 60, "workers": 3,
            "lookup_workers": 4, "login_workers": 2, "queue_timeout_s": 0.5})") << QString();
        QTest::newRow("tiny header limit") << QByteArray(R"({"max_header_bytes": 10})")
                                           << QStringLiteral("max_header_bytes: must be a number from 1024 to 1048576");
        QTest::newRow("no workers") << QByteArray(R"({"workers": 0})") << QStringLiteral("workers: must be a number from 1 to 256");
        QTest::newRow("no lookup workers") << QByteArray(R"({"lookup_workers": 0})")
                                           << QStringLiteral("lookup_workers: must be a number from 1 to 256");
        QTest::newRow("negative timeout") << QByteArray(R"({"idle_timeout_s": -1})")
                                          << QStringLiteral("idle_timeout_s: must be a number from 0.1 to 3600");
        QTest::newRow("timeout as text") << QByteArray(R"({"queue_timeout_s": "5"})")
                                         << QStringLiteral("queue_timeout_s: must be a number from 0.001 to 3600");
        QTest::newRow("lockout max below lockout") << QByteArray(R"({"login_lockout_s": 60, "login_lockout_max_s": 30})")
                                                   << QStringLiteral("login_lockout_max_s: must be at least login_lockout_s (60)");
        QTest::newRow("unknown") << QByteArray(R"({"worker": 2})") << QStringLiteral("worker: unknown setting");
        QTest::newRow("bad listen") << QByteArray(R"({"listen": "nowhere"})")
                                    << QStringLiteral("listen: \"nowhere\" is not HOST:PORT (for example 127.0.0.1:8787)");
    }

    void configKeys()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const QString file = path(QStringLiteral("server.json"));
        QString why;
        const std::optional<ServerConfig> config = configFromFile(file, json, &why);
        if (!error.isEmpty()) {
            QVERIFY(!config);
            QCOMPARE(why, file + QStringLiteral(": ") + error);
            return;
        }
        QVERIFY2(config, qPrintable(why));
        QCOMPARE(config->http.maxHeaderBytes, 4096);
        QCOMPARE(config->http.headerTimeoutMs, 2500);
        QCOMPARE(config->http.bodyTimeoutMs, 3000);
        QCOMPARE(config->http.idleTimeoutMs, 4000);
        QCOMPARE(config->http.maxConnections, 50);
        QCOMPARE(config->http.maxConnectionsPerAddress, 5);
        QCOMPARE(config->loginFailuresPerName, 3);
        QCOMPARE(config->loginFailuresPerAddress, 9);
        QCOMPARE(config->loginLockoutMs, 10'000);
        QCOMPARE(config->loginLockoutMaxMs, 60'000);
        QCOMPARE(config->readWorkers, 3);
        QCOMPARE(config->lookupWorkers, 4);
        QCOMPARE(config->loginWorkers, 2);
        QCOMPARE(config->queueTimeoutMs, 500);
    }

    // The packaged config explains itself in // lines; errors keep the file's line numbers.
    void configLinesMayBeComments()
    {
        const QString file = path(QStringLiteral("commented.json"));
        auto write = [&](const QByteArray &text) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(text);
        };
        write("// The team server's settings (docs/SERVER.md).\n{\n    // where it listens\n"
              "    \"listen\": \"127.0.0.1:9999\",\n  // \"workers\": 0,\n    \"workers\": 3\n}\n");
        QString why;
        const auto config = ServerConfig::fromFile(file, &why);
        QVERIFY2(config, qPrintable(why));
        QCOMPARE(config->readWorkers, 3);
        QCOMPARE(config->port, quint16(9999));
        write("// comment\n{\n    \"workers\": 3 // not a whole-line comment\n}\n");
        QVERIFY(!ServerConfig::fromFile(file, &why));
        QVERIFY2(why.startsWith(file + QStringLiteral(":3:")), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestServing)
#include "tst_serving.moc"
