// SPDX-License-Identifier: MIT
// What the store benches share: the demo store of a size, seeded at the suite's instant and
// kept for the next run, and medians of wall and thread CPU time.
#pragma once

#include "demo/demoseeder.h"
#include "store/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <vector>

namespace ct::bench {

// Demo data's "now": 2026-06-17 14:00 UTC.
inline QDateTime demoNow()
{
    return QDateTime(QDate(2026, 6, 17), QTime(14, 0), QTimeZone::utc());
}

[[noreturn]] inline void fail(const char *bench, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", bench, qPrintable(message));
    std::exit(1);
}

// `dir`/`prefix`-N.db, seeded with N demo shipments at demoNow() when missing (the same as
// `controltower-cli demo --shipments N --now 2026-06-17T14:00:00Z`); ends the bench on a
// store error.
inline std::unique_ptr<Database> demoStore(const char *bench, const QString &dir, const char *prefix, int shipments)
{
    QString error;
    const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.db").arg(QLatin1String(prefix)).arg(shipments));
    const bool exists = QFileInfo::exists(path);
    auto db = Database::open(path, &error);
    if (!db)
        fail(bench, error);
    if (!exists) {
        std::fprintf(stderr, "seeding %d demo shipments into %s...\n", shipments, qPrintable(path));
        DemoOptions options;
        options.now = demoNow();
        DemoSeeder::Result result;
        if (!DemoSeeder::seed(*db, options, shipments, {}, &result, &error))
            fail(bench, error);
    }
    return db;
}

// This thread's CPU time: on a machine shared with other work, wall-clock time measures
// the neighbours too; the store is in the page cache after the first run, so CPU time is
// what the queries cost.
inline double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Time
{
    double wallMs = 0;
    double cpuMs = 0;
};

// The medians of `repeat` runs of `work`.
inline Time median(int repeat, const std::function<void()> &work)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer clock;
        clock.start();
        const double cpuStart = threadCpuMs();
        work();
        cpu.push_back(threadCpuMs() - cpuStart);
        wall.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

// The options every store bench takes: --shipments (the store sizes, comma-separated),
// --stores (a folder that keeps the demo stores for the next run; a temporary one without
// it) and --repeat (runs per figure, their median; 3 unless the bench says otherwise).
class StoreBenchArgs final
{
public:
    QCommandLineOption sizesOption{QStringLiteral("shipments"), QStringLiteral("Store sizes, comma-separated."),
                                   QStringLiteral("list"), QStringLiteral("100000,1000000")};
    QCommandLineOption storesOption{QStringLiteral("stores"), QStringLiteral("Keep the demo stores here (reused)."),
                                    QStringLiteral("dir")};
    QCommandLineOption repeatOption;

    explicit StoreBenchArgs(int defaultRepeat = 3)
        : repeatOption(QStringLiteral("repeat"), QStringLiteral("Runs per figure (median)."), QStringLiteral("n"),
                       QString::number(defaultRepeat))
    {
    }

    // Before parser.process().
    void addTo(QCommandLineParser &parser) const { parser.addOptions({sizesOption, storesOption, repeatOption}); }
    // After it: the folder of the stores (made when missing), the sizes, the runs (at least 1).
    QString storesDir(const QCommandLineParser &parser) const
    {
        const QString dir = parser.isSet(storesOption) ? parser.value(storesOption) : m_temporary.path();
        QDir().mkpath(dir);
        return dir;
    }
    QStringList sizes(const QCommandLineParser &parser) const
    {
        return parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    int repeat(const QCommandLineParser &parser) const { return std::max(1, parser.value(repeatOption).toInt()); }

private:
    QTemporaryDir m_temporary;
};

} // namespace ct::bench
