// SPDX-License-Identifier: MIT
#pragma once

#include "analytics/kpicalendar.h"
#include "analytics/kpirequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace ct {

// The date ranges the Analytics view offers. Days are UTC days, as the KPIs count them
// (docs/KPIS.md): "last 7 days" is today and the six days before it.
enum class AnalyticsRangePreset : quint8 { Last7Days, Last30Days, Last90Days, ThisMonth, LastMonth, Custom };

// What the Analytics view is showing: a date range (a preset, or a custom first and last
// day), the periods of its series, and the carrier, service, lane and destination it is
// limited to ("" for all; keys as KpiCut names them). Kept in the typed settings
// (AppSettings::Analytics*), so the next window opens on the same page. The PDF report and
// controltower-report describe their scope with it too.
struct AnalyticsFilters
{
    Q_DECLARE_TR_FUNCTIONS(ct::AnalyticsFilters)

public:
    AnalyticsRangePreset preset = AnalyticsRangePreset::Last30Days;
    QDate customFrom; // Custom only
    QDate customTo;
    KpiGranularity granularity = KpiGranularity::Week;
    QString carrier;
    QString service;
    QString lane;
    QString destination;

    // The days the range covers when today (UTC) is `today`: a preset moves with the day,
    // a custom range does not (an invalid custom range reads as the last 30 days).
    KpiPeriod range(QDate today) const;
    // The period of the same length just before `range`, for the tiles' change.
    static KpiPeriod previous(const KpiPeriod &range);
    KpiFilter kpiFilter() const;
    bool isFiltered() const { return !carrier.isEmpty() || !service.isEmpty() || !lane.isEmpty() || !destination.isEmpty(); }

    // "Last 30 days · 18 May 2026 – 16 Jun 2026 · by week · Carrier: UPS · Lane: US-NV → US-CA":
    // what the page covers, in words (the PDF's header, the drill-down's description).
    QString describe(QDate today) const;

    // The settings' codes: "last7", "last30", "last90", "thisMonth", "lastMonth", "custom".
    static QString presetCode(AnalyticsRangePreset preset);
    static std::optional<AnalyticsRangePreset> presetFromCode(QStringView code);
    static QString presetLabel(AnalyticsRangePreset preset);

    // The filters the settings hold (defaults for what they do not), and writing them back.
    static AnalyticsFilters load();
    void save() const;

    friend bool operator==(const AnalyticsFilters &, const AnalyticsFilters &) = default;
};

} // namespace ct
