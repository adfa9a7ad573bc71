// SPDX-License-Identifier: MIT
#include "mappingcommand.h"

#include "adapters/mapping/mappingadapter.h"
#include "adapters/mapping/mappingcheck.h"
#include "adapters/mapping/mappingfolder.h"
#include "adapters/mapping/mappingtrial.h"
#include "ingest/normalizedjson.h"

#include <QFileInfo>

namespace ct::cli {

QString MappingCommand::summary() const
{
    return QStringLiteral(
        "Carrier mappings describe a tracking format in a JSON file instead of code "
        "(docs/MAPPING-FORMAT.md, docs/ADDING-A-CARRIER.md).\n"
        "  mapping check FILE          validates the mapping: every problem with its line and field; with a "
        "sample in the mapping, paths that never match it too. Exit code 1 on an error.\n"
        "  mapping try FILE PAYLOAD    reads PAYLOAD through the mapping alone and prints each shipment in the "
        "canonical form (as normalize does), the problems on stderr, then the fields each shipment left "
        "unfilled. Exit code 1 when the mapping or a record had an error.");
}

void MappingCommand::describe(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("check or try."), QStringLiteral("check|try"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The mapping file."), QStringLiteral("FILE"));
    parser.addPositionalArgument(QStringLiteral("payload"), QStringLiteral("For try: a payload file."), QStringLiteral("[PAYLOAD]"));
}

int MappingCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool tryIt = action == QLatin1String("try");
    if ((action != QLatin1String("check") && !tryIt) || args.size() != (tryIt ? 3 : 2)) {
        console.err << "controltower-cli mapping: expected 'check FILE' or 'try FILE PAYLOAD'\n"
                    << "Try 'controltower-cli mapping --help'.\n";
        console.err.flush();
        return UsageError;
    }
    const QString file = args.at(1);
    const QString name = QFileInfo(file).fileName();
    MappingCheck::Result checked = MappingCheck::checkFile(file);
    QTextStream &problems = tryIt ? console.err : console.out;
    for (const mapping::MappingProblem &p : std::as_const(checked.problems))
        problems << p.toString(file) << '\n';
    if (!checked.ok()) {
        problems << name << ": not usable (" << formatCount(checked.problems.size(), "problem", "problems") << ")\n";
        problems.flush();
        return DataErrors;
    }
    if (!tryIt) {
        const auto &m = checked.adapter->mapping();
        console.out << name << ": format " << m.formatId << " (" << m.name << ") is usable";
        if (!m.sample.isEmpty())
            console.out << "; its sample gives " << formatCount(checked.sampleShipments.size(), "shipment", "shipments");
        console.out << '\n';
        console.out.flush();
        return Success;
    }
    const QString payload = args.at(2);
    const MappingTrial::Result trial = MappingTrial::run(std::move(checked.adapter), payload);
    for (const ShipmentRecord &s : trial.shipments) {
        const int record = s.sourceDocument.section(QLatin1Char('#'), -1).toInt();
        console.out << QString::fromUtf8(normalizedShipmentJson(s, payload, record)) << '\n';
    }
    console.out.flush(); // before stderr: a terminal shows both in this order
    for (const FeedIssue &issue : trial.issues)
        console.err << issue.toString() << '\n';
    for (const ShipmentRecord &s : trial.shipments) {
        const QStringList unfilled = MappingTrial::unfilledFields(s);
        console.err << "shipment " << s.trackingNumber << ": "
                    << (unfilled.isEmpty() ? QStringLiteral("every field filled")
                                           : QStringLiteral("not filled: ") + unfilled.join(QStringLiteral(", ")))
                    << '\n';
    }
    console.err << payload << ": " << formatCount(trial.summary.shipments, "shipment", "shipments") << ", "
                << formatCount(trial.summary.errors, "error", "errors") << ", "
                << formatCount(trial.summary.unmappedEvents, "unknown code", "unknown codes") << ", "
                << formatCount(trial.summary.notFound, "not found", "not found") << '\n';
    console.out.flush();
    console.err.flush();
    return trial.summary.errors > 0 ? DataErrors : Success;
}

void addMappingsOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("mappings"),
        QStringLiteral("Carrier mappings to read beside the built-in formats (default: the user's mappings folder)."),
        QStringLiteral("dir")));
}

void installMappings(const QCommandLineParser &parser, Console &console)
{
    const QString dir = parser.isSet(QStringLiteral("mappings")) ? parser.value(QStringLiteral("mappings"))
                                                                  : MappingFolder::userDirectory();
    const MappingFolder::Loaded loaded = MappingFolder::install(dir);
    for (const QString &message : loaded.messages)
        console.err << dir << '/' << message << '\n';
    console.err.flush();
}

} // namespace ct::cli
