// SPDX-License-Identifier: MIT
// One large carrier file through File > Import's core (FeedFileImport): its peak resident
// memory and time, against a baseline measured in the same run on the same file: reading
// it once from end to end in 1 MiB chunks (what any import must at least do). Between the
// two, the FeedReader alone reads the file (split, parse, normalize; no store), so that
// reading and storing are told apart. The file is AfterShip tracking objects, one per
// line, each with 24 checkpoints (about 3.9 KB a line), written to a temporary folder and
// deleted at the end, with its store. Wall and CPU (user + system) time of each phase.
//
//   bench_import_file [--megabytes 500] [--dir /tmp] [--window-mib 16]
//
// Figures go to docs/PERFORMANCE.md ("One large file"); nothing is asserted.
#include "adapters/adapterregistry.h"
#include "ingest/feedfileimport.h"
#include "ingest/feedreader.h"
#include "platform/peakmemory.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace ct;

namespace {

long peakResidentMiB()
{
    return static_cast<long>(platform::peakResidentMiB());
}

// CPU time (user + system) of the process so far, in ms.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto ms = [](const timeval &t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// Shipment `i`: 24 scans an hour apart, in transit, then delivered.
QByteArray line(qint64 i)
{
    QByteArray out = QByteArrayLiteral(R"({"tracking_number":"BIG)") + QByteArray::number(i).rightJustified(9, '0')
                     + QByteArrayLiteral(R"(","slug":"ups","checkpoints":[)");
    for (int c = 0; c < 24; ++c) {
        if (c > 0)
            out += ',';
        const bool last = c == 23;
        out += QByteArrayLiteral(R"({"checkpoint_time":"2026-06-)") + QByteArray::number(10 + c / 12)
               + QByteArrayLiteral("T") + QByteArray::number(8 + c % 12).rightJustified(2, '0')
               + QByteArrayLiteral(R"(:15:00Z","message":")")
               + (last ? QByteArrayLiteral("Delivered") : QByteArrayLiteral("Departed from facility, on the way"))
               + QByteArrayLiteral(R"(","location":"Louisville, KY, US","tag":")")
               + (last ? QByteArrayLiteral("Delivered") : QByteArrayLiteral("InTransit"))
               + QByteArrayLiteral(R"(","subtag":")")
               + (last ? QByteArrayLiteral("Delivered_001") : QByteArrayLiteral("InTransit_001"))
               + QByteArrayLiteral(R"("})");
    }
    out += QByteArrayLiteral("]}\n");
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("megabytes"), QStringLiteral("Size of the file (MiB)."), QStringLiteral("n"),
                      QStringLiteral("500")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where the file and the store go."), QStringLiteral("path"),
                      QStringLiteral("/tmp")});
    parser.addOption({QStringLiteral("window-mib"), QStringLiteral("The reader's window (MiB)."), QStringLiteral("n"),
                      QStringLiteral("16")});
    parser.addHelpOption();
    parser.process(app);
    const qint64 bytesWanted = parser.value(QStringLiteral("megabytes")).toLongLong() * 1024 * 1024;
    if (bytesWanted <= 0) {
        std::fprintf(stderr, "bench: --megabytes must be positive\n");
        return 2;
    }
    QTemporaryDir dir(parser.value(QStringLiteral("dir")) + QStringLiteral("/bench-import-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench: cannot make a folder in %s\n", qPrintable(parser.value(QStringLiteral("dir"))));
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("big.jsonl"));
    qint64 shipments = 0;
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "bench: cannot write %s\n", qPrintable(path));
            return 1;
        }
        QByteArray chunk;
        while (file.size() + chunk.size() < bytesWanted) {
            chunk += line(shipments++);
            if (chunk.size() >= (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }
    const qint64 size = QFileInfo(path).size();
    const long rssBefore = peakResidentMiB();
    std::printf("file: %.0f MiB, %lld shipments, %lld events\n", size / 1048576.0, static_cast<long long>(shipments),
                static_cast<long long>(shipments * 24));

    // Baseline: read it once, 1 MiB at a time.
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuMs();
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        qint64 sum = 0;
        while (const qint64 n = file.read(buffer.data(), buffer.size()))
            sum += n > 0 ? static_cast<unsigned char>(buffer.at(0)) : 0;
        std::printf("(checksum %lld)\n", static_cast<long long>(sum));
    }
    const double readMs = timer.nsecsElapsed() / 1e6;
    const double readCpuMs = cpuMs() - cpu;
    const long rssAfterRead = peakResidentMiB();

    // The reader alone: every record split, parsed and normalized, nothing stored.
    const qsizetype window = parser.value(QStringLiteral("window-mib")).toLongLong() << 20;
    timer.restart();
    cpu = cpuMs();
    FeedReader reader(AdapterRegistry::standard());
    reader.setWindowBytes(window);
    qint64 normalized = 0;
    const FeedReadSummary read = reader.readFile(path, [&](ShipmentRecord &&) { ++normalized; }, {});
    const double normalizeMs = timer.nsecsElapsed() / 1e6;
    const double normalizeCpuMs = cpuMs() - cpu;
    const long rssAfterNormalize = peakResidentMiB();
    if (normalized != shipments || read.errors != 0) {
        std::fprintf(stderr, "bench: the reader gave %lld shipments and %d errors\n", static_cast<long long>(normalized),
                     read.errors);
        return 1;
    }

    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("store.db")), &error);
    if (!db) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error));
        return 1;
    }
    timer.restart();
    cpu = cpuMs();
    const qint64 nowMs = QDateTime(QDate(2026, 6, 17), QTime(14, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const ImportReport report = FeedFileImport(*db).run({path}, nowMs);
    const double importMs = timer.nsecsElapsed() / 1e6;
    const double importCpuMs = cpuMs() - cpu;
    const long rssAfterImport = peakResidentMiB();
    if (report.files.size() != 1) {
        std::fprintf(stderr, "bench: no outcome\n");
        return 1;
    }
    const FileImportOutcome &outcome = report.files.constFirst();
    std::printf("import: %s; %s\n", qPrintable(outcome.stateText()), qPrintable(outcome.countsText()));
    std::printf("%-44s %10s %10s\n", "", "wall", "CPU");
    std::printf("%-44s %7.0f ms %7.0f ms\n", "baseline: read the file in 1 MiB chunks", readMs, readCpuMs);
    std::printf("%-44s %7.0f ms %7.0f ms  (%.1f x the read's wall, %.1f x its CPU)\n", "read only (FeedReader, no store)",
                normalizeMs, normalizeCpuMs, normalizeMs / readMs, normalizeCpuMs / std::max(readCpuMs, 1.0));
    std::printf("%-44s %7.0f ms %7.0f ms  (%.1f x the read's wall, %.1f x its CPU)\n", "import (FeedFileImport)", importMs,
                importCpuMs, importMs / readMs, importCpuMs / std::max(readCpuMs, 1.0));
    std::printf("peak resident memory: %ld MiB before, %ld MiB after the read, %ld MiB after the reader alone, "
                "%ld MiB after the import (%.2f MiB per MiB of file above the read)\n",
                rssBefore, rssAfterRead, rssAfterNormalize, rssAfterImport,
                (rssAfterImport - rssAfterRead) / (size / 1048576.0));
    double load[3] = {0, 0, 0};
    if (getloadavg(load, 3) == 3)
        std::printf("load average: %.1f %.1f %.1f\n", load[0], load[1], load[2]);
    return 0;
}
