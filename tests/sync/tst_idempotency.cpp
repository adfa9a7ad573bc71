// SPDX-License-Identifier: MIT
// Idempotency records in bounded space: a replay gets the first answer byte for byte
// however long the exception's history has grown since, each record takes about the same
// room, records live for the retention and are purged after it (on a timer, with expired
// tokens), and a key whose record is gone cannot apply its edit twice. Time is a clock the
// test moves, never the wall clock.
#include "syncsupport.h"

#include "api/replaybody.h"

#include "store/database.h"

#include "support/testclock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace ct;
using namespace ct::server;
using namespace ct::synctest;

namespace {

constexpr qint64 Hour = 3'600'000;

} // namespace

class TestIdempotency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::atomic<qint64> m_now{test::fixedNowMs()}; // the servers' clock

    QString path(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(name)); }

    std::unique_ptr<TestServer> start(ServerConfig config = testConfig(), int demoShipments = 40)
    {
        m_now = test::fixedNowMs();
        return startServer(path(QStringLiteral("server.db")), demoShipments, config, nullptr, [this] { return m_now.load(); });
    }

    static qint64 version(const TestServer &server, const QString &table, qint64 id)
    {
        return scalar(*server.db, QStringLiteral("SELECT version FROM %1 WHERE id = %2").arg(table).arg(id));
    }

    static HttpAnswer edit(const TestServer &server, const QByteArray &token, const QString &target, const QByteArray &body,
                           const QByteArray &key, qint64 baseVersion)
    {
        return request(server.url, "POST", target, token, body,
                       {{"If-Match", '"' + QByteArray::number(baseVersion) + '"'}, {"Idempotency-Key", key}});
    }

    // Runs one purge on the server and waits for its report: (records, tokens).
    static std::pair<qint64, qint64> purge(TestServer &server)
    {
        QSignalSpy done(server.http.get(), &HttpFrontend::purged);
        server.http->purgeExpired();
        if (!done.wait(30'000) || !done.first().at(2).toString().isEmpty())
            qFatal("purge: %s", done.isEmpty() ? "no answer" : qPrintable(done.first().at(2).toString()));
        return {done.first().at(0).toLongLong(), done.first().at(1).toLongLong()};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // What a record keeps of an exception's answer, and how the answer comes back.
    void replayBodies_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QByteArray>("kept");
        QTest::addColumn<qint64>("through");
        QTest::addColumn<QByteArray>("later"); // the representation when it is replayed
        QTest::newRow("history grew since")
            << QByteArray(R"({"id":4,"note":"a","history":[{"id":10,"t":"x"},{"id":12,"t":"y"}]})")
            << QByteArray(R"({"id":4,"note":"a","history":[]})") << qint64(12)
            << QByteArray(R"({"id":4,"note":"b","history":[{"id":10,"t":"x"},{"id":12,"t":"y"},{"id":13,"t":"z"},{"id":20,"t":"w"}]})");
        QTest::newRow("no history then") << QByteArray(R"({"id":4,"history":[]})") << QByteArray(R"({"id":4,"history":[]})")
                                         << qint64(0) << QByteArray(R"({"id":4,"history":[{"id":1,"t":"x"}]})");
        QTest::newRow("nothing new") << QByteArray(R"({"id":4,"history":[{"id":3,"t":"x"}]})") << QByteArray(R"({"id":4,"history":[]})")
                                     << qint64(3) << QByteArray(R"({"id":4,"history":[{"id":3,"t":"x"}]})");
        // (Plain literals here: moc misreads raw strings holding \".)
        QTest::newRow("history look-alikes in strings and columns")
            << QByteArray("{\"id\":4,\"s\":\"\\\",\\\"history\\\":[\",\"j\":{\"history\":[1]},"
                          "\"history\":[{\"id\":7,\"t\":\"]}\",\"d\":{\"id\":99}}]}")
            << QByteArray("{\"id\":4,\"s\":\"\\\",\\\"history\\\":[\",\"j\":{\"history\":[1]},\"history\":[]}")
            << qint64(7)
            << QByteArray("{\"id\":4,\"s\":\"\",\"j\":{\"history\":[2]},"
                          "\"history\":[{\"id\":7,\"t\":\"]}\",\"d\":{\"id\":99}},{\"id\":8,\"t\":\"\"}]}");
    }

    void replayBodies()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QByteArray, kept);
        QFETCH(qint64, through);
        QFETCH(QByteArray, later);
        const ReplayBody::Stored stored = ReplayBody::compact(EntityKind::Exception, answer);
        QCOMPARE(stored.body, kept);
        QCOMPARE(stored.historyThrough, through);
        QCOMPARE(ReplayBody::restore(stored, later), answer);
        // Anything but an exception is kept whole.
        const ReplayBody::Stored whole = ReplayBody::compact(EntityKind::Return, answer);
        QCOMPARE(whole.body, answer);
        QCOMPARE(whole.historyThrough, -1);
        QCOMPARE(ReplayBody::restore(whole, later), answer);
    }

    // Thirty notes on one exception: each answer is longer than the last (its history
    // grows), each record about as long as the first, and every replay is the first
    // answer byte for byte.
    void replaysAreExactInConstantSpace()
    {
        auto server = start();
        const QByteArray token = login(server->url, "maria");
        const qint64 id = scalar(*server->db, QStringLiteral("SELECT min(id) FROM exceptions"));
        QVERIFY(id > 0);
        const QString target = QStringLiteral("/v1/exceptions/%1/note").arg(id);
        QList<QByteArray> answers;
        for (int i = 0; i < 30; ++i) {
            const QByteArray body = QStringLiteral(R"({"text":"note number %1"})").arg(i, 2, 10, QLatin1Char('0')).toUtf8();
            const HttpAnswer first = edit(*server, token, target, body, "note-" + QByteArray::number(i),
                                          version(*server, QStringLiteral("exceptions"), id));
            QCOMPARE(first.status, 200);
            answers << first.body;
            m_now += 1000;
        }
        QVERIFY(answers.last().size() > answers.first().size() + 29 * 40);
        const qint64 firstRecord = scalar(*server->db, QStringLiteral("SELECT length(body) FROM idempotency WHERE key = 'note-0'"));
        const qint64 lastRecord = scalar(*server->db, QStringLiteral("SELECT length(body) FROM idempotency WHERE key = 'note-29'"));
        QVERIFY2(lastRecord <= firstRecord + 16, qPrintable(QStringLiteral("%1 then %2 bytes").arg(firstRecord).arg(lastRecord)));
        for (int i : {0, 14, 29}) {
            const QByteArray body = QStringLiteral(R"({"text":"note number %1"})").arg(i, 2, 10, QLatin1Char('0')).toUtf8();
            const HttpAnswer replay = edit(*server, token, target, body, "note-" + QByteArray::number(i), 1);
            QCOMPARE(replay.status, 200);
            QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
            QCOMPARE(replay.body, answers.at(i));
        }
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM audit_log")), 30);
    }

    // Records stored before this scheme (the whole answer, history_through NULL) are
    // replayed as they are.
    void wholeRecordsFromBeforeAreReplayed()
    {
        auto server = start();
        const QByteArray token = login(server->url, "maria");
        const qint64 id = scalar(*server->db, QStringLiteral("SELECT min(id) FROM exceptions"));
        const QString target = QStringLiteral("/v1/exceptions/%1/note").arg(id);
        const HttpAnswer first = edit(*server, token, target, R"({"text":"hello"})", "old-1", version(*server, QStringLiteral("exceptions"), id));
        QCOMPARE(first.status, 200);
        QVERIFY(QSqlQuery(server->db->connection()).exec(
            QStringLiteral("UPDATE idempotency SET body = '{\"as\":\"stored\"}', history_through = NULL WHERE key = 'old-1'")));
        const HttpAnswer replay = edit(*server, token, target, R"({"text":"hello"})", "old-1", 1);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, QByteArray(R"({"as":"stored"})"));
    }

    // A record lives for the retention (24 h unless configured) and is purged after it;
    // the key then means nothing, and its edit, sent again on the version it was made on,
    // is refused as stale (412): nothing is applied twice.
    void recordsExpireAfterTheRetention_data()
    {
        QTest::addColumn<qint64>("retentionMs");
        QTest::newRow("24 h (default)") << 24 * Hour;
        QTest::newRow("1 h") << Hour;
    }

    void recordsExpireAfterTheRetention()
    {
        QFETCH(qint64, retentionMs);
        ServerConfig config = testConfig();
        config.idempotencyRetentionMs = retentionMs;
        auto server = start(config);
        const QByteArray token = login(server->url, "maria");
        const qint64 id = scalar(*server->db, QStringLiteral("SELECT min(id) FROM exceptions"));
        const QString target = QStringLiteral("/v1/exceptions/%1/claim").arg(id);
        const qint64 base = version(*server, QStringLiteral("exceptions"), id);
        const qint64 editedAt = m_now;
        QCOMPARE(edit(*server, token, target, "{}", "claim-1", base).status, 200);

        m_now = editedAt + retentionMs; // exactly the retention: still kept
        QCOMPARE(purge(*server).first, 0);
        HttpAnswer again = edit(*server, login(server->url, "maria"), target, "{}", "claim-1", base); // tokens last 12 h
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));

        m_now = editedAt + retentionMs + 1;
        QCOMPARE(purge(*server).first, 1);
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM idempotency")), 0);
        again = edit(*server, login(server->url, "maria"), target, "{}", "claim-1", base);
        QCOMPARE(again.status, 412);
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM audit_log")), 1);
    }

    // Tokens past their expiry are deleted by the same purge.
    void expiredTokensArePurged()
    {
        auto server = start();
        const qint64 loggedInAt = m_now;
        QVERIFY(!login(server->url, "maria").isEmpty());
        QVERIFY(!login(server->url, "omar").isEmpty());
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM tokens")), 2);
        m_now = loggedInAt + testConfig().tokenLifetimeMs - 1;
        QCOMPARE(purge(*server).second, 0);
        m_now = loggedInAt + testConfig().tokenLifetimeMs;
        QCOMPARE(purge(*server).second, 2);
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM tokens")), 0);
    }

    // The purge also runs by itself, every purge_interval_s.
    void purgeRunsOnATimer()
    {
        ServerConfig config = testConfig();
        config.purgeIntervalMs = 20;
        auto server = start(config);
        const QByteArray token = login(server->url, "maria");
        const qint64 id = scalar(*server->db, QStringLiteral("SELECT min(id) FROM exceptions"));
        QCOMPARE(edit(*server, token, QStringLiteral("/v1/exceptions/%1/claim").arg(id), "{}", "timed-1",
                      version(*server, QStringLiteral("exceptions"), id)).status, 200);
        QSignalSpy purged(server->http.get(), &HttpFrontend::purged);
        QVERIFY(purged.wait(60'000)); // runs, deleting nothing yet
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM idempotency")), 1);
        m_now += config.idempotencyRetentionMs + 1;
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(purged.begin(), purged.end(), [](const QList<QVariant> &report) {
                                     return report.at(0).toLongLong() == 1;
                                 }),
                                 10'000);
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM idempotency")), 0);
    }
};

QTEST_GUILESS_MAIN(TestIdempotency)
#include "tst_idempotency.moc"
