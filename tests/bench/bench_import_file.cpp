// SPDX-License-Identifier: MIT
// One large carrier file through File > Import's core (FeedFileImport): its peak resident
// memory and time, against a baseline measured in the same run on the same file: reading
// it once from end to end in 1 MiB chunks (what any import must at least do). The file is
// AfterShip tracking objects, one per line, each with 24 checkpoints (about 3.7 KB a
// line), written to a temporary folder and deleted at the end, with its store.
//
//   bench_import_file [--megabytes 500] [--dir /tmp]
//
// Figures go to docs/PERFORMANCE.md ("One large file"); nothing is asserted.
#include "ingest/feedfileimport.h"
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

#include <cstdio>

using namespace ct;

namespace {

long peakResidentMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
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
    const long rssAfterRead = peakResidentMiB();

    QString error;
    auto db = Database::open(dir.filePath(QStringLiteral("store.db")), &error);
    if (!db) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error));
        return 1;
    }
    timer.restart();
    const qint64 nowMs = QDateTime(QDate(2026, 6, 17), QTime(14, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const ImportReport report = FeedFileImport(*db).run({path}, nowMs);
    const double importMs = timer.nsecsElapsed() / 1e6;
    const long rssAfterImport = peakResidentMiB();
    if (report.files.size() != 1) {
        std::fprintf(stderr, "bench: no outcome\n");
        return 1;
    }
    const FileImportOutcome &outcome = report.files.constFirst();
    std::printf("import: %s; %s\n", qPrintable(outcome.stateText()), qPrintable(outcome.countsText()));
    std::printf("%-44s %10.0f ms\n", "baseline: read the file in 1 MiB chunks", readMs);
    std::printf("%-44s %10.0f ms  (%.1f x the read)\n", "import (FeedFileImport)", importMs, importMs / readMs);
    std::printf("peak resident memory: %ld MiB before, %ld MiB after the read, %ld MiB after the import "
                "(%.2f MiB per MiB of file above the read)\n",
                rssBefore, rssAfterRead, rssAfterImport, (rssAfterImport - rssAfterRead) / (size / 1048576.0));
    return 0;
}
