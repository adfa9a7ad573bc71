// SPDX-License-Identifier: MIT
#include "analyticsfilters.h"

#include "kpiformat.h"
#include "settings/appsettings.h"

#include <QStringList>

#include <array>

namespace ct {

namespace {

constexpr std::array<AnalyticsRangePreset, 6> Presets = {
    AnalyticsRangePreset::Last7Days, AnalyticsRangePreset::Last30Days, AnalyticsRangePreset::Last90Days,
    AnalyticsRangePreset::ThisMonth, AnalyticsRangePreset::LastMonth, AnalyticsRangePreset::Custom};

KpiPeriod lastDays(QDate today, int days)
{
    return {today.addDays(1 - days), today};
}

} // namespace

KpiPeriod AnalyticsFilters::range(QDate today) const
{
    switch (preset) {
    case AnalyticsRangePreset::Last7Days: return lastDays(today, 7);
    case AnalyticsRangePreset::Last30Days: return lastDays(today, 30);
    case AnalyticsRangePreset::Last90Days: return lastDays(today, 90);
    case AnalyticsRangePreset::ThisMonth: return {QDate(today.year(), today.month(), 1), today};
    case AnalyticsRangePreset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case AnalyticsRangePreset::Custom:
        if (customFrom.isValid() && customTo.isValid() && customFrom <= customTo)
            return {customFrom, customTo};
        break;
    }
    return lastDays(today, 30);
}

KpiPeriod AnalyticsFilters::previous(const KpiPeriod &range)
{
    const qint64 days = range.from.daysTo(range.to) + 1;
    return {range.from.addDays(-days), range.from.addDays(-1)};
}

KpiFilter AnalyticsFilters::kpiFilter() const
{
    KpiFilter filter;
    const auto add = [](QStringList &list, const QString &key) {
        if (!key.isEmpty())
            list << key;
    };
    add(filter.carriers, carrier);
    add(filter.services, service);
    add(filter.lanes, lane);
    add(filter.destinations, destination);
    return filter;
}

QString AnalyticsFilters::describe(QDate today) const
{
    QStringList parts;
    if (preset != AnalyticsRangePreset::Custom)
        parts << presetLabel(preset);
    parts << KpiFormat::rangeLabel(range(today));
    parts << tr("by %1").arg(KpiFormat::granularityNoun(granularity));
    if (!carrier.isEmpty())
        parts << tr("Carrier: %1").arg(KpiFormat::cutLabel(KpiCut::Carrier, carrier));
    if (!service.isEmpty())
        parts << tr("Service: %1").arg(KpiFormat::cutLabel(KpiCut::Service, service));
    if (!lane.isEmpty())
        parts << tr("Lane: %1").arg(KpiFormat::cutLabel(KpiCut::Lane, lane));
    if (!destination.isEmpty())
        parts << tr("Destination: %1").arg(KpiFormat::cutLabel(KpiCut::Destination, destination));
    return parts.join(QStringLiteral(" · "));
}

QString AnalyticsFilters::presetCode(AnalyticsRangePreset preset)
{
    switch (preset) {
    case AnalyticsRangePreset::Last7Days: return QStringLiteral("last7");
    case AnalyticsRangePreset::Last30Days: return QStringLiteral("last30");
    case AnalyticsRangePreset::Last90Days: return QStringLiteral("last90");
    case AnalyticsRangePreset::ThisMonth: return QStringLiteral("thisMonth");
    case AnalyticsRangePreset::LastMonth: return QStringLiteral("lastMonth");
    case AnalyticsRangePreset::Custom: return QStringLiteral("custom");
    }
    return {};
}

std::optional<AnalyticsRangePreset> AnalyticsFilters::presetFromCode(QStringView code)
{
    for (AnalyticsRangePreset p : Presets) {
        if (code == presetCode(p))
            return p;
    }
    return std::nullopt;
}

QString AnalyticsFilters::presetLabel(AnalyticsRangePreset preset)
{
    switch (preset) {
    case AnalyticsRangePreset::Last7Days: return tr("Last 7 days");
    case AnalyticsRangePreset::Last30Days: return tr("Last 30 days");
    case AnalyticsRangePreset::Last90Days: return tr("Last 90 days");
    case AnalyticsRangePreset::ThisMonth: return tr("This month");
    case AnalyticsRangePreset::LastMonth: return tr("Last month");
    case AnalyticsRangePreset::Custom: return tr("Custom");
    }
    return {};
}

AnalyticsFilters AnalyticsFilters::load()
{
    AnalyticsFilters f;
    f.preset = presetFromCode(AppSettings::AnalyticsRange.value()).value_or(AnalyticsRangePreset::Last30Days);
    f.customFrom = AppSettings::AnalyticsFrom.value();
    f.customTo = AppSettings::AnalyticsTo.value();
    const auto granularity = KpiCalendar::granularityFromCode(AppSettings::AnalyticsGroupBy.value());
    f.granularity = granularity && *granularity != KpiGranularity::Range ? *granularity : KpiGranularity::Week;
    f.carrier = AppSettings::AnalyticsCarrier.value();
    f.service = AppSettings::AnalyticsService.value();
    f.lane = AppSettings::AnalyticsLane.value();
    f.destination = AppSettings::AnalyticsDestination.value();
    return f;
}

void AnalyticsFilters::save() const
{
    AppSettings::AnalyticsRange.setValue(presetCode(preset));
    AppSettings::AnalyticsFrom.setValue(customFrom);
    AppSettings::AnalyticsTo.setValue(customTo);
    AppSettings::AnalyticsGroupBy.setValue(KpiCalendar::granularityCode(granularity));
    AppSettings::AnalyticsCarrier.setValue(carrier);
    AppSettings::AnalyticsService.setValue(service);
    AppSettings::AnalyticsLane.setValue(lane);
    AppSettings::AnalyticsDestination.setValue(destination);
}

} // namespace ct
