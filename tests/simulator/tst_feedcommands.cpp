// SPDX-License-Identifier: MIT
// Carrier feeds end to end through the real executables: `controltower-cli poll`
// (standalone mode, credentials from the environment where no keychain runs) and
// `controltower-server` with "carrier_feeds" in its config, publishing what it polled on
// the change feed to a client that syncs. The carrier simulator runs in this process and
// wants an Authorization header, as a carrier API does.
#include "simtestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using ct::sim::CarrierSimulator;

namespace {

const QByteArray CarrierKey = "Bearer carrier-key-123";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment environment(const QByteArray &carrierAuth)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No keychain service, as on a headless server: credentials come from the environment.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/ct-no-bus"));
    env.remove(QStringLiteral("CT_CARRIER_AUTH"));
    if (!carrierAuth.isEmpty())
        env.insert(QStringLiteral("CT_CARRIER_AUTH"), QString::fromUtf8(carrierAuth));
    return env;
}

// Runs a program to the end while this thread's event loop keeps serving the simulator.
Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
        const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    Run r;
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

int shipmentCount(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM shipments")) && q.next())
                count = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

QJsonArray feedsJson(const CarrierSimulator &sim)
{
    QJsonArray feeds;
    for (const QString &format : sim.formats())
        feeds.append(QJsonObject{{QStringLiteral("name"), format},
                                 {QStringLiteral("url"), sim.feedUrl(format).toString()},
                                 {QStringLiteral("requests_per_second"), 500},
                                 {QStringLiteral("burst"), 20},
                                 {QStringLiteral("auth_env"), QStringLiteral("CT_CARRIER_AUTH")},
                                 {QStringLiteral("retry"), QJsonObject{{QStringLiteral("initial_delay_ms"), 10},
                                                                       {QStringLiteral("max_attempts"), 4}}}});
    return feeds;
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) > 0;
}

} // namespace

class TestFeedCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CarrierSimulator> m_sim;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CarrierSimulator::Options options = simtest::options(160, 40);
        options.authorization = CarrierKey;
        m_sim = std::make_unique<CarrierSimulator>(options);
        QString error;
        QVERIFY2(m_sim->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QVERIFY(writeJson(path("feeds.json"), {{QStringLiteral("carrier_feeds"), feedsJson(*m_sim)}}));
    }

    void pollStoresEveryShipmentWithEnvironmentCredentials()
    {
        const QString db = path("standalone.db");
        const QStringList args{QStringLiteral("poll"), QStringLiteral("--db"), db, QStringLiteral("--feeds"),
                               path("feeds.json"), QStringLiteral("--now"), QStringLiteral("2026-11-20T12:00:00Z")};
        const Run first = run(QStringLiteral(CT_CLI_PATH), args, environment(CarrierKey));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        // Every feed says where its credential came from, and that it is for this run only.
        QVERIFY2(first.err.startsWith(QStringLiteral("controltower-cli poll: no keychain service is available (")),
                 qPrintable(first.err));
        QVERIFY(first.err.contains(QStringLiteral("; feed credentials come from the environment, for this run only\n")));
        for (const QString &format : m_sim->formats()) {
            QVERIFY2(first.err.contains(QStringLiteral("feed %1: using CT_CARRIER_AUTH\n").arg(format)), qPrintable(first.err));
            QVERIFY2(first.out.contains(format + QStringLiteral(": ")), qPrintable(first.out));
        }
        QCOMPARE(shipmentCount(db), m_sim->shipmentCount());

        // Polling again finds nothing new.
        const Run second = run(QStringLiteral(CT_CLI_PATH), args, environment(CarrierKey));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(second.out.count(QStringLiteral(" 0 new and 0 updated shipments, 0 new events")), m_sim->formats().size());
        QCOMPARE(shipmentCount(db), m_sim->shipmentCount());
    }

    void pollWithoutCredentialsFailsClearly()
    {
        const QString db = path("refused.db");
        const Run r = run(QStringLiteral(CT_CLI_PATH),
                          {QStringLiteral("poll"), QStringLiteral("--db"), db, QStringLiteral("--feeds"), path("feeds.json")},
                          environment({}));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("CT_CARRIER_AUTH is not set; polled without credentials")),
                 qPrintable(r.err));
        for (const QString &format : m_sim->formats())
            QVERIFY2(r.err.contains(QStringLiteral("feed %1: page 1 (").arg(format)), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("401")), qPrintable(r.err));
        QCOMPARE(shipmentCount(db), 0);
    }

    void pollRejectsABadFeedsFile()
    {
        QJsonArray feeds = feedsJson(*m_sim);
        QJsonObject second = feeds[1].toObject();
        second.insert(QStringLiteral("speed"), 3);
        feeds[1] = second;
        QVERIFY(writeJson(path("bad-feeds.json"), {{QStringLiteral("carrier_feeds"), feeds}}));
        const Run r = run(QStringLiteral(CT_CLI_PATH),
                          {QStringLiteral("poll"), QStringLiteral("--db"), path("bad.db"), QStringLiteral("--feeds"),
                           path("bad-feeds.json")},
                          environment(CarrierKey));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path("bad-feeds.json") + QStringLiteral(": carrier_feeds[1].speed: unknown setting")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(path("bad.db")));
    }

    void credentialsCommandSaysWhenThereIsNoKeychain()
    {
        const Run r = run(QStringLiteral(CT_CLI_PATH),
                          {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--feed"), QStringLiteral("ups")},
                          environment({}), "Bearer x\n");
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.startsWith(QStringLiteral("controltower-cli credentials: no keychain service is available (")),
                 qPrintable(r.err));
    }

    // The server polls the carriers itself and publishes what it stored on /v1/changes.
    void serverPublishesPolledShipmentsOnTheChangeFeed()
    {
        const QString serverDb = path("server.db");
        QVERIFY(writeJson(path("server.json"),
                          {{QStringLiteral("listen"), QStringLiteral("127.0.0.1:0")},
                           {QStringLiteral("password_iterations"), 1000},
                           {QStringLiteral("carrier_poll_interval_s"), 3600},
                           {QStringLiteral("carrier_feeds"), feedsJson(*m_sim)}}));
        const Run created = run(QStringLiteral(CT_SERVER_PATH),
                                {QStringLiteral("--db"), serverDb, QStringLiteral("--config"), path("server.json"),
                                 QStringLiteral("--create-user"), QStringLiteral("ana"), QStringLiteral("--role"),
                                 QStringLiteral("agent")},
                                environment({}), "correct horse battery\n");
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));

        QProcess server;
        server.setProcessEnvironment(environment(CarrierKey));
        server.start(QStringLiteral(CT_SERVER_PATH),
                     {QStringLiteral("--db"), serverDb, QStringLiteral("--config"), path("server.json")});
        QString out;
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(server.readAllStandardOutput()),
                                  out.contains(QStringLiteral("listening on "))),
                                 20000);
        const QString url = out.section(QStringLiteral("listening on "), 1).section(QLatin1Char('\n'), 0, 0).trimmed();
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(server.readAllStandardError()),
                                  err.count(QStringLiteral(" new and ")) == m_sim->formats().size()),
                                 30000);
        QVERIFY2(!err.contains(QStringLiteral("HTTP ")), qPrintable(err));
        QCOMPARE(shipmentCount(serverDb), m_sim->shipmentCount());

        const Run login = run(QStringLiteral(CT_CLI_PATH),
                              {QStringLiteral("login"), QStringLiteral("--server"), url, QStringLiteral("--user"),
                               QStringLiteral("ana")},
                              environment({}), "correct horse battery\n");
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QProcessEnvironment env = environment({});
        env.insert(QStringLiteral("CONTROLTOWER_TOKEN"), login.out.trimmed());
        const Run sync = run(QStringLiteral(CT_CLI_PATH),
                             {QStringLiteral("sync"), QStringLiteral("--server"), url, QStringLiteral("--db"),
                              path("client.db"), QStringLiteral("--quiet")},
                             env);
        server.terminate();
        server.waitForFinished(5000);
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QCOMPARE(shipmentCount(path("client.db")), m_sim->shipmentCount());
    }
};

QTEST_GUILESS_MAIN(TestFeedCommands)
#include "tst_feedcommands.moc"
