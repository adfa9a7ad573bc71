// SPDX-License-Identifier: MIT
// Sync throughput against a direct local ingest of the same data, in one run:
//   1. baseline: N demo shipments stored into a fresh local store (DemoSeeder, the
//      canonical ingest path);
//   2. the same store served by a real controltower-server process on loopback; a fresh
//      client pulls the whole change feed (SyncEngine, pages of 1,000);
//   3. M edits queued in the client (checked, applied locally and put in the outbox, each
//      in its own transaction), then pushed in batches (POST /v1/edits, --push-batch per
//      request); then M more queued and pushed one HTTP request each, as before batches.
// Ratios: pull / local ingest (shipments per second), push / local queueing (edits per
// second), batch push / single-edit push. Figures in docs/PERFORMANCE.md. Run by hand; CTest only runs a tiny smoke.
#include "demo/demoseeder.h"
#include "edits/editcatalog.h"
#include "store/database.h"
#include "sync/outbox.h"
#include "sync/serverlogin.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace ct;

namespace {

const QString Password = QStringLiteral("bench password 1");
QProcess *runningServer = nullptr; // stopped by die()

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_sync: %s\n", qPrintable(message));
    if (runningServer) {
        runningServer->kill();
        runningServer->waitForFinished(5000);
    }
    std::exit(1);
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

SyncReport syncOnce(const Database &client, const QUrl &server, const QByteArray &token, int pushBatch = 100)
{
    SyncOptions options;
    options.server = server;
    options.token = token;
    options.pageSize = 1000;
    options.pushBatch = pushBatch;
    SyncEngine engine(client, options);
    QString message;
    if (!engine.runToEnd(&message))
        die(QStringLiteral("sync failed: ") + message);
    return engine.report();
}

double perSecond(qint64 count, qint64 ms)
{
    return ms > 0 ? static_cast<double>(count) * 1000.0 / static_cast<double>(ms) : 0.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("shipments"), QStringLiteral("Demo shipments (default 100000)."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("edits"), QStringLiteral("Edits to push (default 10000)."), QStringLiteral("M"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("push-batch"), QStringLiteral("Edits per batch request (default 100)."), QStringLiteral("K"), QStringLiteral("100")});
    parser.process(app);
    const int pushBatch = parser.value(QStringLiteral("push-batch")).toInt();
    const int shipments = parser.value(QStringLiteral("shipments")).toInt();
    const int edits = parser.value(QStringLiteral("edits")).toInt();
    if (shipments < 1 || edits < 0 || pushBatch < 2)
        die(QStringLiteral("--shipments must be at least 1, --edits at least 0, --push-batch at least 2"));

    QTemporaryDir dir;
    const QString serverPath = dir.filePath(QStringLiteral("server.db"));
    QString error;

    // 1. Baseline: the same shipments ingested straight into a local store.
    DemoOptions demo;
    demo.seed = 7;
    demo.now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
    demo.historyDays = 30;
    QElapsedTimer clock;
    qint64 localMs = 0;
    qint64 events = 0;
    {
        auto local = Database::open(serverPath, &error);
        if (!local)
            die(error);
        DemoSeeder::Result seeded;
        clock.start();
        if (!DemoSeeder::seed(*local, demo, shipments, {}, &seeded, &error))
            die(error);
        localMs = clock.elapsed();
        events = scalar(*local, QStringLiteral("SELECT count(*) FROM events"));
    }

    // 2. Serve that store from a real server process; a fresh client pulls it all.
    QFile config(dir.filePath(QStringLiteral("server.json")));
    if (!config.open(QIODevice::WriteOnly)
        || config.write(R"({"listen": "127.0.0.1:0", "password_iterations": 1000,
                            "requests_per_second": 1000000, "request_burst": 1000000})") < 0)
        die(config.errorString());
    config.close();
    QProcess create;
    create.start(QStringLiteral(CT_SERVER_PATH), {QStringLiteral("--db"), serverPath, QStringLiteral("--config"), config.fileName(),
                                                  QStringLiteral("--create-user"), QStringLiteral("bench"), QStringLiteral("--role"),
                                                  QStringLiteral("manager")});
    create.write(Password.toUtf8() + '\n');
    create.closeWriteChannel();
    if (!create.waitForFinished(600'000) || create.exitCode() != 0)
        die(QStringLiteral("--create-user: ") + QString::fromUtf8(create.readAllStandardError()));
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral(CT_SERVER_PATH), {QStringLiteral("--db"), serverPath, QStringLiteral("--config"), config.fileName()});
    runningServer = &server;
    QByteArray banner;
    while (!banner.contains('\n') && server.waitForReadyRead(600'000))
        banner += server.readAllStandardOutput();
    const QUrl url(QString::fromUtf8(banner.mid(banner.indexOf("http"))).trimmed());
    if (!url.isValid() || url.port() <= 0)
        die(QStringLiteral("the server did not start: ") + QString::fromUtf8(banner));
    ServerLogin login;
    const ServerLogin::Result signedIn = login.runToEnd(url, QStringLiteral("bench"), Password);
    if (!signedIn.ok())
        die(QStringLiteral("login failed: ") + signedIn.message);
    const QByteArray token = signedIn.token;

    auto client = Database::open(dir.filePath(QStringLiteral("client.db")), &error);
    if (!client)
        die(error);
    clock.restart();
    const SyncReport pulled = syncOnce(*client, url, token);
    const qint64 pullMs = clock.elapsed();
    if (scalar(*client, QStringLiteral("SELECT count(*) FROM shipments")) != shipments
        || scalar(*client, QStringLiteral("SELECT count(*) FROM events")) != events)
        die(QStringLiteral("the client does not hold what the server has"));

    // 3. Edits: queued locally (the baseline), then pushed.
    const EditOp *note = EditCatalog::find(EntityKind::Exception, u"note");
    QList<qint64> exceptions;
    {
        QSqlQuery ids(client->connection());
        ids.exec(QStringLiteral("SELECT id FROM exceptions ORDER BY id"));
        while (ids.next())
            exceptions << ids.value(0).toLongLong();
    }
    if (edits > 0 && exceptions.isEmpty())
        die(QStringLiteral("no exceptions to edit"));
    Outbox outbox(*client);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto queue = [&](int round) {
        for (int i = 0; i < edits; ++i) {
            const QByteArray params = QByteArrayLiteral("{\"text\":\"bench note ") + QByteArray::number(round) + '.'
                + QByteArray::number(i) + "\"}";
            const EditOutcome outcome = outbox.enqueue(EntityKind::Exception, exceptions.at(i % exceptions.size()), *note, params,
                                                       QStringLiteral("bench"), now, nullptr);
            if (!outcome.ok())
                die(QStringLiteral("edit %1: %2").arg(i).arg(outcome.detail));
        }
    };
    clock.restart();
    queue(1);
    const qint64 queueMs = clock.elapsed();
    clock.restart();
    const SyncReport pushed = syncOnce(*client, url, token, pushBatch);
    const qint64 pushMs = clock.elapsed();
    // The same number of edits again, one request each (a server or client before batches).
    queue(2);
    clock.restart();
    const SyncReport pushedSingly = syncOnce(*client, url, token, 1);
    const qint64 singleMs = clock.elapsed();
    server.terminate();
    server.waitForFinished(10'000);
    runningServer = nullptr;
    if (pushed.pushed != edits || pushedSingly.pushed != edits)
        die(QStringLiteral("%1 and %2 of %3 edits pushed").arg(pushed.pushed).arg(pushedSingly.pushed).arg(edits));

    const double localRate = perSecond(shipments, localMs);
    const double pullRate = perSecond(shipments, pullMs);
    std::printf("shipments %d, events %lld, exceptions %lld, edits %d\n", shipments, static_cast<long long>(events),
                static_cast<long long>(exceptions.size()), edits);
    std::printf("local ingest (DemoSeeder)  %8lld ms  %10.0f shipments/s\n", static_cast<long long>(localMs), localRate);
    std::printf("sync pull (%d pages)      %8lld ms  %10.0f shipments/s  %10.0f entities/s\n", pulled.pages,
                static_cast<long long>(pullMs), pullRate, perSecond(pulled.pulled, pullMs));
    std::printf("ratio pull/local ingest    %8.2f\n", localRate > 0 ? pullRate / localRate : 0.0);
    if (edits > 0) {
        const double queueRate = perSecond(edits, queueMs);
        const double pushRate = perSecond(edits, pushMs);
        std::printf("edits queued locally       %8lld ms  %10.0f edits/s\n", static_cast<long long>(queueMs), queueRate);
        const double singleRate = perSecond(edits, singleMs);
        std::printf("edits pushed, batches      %8lld ms  %10.0f edits/s  (%d requests)\n", static_cast<long long>(pushMs),
                    pushRate, pushed.pushRequests);
        std::printf("edits pushed, one by one   %8lld ms  %10.0f edits/s  (%d requests)\n", static_cast<long long>(singleMs),
                    singleRate, pushedSingly.pushRequests);
        std::printf("ratio push/local queue     %8.2f\n", queueRate > 0 ? pushRate / queueRate : 0.0);
        std::printf("ratio batch/single push    %8.2f\n", singleRate > 0 ? pushRate / singleRate : 0.0);
    }
    return 0;
}
