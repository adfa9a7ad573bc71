// SPDX-License-Identifier: MIT
// When the store fails under a request (docs/SERVER.md, "Store failures"): a real store made
// to fail — an SQLite file locked by another connection's write transaction, a trigger that
// refuses a row, a table gone, a PostgreSQL connection terminated by pg_terminate_backend —
// answers 503 with Retry-After when a retry can succeed and 500 otherwise, never with the
// database's message or SQL; the server's log line has the full error with the answer's
// error id and request id; the retry succeeds once the store is back. Also the store
// connections per process (ConnectionBudget) and, on PostgreSQL, the start refused when the
// cluster cannot take every server. Runs on SQLite and on PostgreSQL
// (server.storefailures.postgresql).
#include "syncsupport.h"

#include "api/requestpool.h"
#include "auth/authservice.h"
#include "api/serverlog.h"
#include "store/connectionbudget.h"

#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "support/postgrescluster.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace ct;
using namespace ct::server;
using namespace ct::synctest;

namespace {

// The server's log lines, as ServerLog writes them from any thread.
class LogLines
{
public:
    void add(const QString &line)
    {
        const std::lock_guard lock(m_mutex);
        m_lines << line;
    }
    QStringList containing(const QString &text) const
    {
        const std::lock_guard lock(m_mutex);
        return m_lines.filter(text);
    }

private:
    mutable std::mutex m_mutex;
    QStringList m_lines;
};

LogLines serverLog;

} // namespace

