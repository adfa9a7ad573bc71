// SPDX-License-Identifier: MIT
#pragma once

#include "allocationorder.h"
#include "money.h"
#include "postalplace.h"

#include "edits/editcatalog.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace ct {

// "delhivery" (every service of the carrier the policy lists) or "delhivery/Surface" (one).
struct CarrierServiceRef
{
    QString carrier;
    QString service; // empty: every service

    bool matches(const QString &carrierCode, const QString &serviceName) const
    {
        return carrier == carrierCode && (service.isEmpty() || service == serviceName);
    }
    QString text() const { return service.isEmpty() ? carrier : carrier + QLatin1Char('/') + service; }
};

// One carrier service the policy may allocate to, and what it can carry.
struct AllocationCarrier
{
    QString carrier;
    QString service;
    QList<PostalPattern> origins;      // where it picks up; empty: anywhere
    QList<PostalPattern> destinations; // where it delivers; empty: anywhere
    QList<PostalPattern> blocklist;    // destination codes (or "CC:PREFIX*") it must not get
    bool cod = false;                  // collects cash on delivery
    std::optional<qint64> maxWeightGrams;
    QList<Money> maxValues;            // per currency; none: no limit

    QString text() const { return carrier + QLatin1Char('/') + service; }
};

// What an order must be for a rule or a split to apply; every condition given must hold.
struct AllocationCondition
{
    QList<PostalPattern> origins;
    QList<PostalPattern> destinations;
    std::optional<qint64> minWeightGrams; // inclusive
    std::optional<qint64> maxWeightGrams; // inclusive
    std::optional<bool> cod;              // true: COD orders only; false: prepaid only
    std::optional<Money> minValue;        // inclusive; an order in another currency does not match
    std::optional<Money> maxValue;

    bool matches(const AllocationOrder &order) const;
};

enum class AllocationAction : quint8 { Restrict, Prefer, Exclude };
QString allocationActionCode(AllocationAction action); // "restrict", "prefer", "exclude"

// A rule: when an order matches, keep only (restrict), rank first (prefer) or remove
// (exclude) the carriers listed. Rules apply by priority, 1 first; equal priorities in
// the order written.
struct AllocationRule
{
    QString id;
    int priority = 100;
    AllocationCondition when;
    AllocationAction action = AllocationAction::Prefer;
    QList<CarrierServiceRef> carriers;
};

struct AllocationShare
{
    CarrierServiceRef carrier;
    int percent = 0;
};

// A percentage split: the matching orders of a day go to the listed carriers in these
// proportions (docs/ALLOCATION.md, "Splits and caps").
struct AllocationSplit
{
    QString id;
    AllocationCondition when;
    QList<AllocationShare> shares; // percents sum to 100
};

// At most `daily` allocations a day to a carrier (or one of its services); past it the
// orders overflow to the next carrier in the ranking.
struct AllocationCap
{
    CarrierServiceRef carrier;
    int daily = 0;
};

// How much each score term counts, in points (their sum is the whole score).
struct AllocationWeights
{
    int onTime = 35;
    int firstAttempt = 10;
    int ndr = 10;
    int rto = 15;
    int damageLoss = 5;
    int transit = 10;
    int cost = 15;

    int total() const { return onTime + firstAttempt + ndr + rto + damageLoss + transit + cost; }
};

// The allocation policy as data (docs/ALLOCATION.md, "The policy"): the carrier services
// to choose from with their serviceability, blocklists, COD support and limits; rules by
// priority; the score's weights; percentage splits and daily caps. JSON in, JSON out; a
// document with any error is refused whole, each error with its path. It is the team
// setting "allocation_policy".
struct AllocationPolicy
{
    int version = 1;
    QString timeZone = QStringLiteral("UTC"); // the day daily caps and splits count in
    int scorecardDays = 90;                   // the history the scorecard reads, ending today
    int minShipments = 30;                    // a scorecard cell with fewer backs off
    AllocationWeights weights;
    QList<AllocationCarrier> carriers;
    QList<AllocationRule> rules;   // as written; AllocationRecommender applies them by priority
    QList<AllocationSplit> splits;
    QList<AllocationCap> caps;

    static constexpr int MaxCarriers = 200;
    static constexpr int MaxRules = 500;

    static std::optional<AllocationPolicy> fromJson(QByteArrayView document, QList<FieldError> *errors);
    QByteArray toJson() const;
};

} // namespace ct
