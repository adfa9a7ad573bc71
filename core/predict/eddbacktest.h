// SPDX-License-Identifier: MIT
#pragma once

#include "eddmodel.h"

#include <QString>

#include <optional>
#include <vector>

namespace ct {
class Database;
}

namespace ct::predict {

// Accuracy of estimates against what really happened, in business days of the
// destination's calendar: the error of an estimate is the business days from its P50
// date to the delivery date (negative when the parcel came early).
struct EddAccuracy
{
    qint64 scored = 0;        // estimates with a date
    qint64 noEstimate = 0;    // "not enough history": not in the figures below
    qint64 absErrorSum = 0;   // sum of |error| in business days
    qint64 withinOneDay = 0;  // |error| <= 1
    // Delivered on or before the estimate's Pk date, per EstimatePercentiles.
    std::array<qint64, EstimatePercentiles.size()> covered{};

    void add(const EddEstimate &estimate, int actualDays);
    double mae() const { return scored ? double(absErrorSum) / double(scored) : 0.0; }
    double withinOneDayShare() const { return scored ? double(withinOneDay) / double(scored) : 0.0; }
    double coverage(std::size_t percentileIndex) const
    {
        return scored ? double(covered[percentileIndex]) / double(scored) : 0.0;
    }
};

// The same error measure for the carrier's own EDD (estimated_date), on the shipments that
// carry one, beside the model's on exactly those shipments.
struct CarrierEddComparison
{
    qint64 shipments = 0;       // scored shipments with a carrier EDD and a model estimate
    qint64 modelAbsErrorSum = 0;
    qint64 modelWithinOneDay = 0;
    qint64 carrierAbsErrorSum = 0;
    qint64 carrierWithinOneDay = 0;

    double modelMae() const { return shipments ? double(modelAbsErrorSum) / double(shipments) : 0.0; }
    double carrierMae() const { return shipments ? double(carrierAbsErrorSum) / double(shipments) : 0.0; }
    double modelWithinOneDayShare() const { return shipments ? double(modelWithinOneDay) / double(shipments) : 0.0; }
    double carrierWithinOneDayShare() const
    {
        return shipments ? double(carrierWithinOneDay) / double(shipments) : 0.0;
    }
    bool modelBeatsCarrier() const { return modelAbsErrorSum < carrierAbsErrorSum; }
};

// How the at-risk warning (DelayRiskAssessor) would have done on the scored shipments
// with a promised date, at one threshold: checked once a local day from the day each was
// shipped until it was delivered or its promised date ended, from the furthest milestone
// reached by that day.
struct DelayRiskScore
{
    int percent = 50;          // the threshold
    qint64 promised = 0;       // scored shipments with a promised date
    qint64 late = 0;           // of them, delivered after it
    qint64 warned = 0;         // warned at least once before the promise broke
    qint64 warnedLate = 0;     // warned and really late (true positives)
    std::vector<int> warningHours; // per true positive: hours from the warning's day to the promise's end

    double precision() const { return warned ? double(warnedLate) / double(warned) : 0.0; }
    double recall() const { return late ? double(warnedLate) / double(late) : 0.0; }
    double medianWarningHours() const;
};

struct EddBacktestReport
{
    qint64 splitMs = 0;
    qint64 latestEventMs = 0;
    qint64 trainingShipments = 0; // delivered before the split: what the model learnt from
    // Estimates made when each scored shipment was shipped (milestone Shipped, no
    // survival information): the headline figures.
    EddAccuracy atShipping;
    // Estimates re-made at each milestone a scored shipment reached, from its date.
    std::array<EddAccuracy, MilestoneCount> byMilestone;
    std::array<qint64, BackoffLevelCount> levelsUsed{}; // at shipping, which level answered

    struct CarrierRow
    {
        QString carrier;
        EddAccuracy model;
        CarrierEddComparison versusCarrier;
    };
    std::vector<CarrierRow> carriers; // by carrier code

    // A lane (carrier × service × origin region → destination region) with at least
    // `minLaneShipments` comparisons where the carrier's EDD has the lower MAE.
    struct LaneRow
    {
        ShipmentLane lane;
        CarrierEddComparison versusCarrier;
    };
    std::vector<LaneRow> lanesCarrierBetter; // most shipments first
    qint64 lanesCompared = 0;                // lanes with at least minLaneShipments comparisons
    std::vector<DelayRiskScore> delayRisk;   // per Options::delayRiskPercents
};

// Out-of-sample accuracy of the delivery-date model on the store's own history, split by
// time (docs/PREDICTION.md, "Backtest"): the model is fitted on shipments delivered before
// the split and scores the delivered shipments shipped at or after it. Never shuffled: a
// delivery after the split is never seen by the fit.
class EddBacktest final
{
public:
    struct Options
    {
        qint64 splitMs = 0;
        EddModelOptions model;
        DeliveryCalendar calendar;
        int minLaneShipments = 20;
        std::vector<int> delayRiskPercents{30, 50, 70};
    };

    static std::optional<EddBacktestReport> run(const Database &database, const Options &options, QString *error);
};

} // namespace ct::predict
