// SPDX-License-Identifier: MIT
#include "eddbacktest.h"

#include "transithistoryreader.h"

#include <QHash>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <utility>

namespace ct::predict {

void EddAccuracy::add(const EddEstimate &estimate, int actualDays)
{
    if (!estimate.enoughHistory) {
        ++noEstimate;
        return;
    }
    ++scored;
    const int error = actualDays - estimate.p50Days();
    absErrorSum += std::abs(error);
    if (std::abs(error) <= 1)
        ++withinOneDay;
    for (std::size_t i = 0; i < EstimatePercentiles.size(); ++i) {
        if (actualDays <= estimate.days[i])
            ++covered[i];
    }
}

namespace {

void compare(CarrierEddComparison &c, int modelError, int carrierError)
{
    ++c.shipments;
    c.modelAbsErrorSum += std::abs(modelError);
    c.carrierAbsErrorSum += std::abs(carrierError);
    if (std::abs(modelError) <= 1)
        ++c.modelWithinOneDay;
    if (std::abs(carrierError) <= 1)
        ++c.carrierWithinOneDay;
}

} // namespace

std::optional<EddBacktestReport> EddBacktest::run(const Database &database, const Options &options, QString *error)
{
    EddBacktestReport report;
    report.splitMs = options.splitMs;
    const auto latest = TransitHistoryReader::latestEventMs(database, error);
    if (!error->isEmpty())
        return std::nullopt;
    report.latestEventMs = latest.value_or(0);

    EddModel model(options.calendar, options.model);
    if (!model.fit(database, options.splitMs, error))
        return std::nullopt;
    report.trainingShipments = model.deliveredCount();

    std::map<QString, EddBacktestReport::CarrierRow> carriers;
    QHash<QString, EddBacktestReport::LaneRow> lanes;
    TransitHistoryReader::Filter filter;
    filter.shippedFromMs = options.splitMs;
    const bool read = TransitHistoryReader::read(
        database, filter,
        [&](const TransitRecord &r) {
            if (!r.deliveredDate.isValid())
                return;
            const CountryCalendar calendar = model.calendar().country(r.lane.destinationCountry);
            for (int m = 0; m < MilestoneCount; ++m) {
                const auto milestone = static_cast<Milestone>(m);
                const QDate from = r.dateOf(milestone);
                if (!from.isValid() || from > r.deliveredDate)
                    continue;
                const EddEstimate e = model.estimate({r.lane, milestone, from, from});
                const int actual = calendar.businessDaysBetween(from, r.deliveredDate);
                report.byMilestone[static_cast<std::size_t>(m)].add(e, actual);
                if (milestone != Milestone::Shipped)
                    continue;
                report.atShipping.add(e, actual);
                if (e.enoughHistory)
                    ++report.levelsUsed[static_cast<std::size_t>(e.level)];
                EddBacktestReport::CarrierRow &row = carriers[r.lane.carrier];
                row.carrier = r.lane.carrier;
                row.model.add(e, actual);
                if (e.enoughHistory && r.carrierEstimateDate.isValid()) {
                    const int modelError = actual - e.p50Days();
                    const int carrierError = calendar.businessDaysBetween(r.carrierEstimateDate, r.deliveredDate);
                    compare(row.versusCarrier, modelError, carrierError);
                    const QString key = EddModel::cellKey(r.lane, BackoffLevel::Lane);
                    EddBacktestReport::LaneRow &lane = lanes[key];
                    lane.lane = r.lane;
                    compare(lane.versusCarrier, modelError, carrierError);
                }
            }
        },
        error);
    if (!read)
        return std::nullopt;
    for (auto &[code, row] : carriers)
        report.carriers.push_back(std::move(row));
    for (const auto &lane : std::as_const(lanes)) {
        if (lane.versusCarrier.shipments < options.minLaneShipments)
            continue;
        ++report.lanesCompared;
        if (!lane.versusCarrier.modelBeatsCarrier())
            report.lanesCarrierBetter.push_back(lane);
    }
    std::sort(report.lanesCarrierBetter.begin(), report.lanesCarrierBetter.end(),
              [](const EddBacktestReport::LaneRow &a, const EddBacktestReport::LaneRow &b) {
                  if (a.versusCarrier.shipments != b.versusCarrier.shipments)
                      return a.versusCarrier.shipments > b.versusCarrier.shipments;
                  return a.lane.text() < b.lane.text();
              });
    return report;
}

} // namespace ct::predict
