// SPDX-License-Identifier: MIT
#pragma once

#include "allocationpolicy.h"
#include "carrierscorecard.h"
#include "ratecard.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace ct {

class Database;

// An estimated share over the re-run orders, with its 95 % interval (docs/ALLOCATION.md,
// "What-if"): the mean of each order's scorecard rate for the carrier it goes to, over
// the `orders` that have one.
struct WhatIfShare
{
    qint64 orders = 0; // orders with a figure
    std::optional<double> estimate;
    double low = 0;
    double high = 0;
};

// What one way of choosing carriers would have given the re-run orders.
struct WhatIfOutcome
{
    QString name;            // "as shipped", "in force", "candidate"
    qint64 allocated = 0;    // compared orders given a carrier (all of them)
    qint64 unallocated = 0;  // re-run orders no carrier of this policy could take
    WhatIfShare onTime;
    WhatIfShare rto;
    QMap<QString, qint64> costMinor; // per currency, at the assumed weight
    qint64 priced = 0;
    qint64 unpriced = 0;             // allocated orders the rate card cannot price
    QMap<QString, qint64> perCarrier; // "carrier/service" → orders
};

struct WhatIfReport
{
    QDate from; // the re-run orders' days (UTC)
    QDate to;
    CarrierScorecard::Window scorecard; // the days before them
    qint64 orders = 0;
    qint64 weightGrams = 0; // assumed for every order (the store keeps no weights)
    qint64 compared = 0;    // orders both policies allocate: every figure is over these
    qint64 changed = 0;     // of those, the orders the candidate gives another carrier than the policy in force
    WhatIfOutcome asShipped;
    WhatIfOutcome inForce;
    WhatIfOutcome candidate;

    QString text() const;
    QByteArray json() const;
};

// Re-runs the last `days` days of orders (the store's shipments whose order, or else first
// event, falls in them) under the policy in force and under a candidate policy, and
// estimates on-time and RTO rates and cost for each, beside the carriers they really went
// with. Every figure is an estimate: each order counts with the on-time and RTO rates of
// the scorecard cell of the carrier it would go to, from the scorecard of the policy's
// days before the re-run window (so the re-run orders' own outcomes are not used), with a
// 95 % interval for the outcomes' chance and the rates' sampling; costs at one assumed
// weight. Caps and splits count the re-run's own allocations, day by day.
//
// `progress(done, total)` is called as the orders are re-run (every 256 and at the end);
// returning false cancels: run() then returns nullopt with `error` "cancelled".
class AllocationWhatIf final
{
public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static std::optional<WhatIfReport> run(const Database &database, const AllocationPolicy &inForce,
                                           const AllocationPolicy &candidate, const RateCard &rateCard, int days,
                                           qint64 weightGrams, qint64 nowMs, QString *error,
                                           const Progress &progress = {});
};

} // namespace ct
