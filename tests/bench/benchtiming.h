// SPDX-License-Identifier: MIT
// Timing and demo stores the store benches share: thread CPU time (on a machine shared with
// other work wall time measures the neighbours too), medians of repeated runs, and demo
// stores seeded once at a fixed instant and kept for the next run.
#pragma once

#include "demo/demoseeder.h"
#include "store/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <vector>

namespace ct::bench {

// This thread's CPU time in ms.
inline double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

// The medians of `repeat` runs of `work`, wall and thread CPU.
inline Timing medianTiming(int repeat, const std::function<void()> &work)
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

// The store at `path`, seeded with `shipments` demo shipments at `now` (default seed and
// history) when the file does not exist yet; nullptr with `error` when it fails.
inline std::unique_ptr<Database> openDemoStore(const QString &path, int shipments, const QDateTime &now,
                                               QString *error)
{
    const bool exists = QFileInfo::exists(path);
    auto db = Database::open(path, error);
    if (!db || exists)
        return db;
    std::fprintf(stderr, "seeding %d demo shipments into %s...\n", shipments, qPrintable(path));
    DemoOptions options;
    options.now = now;
    DemoSeeder::Result result;
    if (!DemoSeeder::seed(*db, options, shipments, {}, &result, error))
        return nullptr;
    return db;
}

} // namespace ct::bench
