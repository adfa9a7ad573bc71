// SPDX-License-Identifier: MIT
#pragma once

#include "deliverycalendar.h"
#include "eddestimate.h"
#include "transithistogram.h"
#include "transitrecord.h"

#include <QHash>
#include <QString>

#include <array>

namespace ct {
class Database;
}

namespace ct::predict {

struct EddModelOptions
{
    // A cell needs at least this many deliveries to be used; sparser cells back off to the
    // next coarser level.
    int minSamples = 10;
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
    // Learns one delivered shipment.
    void add(const TransitRecord &record);

    EddEstimate estimate(const TransitQuery &query) const;

    qint64 deliveredCount() const { return m_delivered; }
    const DeliveryCalendar &calendar() const { return m_calendar; }
    const EddModelOptions &options() const { return m_options; }

    // The cell key of a lane at a level (how cells are named in reports).
    static QString cellKey(const ShipmentLane &lane, BackoffLevel level);

private:
    using MilestoneHistograms = std::array<TransitHistogram, MilestoneCount>;

    DeliveryCalendar m_calendar;
    EddModelOptions m_options;
    std::array<QHash<QString, MilestoneHistograms>, BackoffLevelCount> m_cells;
    qint64 m_delivered = 0;
};

} // namespace ct::predict
