// SPDX-License-Identifier: MIT
#pragma once

#include "deliverycalendar.h"
#include "eddestimate.h"
#include "transithistogram.h"
#include "transitrecord.h"

#include <QHash>
#include <QString>

#include <array>
#include <limits>
#include <optional>

namespace ct {
class Database;
}

namespace ct::predict {

struct EddModelOptions
{
    // A cell needs at least this many deliveries to be used; sparser cells back off to the
    // next coarser level.
    int minSamples = 10;
    // Deliveries in the last `recentDays` before the fit's instant also count apart, as the
    // lane's recent history: a lane running slow this week (DelayRiskAssessor).
    int recentDays = 7;
};

// The share of a cell's deliveries that arrived after a date, as the delay-risk rule asks
// it (EddModel::lateShare).
struct LateShare
{
    bool enoughHistory = false;
    BackoffLevel level = BackoffLevel::All;
    qint64 sampleSize = 0;   // deliveries counted (those that took at least the elapsed days)
    double share = 0.0;      // of them, the share that took more business days than the promise allows
    bool recent = false;     // from the cell's last `recentDays` of deliveries
};

// The delivery-date (EDD) model: histograms of transit times in business days (of the
// destination country's DeliveryCalendar) per cell, per milestone, at five levels from
// carrier × service × lane to all shipments (docs/PREDICTION.md). A value type: fit it
// once, copy or share it read-only, and query it many times; estimate() reads only
// in-memory tables (no store, no time-zone lookups), so an ingest hook can call it per
// shipment.
class EddModel final
{
public:
    explicit EddModel(DeliveryCalendar calendar = {}, EddModelOptions options = {});

    // Learns from the store's shipments delivered before `asOfMs` (only those: a backtest
    // fitted at a split cannot see later deliveries). Replaces what was learnt before.
    bool fit(const Database &database, qint64 asOfMs, QString *error);
    // Forgets what was learnt; deliveries from `asOfMs - recentDays` on count as recent.
    void reset(qint64 asOfMs);
    // Learns one delivered shipment.
    void add(const TransitRecord &record);

    EddEstimate estimate(const TransitQuery &query) const;
    // Of the deliveries `query` would be estimated from (the same cell, the same elapsed
    // days), the share delivered after `promised` (more business days from the milestone
    // date than `promised` is). With `recentOnly`, the cell's recent deliveries alone,
    // at the first level where they reach the minimum.
    LateShare lateShare(const TransitQuery &query, QDate promised, bool recentOnly = false) const;
    // The business days from a milestone to delivery that `percent` of the cell's
    // deliveries took at most, without survival (-1 when the cell is too sparse).
    int cellPercentile(const ShipmentLane &lane, Milestone milestone, BackoffLevel level, int percent) const;

    // The fitted tables as bytes (a stored model, table edd_models), and back with the
    // calendar it was fitted with; a damaged or foreign blob is refused with the reason.
    QByteArray toBytes() const;
    static std::optional<EddModel> fromBytes(const QByteArray &bytes, DeliveryCalendar calendar, QString *error);

    qint64 deliveredCount() const { return m_delivered; }
    const DeliveryCalendar &calendar() const { return m_calendar; }
    const EddModelOptions &options() const { return m_options; }

    // The cell key of a lane at a level (how cells are named in reports).
    static QString cellKey(const ShipmentLane &lane, BackoffLevel level);
    // The cell for people: "ups UPS Ground US-TX→US-CA", "ups UPS Ground → US",
    // "ups → US", "ups", "all shipments".
    static QString cellText(const ShipmentLane &lane, BackoffLevel level);

private:
    using MilestoneHistograms = std::array<TransitHistogram, MilestoneCount>;

    DeliveryCalendar m_calendar;
    EddModelOptions m_options;
    struct Cell
    {
        MilestoneHistograms all;
        MilestoneHistograms recent; // delivered from m_recentFromMs on
    };
    int elapsedDays(const CountryCalendar &calendar, const TransitQuery &query) const;
    // The histogram of the finest cell of `query` (at its milestone; the recent one with
    // `recent`) holding at least minSamples values of `elapsed` days or more, with its level
    // and that count; nullptr when none does (`level` the coarsest, `sampleSize` the
    // largest count seen).
    const TransitHistogram *backOff(const TransitQuery &query, int elapsed, bool recent, BackoffLevel *level,
                                    qint64 *sampleSize) const;

    std::array<QHash<QString, Cell>, BackoffLevelCount> m_cells;
    qint64 m_delivered = 0;
    qint64 m_recentFromMs = std::numeric_limits<qint64>::max();
};

} // namespace ct::predict
