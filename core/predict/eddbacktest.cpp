// SPDX-License-Identifier: MIT
#include "eddbacktest.h"

#include "delayrisk.h"

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

// The furthest milestone reached by the end of local day `day`, and its date.
std::optional<std::pair<Milestone, QDate>> furthestBy(const TransitRecord &r, QDate day)
{
    for (int m = MilestoneCount - 1; m >= 0; --m) {
        const QDate at = r.dateOf(static_cast<Milestone>(m));
        if (at.isValid() && at <= day)
            return std::make_pair(static_cast<Milestone>(m), at);
    }
    return std::nullopt;
}

void scoreDelayRisk(const EddModel &model, const TransitRecord &r, std::vector<DelayRiskScore> &scores)
{
    if (!r.promisedDate.isValid() || scores.empty())
        return;
    const bool late = r.deliveredDate > r.promisedDate;
    std::vector<QDate> warnedOn(scores.size());
    const QDate shipped = r.dateOf(Milestone::Shipped);
    // Checked each day the parcel was still on its way and the promise still held.
    for (QDate day = shipped; day.isValid() && day < r.deliveredDate && day <= r.promisedDate; day = day.addDays(1)) {
        const auto reached = furthestBy(r, day);
        if (!reached)
            continue;
        // A threshold above 1 is never crossed: only the chance is computed, not its first day.
        const DelayRisk risk = DelayRiskAssessor::assess(model, {r.lane, reached->first, reached->second, day},
                                                         r.promisedDate, 2.0);
        if (!risk.basis.enoughHistory)
            continue;
        for (std::size_t i = 0; i < scores.size(); ++i) {
            if (!warnedOn[i].isValid() && risk.probability >= scores[i].percent / 100.0)
                warnedOn[i] = day;
        }
    }
    for (std::size_t i = 0; i < scores.size(); ++i) {
        DelayRiskScore &s = scores[i];
        ++s.promised;
        if (late)
            ++s.late;
        if (!warnedOn[i].isValid())
            continue;
        ++s.warned;
        if (late) {
            ++s.warnedLate;
            s.warningHours.push_back(int(warnedOn[i].daysTo(r.promisedDate) + 1) * 24);
        }
    }
}

} // namespace

double DelayRiskScore::medianWarningHours() const
{
    if (warningHours.empty())
        return 0.0;
    std::vector<int> sorted = warningHours;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t n = sorted.size();
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

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

    for (int percent : options.delayRiskPercents)
        report.delayRisk.push_back(DelayRiskScore{percent, 0, 0, 0, 0, {}});
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
            scoreDelayRisk(model, r, report.delayRisk);
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
