// SPDX-License-Identifier: MIT
#include "refreshcommand.h"

#include "ingestcommand.h"
#include "returns/returnlabelexpiry.h"
#include "returns/returnpolicyinforce.h"
#include "store/database.h"
#include "store/shipmentingestor.h"

namespace ct::cli {

QString RefreshCommand::summary() const
{
    return QStringLiteral("Re-runs the exception rules on every unfinished shipment as of now, so "
                          "conditions that appear with time (stuck, delayed, never scanned, not "
                          "collected) open and priorities follow the SLA clock, and closes returns "
                          "whose label expired unused (the return policy's label_expiry_days). Run it "
                          "from a scheduler when no desktop app is open.");
}

void RefreshCommand::describe(QCommandLineParser &parser) const
{
    addDbOption(parser);
    addRulesOption(parser);
    addNowOption(parser);
}

int RefreshCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const auto now = nowValue(parser, console);
    const auto rules = rulesOption(parser, console);
    if (!now || !rules)
        return UsageError;
    bool usage = false;
    auto db = openStore(parser, console, &usage);
    if (!db)
        return usage ? UsageError : StoreError;
    QString error;
    ShipmentIngestor ingestor(*db, *rules);
    IngestCounts counts;
    if (!ingestor.refreshExceptions(now->toMSecsSinceEpoch(), &counts, &error)) {
        console.err << "controltower-cli refresh: " << error << "\n";
        console.err.flush();
        return StoreError;
    }
    console.out << "exceptions: " << formatCount(counts.exceptionsOpened) << " opened, "
                << formatCount(counts.exceptionsResolved) << " resolved, "
                << formatCount(counts.exceptionsUpdated) << " reprioritised\n";
    console.out.flush();
    // Labels unused past the policy's days (docs/RETURNS.md, "Label expiry"); on a replica
    // of a team server the server closes them.
    const auto expired = ReturnLabelExpiry(*db).expireDue(ReturnPolicyInForce::read(*db), now->toMSecsSinceEpoch(), &error);
    if (!expired) {
        console.err << "controltower-cli refresh: closing returns whose label expired: " << error << "\n";
        console.err.flush();
        return StoreError;
    }
    if (expired->replica) {
        console.out << "return labels: left to the team server\n";
    } else {
        console.out << "return labels: " << formatCount(expired->closed) << " expired unused, closed";
        if (expired->scanned > 0)
            console.out << "; " << formatCount(expired->scanned) << " past their days but scanned by the carrier, left open";
        if (expired->unknownIssueTime > 0)
            console.out << "; " << formatCount(expired->unknownIssueTime)
                        << " with no known issue time, never closed by expiry";
        console.out << "\n";
    }
    console.out.flush();
    return Success;
}

} // namespace ct::cli
