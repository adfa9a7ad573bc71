// SPDX-License-Identifier: MIT
#include "storejobs.h"

#include "demo/demoseeder.h"
#include "predict/eddrefit.h"
#include "returns/returnlabelexpiry.h"
#include "returns/returnpolicyinforce.h"
#include "store/shipmentingestor.h"

#include <QCoreApplication>
#include <QLocale>

namespace ct::StoreJobs {

StoreJobRunner::Job demoData(int shipments, const QDateTime &now)
{
    return [shipments, now](const Database &db, const StoreJobRunner::Control &control, QString *summary,
                            QString *error) {
        DemoOptions options;
        options.now = now;
        options.teamWork = true;
        DemoSeeder::Result result;
        if (!DemoSeeder::seed(db, options, shipments, control.progressFunction(), &result, error))
            return false;
        predict::EddRefit::Options refit;
        refit.nowMs = now.toMSecsSinceEpoch();
        if (!predict::EddRefit::run(db, refit, {}, {}, error))
            return false;
        *summary = QCoreApplication::translate("ct::StoreJobs", "Demo data: %1 shipments, %2 returns, %3 open exceptions")
                       .arg(QLocale().toString(result.counts.shipmentsNew), QLocale().toString(result.returns),
                            QLocale().toString(result.counts.exceptionsOpened - result.team.resolved));
        return true;
    };
}

StoreJobRunner::Job eddRefit(qint64 nowMs, RulesConfig rules)
{
    return [nowMs, rules = std::move(rules)](const Database &db, const StoreJobRunner::Control &control,
                                             QString *summary, QString *error) {
        predict::EddRefit::Options options;
        options.nowMs = nowMs;
        options.rules = rules;
        const auto result = predict::EddRefit::run(
            db, options, [&](predict::EddRefit::Phase, qint64 done, qint64 total) { control.progress(done, total); },
            [&] { return control.cancelRequested(); }, error);
        if (!result)
            return false;
        const QLocale locale;
        if (result->version == 0)
            *summary = QCoreApplication::translate("ct::StoreJobs", "Delivery predictions: refit cancelled, nothing changed");
        else if (result->cancelled)
            *summary = QCoreApplication::translate("ct::StoreJobs",
                                                   "Delivery predictions: model %1 stored; cancelled after %2 of %3 "
                                                   "shipments re-estimated (the rest follow at the next re-evaluation)")
                           .arg(result->version)
                           .arg(locale.toString(result->reestimated), locale.toString(result->toReestimate));
        else
            *summary = QCoreApplication::translate("ct::StoreJobs",
                                                   "Delivery predictions: model %1 learnt from %2 deliveries; %3 "
                                                   "shipments re-estimated, %4 at-risk and other exceptions opened")
                           .arg(result->version)
                           .arg(locale.toString(result->delivered), locale.toString(result->reestimated),
                                locale.toString(result->exceptions.exceptionsOpened));
        return true;
    };
}

StoreJobRunner::Job exceptionRefresh(qint64 nowMs, RulesConfig rules)
{
    return [nowMs, rules = std::move(rules)](const Database &db, const StoreJobRunner::Control &control,
                                             QString *summary, QString *error) {
        ShipmentIngestor ingestor(db, rules);
        IngestCounts counts;
        if (!ingestor.refreshExceptions(nowMs, &counts, error,
                                        [&](int done, int total) { control.progress(done, total); }))
            return false;
        // Return labels unused past the policy's days close here on a standalone store
        // (docs/RETURNS.md, "Label expiry"); on a replica the team server closes them.
        const auto expired = ReturnLabelExpiry(db).expireDue(ReturnPolicyInForce::read(db), nowMs, error);
        if (!expired)
            return false;
        const QLocale locale;
        if (expired->closed == 0)
            *summary = QCoreApplication::translate("ct::StoreJobs", "Exceptions re-evaluated: %1 opened, %2 resolved")
                           .arg(locale.toString(counts.exceptionsOpened), locale.toString(counts.exceptionsResolved));
        else
            *summary = QCoreApplication::translate("ct::StoreJobs",
                                                   "Exceptions re-evaluated: %1 opened, %2 resolved; %n returns closed: "
                                                   "label expired unused",
                                                   nullptr, expired->closed)
                           .arg(locale.toString(counts.exceptionsOpened), locale.toString(counts.exceptionsResolved));
        return true;
    };
}

} // namespace ct::StoreJobs
