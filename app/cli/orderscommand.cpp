// SPDX-License-Identifier: MIT
#include "orderscommand.h"

#include "ingestcommand.h"
#include "orders/orderfileimport.h"
#include "orders/orderqueries.h"

#include <QFile>

namespace ct::cli {

QString OrdersCommand::summary() const
{
    return QStringLiteral(
        "import FILE...: reads storefront order files (Shopify's orders.json, one order, or a webhook "
        "body of orders/create, orders/updated, orders/fulfilled, fulfillments/create or "
        "fulfillments/update; WooCommerce's REST v3 orders; Magento 2's orders and shipments with their tracks; "
        "Shopify's orders CSV export; with --mapping, a custom storefront's CSV) and stores them: an order is kept once per storefront and id, a newer "
        "updated_at replacing it, and each links to the shipments with its fulfilments' tracking "
        "numbers, whichever arrives first. Each bad record is reported on stderr with file, record "
        "and field; the good records are still stored. Prints one summary line per file. Exit code 1 "
        "when any record failed, 3 when the store failed. A CSV whose --mapping does not fit it is refused "
        "whole, with the first rows that failed: nothing of it is stored.\n"
        "unlinked: lists the shipments no order is linked to, with the reason.\n"
        "conflicts: lists the tracking numbers two orders claim (the shipment keeps the first).");
}

void OrdersCommand::describe(QCommandLineParser &parser) const
{
    addDbOption(parser);
    addRulesOption(parser);
    addNowOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("quiet"),
                                        QStringLiteral("import: report errors only, not warnings.")));
    parser.addOption(QCommandLineOption(QStringLiteral("mapping"),
                                        QStringLiteral("import: read the CSV files by this column mapping (JSON: "
                                                       "docs/storefronts/csv.md)."),
                                        QStringLiteral("MAPPING.json")));
    parser.addOption(QCommandLineOption(QStringLiteral("limit"),
                                        QStringLiteral("unlinked: at most this many shipments (default 100)."),
                                        QStringLiteral("n"), QStringLiteral("100")));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("import, unlinked or conflicts."));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("import: order files to read."),
                                 QStringLiteral("[FILE...]"));
}

int OrdersCommand::run(const QCommandLineParser &parser, Console &console) const
{
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    if (action == QLatin1String("import"))
        return import(parser, positional, console);
    if ((action == QLatin1String("unlinked") || action == QLatin1String("conflicts")) && !positional.isEmpty()) {
        console.err << "controltower-cli orders " << action << ": takes no files\n";
        return UsageError;
    }
    if (action == QLatin1String("unlinked"))
        return unlinked(parser, console);
    if (action == QLatin1String("conflicts"))
        return conflicts(parser, console);
    console.err << "controltower-cli orders: expected an action: import, unlinked or conflicts\n";
    return UsageError;
}

