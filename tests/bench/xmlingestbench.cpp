// SPDX-License-Identifier: MIT
#include "xmlingestbench.h"

#include "aftershippayloadwriter.h"
#include "upsxmlpayloadwriter.h"

#include "adapters/adapterregistry.h"
#include "ingest/feedimporter.h"
#include "ingest/feedreader.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QXmlStreamWriter>

#include <cstdio>

using namespace ct;

namespace {

double secondsOf(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// A field of /proc/self/status in kB (VmRSS, VmHWM); -1 where there is none.
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets the peak resident size to the current one (Linux 4.0 and later).
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

struct ReadFigures
{
    int shipments = 0;
    int errors = 0;
    double seconds = 0;
};

ReadFigures normalizeOnly(const QString &source, const QByteArray &data)
{
    FeedReader reader(AdapterRegistry::standard());
    ReadFigures figures;
    QElapsedTimer timer;
    timer.start();
    const FeedReadSummary summary = reader.readData(source, data, [&](ShipmentRecord &&) { ++figures.shipments; }, {});
    figures.seconds = secondsOf(timer);
    figures.errors = summary.errors;
    return figures;
}

QByteArray upsXmlDocument(const QList<ShipmentRecord> &records)
{
    QByteArray body;
    {
        QXmlStreamWriter writer(&body);
        for (const ShipmentRecord &s : records)
            writeUpsXmlShipment(writer, s);
    }
    return upsXmlStart() + body + upsXmlEnd();
}

} // namespace

int xmlVersusJson(const QList<ShipmentRecord> &records, const QByteArray &jsonFeed, const QString &directory,
                  const QDateTime &now)
{
    const QByteArray xml = upsXmlDocument(records);
    const auto n = static_cast<int>(records.size());
    std::printf("xml data: the same %d shipments as one UPS Tracking XML document, %.1f MB\n", n, xml.size() / 1e6);

    const ReadFigures jsonRead = normalizeOnly(QStringLiteral("bench.jsonl"), jsonFeed);
    const ReadFigures xmlRead = normalizeOnly(QStringLiteral("bench.xml"), xml);
    if (jsonRead.shipments != n || xmlRead.shipments != n || jsonRead.errors + xmlRead.errors > 0) {
        std::fprintf(stderr, "bench: normalize read %d (json) and %d (xml) of %d shipments, %d errors\n",
                     jsonRead.shipments, xmlRead.shipments, n, jsonRead.errors + xmlRead.errors);
        return 1;
    }
    std::printf("normalize only: JSON %.3f s (%.0f MB/s), XML %.3f s (%.0f MB/s); ratio xml/json time = %.2f\n",
                jsonRead.seconds, jsonFeed.size() / 1e6 / jsonRead.seconds, xmlRead.seconds,
                xml.size() / 1e6 / xmlRead.seconds, xmlRead.seconds / jsonRead.seconds);

    double seconds[2] = {0, 0};
    const QByteArray *inputs[2] = {&jsonFeed, &xml};
    const char *names[2] = {"bench.jsonl", "bench.xml"};
    for (int i = 0; i < 2; ++i) {
        QString error;
        auto db = Database::open(directory + QStringLiteral("/e2e-%1.db").arg(i), &error);
        if (!db) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(error));
            return 3;
        }
        FeedImporter importer(*db);
        FeedImporter::Result result;
        QElapsedTimer timer;
        timer.start();
        if (!importer.importData(QString::fromLatin1(names[i]), *inputs[i], now.toMSecsSinceEpoch(), &result, {}, &error)) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(error));
            return 3;
        }
        seconds[i] = secondsOf(timer);
        if (result.read.errors > 0 || result.stored.shipmentsNew != n) {
            std::fprintf(stderr, "bench: %s stored %d of %d shipments with %d errors\n", names[i],
                         result.stored.shipmentsNew, n, result.read.errors);
            return 1;
        }
    }
    std::printf("end-to-end ingest: JSON %.3f s, XML %.3f s; ratio xml/json time = %.2f\n", seconds[0], seconds[1],
                seconds[1] / seconds[0]);
    return 0;
}

int xmlDocumentMemory(const QList<ShipmentRecord> &records, int megabytes, const QString &directory)
{
    const qint64 target = static_cast<qint64>(megabytes) * 1000 * 1000;
    const QString xmlPath = directory + QStringLiteral("/big.xml");
    const QString jsonPath = directory + QStringLiteral("/big.jsonl");
    qint64 written = 0;
    {
        QFile xml(xmlPath);
        QFile json(jsonPath);
        if (!xml.open(QIODevice::WriteOnly) || !json.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "bench: cannot write %s\n", qPrintable(directory));
            return 3;
        }
        xml.write(upsXmlStart());
        QXmlStreamWriter writer(&xml);
        qint64 jsonSize = 0;
        for (qsizetype i = 0; xml.pos() < target || jsonSize < target; i = (i + 1) % records.size()) {
            if (xml.pos() < target)
                writeUpsXmlShipment(writer, records.at(i));
            if (jsonSize < target)
                jsonSize += json.write(afterShipWebhook(records.at(i)) + '\n');
        }
        xml.write(upsXmlEnd());
        written = xml.pos();
    }
    std::printf("xml document: %.1f MB of UPS Tracking XML in a file (and %.1f MB of AfterShip JSON lines)\n",
                written / 1e6, QFile(jsonPath).size() / 1e6);
    for (const QString &path : {xmlPath, jsonPath}) {
        FeedReader reader(AdapterRegistry::standard());
        const qint64 before = statusKb("VmRSS:");
        const bool reset = resetPeak();
        int shipments = 0;
        QElapsedTimer timer;
        timer.start();
        const FeedReadSummary summary = reader.readFile(path, [&](ShipmentRecord &&) { ++shipments; }, {});
        const double seconds = secondsOf(timer);
        const qint64 peak = statusKb("VmHWM:");
        const double size = QFile(path).size() / 1e6;
        std::printf("  %s: %d shipments, %d errors, %.2f s; resident before %.1f MB, peak while reading %.1f MB%s: "
                    "growth %.1f MB = %.3f of the document's size\n",
                    path.endsWith(QLatin1String(".xml")) ? "xml " : "json", shipments, summary.errors, seconds,
                    before / 1024.0, peak / 1024.0, reset ? "" : " (peak since start: clear_refs refused)",
                    (peak - before) / 1024.0, (peak - before) / 1024.0 / size);
        if (summary.errors > 0)
            return 1;
    }
    QFile::remove(xmlPath);
    QFile::remove(jsonPath);
    return 0;
}
