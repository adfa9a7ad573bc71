// SPDX-License-Identifier: MIT
#include "democommand.h"

#include "demo/demoseeder.h"
#include "store/database.h"

#include <QElapsedTimer>

namespace ct::cli {

QString DemoCommand::summary() const
{
    return QStringLiteral(
        "Generates realistic demo shipments (8+ carriers, US, India and EU lanes, 5-10% "
        "exceptions of every type, returns for 10-20% of deliveries) up to now and stores "
        "them. The same seed and --now give the same data. Progress goes to stderr.");
}

void DemoCommand::describe(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("shipments"),
                                        QStringLiteral("How many shipments to generate."),
                                        QStringLiteral("n")));
    addDbOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("seed"),
                                        QStringLiteral("Random seed (default 1)."), QStringLiteral("s")));
    parser.addOption(QCommandLineOption(QStringLiteral("days"),
                                        QStringLiteral("Days of order history before now (default 90)."),
                                        QStringLiteral("n")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("no-team-work"),
        QStringLiteral("Leave the open exceptions as the rules left them (by default a team of six "
                       "demo agents claims, acts on and resolves what was due before now).")));
    addNowOption(parser);
}

int DemoCommand::run(const QCommandLineParser &parser, Console &console) const
{
    if (!parser.isSet(QStringLiteral("shipments"))) {
        console.err << "controltower-cli: --shipments is required\n";
        console.err.flush();
        return UsageError;
    }
    const auto count = integerValue(parser, QStringLiteral("shipments"), 1, 20'000'000, 0, console);
    const auto seed = integerValue(parser, QStringLiteral("seed"), 0,
                                   std::numeric_limits<qint64>::max(), 1, console);
    const auto days = integerValue(parser, QStringLiteral("days"), 1, 3650, 90, console);
    const auto now = nowValue(parser, console);
    if (!count || !seed || !days || !now)
        return UsageError;
    bool usage = false;
    auto db = openStore(parser, console, &usage);
    if (!db)
        return usage ? UsageError : StoreError;
    QString error;
    DemoOptions options;
    options.seed = static_cast<quint64>(*seed);
    options.now = *now;
    options.historyDays = static_cast<int>(*days);
    options.teamWork = !parser.isSet(QStringLiteral("no-team-work"));
    qint64 nextReport = *count / 10;
    QElapsedTimer timer;
    timer.start();
    DemoSeeder::Result result;
    const bool stored = DemoSeeder::seed(
        *db, options, static_cast<int>(*count),
        [&](qint64 done, qint64 total) {
            if (total >= 10000 && done >= nextReport) {
                console.err << "demo: " << formatCount(done) << " of " << formatCount(total)
                            << " shipments (" << (100 * done / total) << "%)\n";
                console.err.flush();
                nextReport += total / 10;
            }
        },
        &result, &error);
    if (!stored) {
        console.err << "controltower-cli demo: the store failed: " << error << "\n";
        console.err.flush();
        return StoreError;
    }
    const IngestCounts &counts = result.counts;
    const qint64 generated = result.shipments;
    const qint64 returnCount = result.returns;
    const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
    console.out << "demo: " << formatCount(counts.shipmentsNew) << " new shipments ("
                << formatCount(counts.shipmentsUpdated + counts.shipmentsUnchanged) << " already there), "
                << formatCount(counts.eventsNew) << " events, " << formatCount(returnCount) << " returns, "
                << formatCount(counts.exceptionsOpened) << " open exceptions, "
                << formatCount(counts.exceptionsPast) << " past exceptions in "
                << QString::number(seconds, 'f', 1) << " s ("
                << formatCount(static_cast<qint64>(generated / seconds)) << " shipments/s)\n";
    if (options.teamWork) {
        const DemoTeamWork::Result &team = result.team;
        console.out << "demo: the team claimed " << formatCount(team.claimed) << " of the "
                    << formatCount(team.considered) << " open exceptions and resolved " << formatCount(team.resolved)
                    << "; " << formatCount(counts.exceptionsOpened - team.resolved) << " stay open\n";
    }
    console.out.flush();
    return Success;
}

} // namespace ct::cli
