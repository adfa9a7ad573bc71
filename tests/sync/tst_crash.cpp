// SPDX-License-Identifier: MIT
// SIGKILL at random points: `controltower-cli sync` (the real process) is killed again
// and again while it pulls pages and pushes queued edits to a real server on loopback.
// After every kill the client store passes PRAGMA integrity_check and foreign_key_check,
// and no edit is on the server twice; at the end one sync runs to completion and every
// edit ever queued is on the server exactly once, with client and server identical.
#include "syncsupport.h"

#include "edits/editcatalog.h"
#include "store/database.h"
#include "sync/outbox.h"

#include "support/postgrescluster.h"
#include "support/testclock.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::synctest;

namespace {

constexpr int EditsPerRound = 8;

// 40 kills in CI; CT_CRASH_ROUNDS=1000 is the long mode (docs/SYNC.md), run by hand.
int rounds()
{
    const int asked = qEnvironmentVariableIntValue("CT_CRASH_ROUNDS");
    return asked > 0 ? asked : 40;
}

QStringList syncArguments(const QUrl &server, const QString &db)
{
    return {QStringLiteral("sync"), QStringLiteral("--server"), server.toString(), QStringLiteral("--db"), db,
            QStringLiteral("--page-size"), QStringLiteral("40"), QStringLiteral("--quiet")};
}

QStringList checkRows(const Database &db, const QString &pragma)
{
    QStringList rows;
    QSqlQuery query(db.connection());
    if (!query.exec(pragma))
        return {QStringLiteral("%1 failed: %2").arg(pragma, query.lastError().text())};
    while (query.next())
        rows << query.value(0).toString();
    return rows;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresCluster> m_postgres; // CT_TEST_BACKEND=postgresql: the server's store there
    std::unique_ptr<TestServer> m_server;
    QByteArray m_token;

    // Starts the CLI; returns its exit code, or -1 when this test killed it after `killAfterMs`.
    // A sync of `db`, SIGKILLed after `killAfterMs` (-1: not), given `finishMs` to end.
    int runSync(const QString &db, int killAfterMs, QString *err, int finishMs = 60'000)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CONTROLTOWER_TOKEN"), QString::fromLatin1(m_token));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(CT_CLI_PATH), syncArguments(m_server->url, db));
        if (!process.waitForStarted(10'000))
            return -2;
        if (killAfterMs >= 0 && !finished.wait(killAfterMs)) {
            process.kill(); // SIGKILL: no handler, no cleanup, no flush
            finished.wait(10'000);
            return -1;
        }
        if (finished.isEmpty() && !finished.wait(finishMs)) {
            *err = QString::fromUtf8(process.readAllStandardError());
            return -3;
        }
        *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -4;
    }

    // Queues `count` notes on open exceptions of a store that has pulled some.
    int queueEdits(const Database &client, int round)
    {
        const EditOp *note = EditCatalog::find(EntityKind::Exception, u"note");
        QSqlQuery ids(client.connection());
        ids.exec(QStringLiteral("SELECT id FROM exceptions ORDER BY id LIMIT %1 OFFSET %2")
                     .arg(EditsPerRound)
                     .arg((round * EditsPerRound) % 40));
        int queued = 0;
        while (ids.next()) {
            const QByteArray params = QStringLiteral("{\"text\":\"round %1 note %2\"}").arg(round).arg(queued).toUtf8();
            if (Outbox(client).enqueue(EntityKind::Exception, ids.value(0).toLongLong(), *note, params,
                                       QStringLiteral("maria"), test::runningNowMs(), nullptr)
                    .ok())
                ++queued;
        }
        return queued;
    }

    // What carriers do to the server between two syncs: a quarter of the shipments change.
    void changeServerShipments(int round)
    {
        QSqlQuery touch(m_server->db->connection());
        QVERIFY(touch.exec(QStringLiteral("UPDATE shipments SET version = version + 1, updated_at_ms = updated_at_ms + 1 "
                                          "WHERE id % 4 = %1").arg(round % 4)));
    }

public:
    TestCrash()
    {
        // QtTest stops a test function after 5 minutes (read once, before the first one);
        // the long mode takes longer: 3 s a round, on top of those 5 minutes.
        if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT") && rounds() > 40)
            qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(300'000 + 3'000LL * rounds()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_postgres = startBackend(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_server = startServer(newServerStore(m_postgres.get(), m_dir.filePath(QStringLiteral("server.db"))), 1500, testConfig());
        m_token = login(m_server->url, "maria");
        QVERIFY(!m_token.isEmpty());
    }

    void killedSyncLosesNothingAndAppliesNothingTwice()
    {
        // How long a first sync, and a later one with a round's work, take here: kills land
        // anywhere in [0, 1.3 x that].
        const QString measure = m_dir.filePath(QStringLiteral("measure.db"));
        QElapsedTimer clock;
        clock.start();
        QString err;
        QCOMPARE(runSync(measure, -1, &err), 0);
        int firstSyncMs = std::max<int>(50, static_cast<int>(clock.elapsed()));
        {
            QString error;
            auto db = Database::open(measure, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(queueEdits(*db, 0), EditsPerRound);
        }
        changeServerShipments(0);
        clock.restart();
        QCOMPARE(runSync(measure, -1, &err), 0);
        int roundSyncMs = std::max<int>(50, static_cast<int>(clock.elapsed()));
        const int measuredEdits = EditsPerRound;

        const QString path = m_dir.filePath(QStringLiteral("client.db"));
        const quint32 seed = qEnvironmentVariableIsSet("CT_CRASH_SEED") ? qEnvironmentVariableIntValue("CT_CRASH_SEED") : 20261123;
        QRandomGenerator random(seed);
        int kills = 0;
        int queued = 0;
        bool caughtUpOnce = false; // the first pull ran to its end at least once
        const int roundCount = rounds();
        for (int round = 0; round < roundCount; ++round) {
            if (QFile::exists(path)) {
                QString error;
                auto client = Database::open(path, &error);
                QVERIFY2(client, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error)));
                if (scalar(*client, QStringLiteral("SELECT count(*) FROM exceptions")) > 0)
                    queued += queueEdits(*client, round);
                caughtUpOnce = caughtUpOnce || scalar(*client, QStringLiteral("SELECT count(*) FROM shipments")) == 1500;
            }
            changeServerShipments(round);
            int &syncMs = caughtUpOnce ? roundSyncMs : firstSyncMs;
            const int windowMs = syncMs * 13 / 10;
            clock.restart();
            const int exit = runSync(path, static_cast<int>(random.bounded(windowMs)), &err);
            if (exit == -1) {
                ++kills;
            } else {
                QVERIFY2(exit == 0, qPrintable(QStringLiteral("round %1: exit %2: %3").arg(round).arg(exit).arg(err)));
                // It ended before its kill: the machine is quicker now than when the window
                // was measured (a suite running in parallel, a cold cache then), so the
                // window moves halfway to this sync's time, and most rounds still end in a kill.
                syncMs = std::max<int>(50, (syncMs + static_cast<int>(clock.elapsed())) / 2);
            }

            QString error;
            auto client = Database::open(path, &error);
            QVERIFY2(client, qPrintable(QStringLiteral("round %1, after the kill: %2").arg(round).arg(error)));
            QCOMPARE(checkRows(*client, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
            QCOMPARE(checkRows(*client, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
            QCOMPARE(scalar(*m_server->db, QStringLiteral("SELECT count(*) - count(DISTINCT idempotency_key) FROM audit_log")), 0);
        }
        qInfo("seed %u: %d of %d syncs killed (a first sync takes %d ms, a round's %d ms, at the end), %d edits queued",
              seed, kills, roundCount, firstSyncMs, roundSyncMs, queued);
        QVERIFY2(kills >= roundCount / 2, "most rounds must end in a kill, or the test proves nothing");
        QVERIFY(queued >= roundCount);

        // One sync to the end: every edit ever queued is on the server exactly once. It
        // pushes what the killed rounds left (in the long mode thousands of edits): 60 s and
        // 50 ms an edit, however loaded the machine.
        const int finalExit = runSync(path, -1, &err, 60'000 + 50 * queued);
        QVERIFY2(finalExit == 0, qPrintable(QStringLiteral("the final sync: exit %1: %2").arg(finalExit).arg(err)));
        QString error;
        auto client = Database::open(path, &error);
        QVERIFY2(client, qPrintable(error));
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM outbox")), queued);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM outbox WHERE state = %1").arg(int(OutboxState::Done))),
                 queued);
        QCOMPARE(scalar(*m_server->db, QStringLiteral("SELECT count(*) FROM audit_log")), queued + measuredEdits);
        QSqlQuery keys(client->connection());
        QVERIFY(keys.exec(QStringLiteral("SELECT idempotency_key FROM outbox")));
        while (keys.next())
            QCOMPARE(scalar(*m_server->db, QStringLiteral("SELECT count(*) FROM audit_log WHERE idempotency_key = '%1'")
                                               .arg(keys.value(0).toString())),
                     1);
        const QString difference = differenceBetween(*m_server->db, *client);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
