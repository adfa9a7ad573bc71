// SPDX-License-Identifier: MIT
#include "normalizecommand.h"

#include "mappingcommand.h"

#include "adapters/adapterregistry.h"
#include "ingest/feedreader.h"
#include "ingest/normalizedjson.h"

namespace ct::cli {

QString NormalizeCommand::summary() const
{
    return QStringLiteral(
        "Reads carrier tracking payloads (AfterShip, EasyPost, Shippo, UPS, FedEx, DHL, USPS, "
        "Delhivery; a JSON document, a JSON array or JSON lines; the format is detected) and "
        "prints each shipment in the canonical form as one JSON object per line. Nothing is "
        "stored. Problems go to stderr as 'file: record N (line L): field: severity: message'; "
        "the exit code is 1 when any record had an error.");
}

void NormalizeCommand::describe(QCommandLineParser &parser) const
{
    addMappingsOption(parser);
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Feed files to read."),
                                 QStringLiteral("FILE..."));
}

int NormalizeCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        console.err << "controltower-cli normalize: no input files\n"
                    << "Try 'controltower-cli normalize --help'.\n";
        console.err.flush();
        return UsageError;
    }
    installMappings(parser, console);
    FeedReader reader(AdapterRegistry::installed());
    FeedReadSummary total;
    for (const QString &file : files) {
        total += reader.readFile(
            file,
            [&](ShipmentRecord &&s) {
                const int record = s.sourceDocument.section(QLatin1Char('#'), -1).toInt();
                console.out << QString::fromUtf8(normalizedShipmentJson(s, file, record)) << '\n';
            },
            [&](const FeedIssue &issue) { console.err << issue.toString() << '\n'; });
        console.out.flush();
        console.err.flush();
    }
    return total.errors > 0 ? DataErrors : Success;
}

} // namespace ct::cli
