// SPDX-License-Identifier: MIT
#include "rollupscommand.h"

#include "analytics/kpifacts.h"
#include "ingestcommand.h"
#include "store/database.h"

#include <QElapsedTimer>

namespace ct::cli {

QString RollupsCommand::summary() const
{
    return QStringLiteral("Says whether the store's KPI rollups (what the analytics page and reports read) are "
                          "current. With --rebuild, recomputes them from the shipments, events, exceptions and "
                          "returns, in one transaction: a store upgraded from a version without rollups needs it "
                          "once; ingest and sync keep them current afterwards.");
}

void RollupsCommand::describe(QCommandLineParser &parser) const
{
    addDbOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("rebuild"), QStringLiteral("Recompute the rollups.")));
    addRulesOption(parser);
}

int RollupsCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const auto rules = rulesOption(parser, console);
    if (!rules)
        return UsageError;
    bool usage = false;
    auto db = openStore(parser, console, &usage);
    if (!db)
        return usage ? UsageError : StoreError;
    QString error;
    const auto fail = [&] {
        console.err << "controltower-cli rollups: " << error << "\n";
        console.err.flush();
        return StoreError;
    };
    if (parser.isSet(QStringLiteral("rebuild"))) {
        KpiFacts facts(*db, *rules);
        QElapsedTimer clock;
        clock.start();
        const auto progress = [&](qint64 done, qint64 total) {
            if (total >= 100000)
                console.err << "rollups: " << formatCount(done) << " of " << formatCount(total) << " shipments\n";
            console.err.flush();
        };
        if (!facts.rebuild(&error, progress))
            return fail();
        console.out << "rollups: rebuilt in " << QString::number(double(clock.elapsed()) / 1000.0, 'f', 1) << " s\n";
        console.out.flush();
        return Success;
    }
    const QString state = KpiFacts::state(*db, &error);
    if (!error.isEmpty())
        return fail();
    console.out << "rollups: "
                << (state == QLatin1String("current") ? QStringLiteral("current")
                    : state.isEmpty() ? QStringLiteral("none in this store")
                                      : QStringLiteral("stale (run controltower-cli rollups --rebuild)"))
                << "\n";
    console.out.flush();
    return Success;
}

} // namespace ct::cli
