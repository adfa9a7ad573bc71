// SPDX-License-Identifier: MIT
#include "kpireporttables.h"

#include "analytics/kpicalendar.h"
#include "domain/exceptiontype.h"

#include <QHash>
#include <QSet>

#include <map>

namespace ct {

namespace {

using T = ReportColumnType;

ReportValue optionalNumber(const std::optional<double> &v)
{
    return v ? ReportValue(*v) : ReportValue();
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString cutLabel(KpiCut cut)
{
    switch (cut) {
    case KpiCut::None: return {};
    case KpiCut::Carrier: return QStringLiteral("Carrier");
    case KpiCut::Service: return QStringLiteral("Service");
    case KpiCut::Lane: return QStringLiteral("Lane");
    case KpiCut::Destination: return QStringLiteral("Destination");
    }
    return {};
}

// The columns a KPI takes in a wide table, and its values from a cell.
QList<ReportColumn> columnsOf(const KpiDefinition &d)
{
    const QString label = text(d.label);
    switch (d.kind) {
    case KpiKind::Share: return {{label, T::Percent}};
    case KpiKind::PerThousand: return {{label, T::Number}};
    case KpiKind::Count: return {{label, T::Integer}};
    case KpiKind::Distribution: {
        const QString unit = text(d.unit);
        return {{QStringLiteral("%1: count").arg(label), T::Integer},
                {QStringLiteral("%1: mean (%2)").arg(label, unit), T::Number},
                {QStringLiteral("%1: P50 (%2)").arg(label, unit), T::Number},
                {QStringLiteral("%1: P90 (%2)").arg(label, unit), T::Number}};
    }
    }
    return {};
}

QList<ReportValue> valuesOf(const KpiDefinition &d, const KpiCell *c)
{
    if (!c)
        return QList<ReportValue>(columnsOf(d).size());
    if (d.kind == KpiKind::Distribution)
        return {ReportValue(c->denominator), optionalNumber(c->value), optionalNumber(c->p50), optionalNumber(c->p90)};
    if (d.kind == KpiKind::Count)
        return {c->value ? ReportValue(c->numerator) : ReportValue()};
    return {optionalNumber(c->value)};
}

QList<ReportValue> periodValues(const KpiPeriod &p, KpiGranularity g)
{
    return {p.from, p.to, KpiCalendar::label(p, g)};
}

const QList<ReportColumn> PeriodColumns = {
    {QStringLiteral("From"), T::Date}, {QStringLiteral("To"), T::Date}, {QStringLiteral("Period"), T::Text}};

// The cells of one grouping, by (period, cut key).
using CellIndex = std::map<std::pair<QDate, QString>, QHash<QPair<int, QString>, const KpiCell *>>;

CellIndex indexOf(const KpiReport &report, int grouping)
{
    CellIndex index;
    for (const KpiCell &c : report.cells) {
        if (c.grouping == grouping)
            index[{c.period.from, c.cut}].insert({static_cast<int>(c.kpi), c.part}, &c);
    }
    return index;
}

ReportTable wide(const KpiReport &report, int g, const QString &name)
{
    const KpiGrouping &grouping = report.request.groupings.at(g);
    ReportTable t;
    t.name = name;
    t.columns = PeriodColumns;
    if (grouping.cut != KpiCut::None)
        t.columns << ReportColumn{cutLabel(grouping.cut), T::Text};
    QList<const KpiDefinition *> kpis;
    for (const KpiDefinition &d : allKpis()) {
        // Parted KPIs have tables of their own; the backlog's total (part "") shows here.
        if (!report.request.wants(d.kpi) || (d.part != KpiPart::None && d.kpi != Kpi::OpenBacklog))
            continue;
        kpis << &d;
        t.columns << columnsOf(d);
    }
    QHash<QDate, KpiPeriod> periods;
    for (const KpiCell &c : report.cells) {
        if (c.grouping == g)
            periods.insert(c.period.from, c.period);
    }
    const CellIndex index = indexOf(report, g);
    for (auto it = index.cbegin(); it != index.cend(); ++it) {
        QList<ReportValue> row = periodValues(periods.value(it->first.first), grouping.granularity);
        if (grouping.cut != KpiCut::None)
            row << it->first.second;
        for (const KpiDefinition *d : std::as_const(kpis))
            row << valuesOf(*d, it->second.value({static_cast<int>(d->kpi), QString()}, nullptr));
        t.rows << row;
    }
    return t;
}

// A parted KPI of one grouping: a row per period (and cut key) and part.
ReportTable parted(const KpiReport &report, int g, const QString &name, const QString &partName,
                   const QList<Kpi> &kpis)
{
    const KpiGrouping &grouping = report.request.groupings.at(g);
    ReportTable t;
    t.name = name;
    t.columns = PeriodColumns;
    t.columns << ReportColumn{partName, T::Text};
    for (Kpi k : kpis)
        t.columns << columnsOf(kpiDefinition(k));
    std::map<std::tuple<QDate, QString>, QHash<int, const KpiCell *>> rows;
    QHash<QDate, KpiPeriod> periods;
    for (const KpiCell &c : report.cells) {
        if (c.grouping != g || !kpis.contains(c.kpi) || c.part.isEmpty())
            continue;
        periods.insert(c.period.from, c.period);
        rows[{c.period.from, c.part}].insert(static_cast<int>(c.kpi), &c);
    }
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QList<ReportValue> row = periodValues(periods.value(std::get<0>(it->first)), grouping.granularity);
        row << std::get<1>(it->first);
        for (Kpi k : kpis)
            row << valuesOf(kpiDefinition(k), it->second.value(static_cast<int>(k), nullptr));
        t.rows << row;
    }
    return t;
}

} // namespace

QString KpiReportTables::groupingName(const KpiGrouping &g)
{
    const QString time = g.granularity == KpiGranularity::Range ? QString() : KpiCalendar::granularityCode(g.granularity);
    const QString cut = g.cut == KpiCut::None ? QString() : kpiCutCode(g.cut);
    if (time.isEmpty() && cut.isEmpty())
        return QStringLiteral("Summary");
    if (time.isEmpty() || cut.isEmpty())
        return QStringLiteral("By ") + time + cut;
    return QStringLiteral("By %1 and %2").arg(time, cut);
}

ReportTable KpiReportTables::cells(const KpiReport &report)
{
    ReportTable t;
    t.name = QStringLiteral("Cells");
    t.columns = {{QStringLiteral("kpi"), T::Text},         {QStringLiteral("label"), T::Text},
                 {QStringLiteral("by"), T::Text},          {QStringLiteral("cut"), T::Text},
                 {QStringLiteral("period_from"), T::Date}, {QStringLiteral("period_to"), T::Date},
                 {QStringLiteral("period"), T::Text},      {QStringLiteral("cut_key"), T::Text},
                 {QStringLiteral("part"), T::Text},        {QStringLiteral("numerator"), T::Integer},
                 {QStringLiteral("denominator"), T::Integer}, {QStringLiteral("value"), T::Number},
                 {QStringLiteral("p50"), T::Number},       {QStringLiteral("p90"), T::Number},
                 {QStringLiteral("unit"), T::Text}};
    for (const KpiCell &c : report.cells) {
        const KpiDefinition &d = kpiDefinition(c.kpi);
        const KpiGrouping &g = report.request.groupings.at(c.grouping);
        t.rows << QList<ReportValue>{text(d.code),
                                     text(d.label),
                                     KpiCalendar::granularityCode(g.granularity),
                                     kpiCutCode(g.cut),
                                     c.period.from,
                                     c.period.to,
                                     KpiCalendar::label(c.period, g.granularity),
                                     c.cut,
                                     c.part,
                                     c.numerator,
                                     c.denominator,
                                     optionalNumber(c.value),
                                     optionalNumber(c.p50),
                                     optionalNumber(c.p90),
                                     text(d.unit)};
    }
    return t;
}

ReportTable KpiReportTables::definitions()
{
    ReportTable t;
    t.name = QStringLiteral("Definitions");
    for (const char *name : {"KPI", "Label", "Unit", "Numerator (or values)", "Denominator (or population)",
                             "Placed in a period by", "Excluded", "Partial data", "Anchors"})
        t.columns << ReportColumn{text(name), T::Text};
    for (const KpiDefinition &d : allKpis())
        t.rows << QList<ReportValue>{text(d.code),      text(d.label),      text(d.unit),
                                     text(d.numerator), text(d.denominator), text(d.placedBy),
                                     text(d.exclusions), text(d.partialData), text(d.anchor)};
    return t;
}

QList<ReportTable> KpiReportTables::all(const KpiReport &report)
{
    QList<ReportTable> out;
    QSet<QString> names;
    const auto unique = [&](const QString &base) {
        QString name = base.left(31);
        for (int n = 2; names.contains(name); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = base.left(31 - suffix.size()) + suffix;
        }
        names.insert(name);
        return name;
    };
    int plain = -1;
    for (int g = 0; g < report.request.groupings.size(); ++g) {
        out << wide(report, g, unique(groupingName(report.request.groupings.at(g))));
        if (plain < 0 && report.request.groupings.at(g).cut == KpiCut::None)
            plain = g;
    }
    if (plain >= 0) {
        if (report.request.wants(Kpi::OpenBacklog))
            out << parted(report, plain, unique(QStringLiteral("Open exceptions by type")), QStringLiteral("Type"),
                          {Kpi::OpenBacklog});
        if (report.request.wants(Kpi::AgentActioned) || report.request.wants(Kpi::AgentResolved)
            || report.request.wants(Kpi::AgentTimeToFirstAction)) {
            QList<Kpi> agentKpis;
            for (Kpi k : {Kpi::AgentActioned, Kpi::AgentResolved, Kpi::AgentTimeToFirstAction})
                if (report.request.wants(k))
                    agentKpis << k;
            out << parted(report, plain, unique(QStringLiteral("Agents")), QStringLiteral("Agent"), agentKpis);
        }
        if (report.request.wants(Kpi::RetainedRevenueShare))
            out << parted(report, plain, unique(QStringLiteral("Retained revenue")), QStringLiteral("Currency"),
                          {Kpi::RetainedRevenueShare});
    }
    ReportTable all = cells(report);
    all.name = unique(all.name);
    out << all;
    ReportTable defs = definitions();
    defs.name = unique(defs.name);
    out << defs;
    return out;
}

} // namespace ct