class TestStoreFailures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresCluster> m_postgres;
    int m_files = 0;
    int m_keys = 0;
    std::unique_ptr<TestServer> m_brokenFeed; // a server whose change feed lost its table

    QString newStore() { return newServerStore(m_postgres.get(), m_dir.filePath(QStringLiteral("%1-server.db").arg(++m_files))); }

    std::unique_ptr<TestServer> start(const QString &store, ServerConfig config = testConfig())
    {
        config.storeBusyTimeoutMs = 200; // a locked store answers in a fifth of a second, not ten
        return startServer(store, 60, config);
    }

    // Another connection to the server's store, as an administrator's or a second program's.
    std::unique_ptr<Database> other(const QString &store)
    {
        QString error;
        std::unique_ptr<Database> db = m_postgres ? Database::openPostgres(store, &error) : Database::open(store, &error);
        if (!db)
            qFatal("second connection: %s", qPrintable(error));
        return db;
    }

    static void exec(const Database &db, const QString &sql)
    {
        QString error;
        if (!execSql(db.connection(), sql, &error))
            qFatal("%s", qPrintable(error));
    }

    static qint64 openException(const TestServer &server)
    {
        return scalar(*server.db, QStringLiteral("SELECT id FROM exceptions WHERE status = 0 ORDER BY id LIMIT 1"));
    }

    static qint64 version(const TestServer &server, qint64 exception)
    {
        return scalar(*server.db, QStringLiteral("SELECT version FROM exceptions WHERE id = %1").arg(exception));
    }

    // A note on `exception` at `baseVersion` under `key`.
    static HttpAnswer note(const TestServer &server, const QByteArray &token, qint64 exception, qint64 baseVersion,
                           const QByteArray &key, const QList<QPair<QByteArray, QByteArray>> &more = {})
    {
        return request(server.url, "POST", QStringLiteral("/v1/exceptions/%1/note").arg(exception), token,
                       QByteArrayLiteral(R"({"text":"called the customer"})"),
                       QList<QPair<QByteArray, QByteArray>>{{"If-Match", '"' + QByteArray::number(baseVersion) + '"'},
                                                            {"Idempotency-Key", key}} + more);
    }

    // The same request, sent again as a client retries it.
    struct Sent
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    static HttpAnswer send(const TestServer &server, const QByteArray &token, const Sent &sent)
    {
        return request(server.url, sent.method, sent.path, token, sent.body, sent.headers);
    }

    // What every store failure's answer is: problem+json of `status` and `slug`, an error id
    // and the request id (the X-Request-Id sent back), none of `secrets` (the database's
    // words, the SQL) anywhere in it; and one log line with that error id, the request id
    // and `logged` (the database's message). The caller returns when the test failed here.
    static void checkHidden(const HttpAnswer &answer, int status, const char *slug, const QStringList &secrets,
                            const QString &logged)
    {
        QVERIFY2(answer.status == status,
                 qPrintable(QString::fromUtf8(answer.body) + QStringLiteral("\nlogged: ")
                            + serverLog.containing(answer.json.value(QStringLiteral("error_id")).toString()).join(QLatin1Char('\n'))));
        QCOMPARE(answer.header("content-type"), QByteArrayLiteral("application/problem+json"));
        QCOMPARE(answer.json.value(QStringLiteral("type")).toString(), QStringLiteral("urn:controltower:problem:") + QLatin1String(slug));
        const QString errorId = answer.json.value(QStringLiteral("error_id")).toString();
        const QString requestId = answer.json.value(QStringLiteral("request_id")).toString();
        {
            QVERIFY2(QRegularExpression(QStringLiteral("^e-[0-9a-f]{16}$")).match(errorId).hasMatch(), answer.body.constData());
            QCOMPARE(requestId, QString::fromLatin1(answer.header("x-request-id")));
            QVERIFY2(!requestId.isEmpty(), answer.body.constData());
            QVERIFY2(answer.json.value(QStringLiteral("detail")).toString().contains(errorId), answer.body.constData());
            for (const QString &secret : secrets)
                QVERIFY2(!answer.body.contains(secret.toUtf8()),
                         qPrintable(QStringLiteral("the answer shows \"%1\": %2").arg(secret, QString::fromUtf8(answer.body))));
            if (status == 503) {
                QCOMPARE(answer.header("retry-after"), QByteArrayLiteral("1"));
                QCOMPARE(answer.json.value(QStringLiteral("retry_after_s")).toInt(), 1);
            } else {
                QVERIFY(answer.header("retry-after").isEmpty());
            }
            const QStringList lines = serverLog.containing(errorId);
            QCOMPARE(lines.size(), 1);
            QVERIFY2(lines.first().startsWith(QStringLiteral("store error ") + errorId), qPrintable(lines.first()));
            QVERIFY2(lines.first().contains(QStringLiteral("(request %1,").arg(requestId)), qPrintable(lines.first()));
            QVERIFY2(lines.first().contains(QStringLiteral("answered %1").arg(status)), qPrintable(lines.first()));
            QVERIFY2(lines.first().contains(logged, Qt::CaseInsensitive), qPrintable(lines.first()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_postgres = startBackend(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ServerLog::setSink([](const QString &line) { serverLog.add(line); });
    }

    void cleanupTestCase()
    {
        m_brokenFeed.reset();
        ServerLog::setSink({});
    }

    // Another connection holds the SQLite store's write lock: every write waits
    // store_busy_timeout_s for it, then is answered 503 with Retry-After, nothing applied;
    // reads go on (WAL); once the lock is gone the same request, resent, succeeds.
    void lockedStoreIsRetried_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("an edit") << QStringLiteral("edit");
        QTest::newRow("a batch of edits") << QStringLiteral("batch");
        QTest::newRow("a log-in") << QStringLiteral("login");
        QTest::newRow("a team setting's save") << QStringLiteral("setting");
    }

    void lockedStoreIsRetried()
    {
        if (m_postgres)
            QSKIP("SQLite's write lock; on PostgreSQL see lostConnectionIsRetried");
        QFETCH(QString, what);
        const QString store = newStore();
        const auto server = start(store);
        const QByteArray token = login(server->url, "meg");
        const qint64 exception = openException(*server);
        const qint64 before = version(*server, exception);
        const QByteArray key = "locked-" + QByteArray::number(++m_keys);
        Sent sent;
        if (what == QLatin1String("edit")) {
            sent = {"POST", QStringLiteral("/v1/exceptions/%1/note").arg(exception), R"({"text":"called the customer"})",
                    {{"If-Match", '"' + QByteArray::number(before) + '"'}, {"Idempotency-Key", key}}};
        } else if (what == QLatin1String("batch")) {
            sent = {"POST", QStringLiteral("/v1/edits"),
                    QStringLiteral(R"({"edits":[{"entity":"exception","id":%1,"op":"note","if_match":%2,"idempotency_key":"%3","params":{"text":"x"}}]})")
                        .arg(exception).arg(before).arg(QString::fromLatin1(key)).toUtf8(),
                    {}};
        } else if (what == QLatin1String("login")) {
            sent = {"POST", QStringLiteral("/v1/auth/token"),
                    QStringLiteral(R"({"username":"maria","password":"%1"})").arg(Password).toUtf8(), {}};
        } else {
            const HttpAnswer current = request(server->url, "GET", QStringLiteral("/v1/settings/assignment"), token);
            QCOMPARE(current.status, 200);
            sent = {"PUT", QStringLiteral("/v1/settings/assignment"),
                    R"({"agents":[{"name":"maria"},{"name":"omar"}],"rules":[{"id":"all","name":"Everything","assign_to":{"agents":["maria","omar"]}}]})",
                    {{"If-Match", current.header("etag")}}};
        }

        const std::unique_ptr<Database> locker = other(store);
        exec(*locker, QStringLiteral("BEGIN IMMEDIATE"));
        const HttpAnswer refused = send(*server, token, sent);
        checkHidden(refused, 503, "store-unavailable",
                    {QStringLiteral("locked"), QStringLiteral("BEGIN"), QStringLiteral("INSERT"), QStringLiteral("while:")},
                    QStringLiteral("database is locked"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(version(*server, exception), before);
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM idempotency")), 0);
        // Readers are not held up by a writer.
        QCOMPARE(request(server->url, "GET", QStringLiteral("/v1/exceptions/%1").arg(exception), token).status, 200);

        exec(*locker, QStringLiteral("ROLLBACK"));
        const HttpAnswer retried = send(*server, token, sent);
        QVERIFY2(retried.status == 200, retried.body.constData());
        if (what == QLatin1String("edit") || what == QLatin1String("batch"))
            QCOMPARE(version(*server, exception), before + 1);
    }

    // A store that is broken, not busy: 500 with a generic detail, the cause only in the log;
    // nothing applied; the same request succeeds once the store is repaired.
    void brokenStoreIs500_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QStringList>("sqlite");   // break, repair
        QTest::addColumn<QStringList>("postgres"); // break, repair
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QString>("logged");
        const auto refusing = [](const char *table, const char *message) {
            return QStringList{QStringLiteral("CREATE TRIGGER refuse_%1 BEFORE INSERT ON %1 BEGIN SELECT RAISE(ABORT, '%2'); END")
                                   .arg(QLatin1String(table), QLatin1String(message)),
                               QStringLiteral("DROP TRIGGER refuse_%1").arg(QLatin1String(table))};
        };
        const auto refusingPostgres = [](const char *table, const char *message) {
            return QStringList{QStringLiteral("CREATE FUNCTION refuse_%1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE "
                                              "EXCEPTION '%2'; END $$; CREATE TRIGGER refuse_%1 BEFORE INSERT ON %1 FOR EACH "
                                              "ROW EXECUTE FUNCTION refuse_%1()").arg(QLatin1String(table), QLatin1String(message)),
                               QStringLiteral("DROP TRIGGER refuse_%1 ON %1").arg(QLatin1String(table))};
        };
        const auto renaming = [](const char *table) {
            return QStringList{QStringLiteral("ALTER TABLE %1 RENAME TO %1_away").arg(QLatin1String(table)),
                               QStringLiteral("ALTER TABLE %1_away RENAME TO %1").arg(QLatin1String(table))};
        };
        QTest::newRow("an edit whose audit row a trigger refuses")
            << QStringLiteral("edit") << refusing("audit_log", "audit trail frozen by policy")
            << refusingPostgres("audit_log", "audit trail frozen by policy")
            << QStringList{QStringLiteral("audit"), QStringLiteral("frozen"), QStringLiteral("INSERT"), QStringLiteral("while:")}
            << QStringLiteral("audit trail frozen by policy");
        QTest::newRow("the change feed without its table")
            << QStringLiteral("feed") << renaming("change_log") << renaming("change_log")
            << QStringList{QStringLiteral("change_log"), QStringLiteral("SELECT"), QStringLiteral("while:")}
            << QStringLiteral("change_log");
        // Before, a token that could not be checked was "not valid; log in again" (401),
        // and a client would have thrown a good token away.
        QTest::newRow("a token check without the tokens table")
            << QStringLiteral("me") << renaming("tokens") << renaming("tokens")
            << QStringList{QStringLiteral("tokens"), QStringLiteral("SELECT"), QStringLiteral("while:")}
            << QStringLiteral("tokens");
        // Before, this was a 400 "validation" naming the SQL error.
        QTest::newRow("a new user whose row a trigger refuses")
            << QStringLiteral("user") << refusing("users", "user table frozen by policy")
            << refusingPostgres("users", "user table frozen by policy")
            << QStringList{QStringLiteral("frozen"), QStringLiteral("INSERT"), QStringLiteral("while:")}
            << QStringLiteral("user table frozen by policy");
    }

    void brokenStoreIs500()
    {
        QFETCH(QString, what);
        QFETCH(QStringList, sqlite);
        QFETCH(QStringList, postgres);
        QFETCH(QStringList, secrets);
        QFETCH(QString, logged);
        const QString store = newStore();
        const auto server = start(store);
        QString error;
        QVERIFY2(AuthService(*server->db, 1000, 3'600'000).createUser(QStringLiteral("root"), Role::Admin, Password, 0, &error),
                 qPrintable(error));
        const QByteArray token = login(server->url, what == QLatin1String("user") ? "root" : "meg");
        const qint64 exception = openException(*server);
        const qint64 before = version(*server, exception);
        Sent sent;
        if (what == QLatin1String("edit"))
            sent = {"POST", QStringLiteral("/v1/exceptions/%1/note").arg(exception), R"({"text":"called the customer"})",
                    {{"If-Match", '"' + QByteArray::number(before) + '"'}, {"Idempotency-Key", "broken-" + QByteArray::number(++m_keys)}}};
        else if (what == QLatin1String("feed"))
            sent = {"GET", QStringLiteral("/v1/changes?limit=5"), {}, {}};
        else if (what == QLatin1String("me"))
            sent = {"GET", QStringLiteral("/v1/me"), {}, {}};
        else
            sent = {"POST", QStringLiteral("/v1/users"),
                    QStringLiteral(R"({"name":"newcomer","role":"agent","password":"%1"})").arg(Password).toUtf8(), {}};

        const std::unique_ptr<Database> admin = other(store);
        const QStringList &sql = m_postgres ? postgres : sqlite;
        exec(*admin, sql.at(0));
        const HttpAnswer refused = send(*server, token, sent);
        checkHidden(refused, 500, "internal", secrets, logged);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(version(*server, exception), before);

        exec(*admin, sql.at(1));
        const HttpAnswer retried = send(*server, token, sent);
        QVERIFY2(retried.status == 200 || retried.status == 201, retried.body.constData());
        if (what == QLatin1String("edit"))
            QCOMPARE(version(*server, exception), before + 1);
    }

    // PostgreSQL terminates the server's connections (pg_terminate_backend, as an
    // administrator or a failover does): the first request on each is 503 with
    // Retry-After, nothing applied; the serving thread opens a new connection, and the
    // request resent succeeds, exactly once.
    void lostConnectionIsRetried()
    {
        if (!m_postgres)
            QSKIP("a PostgreSQL connection (server.storefailures.postgresql)");
        const QString store = newStore();
        ServerConfig config = testConfig();
        config.readWorkers = 1;
        const auto server = start(store, config);
        const QByteArray token = login(server->url, "meg");
        const qint64 exception = openException(*server);
        const qint64 before = version(*server, exception);
        const QByteArray key = "lost-" + QByteArray::number(++m_keys);

        const std::unique_ptr<Database> admin = other(store);
        const qint64 mainBackend = scalar(*server->db, QStringLiteral("SELECT pg_backend_pid()"));
        const qint64 terminated = scalar(*admin, QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                                                "WHERE datname = current_database() AND backend_type = 'client backend' "
                                                                "AND pid <> pg_backend_pid() AND pid <> %1").arg(mainBackend));
        // The serving threads: reads 1, lookups 1, log-ins (half the cores, at least 1), edits 1.
        QVERIFY2(terminated >= 4, qPrintable(QString::number(terminated)));

        const HttpAnswer refused = note(*server, token, exception, before, key);
        checkHidden(refused, 503, "store-unavailable",
                    {QStringLiteral("terminat"), QStringLiteral("57P01"), QStringLiteral("SELECT"), QStringLiteral("while:")},
                    QStringLiteral("terminating connection"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(version(*server, exception), before);
        QTRY_VERIFY_WITH_TIMEOUT(!serverLog.containing(QStringLiteral("opened a new one")).isEmpty(), 30'000);
        const HttpAnswer retried = note(*server, token, exception, before, key);
        QVERIFY2(retried.status == 200, retried.body.constData());
        QCOMPARE(version(*server, exception), before + 1);
        // The read thread's connection was terminated too: its first request is refused
        // the same way, the next served.
        const HttpAnswer feed = request(server->url, "GET", QStringLiteral("/v1/changes?limit=5"), token);
        checkHidden(feed, 503, "store-unavailable", {QStringLiteral("terminat"), QStringLiteral("while:")},
                    QStringLiteral("terminating connection"));
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(request(server->url, "GET", QStringLiteral("/v1/changes?limit=5"), token).status, 200, 30'000);
        // Exactly once: one audit row for the key.
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM audit_log WHERE idempotency_key = '%1'")
                                         .arg(QString::fromLatin1(key))), 1);
    }

    // A client's X-Request-Id names its request in the answer and the log; a malformed one
    // is replaced by the server's own.
    void requestIdComesBack_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::addColumn<bool>("kept");
        QTest::newRow("a support ticket's id") << QByteArray("ticket-4711.retry:2") << true;
        QTest::newRow("64 characters") << QByteArray(64, 'a') << true;
        QTest::newRow("65 characters") << QByteArray(65, 'a') << false;
        QTest::newRow("a space") << QByteArray("ticket 4711") << false;
        QTest::newRow("a quote") << QByteArray("ticket\"4711") << false;
    }

    void requestIdComesBack()
    {
        QFETCH(QByteArray, sent);
        QFETCH(bool, kept);
        if (!m_brokenFeed) {
            const QString store = newStore();
            m_brokenFeed = start(store);
            exec(*other(store), QStringLiteral("ALTER TABLE change_log RENAME TO change_log_away"));
        }
        const TestServer *server = m_brokenFeed.get();
        const QByteArray token = login(server->url, "meg");
        const HttpAnswer answer = request(server->url, "GET", QStringLiteral("/v1/changes"), token, {}, {{"X-Request-Id", sent}});
        checkHidden(answer, 500, "internal", {QStringLiteral("change_log")}, QStringLiteral("change_log"));
        if (QTest::currentTestFailed())
            return;
        const QString requestId = answer.json.value(QStringLiteral("request_id")).toString();
        if (kept)
            QCOMPARE(requestId, QString::fromLatin1(sent));
        else
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(requestId).hasMatch(), qPrintable(requestId));
        // Every answer carries it, not only failures.
        const HttpAnswer health = request(server->url, "GET", QStringLiteral("/v1/health"), {}, {}, {{"X-Request-Id", sent}});
        QCOMPARE(health.status, 200);
        if (kept)
            QCOMPARE(health.header("x-request-id"), sent);
        else
            QVERIFY(!health.header("x-request-id").isEmpty() && health.header("x-request-id") != sent);
    }

    // The serving threads per process within max_store_connections (hand-computed).
    void connectionPlan_data()
    {
        QTest::addColumn<int>("cores");
        QTest::addColumn<int>("workers");      // 0: the default
        QTest::addColumn<int>("loginWorkers"); // 0: the default
        QTest::addColumn<int>("cap");          // 0: none
        QTest::addColumn<QString>("expected"); // "read lookup login write perProcess", or the error's start
        QTest::newRow("8 cores, defaults") << 8 << 0 << 0 << 0 << QStringLiteral("8 1 4 1 15");
        QTest::newRow("1 core, defaults") << 1 << 0 << 0 << 0 << QStringLiteral("2 1 1 1 6");
        QTest::newRow("3 cores, defaults") << 3 << 0 << 0 << 0 << QStringLiteral("3 1 1 1 7");
        QTest::newRow("8 cores, cap exactly the need") << 8 << 0 << 0 << 15 << QStringLiteral("8 1 4 1 15");
        QTest::newRow("8 cores, cap one less: reads shrink") << 8 << 0 << 0 << 14 << QStringLiteral("7 1 4 1 14");
        QTest::newRow("8 cores, cap 6: reads to 1, log-ins to 2") << 8 << 0 << 0 << 6 << QStringLiteral("1 1 2 1 6");
        QTest::newRow("8 cores, cap 5: one thread a lane") << 8 << 0 << 0 << 5 << QStringLiteral("1 1 1 1 5");
        QTest::newRow("8 cores, reads set: log-ins shrink") << 8 << 6 << 0 << 10 << QStringLiteral("6 1 1 1 10");
        QTest::newRow("reads set over the cap") << 8 << 6 << 0 << 9
                                                << QStringLiteral("max_store_connections is 9, but the serving threads need 10");
        QTest::newRow("both set, one over") << 2 << 3 << 2 << 7
                                            << QStringLiteral("max_store_connections is 7, but the serving threads need 8");
        QTest::newRow("both set, exactly") << 2 << 3 << 2 << 8 << QStringLiteral("3 1 2 1 8");
    }

    void connectionPlan()
    {
        QFETCH(int, cores);
        QFETCH(int, workers);
        QFETCH(int, loginWorkers);
        QFETCH(int, cap);
        QFETCH(QString, expected);
        ServerConfig config;
        config.readWorkers = workers;
        config.loginWorkers = loginWorkers;
        config.maxStoreConnections = cap;
        QString error;
        const std::optional<ConnectionBudget::Plan> plan = ConnectionBudget::plan(config, cores, &error);
        if (!plan) {
            QVERIFY2(error.startsWith(expected), qPrintable(error));
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(QStringLiteral("%1 %2 %3 %4 %5").arg(plan->read).arg(plan->lookup).arg(plan->login).arg(plan->write).arg(plan->perProcess()),
                 expected);
    }

    // Whether N servers fit a cluster: at most max_connections less the reserved ones.
    void clusterRoom_data()
    {
        QTest::addColumn<int>("maxConnections");
        QTest::addColumn<int>("reserved");
        QTest::addColumn<int>("processes");
        QTest::addColumn<int>("perProcess");
        QTest::addColumn<bool>("fits");
        QTest::newRow("PostgreSQL's defaults, one server of 15") << 100 << 3 << 1 << 15 << true;
        QTest::newRow("16 servers of 6 (96 of 97)") << 100 << 3 << 16 << 6 << true;
        QTest::newRow("17 servers of 6 (102)") << 100 << 3 << 17 << 6 << false;
        QTest::newRow("exactly the room") << 100 << 4 << 8 << 12 << true;      // 96 = 96
        QTest::newRow("one over the room") << 100 << 4 << 1 << 97 << false;   // 97 > 96
        QTest::newRow("reserved counted") << 20 << 3 << 3 << 6 << false;       // 18 > 17
    }

    void clusterRoom()
    {
        QFETCH(int, maxConnections);
        QFETCH(int, reserved);
        QFETCH(int, processes);
        QFETCH(int, perProcess);
        QFETCH(bool, fits);
        ConnectionBudget::Plan plan;
        plan.read = perProcess - 4; // + lookup, log-in, edit threads and the event loop's
        plan.lookup = 1;
        plan.login = 1;
        QCOMPARE(plan.perProcess(), perProcess);
        const std::optional<QString> problem = ConnectionBudget::clusterProblem({maxConnections, reserved}, processes, plan);
        QCOMPARE(!problem.has_value(), fits);
        if (problem) {
            QVERIFY2(problem->contains(QStringLiteral("max_connections %1").arg(maxConnections)), qPrintable(*problem));
            QVERIFY2(problem->contains(QStringLiteral("need %1").arg(processes * perProcess)), qPrintable(*problem));
        }
    }

    // A served store gets exactly the plan's connections: on PostgreSQL counted by the
    // cluster itself (pg_stat_activity), the test's own connection aside.
    void serverOpensThePlannedConnections()
    {
        ServerConfig config = testConfig();
        config.readWorkers = 3;
        config.loginWorkers = 2;
        config.lookupWorkers = 1;
        const QString store = newStore();
        const auto server = start(store, config);
        const RequestPool *pool = server->http->pool();
        QVERIFY(pool);
        QCOMPARE(pool->workers(ApiService::Lane::Read), 3);
        QCOMPARE(pool->workers(ApiService::Lane::Lookup), 1);
        QCOMPARE(pool->workers(ApiService::Lane::Login), 2);
        QCOMPARE(pool->workers(ApiService::Lane::Write), 1);
        if (!m_postgres)
            return;
        const std::unique_ptr<Database> admin = other(store);
        // 3 + 1 + 2 + 1 serving threads and the test server's own (its event loop's): 8.
        QCOMPARE(scalar(*admin, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                               "AND backend_type = 'client backend' AND pid <> pg_backend_pid()")),
                 8);
    }

    // Started as a real process: serving threads over max_store_connections are a usage
    // error (exit 2); on PostgreSQL, servers the cluster cannot take all stop the start
    // (exit 3) with the numbers; servers that fit start.
    void startChecksTheConnections_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<bool>("postgresOnly");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("threads over the cap")
            << QByteArray(R"({"listen":"127.0.0.1:0","workers":4,"login_workers":1,"max_store_connections":7})") << false << 2
            << QStringLiteral("max_store_connections is 7, but the serving threads need 8 store connections (4 read + 1 "
                              "lookup + 1 log-in + 1 edit threads and the event loop's)");
        QTest::newRow("7 servers of 6 on a cluster of 40")
            << QByteArray(R"({"listen":"127.0.0.1:0","workers":2,"login_workers":1,"server_processes":7})") << true << 3
            << QStringLiteral("the PostgreSQL cluster takes 37 connections (max_connections 40, less 3 reserved for "
                              "superusers), but 7 server processes (server_processes) of 6 store connections each (2 read + "
                              "1 lookup + 1 log-in + 1 edit threads and the event loop's) need 42");
        QTest::newRow("6 servers of 6 fit in 37")
            << QByteArray(R"({"listen":"127.0.0.1:0","workers":2,"login_workers":1,"server_processes":6})") << true << 0
            << QString();
    }

    void startChecksTheConnections()
    {
        QFETCH(QByteArray, config);
        QFETCH(bool, postgresOnly);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        if (postgresOnly && !m_postgres)
            QSKIP("a PostgreSQL cluster (server.storefailures.postgresql)");
        const QString store = newStore();
        if (m_postgres) {
            // The test's cluster (support/postgrescluster.cpp) takes 40 connections, 3 of them for superusers.
            const std::unique_ptr<Database> admin = other(store);
            QCOMPARE(scalar(*admin, QStringLiteral("SELECT setting::int FROM pg_settings WHERE name = 'max_connections'")), 40);
            QCOMPARE(scalar(*admin, QStringLiteral("SELECT setting::int FROM pg_settings WHERE name = 'superuser_reserved_connections'")), 3);
        }
        const QString file = m_dir.filePath(QStringLiteral("%1-server.json").arg(++m_files));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(config) == config.size());
        out.close();
        QProcess server;
        server.start(QStringLiteral(CT_SERVER_PATH), {QStringLiteral("--db"), store, QStringLiteral("--config"), file});
        QVERIFY(server.waitForStarted());
        if (exitCode == 0) {
            QByteArray banner;
            QElapsedTimer waited;
            waited.start();
            while (!banner.contains("listening on ") && server.state() == QProcess::Running && waited.elapsed() < 120'000) {
                server.waitForReadyRead(200);
                banner += server.readAllStandardOutput();
            }
            const QByteArray errors = server.readAllStandardError();
            server.kill();
            server.waitForFinished();
            QVERIFY2(banner.contains("listening on "), QByteArray(banner + errors).constData());
            return;
        }
        QVERIFY(server.waitForFinished(60'000));
        QCOMPARE(server.exitCode(), exitCode);
        const QString errors = QString::fromUtf8(server.readAllStandardError());
        QVERIFY2(errors.contains(message), qPrintable(errors));
    }
};

QTEST_GUILESS_MAIN(TestStoreFailures)
#include "tst_storefailures.moc"
