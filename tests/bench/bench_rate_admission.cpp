// SPDX-License-Identifier: MIT
// What a request's rate admission costs when servers share a PostgreSQL store (one
// statement on request_buckets, SharedTokenBuckets) against the process's own buckets in
// memory (ClientLimiter), measured in the same run: K keys (tokens) taken from in turn,
// the clock moving 1 ms per admission so that buckets refill and refuse as in service.
// The round trip alone (SELECT 1 on the same connection) is the floor a statement cannot
// go under; T threads on connections of their own show how admissions through several
// serving threads (or servers) add up. A throwaway cluster (tests/support/postgrescluster.h);
// run by hand, CTest runs a short smoke. Reports, never fails on, the times.
#include "api/clientlimiter.h"
#include "api/sharedtokenbuckets.h"
#include "config/serverconfig.h"
#include "store/serverschema.h"

#include "store/database.h"
#include "support/postgrescluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>
#include <thread>
#include <vector>

using namespace ct;
using namespace ct::server;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_rate_admission: %s\n", qPrintable(message));
    std::exit(1);
}

QString keyOf(int i, int keys)
{
    return QStringLiteral("token:%1").arg(i % keys, 8, 10, QLatin1Char('0'));
}

struct Figures
{
    double microsPerAdmission = 0;
    qint64 refused = 0;
};

Figures inMemory(const ServerConfig &config, int admissions, int keys, qint64 startMs)
{
    ClientLimiter limiter(config);
    QElapsedTimer timer;
    timer.start();
    Figures figures;
    for (int i = 0; i < admissions; ++i)
        figures.refused += limiter.takeRequest(keyOf(i, keys), startMs + i) > 0;
    figures.microsPerAdmission = static_cast<double>(timer.nsecsElapsed()) / 1000.0 / admissions;
    return figures;
}

Figures shared(const QString &url, const ServerConfig &config, int admissions, int keys, qint64 startMs, int offset)
{
    QString error;
    const std::unique_ptr<Database> db = Database::openPostgres(url, &error);
    if (!db)
        die(error);
    SharedTokenBuckets buckets(*db);
    QElapsedTimer timer;
    timer.start();
    Figures figures;
    for (int i = 0; i < admissions; ++i) {
        const std::optional<qint64> wait = buckets.take(SharedTokenBuckets::Kind::Requests, keyOf(i + offset, keys),
                                                        config.requestsPerSecond, config.requestBurst, startMs + i, &error);
        if (!wait)
            die(error);
        figures.refused += *wait > 0;
    }
    figures.microsPerAdmission = static_cast<double>(timer.nsecsElapsed()) / 1000.0 / admissions;
    return figures;
}

double roundTrip(const QString &url, int count)
{
    QString error;
    const std::unique_ptr<Database> db = Database::openPostgres(url, &error);
    if (!db)
        die(error);
    QSqlQuery query(db->connection());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT 1")))
        die(QStringLiteral("cannot prepare SELECT 1"));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        if (!query.exec() || !query.next())
            die(QStringLiteral("SELECT 1 failed"));
        query.finish();
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1000.0 / count;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Rate admissions: PostgreSQL's shared buckets vs the process's in memory."));
    parser.addHelpOption();
    const QCommandLineOption admissionsOption(QStringLiteral("admissions"), QStringLiteral("Admissions per measure (20000)."), QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption keysOption(QStringLiteral("keys"), QStringLiteral("Distinct tokens (1000)."), QStringLiteral("K"), QStringLiteral("1000"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("Threads for the concurrent measure (2)."), QStringLiteral("T"), QStringLiteral("2"));
    parser.addOptions({admissionsOption, keysOption, threadsOption});
    parser.process(app);
    const int admissions = std::max(1, parser.value(admissionsOption).toInt());
    const int keys = std::max(1, parser.value(keysOption).toInt());
    const int threads = std::max(1, parser.value(threadsOption).toInt());

    PostgresCluster cluster;
    QString error;
    if (!cluster.start(&error))
        die(error);
    const QString name = cluster.createDatabase(&error);
    if (name.isEmpty())
        die(error);
    const QString url = cluster.socketUrl(name);
    if (!ServerSchema::openStore(url, &error))
        die(error);

    // The shipped limits: 50 requests a second per token, a burst of 100.
    const ServerConfig config{};
    constexpr qint64 StartMs = 1'800'000'000'000;
    // In memory: enough admissions for the timer to see them.
    const Figures memory = inMemory(config, admissions * 50, keys, StartMs);
    const double floor = roundTrip(url, admissions);
    const Figures postgres = shared(url, config, admissions, keys, StartMs, 0);

    // T threads at once, each on its own connection, on the same keys.
    std::vector<Figures> each(static_cast<size_t>(threads));
    QElapsedTimer wall;
    wall.start();
    {
        std::vector<std::thread> running;
        for (int t = 0; t < threads; ++t)
            running.emplace_back([&, t] {
                each[static_cast<size_t>(t)] = shared(url, config, admissions, keys, StartMs + 10LL * admissions, t);
            });
        for (std::thread &thread : running)
            thread.join();
    }
    const double concurrentPerSecond = static_cast<double>(admissions) * threads / (static_cast<double>(wall.nsecsElapsed()) / 1e9);

    std::printf("rate admissions, %d keys, PostgreSQL %s on a Unix socket\n", keys, qPrintable(cluster.version()));
    std::printf("  in memory (ClientLimiter):         %9.3f us per admission (%d admissions, %lld refused)\n",
                memory.microsPerAdmission, admissions * 50, static_cast<long long>(memory.refused));
    std::printf("  PostgreSQL round trip (SELECT 1):  %9.3f us\n", floor);
    std::printf("  PostgreSQL (request_buckets):      %9.3f us per admission (%d admissions, %lld refused)\n",
                postgres.microsPerAdmission, admissions, static_cast<long long>(postgres.refused));
    std::printf("  ratio PostgreSQL / in memory:      %9.1f x\n", postgres.microsPerAdmission / memory.microsPerAdmission);
    std::printf("  ratio PostgreSQL / round trip:     %9.2f x\n", postgres.microsPerAdmission / floor);
    std::printf("  %d threads at once on PostgreSQL:   %9.0f admissions/s in all\n", threads, concurrentPerSecond);
    return 0;
}
