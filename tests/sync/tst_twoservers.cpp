// SPDX-License-Identifier: MIT
// Two controltower-server processes (the real executable) on one PostgreSQL database, as a
// team runs them behind a reverse proxy (docs/SERVER.md): both start at once on an empty
// database; a token from one is good on the other; an Idempotency-Key holds across them,
// even sent to both at once; two edits on the same version, one on each, cannot both win;
// log-in lockouts count the failures made on either; a token's request rate and an
// address's log-in rate are spent across both (the shared buckets, on the servers' test
// clock); the change feed is one order, whichever serves a page. Then clients (`controltower-cli sync`, real processes) push through both,
// one server is SIGKILLed in the middle of the pushes, its clients go on through the other,
// and every acknowledged edit is on the server exactly once and every client equals it.
#include "serverprocess.h"
#include "syncsupport.h"

#include "auth/authservice.h"
#include "store/serverschema.h"
#include "support/postgrescluster.h"

#include "demo/demoseeder.h"
#include "edits/editcatalog.h"
#include "store/database.h"
#include "sync/outbox.h"

#include "support/testclock.h"

#include "api/sharedtokenbuckets.h"
#include "net/tokenbucket.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ct;
using namespace ct::synctest;

namespace {

constexpr int Clients = 4;
constexpr int EditsPerClient = 100;
constexpr int ExceptionsPerClient = 10;

struct Sent
{
    QUrl server;
    QByteArray token;
    QByteArray path;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// Every POST at once, each on its own connection; their answers in the same order.
QList<HttpAnswer> atOnce(const QList<Sent> &requests)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    QList<QNetworkReply *> replies;
    for (const Sent &sent : requests) {
        networks.push_back(std::make_unique<QNetworkAccessManager>());
        QUrl url = sent.server;
        url.setPath(QString::fromLatin1(sent.path));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + sent.token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : sent.headers)
            request.setRawHeader(name, value);
        replies << networks.back()->post(request, sent.body);
    }
    if (!QTest::qWaitFor([&] { return std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }); },
                         120'000))
        qWarning("requests still unanswered after 120 s");
    QList<HttpAnswer> answers;
    for (QNetworkReply *reply : replies) {
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        for (const auto &pair : reply->rawHeaderPairs())
            answer.headers.insert(pair.first.toLower(), pair.second);
        answers << answer;
        delete reply;
    }
    return answers;
}

