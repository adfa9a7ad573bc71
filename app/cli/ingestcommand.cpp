// SPDX-License-Identifier: MIT
#include "ingestcommand.h"

#include "mappingcommand.h"

#include "ingest/feedimporter.h"
#include "store/database.h"

#include <QFile>

namespace ct::cli {

void addRulesOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("rules"),
        QStringLiteral("Exception-rule thresholds and SLAs as JSON (docs/EXCEPTIONS.md)."),
        QStringLiteral("file")));
}

std::optional<RulesConfig> rulesOption(const QCommandLineParser &parser, Console &console)
{
    if (!parser.isSet(QStringLiteral("rules")))
        return RulesConfig();
    const QString path = parser.value(QStringLiteral("rules"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        console.err << "controltower-cli: cannot read rules file " << path << ": " << file.errorString() << "\n";
        console.err.flush();
        return std::nullopt;
    }
    QString error;
    auto config = RulesConfig::fromJson(file.readAll(), &error);
    if (!config) {
        console.err << "controltower-cli: " << path << ": " << error << "\n";
        console.err.flush();
    }
    return config;
}

QString IngestCommand::summary() const
{
    return QStringLiteral(
        "Reads carrier tracking payloads (any supported format; a JSON document, a JSON array "
        "or JSON lines) and stores them: shipments are matched and updated, events "
        "deduplicated, exceptions re-evaluated. Each bad record is reported on stderr with "
        "file, record and field, and the good records are still stored. Prints one summary "
        "line per file. Exit code 1 when any record failed, 3 when the store failed.");
}

void IngestCommand::describe(QCommandLineParser &parser) const
{
    addDbOption(parser);
    addRulesOption(parser);
    addNowOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("quiet"),
                                        QStringLiteral("Report errors only, not warnings and notices.")));
    addMappingsOption(parser);
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Feed files to read."),
                                 QStringLiteral("FILE..."));
}

int IngestCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        console.err << "controltower-cli ingest: no input files\n";
        console.err.flush();
        return UsageError;
    }
    const auto now = nowValue(parser, console);
    const auto rules = rulesOption(parser, console);
    if (!now || !rules)
        return UsageError;
    bool usage = false;
    auto db = openStore(parser, console, &usage);
    if (!db)
        return usage ? UsageError : StoreError;
    QString error;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    installMappings(parser, console);
    FeedImporter importer(*db, *rules);
    bool anyErrors = false;
    for (const QString &file : files) {
        FeedImporter::Result result;
        const bool stored = importer.importFile(
            file, now->toMSecsSinceEpoch(), &result,
            [&](const FeedIssue &issue) {
                if (!quiet || issue.severity == FeedIssue::Severity::Error)
                    console.err << issue.toString() << '\n';
            },
            &error);
        const FeedReadSummary &r = result.read;
        const IngestCounts &c = result.stored;
        console.out << file << ": " << formatCount(r.records, "record", "records") << ", "
                    << formatCount(r.shipments, "shipment", "shipments") << " (" << formatCount(c.shipmentsNew)
                    << " new, " << formatCount(c.shipmentsUpdated) << " updated, "
                    << formatCount(c.shipmentsUnchanged) << " unchanged), "
                    << formatCount(c.eventsNew, "new event", "new events") << ", " << formatCount(c.eventsDuplicate)
                    << " duplicate, " << formatCount(c.exceptionsOpened, "exception", "exceptions") << " opened, "
                    << formatCount(c.exceptionsResolved) << " resolved; "
                    << formatCount(r.failedRecords, "record", "records") << " failed, "
                    << formatCount(r.errors, "error", "errors") << ", " << formatCount(r.warnings, "warning", "warnings")
                    << ", " << formatCount(r.notFound) << " not found, "
                    << formatCount(r.unmappedEvents, "unmapped code", "unmapped codes") << "\n";
        console.out.flush();
        console.err.flush();
        if (!stored) {
            console.err << "controltower-cli ingest: " << file << ": the store failed: " << error
                        << "\nEarlier batches were kept; nothing after the failure was stored.\n";
            console.err.flush();
            return StoreError;
        }
        anyErrors = anyErrors || r.errors > 0;
    }
    return anyErrors ? DataErrors : Success;
}

} // namespace ct::cli
