// SPDX-License-Identifier: MIT
#pragma once

#include "carrierscorecard.h"
#include "ratequote.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// One term of a candidate's score: the raw figure, its normalised value (0..1, higher is
// better), its weight in points and its contribution to the score (0..100 over all terms).
struct AllocationScoreTerm
{
    const char *code = "";      // "on_time", "first_attempt", "ndr", "rto", "damage_loss", "transit_p50", "cost"
    std::optional<double> raw;  // a share, days or minor units; nullopt: no data
    qint64 n = 0;               // the shipments the figure is measured on (cost: 0)
    double normalised = 0;
    int weight = 0;
    double contribution = 0;
    std::optional<double> best; // transit and cost: the fastest or cheapest eligible figure
    QString note;               // why there is no figure ("no data", "not enough history", the
                                // rate card's problem), or why it does not count

    // How the term was normalised, for the trace: "97.9 %", "1 − 2.0 %", "P50 4 days;
    // fastest 3: (3 + 1) ÷ (4 + 1)", "120.00 INR; cheapest 100.00 INR", or the note.
    QString explanation(const QString &currency) const;
};

// What the recommender made of one carrier service of the policy.
struct AllocationCandidate
{
    QString carrier;
    QString service;
    QStringList exclusions;   // why it is not eligible (empty: eligible)
    QStringList rules;        // "rule cod-north (priority 1): prefer"
    int preferredBy = -1;     // the position in priority order of the first prefer rule naming it
    ScorecardLookup scorecard;
    bool enoughHistory = false;
    RateQuote quote;
    bool priced = false;      // a rate card was asked
    QList<AllocationScoreTerm> terms;
    double score = 0;
    std::optional<QDate> arrivalP50; // today + transit P50
    std::optional<bool> meetsPromise;
    std::optional<qint64> cap;        // its daily cap
    qint64 allocatedToday = 0;        // under that cap
    bool capReached = false;

    bool eligible() const { return exclusions.isEmpty(); }
    QString text() const { return carrier + QLatin1Char('/') + service; }
};

// A recommendation and its whole trace (docs/ALLOCATION.md, "The trace"): every carrier
// service considered, why each ineligible one was excluded, the rules that matched, each
// score term, the split and caps applied, and the final order.
struct AllocationResult
{
    QDate day; // the policy's local day the caps and the split counted
    qint64 policyVersion = 0;
    qint64 rateCardVersion = 0;
    QList<AllocationCandidate> candidates; // as the policy lists them
    QStringList rulesMatched;              // in priority order
    QString split;                         // the split applied, "" when none
    QString splitChoice;                   // the share it chose
    QStringList steps;                     // splits and caps, in the order applied
    QList<int> ranking;                    // indexes into candidates, best first

    const AllocationCandidate *best() const { return ranking.isEmpty() ? nullptr : &candidates.at(ranking.constFirst()); }

    // The trace for people (the CLI's output) and as JSON (--json).
    QString text() const;
    QByteArray json() const;
};

} // namespace ct