QByteArray noteBody(const QString &text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("text"), text}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestTwoServers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresCluster> m_cluster;
    QString m_store; // the team's database
    QString m_config;
    std::unique_ptr<Database> m_db; // the test's own connection to it
    std::unique_ptr<ServerProcess> m_a;
    std::unique_ptr<ServerProcess> m_b;
    QList<qint64> m_exceptions;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString newDatabase()
    {
        QString error;
        const QString name = m_cluster->createDatabase(&error);
        if (name.isEmpty())
            qFatal("%s", qPrintable(error));
        return m_cluster->socketUrl(name);
    }

    qint64 version(const QUrl &server, const QByteArray &token, qint64 exception)
    {
        const HttpAnswer answer = request(server, "GET", QStringLiteral("/v1/exceptions/%1").arg(exception), token);
        return answer.status == 200 ? answer.header("etag").replace('"', "").toLongLong() : -1;
    }

    qint64 auditCount(const QString &key)
    {
        return scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE idempotency_key = '%1'").arg(key));
    }

    // `controltower-cli sync` against `server`; its exit code, or -1 when it ran past `ms`.
    int sync(const QUrl &server, const QString &client, const QByteArray &token, QString *output, int ms = 300'000)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CONTROLTOWER_TOKEN"), QString::fromLatin1(token));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(CT_CLI_PATH), {QStringLiteral("sync"), QStringLiteral("--server"), server.toString(),
                                                    QStringLiteral("--db"), client, QStringLiteral("--attempts"),
                                                    QStringLiteral("3"), QStringLiteral("--quiet")});
        if (!process.waitForFinished(ms)) {
            process.kill();
            process.waitForFinished(10'000);
            return -1;
        }
        *output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = std::make_unique<PostgresCluster>();
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        m_config = path(QStringLiteral("server.json"));
        QFile config(m_config);
        QVERIFY(config.open(QIODevice::WriteOnly));
        // Fast hashing; no request rate limits (the clients share a machine); the log-in
        // lockouts as shipped: 5 failures for a name.
        config.write(R"({"listen": "127.0.0.1:0", "password_iterations": 1000, "requests_per_second": 100000,
                         "request_burst": 100000, "logins_per_minute": 100000, "queue_timeout_s": 600})");
        config.close();

        m_store = newDatabase();
        {
            auto db = server::ServerSchema::openStore(m_store, &error);
            QVERIFY2(db, qPrintable(error));
            // Two weeks of orders, so that many exceptions are open (as startServer() seeds).
            DemoOptions options;
            options.now = test::fixedNow();
            options.historyDays = 14;
            DemoSeeder::Result seeded;
            QVERIFY2(DemoSeeder::seed(*db, options, 1000, {}, &seeded, &error), qPrintable(error));
            server::AuthService auth(*db, 1000, 12 * 3'600'000LL);
            for (const auto &[name, role] : {std::pair{"maria", Role::Agent}, std::pair{"omar", Role::Agent},
                                              std::pair{"meg", Role::Manager}, std::pair{"lena", Role::Agent}})
                QVERIFY2(auth.createUser(QString::fromLatin1(name), role, Password, 0, &error), qPrintable(error));
        }
        m_a = std::make_unique<ServerProcess>(QStringLiteral(CT_SERVER_PATH));
        m_b = std::make_unique<ServerProcess>(QStringLiteral(CT_SERVER_PATH));
        QVERIFY2(m_a->start(m_store, m_config, &error), qPrintable(error));
        QVERIFY2(m_b->start(m_store, m_config, &error), qPrintable(error));
        m_db = server::ServerSchema::openStore(m_store, &error);
        QVERIFY2(m_db, qPrintable(error));
        QSqlQuery ids(m_db->connection());
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM exceptions ORDER BY id")));
        while (ids.next())
            m_exceptions << ids.value(0).toLongLong();
        QVERIFY2(m_exceptions.size() >= Clients * ExceptionsPerClient + 10,
                 qPrintable(QStringLiteral("%1 exceptions").arg(m_exceptions.size())));
    }

    void cleanupTestCase()
    {
        m_a.reset();
        m_b.reset();
        m_db.reset();
        m_cluster.reset();
    }

    // Both create the store's tables at once: one waits for the other, both serve it.
    void bothStartAtOnceOnAnEmptyDatabase()
    {
        const QString store = newDatabase();
        ServerProcess first(QStringLiteral(CT_SERVER_PATH)), second(QStringLiteral(CT_SERVER_PATH));
        first.launch(store, m_config);
        second.launch(store, m_config);
        QString error;
        QVERIFY2(first.waitListening(600'000, &error), qPrintable(error));
        QVERIFY2(second.waitListening(600'000, &error), qPrintable(error));
        const HttpAnswer one = request(first.url(), "GET", QStringLiteral("/v1/health"));
        const HttpAnswer two = request(second.url(), "GET", QStringLiteral("/v1/health"));
        QCOMPARE(one.status, 200);
        QCOMPARE(two.status, 200);
        QVERIFY(!one.json.value(QStringLiteral("server_id")).toString().isEmpty());
        QCOMPARE(two.json.value(QStringLiteral("server_id")), one.json.value(QStringLiteral("server_id")));
    }

    void tokensAreGoodOnBoth()
    {
        const QByteArray fromA = login(m_a->url(), "maria");
        const QByteArray fromB = login(m_b->url(), "omar");
        QVERIFY(!fromA.isEmpty() && !fromB.isEmpty());
        QCOMPARE(request(m_b->url(), "GET", QStringLiteral("/v1/me"), fromA).json.value(QStringLiteral("name")).toString(),
                 QStringLiteral("maria"));
        QCOMPARE(request(m_a->url(), "GET", QStringLiteral("/v1/me"), fromB).json.value(QStringLiteral("name")).toString(),
                 QStringLiteral("omar"));
        QCOMPARE(request(m_b->url(), "GET", QStringLiteral("/v1/me"), "ct_not-a-token").status, 401);
    }

    // A client that lost an answer and sends again to the other server, or sends to both
    // at once: the edit is applied once, and both answers are its answer.
    void anIdempotencyKeyHoldsAcrossServers()
    {
        const QByteArray token = login(m_a->url(), "maria");
        const qint64 exception = m_exceptions.at(m_exceptions.size() - 1);
        for (int round = 0; round < 10; ++round) {
            const qint64 base = version(m_a->url(), token, exception);
            const QByteArray key = "both-" + QByteArray::number(round);
            const QByteArray path = "/v1/exceptions/" + QByteArray::number(exception) + "/note";
            const QList<QPair<QByteArray, QByteArray>> headers{{"If-Match", '"' + QByteArray::number(base) + '"'}, {"Idempotency-Key", key}};
            const QByteArray body = noteBody(QStringLiteral("sent to both, round %1").arg(round));
            const QList<HttpAnswer> answers = atOnce({{m_a->url(), token, path, body, headers}, {m_b->url(), token, path, body, headers}});
            for (const HttpAnswer &answer : answers) {
                QVERIFY2(answer.status == 200, qPrintable(QStringLiteral("round %1: %2 %3").arg(round).arg(answer.status)
                                                              .arg(QString::fromUtf8(answer.body.left(400)))));
                QCOMPARE(answer.header("etag"), '"' + QByteArray::number(base + 1) + '"');
            }
            QCOMPARE(int(answers.at(0).header("idempotent-replayed") == "true") + int(answers.at(1).header("idempotent-replayed") == "true"), 1);
            QCOMPARE(answers.at(0).body, answers.at(1).body);
            QCOMPARE(auditCount(QString::fromLatin1(key)), 1);
            // And once more, one after the other, to the server that did not apply it.
            const HttpAnswer again = request(answers.at(0).header("idempotent-replayed") == "true" ? m_a->url() : m_b->url(), "POST",
                                             QString::fromLatin1(path), token, body, headers);
            QCOMPARE(again.status, 200);
            QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
            QCOMPARE(again.body, answers.at(0).header("idempotent-replayed") == "true" ? answers.at(1).body : answers.at(0).body);
        }
        QCOMPARE(version(m_b->url(), token, exception), version(m_a->url(), token, exception));
    }

    // Two agents' edits made on the same version, one through each server, at once: one is
    // applied, the other is told the exception moved on (412); never both.
    void twoEditsOnOneVersionCannotBothWin()
    {
        const QByteArray maria = login(m_a->url(), "maria");
        const QByteArray omar = login(m_b->url(), "omar");
        const qint64 exception = m_exceptions.at(m_exceptions.size() - 2);
        for (int round = 0; round < 20; ++round) {
            const qint64 base = version(m_a->url(), maria, exception);
            const QByteArray path = "/v1/exceptions/" + QByteArray::number(exception) + "/note";
            const QByteArray ifMatch = '"' + QByteArray::number(base) + '"';
            const QByteArray mariaKey = "maria-race-" + QByteArray::number(round);
            const QByteArray omarKey = "omar-race-" + QByteArray::number(round);
            const QList<HttpAnswer> answers
                = atOnce({{m_a->url(), maria, path, noteBody(QStringLiteral("maria %1").arg(round)), {{"If-Match", ifMatch}, {"Idempotency-Key", mariaKey}}},
                          {m_b->url(), omar, path, noteBody(QStringLiteral("omar %1").arg(round)), {{"If-Match", ifMatch}, {"Idempotency-Key", omarKey}}}});
            QList<int> statuses{answers.at(0).status, answers.at(1).status};
            std::sort(statuses.begin(), statuses.end());
            QVERIFY2(statuses == (QList<int>{200, 412}),
                     qPrintable(QStringLiteral("round %1: maria got %2 (%3), omar %4 (%5)").arg(round)
                                    .arg(answers.at(0).status).arg(QString::fromLatin1(answers.at(0).header("etag")))
                                    .arg(answers.at(1).status).arg(QString::fromLatin1(answers.at(1).header("etag")))));
            const HttpAnswer &won = answers.at(0).status == 200 ? answers.at(0) : answers.at(1);
            const HttpAnswer &lost = answers.at(0).status == 200 ? answers.at(1) : answers.at(0);
            QCOMPARE(won.header("etag"), '"' + QByteArray::number(base + 1) + '"');
            QCOMPARE(lost.header("etag"), won.header("etag")); // the 412 names the version that won
            QCOMPARE(auditCount(QString::fromLatin1(mariaKey)) + auditCount(QString::fromLatin1(omarKey)), 1);
            QCOMPARE(version(m_b->url(), omar, exception), base + 1);
        }
    }

    // Failed log-ins count wherever they were made: five for one name, three through one
    // server and two through the other, lock it on both, even for the right password.
    void logInLockoutsHoldAcrossServers()
    {
        const QByteArray wrong = R"({"username":"lena","password":"not the password of lena"})";
        for (int attempt = 0; attempt < 5; ++attempt) {
            const HttpAnswer answer = request(attempt % 2 == 0 ? m_a->url() : m_b->url(), "POST", QStringLiteral("/v1/auth/token"), {}, wrong);
            QVERIFY2(answer.status == 401, qPrintable(QStringLiteral("attempt %1: %2 %3").arg(attempt).arg(answer.status)
                                                          .arg(QString::fromUtf8(answer.body))));
        }
        for (const ServerProcess *server : {m_a.get(), m_b.get()}) {
            const HttpAnswer answer = request(server->url(), "POST", QStringLiteral("/v1/auth/token"), {},
                                              QStringLiteral(R"({"username":"lena","password":"%1"})").arg(Password).toUtf8());
            QVERIFY2(answer.status == 429, qPrintable(QStringLiteral("%1: %2 %3").arg(server->url().toString()).arg(answer.status)
                                                          .arg(QString::fromUtf8(answer.body))));
            QVERIFY(answer.header("retry-after").toInt() >= 1);
            QVERIFY2(answer.json.value(QStringLiteral("detail")).toString().startsWith(QStringLiteral("too many failed log-ins for this user name")),
                     answer.body.constData());
        }
    }

    // The feed is one order: a page is the same whichever server serves it, and a cursor
    // from one goes on through the other.
    void theChangeFeedIsOneOrder()
    {
        const QByteArray token = login(m_a->url(), "maria");
        QList<QByteArray> fromA;
        QString cursor;
        for (bool more = true; more;) {
            const HttpAnswer page = request(m_a->url(), "GET", QStringLiteral("/v1/changes?limit=250&cursor=%1").arg(cursor), token);
            QCOMPARE(page.status, 200);
            fromA << page.body;
            cursor = page.json.value(QStringLiteral("next_cursor")).toString();
            more = page.json.value(QStringLiteral("has_more")).toBool();
        }
        QVERIFY(fromA.size() > 3);
        cursor.clear();
        QSet<QString> seen;
        for (qsizetype i = 0; i < fromA.size(); ++i) {
            const HttpAnswer page = request(i % 2 ? m_a->url() : m_b->url(), "GET", QStringLiteral("/v1/changes?limit=250&cursor=%1").arg(cursor), token);
            QCOMPARE(page.status, 200);
            QVERIFY2(page.body == fromA.at(i), qPrintable(QStringLiteral("page %1 differs").arg(i)));
            for (const QJsonValue &change : page.json.value(QStringLiteral("changes")).toArray()) {
                seen.insert(change[QStringLiteral("kind")].toString() + QLatin1Char(':')
                            + QString::number(change[QStringLiteral("data")][QStringLiteral("id")].toInteger()));
            }
            cursor = page.json.value(QStringLiteral("next_cursor")).toString();
        }
        // Every entity of the log (a shipment may come twice: just before an exception that
        // points to it, and in its own place).
        QCOMPARE(qint64(seen.size()), scalar(*m_db, QStringLiteral("SELECT count(*) FROM change_log")));
    }

    // The shared buckets count as the process's own: the same answers, computed by hand,
    // from TokenBucket in memory and from request_buckets in the store, for the same takes.
    // Each row: the rate, the burst, and (instant, expected wait) pairs; 0 is admitted.
    void sharedBucketsCountAsTheProcessOnes_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("burst");
        QTest::addColumn<QList<qint64>>("instants");
        QTest::addColumn<QList<qint64>>("waits");
        // Three at once, then a token every 500 ms; a wait is the deficit over the rate.
        QTest::newRow("burst then rate") << 2.0 << 3.0 << QList<qint64>{0, 0, 0, 0, 250, 500, 500, 1000}
                                         << QList<qint64>{0, 0, 0, 500, 250, 0, 500, 0};
        // Ten seconds idle refill up to the burst, no more.
        QTest::newRow("refill stops at the burst") << 1.0 << 2.0 << QList<qint64>{0, 0, 10'000, 10'000, 10'000}
                                                   << QList<qint64>{0, 0, 0, 0, 1000};
        // A take from a clock behind the bucket's last (another server's) refills nothing,
        // and leaves the later time: skew never hands out tokens.
        QTest::newRow("a clock behind refills nothing") << 1.0 << 1.0 << QList<qint64>{1000, 500, 1500, 1750, 2000}
                                                        << QList<qint64>{0, 1000, 500, 250, 0};
        // A burst under one is one; a rate under one a second (15 log-ins a minute).
        QTest::newRow("a burst under one") << 0.25 << 0.5 << QList<qint64>{0, 0, 2000, 4000}
                                           << QList<qint64>{0, 4000, 2000, 0};
    }

    void sharedBucketsCountAsTheProcessOnes()
    {
        QFETCH(double, rate);
        QFETCH(double, burst);
        QFETCH(QList<qint64>, instants);
        QFETCH(QList<qint64>, waits);
        const QString key = QStringLiteral("test:") + QString::fromLatin1(QTest::currentDataTag());
        const qint64 base = 1'800'000'000'000;
        server::SharedTokenBuckets shared(*m_db);
        TokenBucket memory(rate, burst, base + instants.first());
        for (qsizetype i = 0; i < instants.size(); ++i) {
            QString error;
            const std::optional<qint64> wait
                = shared.take(server::SharedTokenBuckets::Kind::Requests, key, rate, burst, base + instants.at(i), &error);
            QVERIFY2(wait, qPrintable(error));
            QVERIFY2(*wait == waits.at(i), qPrintable(QStringLiteral("take %1 at %2 ms: waits %3 ms, expected %4").arg(i)
                                                          .arg(instants.at(i)).arg(*wait).arg(waits.at(i))));
            QCOMPARE(memory.tryTake(base + instants.at(i)), waits.at(i));
        }
    }

    // A store without the table (or failing): the admission says so rather than admitting.
    void aSharedBucketOnAStoreWithoutItsTableIsAnError()
    {
        QString error;
        const std::unique_ptr<Database> bare = Database::openPostgres(newDatabase(), &error);
        QVERIFY2(bare, qPrintable(error));
        server::SharedTokenBuckets shared(*bare);
        QVERIFY(!shared.take(server::SharedTokenBuckets::Kind::Logins, QStringLiteral("192.0.2.1"), 1, 1, 0, &error));
        QVERIFY2(error.contains(QLatin1String("request_buckets")), qPrintable(error));
    }

    // A test clock the server cannot read stops it at start, naming the file.
    void anUnreadableTestClockFileStopsTheServer()
    {
        const QString config = path(QStringLiteral("missing-clock.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"listen": "127.0.0.1:0", "test_clock_file": "%1"})").arg(path(QStringLiteral("no-such-clock"))).toUtf8());
        file.close();
        ServerProcess server(QStringLiteral(CT_SERVER_PATH));
        QString error;
        QVERIFY(!server.start(m_store, config, &error));
        QVERIFY2(error.contains(QLatin1String("test_clock_file")) && error.contains(QLatin1String("no-such-clock"))
                     && error.contains(QLatin1String("cannot read it")),
                 qPrintable(error));
    }

    // A token's request rate and an address's log-in attempt rate are the team's, not each
    // server's: a burst spent half through each server is refused on both, and comes back
    // as time passes. Both servers read the test's clock (test_clock_file), which moves only
    // when the test writes it: the figures hold at any machine speed.
    void ratesHoldAcrossServers()
    {
        const QString store = newDatabase();
        QString error;
        {
            auto db = server::ServerSchema::openStore(store, &error);
            QVERIFY2(db, qPrintable(error));
            server::AuthService auth(*db, 1000, 12 * 3'600'000LL);
            QVERIFY2(auth.createUser(QStringLiteral("rita"), Role::Agent, Password, 0, &error), qPrintable(error));
        }
        const QString clockFile = path(QStringLiteral("clock"));
        qint64 now = 1'800'000'000'000;
        const auto setClock = [&](qint64 instant) {
            QSaveFile clock(clockFile);
            const bool ok = clock.open(QIODevice::WriteOnly) && clock.write(QByteArray::number(instant)) > 0 && clock.commit();
            now = instant;
            return ok;
        };
        QVERIFY(setClock(now));
        // A token: 10 requests at once, then one every 2 s. An address: 8 log-ins a minute, a
        // burst of 4 (one every 7.5 s). Purges every second, by the test's clock.
        const QString config = path(QStringLiteral("rates.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(R"({"listen": "127.0.0.1:0", "password_iterations": 1000, "requests_per_second": 0.5,
                                      "request_burst": 10, "logins_per_minute": 8, "queue_timeout_s": 600,
                                      "purge_interval_s": 1, "test_clock_file": "%1"})").arg(clockFile).toUtf8());
        file.close();
        ServerProcess a(QStringLiteral(CT_SERVER_PATH)), b(QStringLiteral(CT_SERVER_PATH));
        QVERIFY2(a.start(store, config, &error), qPrintable(error));
        QVERIFY2(b.start(store, config, &error), qPrintable(error));
        const QList<const ServerProcess *> both{&a, &b};

        // Log-ins: two through each server spend the burst of 4; the next is refused on both,
        // before its password is checked, with the wait for one attempt (7.5 s: Retry-After 8).
        const QByteArray right = QStringLiteral(R"({"username":"rita","password":"%1"})").arg(Password).toUtf8();
        QByteArray token;
        for (int attempt = 0; attempt < 4; ++attempt) {
            const HttpAnswer answer = request(both.at(attempt % 2)->url(), "POST", QStringLiteral("/v1/auth/token"), {}, right);
            QVERIFY2(answer.status == 200, qPrintable(QStringLiteral("log-in %1: %2 %3").arg(attempt).arg(answer.status)
                                                          .arg(QString::fromUtf8(answer.body))));
            if (token.isEmpty())
                token = answer.json.value(QStringLiteral("token")).toString().toLatin1();
        }
        for (const ServerProcess *server : both) {
            const HttpAnswer answer = request(server->url(), "POST", QStringLiteral("/v1/auth/token"), {}, right);
            QVERIFY2(answer.status == 429, qPrintable(QStringLiteral("%1: %2 %3").arg(server->url().toString()).arg(answer.status)
                                                          .arg(QString::fromUtf8(answer.body))));
            QCOMPARE(answer.header("retry-after"), QByteArray("8"));
            QCOMPARE(answer.json.value(QStringLiteral("detail")).toString(),
                     QStringLiteral("too many log-in attempts from this address; try again in 8 s"));
        }
        // 8 s later one attempt is back, for whichever server takes it first.
        QVERIFY(setClock(now + 8000));
        QCOMPARE(request(a.url(), "POST", QStringLiteral("/v1/auth/token"), {}, right).status, 200);
        QCOMPARE(request(b.url(), "POST", QStringLiteral("/v1/auth/token"), {}, right).status, 429);

        // Requests: five through each server spend the token's burst of 10; the next is
        // refused on both with the wait for one (2 s).
        for (int i = 0; i < 10; ++i) {
            const HttpAnswer answer = request(both.at(i % 2)->url(), "GET", QStringLiteral("/v1/me"), token);
            QVERIFY2(answer.status == 200, qPrintable(QStringLiteral("request %1: %2 %3").arg(i).arg(answer.status)
                                                          .arg(QString::fromUtf8(answer.body))));
        }
        for (const ServerProcess *server : both) {
            const HttpAnswer answer = request(server->url(), "GET", QStringLiteral("/v1/me"), token);
            QCOMPARE(answer.status, 429);
            QCOMPARE(answer.header("retry-after"), QByteArray("2"));
            QCOMPARE(answer.json.value(QStringLiteral("detail")).toString(), QStringLiteral("too many requests; try again in 2 s"));
        }
        QVERIFY(setClock(now + 2000));
        QCOMPARE(request(b.url(), "GET", QStringLiteral("/v1/me"), token).status, 200);
        QCOMPARE(request(a.url(), "GET", QStringLiteral("/v1/me"), token).status, 429);

        // The rows: a token's (by its hash, never the token), the address's before log-in,
        // the address's log-ins. Not full, so the purge keeps them; full again an hour on,
        // so it deletes them.
        const std::unique_ptr<Database> db = server::ServerSchema::openStore(store, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM request_buckets")), 3);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM request_buckets WHERE position('%1' IN key) > 0")
                                 .arg(QString::fromLatin1(token.right(24)))), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM request_buckets WHERE kind = 'login' AND key = '127.0.0.1'")), 1);
        QVERIFY(setClock(now + 3'600'000));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*db, QStringLiteral("SELECT count(*) FROM request_buckets")), 0, 60'000);
        // And the limits start again from full.
        QCOMPARE(request(b.url(), "GET", QStringLiteral("/v1/me"), token).status, 200);
    }

    // Clients push through both servers; one is killed in the middle; its clients go on
    // through the other. Every acknowledged edit is on the server exactly once and every
    // client ends equal to the server.
    void aServerKilledInThePushesLosesNothing()
    {
        const QByteArray token = login(m_a->url(), "maria");
        const auto serverOf = [&](int client) { return client % 2 == 0 ? m_a.get() : m_b.get(); };
        QStringList stores;
        QString output;
        for (int c = 0; c < Clients; ++c) {
            stores << path(QStringLiteral("client-%1.db").arg(c));
            QVERIFY2(sync(serverOf(c)->url(), stores.last(), token, &output) == 0, qPrintable(output));
            auto client = openClient(stores.last());
            const EditOp *note = EditCatalog::find(EntityKind::Exception, u"note");
            for (int e = 0; e < EditsPerClient; ++e) {
                const qint64 exception = m_exceptions.at(c * ExceptionsPerClient + e % ExceptionsPerClient);
                const QByteArray params = noteBody(QStringLiteral("client %1 note %2").arg(c).arg(e));
                QVERIFY(Outbox(*client).enqueue(EntityKind::Exception, exception, *note, params, QStringLiteral("maria"),
                                                test::runningNowMs(), nullptr).ok());
            }
        }
        // The policy's own approvals (role system, no idempotency key) are not the clients' edits.
        const qint64 auditBefore = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE role <> 'system'"));

        // All at once; A is killed once some edits are in, well before all.
        std::vector<std::unique_ptr<QProcess>> syncs;
        for (int c = 0; c < Clients; ++c) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("CONTROLTOWER_TOKEN"), QString::fromLatin1(token));
            process->setProcessEnvironment(env);
            process->setProcessChannelMode(QProcess::MergedChannels);
            process->start(QStringLiteral(CT_CLI_PATH), {QStringLiteral("sync"), QStringLiteral("--server"), serverOf(c)->url().toString(),
                                                         QStringLiteral("--db"), stores.at(c), QStringLiteral("--attempts"),
                                                         QStringLiteral("3"), QStringLiteral("--quiet")});
            syncs.push_back(std::move(process));
        }
        QVERIFY(QTest::qWaitFor([&] { return scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE role <> 'system'")) - auditBefore >= 40; }, 300'000));
        m_a->kill();
        const qint64 auditAtKill = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE role <> 'system'")) - auditBefore;
        for (const auto &process : syncs)
            QVERIFY(process->waitForFinished(300'000));
        qInfo("A killed with %lld of %d edits on the server; the syncs ended with %d, %d, %d, %d", auditAtKill,
              Clients * EditsPerClient, syncs[0]->exitCode(), syncs[1]->exitCode(), syncs[2]->exitCode(), syncs[3]->exitCode());
        QVERIFY2(auditAtKill < Clients * EditsPerClient, "the kill must land in the middle of the pushes");

        // A's clients go on through B (as a reverse proxy sends them); A comes back; then
        // everyone syncs through A and once more through B, to pull what the others pushed.
        for (int c = 0; c < Clients; c += 2)
            QVERIFY2(sync(m_b->url(), stores.at(c), token, &output) == 0, qPrintable(output));
        QString error;
        QVERIFY2(m_a->start(m_store, m_config, &error), qPrintable(error));
        for (const ServerProcess *server : {m_a.get(), m_b.get()})
            for (int c = 0; c < Clients; ++c)
                QVERIFY2(sync(server->url(), stores.at(c), token, &output) == 0, qPrintable(output));

        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) - count(DISTINCT idempotency_key) FROM audit_log WHERE role <> 'system'")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE role <> 'system'")) - auditBefore, qint64(Clients * EditsPerClient));
        for (int c = 0; c < Clients; ++c) {
            auto client = openClient(stores.at(c));
            QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM outbox WHERE state = %1").arg(int(OutboxState::Done))),
                     qint64(EditsPerClient));
            QSqlQuery keys(client->connection());
            QVERIFY(keys.exec(QStringLiteral("SELECT idempotency_key FROM outbox")));
            while (keys.next())
                QCOMPARE(auditCount(keys.value(0).toString()), 1);
            const QString difference = differenceBetween(*m_db, *client);
            QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("client %1: %2").arg(c).arg(difference)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTwoServers)
#include "tst_twoservers.moc"