int OrdersCommand::import(const QCommandLineParser &parser, const QStringList &files, Console &console) const
{
    if (files.isEmpty()) {
        console.err << "controltower-cli orders import: no input files\n";
        return UsageError;
    }
    const auto now = nowValue(parser, console);
    const auto rules = rulesOption(parser, console);
    if (!now || !rules)
        return UsageError;
    std::optional<CsvOrderMapping> mapping;
    if (parser.isSet(QStringLiteral("mapping"))) {
        const QString path = parser.value(QStringLiteral("mapping"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            console.err << "controltower-cli orders import: --mapping " << path << ": " << file.errorString() << "\n";
            return UsageError;
        }
        QString error;
        mapping = CsvOrderMapping::fromJson(file.readAll(), &error);
        if (!mapping) {
            console.err << "controltower-cli orders import: --mapping " << path << ": " << error << "\n";
            return UsageError;
        }
    }
    bool usage = false;
    auto db = openStore(parser, console, &usage);
    if (!db)
        return usage ? UsageError : StoreError;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    OrderFileImport importer(*db, *rules);
    bool anyErrors = false;
    for (const QString &file : files) {
        OrderFileOutcome outcome;
        QString error;
        const auto report = [&](const FeedIssue &issue) {
            if (!quiet || issue.severity == FeedIssue::Severity::Error)
                console.err << issue.toString() << '\n';
        };
        const bool stored = mapping ? importer.importFile(file, *mapping, now->toMSecsSinceEpoch(), &outcome, report, &error)
                                    : importer.importFile(file, now->toMSecsSinceEpoch(), &outcome, report, &error);
        const OrderImportCounts &c = outcome.counts;
        console.out << file << ": " << formatCount(outcome.records, "record", "records") << " ("
                    << formatCount(c.created) << " new, " << formatCount(c.updated) << " updated, "
                    << formatCount(c.unchanged) << " unchanged, " << formatCount(c.older) << " older than stored, "
                    << formatCount(c.failed) << " failed), "
                    << formatCount(c.shipmentsLinked, "shipment", "shipments") << " linked, "
                    << formatCount(c.shipmentsUpdated) << " updated, "
                    << formatCount(c.conflicts, "new conflict", "new conflicts") << "; "
                    << formatCount(outcome.errors, "error", "errors") << ", "
                    << formatCount(outcome.warnings, "warning", "warnings") << "\n";
        console.out.flush();
        console.err.flush();
        if (!stored) {
            console.err << "controltower-cli orders import: " << file << ": the store failed: " << error
                        << "\nFiles before this one were kept; nothing of this file was stored.\n";
            console.err.flush();
            return StoreError;
        }
        anyErrors = anyErrors || outcome.errors > 0;
    }
    return anyErrors ? DataErrors : Success;
}

int OrdersCommand::unlinked(const QCommandLineParser &parser, Console &console) const
{
    const auto limit = integerValue(parser, QStringLiteral("limit"), 1, 1'000'000, 100, console);
    if (!limit)
        return UsageError;
    bool usage = false;
    auto db = openStore(parser, console, &usage, Database::Mode::ReadOnly);
    if (!db)
        return usage ? UsageError : StoreError;
    QString error;
    const QList<UnlinkedShipment> shipments = OrderQueries(*db).unlinkedShipments(static_cast<int>(*limit), &error);
    if (!error.isEmpty()) {
        console.err << "controltower-cli orders unlinked: " << error << "\n";
        return StoreError;
    }
    for (const UnlinkedShipment &s : shipments) {
        console.out << s.carrier << '\t' << s.trackingNumber << '\t'
                    << (s.reason == UnlinkedShipment::Reason::OtherCarrierClaims
                            ? "an order names this tracking number with another carrier"
                            : "no order names this tracking number");
        if (!s.orderId.isEmpty())
            console.out << " (the carrier feed says order " << s.orderId << ")";
        console.out << '\n';
    }
    console.out << formatCount(shipments.size(), "shipment", "shipments") << " without an order"
                << (shipments.size() == *limit ? " (the first --limit; there may be more)" : "") << "\n";
    return Success;
}

int OrdersCommand::conflicts(const QCommandLineParser &parser, Console &console) const
{
    bool usage = false;
    auto db = openStore(parser, console, &usage, Database::Mode::ReadOnly);
    if (!db)
        return usage ? UsageError : StoreError;
    QString error;
    const QList<OrderLinkConflict> conflicts = OrderQueries(*db).linkConflicts(&error);
    if (!error.isEmpty()) {
        console.err << "controltower-cli orders conflicts: " << error << "\n";
        return StoreError;
    }
    for (const OrderLinkConflict &c : conflicts) {
        console.out << (c.carrier.isEmpty() ? QStringLiteral("-") : c.carrier) << '\t' << c.trackingNumber << '\t'
                    << c.storefront << ' ' << c.firstOrderId << " (" << c.firstOrderName << ", linked)\t"
                    << c.secondStorefront << ' ' << c.secondOrderId << " (" << c.secondOrderName << ")\n";
    }
    console.out << formatCount(conflicts.size(), "tracking number", "tracking numbers") << " claimed by two orders\n";
    return Success;
}

} // namespace ct::cli
