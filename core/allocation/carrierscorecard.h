// SPDX-License-Identifier: MIT
#pragma once

#include "allocationpolicy.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

class Database;

// One figure of a scorecard cell: a share (0..1) or, for transit, days; nullopt for "no
// data", with the number of shipments it is measured on.
struct ScorecardFigure
{
    std::optional<double> value;
    qint64 n = 0;
};

// A cell's figures (docs/ALLOCATION.md, "The scorecard"). On-time, first-attempt, NDR and
// RTO rates and the transit percentiles are the KPI engine's (docs/KPIS.md: transit in
// calendar days); the damage/loss rate is allocation's own.
struct ScorecardMetrics
{
    qint64 shipments = 0; // tracked shipments whose first event is in the window: the cell's n
    ScorecardFigure onTime;
    ScorecardFigure firstAttempt;
    ScorecardFigure ndr;
    ScorecardFigure rto;
    ScorecardFigure damageLoss;
    ScorecardFigure transitP50;
    ScorecardFigure transitP90;
};

// How fine a cell is; a cell with too few shipments backs off to the next.
enum class ScorecardLevel : quint8 { ServiceLane, ServiceDestination, Carrier };
QString scorecardLevelCode(ScorecardLevel level); // "service_lane", "service_destination", "carrier"

// One level a lookup tried: its key ("" when the order does not give it) and n.
struct ScorecardTry
{
    ScorecardLevel level;
    QString key;
    qint64 n = 0;
};

// The cell a lookup settled on, and every finer one it tried.
struct ScorecardLookup
{
    std::optional<ScorecardLevel> level; // nullopt: not even the carrier has enough history
    QString key;                         // the cell's cut key ("US-NV → US-CA", "US", "ups")
    ScorecardMetrics metrics;            // the cell used; the carrier's when nullopt
    QList<ScorecardTry> tried;

    // "service × lane IN-KA → IN-MH: 12 shipments", "service × lane (unknown): not known for
    // this order", one per level tried.
    QStringList triedText() const;
};

// Carrier performance per carrier × service × lane, per carrier × service × destination
// country and per carrier, over the UTC days [from, to], built from KpiEngine requests
// (one for the carriers, one per service cut by lane and by destination) and one query
// for damage and loss. Built once; lookups are then in memory.
class CarrierScorecard final
{
public:
    struct Window
    {
        QDate from;
        QDate to;
        qint64 nowMs = 0;
    };

    // The scorecard of `services` ("carrier/service" pairs); nullopt with `error` when the
    // store cannot answer.
    static std::optional<CarrierScorecard> build(const Database &database, const QList<CarrierServiceRef> &services,
                                                 Window window, QString *error);

    // The cell for an order's lane (empty when the order's regions are not known) and
    // destination country: the finest with at least `minShipments`.
    ScorecardLookup lookup(const QString &carrier, const QString &service, const QString &lane,
                           const QString &destination, int minShipments) const;

    const ScorecardMetrics *cell(ScorecardLevel level, const QString &carrier, const QString &service,
                                 const QString &key) const;
    Window window() const { return m_window; }
    // Every cell, for listing: level, carrier, service ("" at the carrier level), key.
    struct Row
    {
        ScorecardLevel level;
        QString carrier;
        QString service;
        QString key;
        ScorecardMetrics metrics;
    };
    QList<Row> rows() const;

    // The lane key the KPI engine gives a shipment from `origin` to `destination`
    // ("US-NV → US-CA", "US-NV → DE"), or "" when a region it needs is not known.
    static QString laneKey(const PostalPlace &origin, const PostalPlace &destination);

private:
    static QString keyOf(ScorecardLevel level, const QString &carrier, const QString &service, const QString &key);

    Window m_window;
    QHash<QString, ScorecardMetrics> m_cells;
    QList<Row> m_rows;
};

} // namespace ct
