// SPDX-License-Identifier: MIT
#include "eddrefit.h"

#include "eddmodelstore.h"
#include "transithistoryreader.h"

#include "store/database.h"
#include "store/shipmentingestor.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"

namespace ct::predict {

namespace {

std::optional<qint64> deliveredBefore(const Database &database, qint64 asOfMs, QString *error)
{
    auto q = SqlStatement::prepare(
        database, QStringLiteral("SELECT COUNT(*) FROM shipments WHERE delivered_at_ms IS NOT NULL AND delivered_at_ms < ?"),
        error);
    if (!q)
        return std::nullopt;
    q->bind(0, asOfMs);
    if (!q->exec(error))
        return std::nullopt;
    const qint64 n = q->next() ? q->int64(0) : 0;
    q->finish();
    return n;
}

} // namespace

std::optional<EddRefit::Result> EddRefit::run(const Database &database, const Options &options,
                                               const Progress &progress, const std::function<bool()> &cancelled,
                                               QString *error)
{
    const auto report = [&](Phase phase, qint64 done, qint64 total) {
        if (progress)
            progress(phase, done, total);
    };
    const auto stopAsked = [&] { return cancelled && cancelled(); };
    DeliveryCalendar calendar;
    if (!options.calendarJson.isEmpty() && !calendar.loadJson(options.calendarJson, error)) {
        *error = QStringLiteral("the delivery calendar: %1").arg(*error);
        return std::nullopt;
    }
    const std::optional<qint64> total = deliveredBefore(database, options.nowMs, error);
    if (!total)
        return std::nullopt;
    Result result;
    report(Phase::Fitting, 0, *total);
    EddModel model(std::move(calendar), options.model);
    model.reset(options.nowMs);
    TransitHistoryReader::Filter filter;
    filter.deliveredBeforeMs = options.nowMs;
    filter.stop = [&](qint64 read) {
        report(Phase::Fitting, read, *total);
        return stopAsked();
    };
    if (!TransitHistoryReader::read(database, filter, [&model](const TransitRecord &r) { model.add(r); }, error))
        return std::nullopt;
    if (stopAsked()) {
        result.cancelled = true;
        return result;
    }
    result.delivered = model.deliveredCount();
    report(Phase::Fitting, *total, *total);

    Transaction transaction(database.connection());
    if (!transaction.begin(error))
        return std::nullopt;
    const std::optional<qint64> version =
        EddModelStore::save(database, model, options.calendarJson, options.nowMs, options.nowMs, error);
    if (!version || !transaction.commit(error))
        return std::nullopt;
    result.version = *version;

    ShipmentIngestor ingestor(database, options.rules);
    const auto reestimated = [&](int done, int all) {
        result.reestimated = done;
        result.toReestimate = all;
        report(Phase::Reestimating, done, all);
    };
    if (!ingestor.refreshExceptions(options.nowMs, &result.exceptions, error, reestimated, 2000, stopAsked))
        return std::nullopt;
    result.cancelled = result.reestimated < result.toReestimate;
    return result;
}

} // namespace ct::predict
