// SPDX-License-Identifier: MIT
#pragma once

#include "eddmodel.h"

#include <QDate>
#include <QString>

namespace ct::predict {

// Why a shipment is at risk of missing its promise (docs/PREDICTION.md, "Delay risk").
enum class DelayRiskReason : unsigned char {
    UsualTransit = 0,       // parcels like it usually take longer than the promise allows
    StalledAtMilestone = 1, // at its milestone longer than 3 in 4 of its cell stayed
    LaneSlowThisWeek = 2,   // the lane's deliveries of the last days ran later than its history
};

// "usual_transit", "stalled_at_milestone", "lane_slow_this_week".
const char *delayRiskReasonKey(DelayRiskReason reason);

// The chance a live shipment arrives after its promised date, as the model sees it today.
struct DelayRisk
{
    bool atRisk = false;     // probability >= the threshold, the promise not yet broken
    double probability = 0.0;
    LateShare basis;         // the cell and deliveries the probability comes from
    QDate promised;
    // The first local day the probability reached the threshold (from the milestone's date
    // on, with what the model knows now): when the warning began.
    QDate since;
    DelayRiskReason reason = DelayRiskReason::UsualTransit;
    int elapsedDays = 0;     // business days at the milestone so far
    LateShare overall;       // the cell's whole history, when `basis` is the recent one

    // "72 % likely after the promised 2026-06-19: at delivery facility for 3 business days,
    // longer than 3 in 4 of its cell (ups UPS Ground US-TX→US-CA, n=40)" (translated).
    QString detail(const TransitQuery &query) const;
};

// Assesses delay risk with a fitted EddModel: of the deliveries the shipment's estimate
// comes from (its cell at the furthest milestone reached, only those still moving after
// the business days already elapsed), the share that took longer than the promise
// allows; the share among the cell's recent deliveries when it is higher (a lane running
// slow this week). Reads only the model's tables.
class DelayRiskAssessor final
{
public:
    // `threshold` in (0, 1]. Nothing is at risk without a promise, without enough history,
    // or once the promised date is past (the Delayed rule owns that).
    static DelayRisk assess(const EddModel &model, const TransitQuery &query, QDate promised, double threshold);
};

} // namespace ct::predict
