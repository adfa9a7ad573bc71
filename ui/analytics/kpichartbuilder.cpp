// SPDX-License-Identifier: MIT
#include "kpichartbuilder.h"

#include "kpiformat.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QBarCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ct {

namespace {

// Okabe and Ito's colours, told apart with the common colour-vision deficiencies; lighter
// variants on a dark background.
QColor seriesColor(int i, bool dark)
{
    static const QColor light[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
                                   QColor(0xCC, 0x79, 0xA7)};
    static const QColor onDark[] = {QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00), QColor(0x3F, 0xD0, 0xA0),
                                    QColor(0xE8, 0x9B, 0xC8)};
    return (dark ? onDark : light)[i % 4];
}

// An axis from a little under the lowest value to a little over the highest: shares
// within 0..100 %, other values from 0.
// An axis from a little under the lowest value to a little over the highest (shares within
// 0..100 %, other values from 0), with ticks on round numbers: 1, 2, 2.5 or 5 times a power
// of ten, four to six intervals.
void fitAxis(QValueAxis *axis, double low, double high, bool share)
{
    double from = 0;
    double to = high <= 0.0 ? 1.0 : high * 1.1;
    if (share) {
        from = std::max(0.0, low - 2.0);
        to = std::min(100.0, std::max(high + 2.0, from + 5.0));
    }
    const double span = to - from;
    const double magnitude = std::pow(10.0, std::floor(std::log10(span / 5.0)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (span / step <= 6.0)
            break;
    }
    from = std::floor(from / step) * step;
    to = std::ceil(to / step) * step;
    if (share) {
        from = std::max(0.0, from);
        to = std::min(100.0, to);
    }
    axis->setRange(from, to);
    axis->setTickCount(static_cast<int>(std::lround((to - from) / step)) + 1);
    const bool whole = std::abs(step - std::round(step)) < 1e-9;
    axis->setLabelFormat(whole ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

const KpiCell *cellOf(const KpiReport &report, const KpiCellRef &ref)
{
    return report.find(ref.kpi, ref.grouping, ref.period, ref.cut, ref.part);
}

} // namespace

KpiChartStyle KpiChartStyle::fromPalette(const QPalette &palette)
{
    KpiChartStyle s;
    s.dark = palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
    s.background = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    s.mutedText = palette.color(QPalette::PlaceholderText);
    return s;
}

KpiChartStyle KpiChartStyle::paper()
{
    KpiChartStyle s;
    s.background = Qt::white;
    s.text = QColor(0x20, 0x20, 0x20);
    s.mutedText = QColor(0x70, 0x70, 0x70);
    return s;
}

KpiCellRef KpiChart::cellAt(int index, const KpiMeasure &measure) const
{
    KpiCellRef ref;
    ref.kpi = measure.kpi;
    ref.grouping = spec.grouping;
    if (spec.kind == KpiChartSpec::Kind::Series) {
        if (index >= 0 && index < periods.size())
            ref.period = periods.at(index).from;
    } else {
        ref.period = periods.value(0).from; // every bar's cell covers the whole range
        ref.cut = keys.value(index);
    }
    return ref;
}

QStringList KpiChartBuilder::keysByVolume(const KpiReport &report, int grouping)
{
    QHash<QString, qint64> volume;
    for (const KpiCell &c : report.cells) {
        if (c.grouping != grouping)
            continue;
        qint64 &v = volume[c.cut];
        if (c.kpi == Kpi::DeliveryRate)
            v = c.denominator;
    }
    QStringList keys = volume.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const qint64 va = volume.value(a), vb = volume.value(b);
        return va != vb ? va > vb : a < b;
    });
    return keys;
}

KpiChart KpiChartBuilder::build(const KpiChartSpec &spec, const KpiReport &report, const KpiChartStyle &style)
{
    KpiChart out;
    out.spec = spec;
    out.chart = new QChart;
    out.chart->setAnimationOptions(QChart::NoAnimation);
    out.chart->setTheme(style.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    if (spec.kind == KpiChartSpec::Kind::Series)
        buildSeries(out, report, style);
    else
        buildBars(out, report, style);
    applyStyle(out.chart, style);
    out.chart->setTitle(spec.title);
    return out;
}

void KpiChartBuilder::buildSeries(KpiChart &out, const KpiReport &report, const KpiChartStyle &style)
{
    QChart *chart = out.chart;
    const KpiChartSpec &spec = out.spec;
    if (spec.grouping < 0 || spec.grouping >= report.request.groupings.size())
        return;
    out.periods = KpiCalendar::periods(report.request.from, report.request.to, spec.granularity);
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int n = static_cast<int>(out.periods.size());
    // At most about eight labels, on the periods they name.
    const int step = std::max(1, (n + 7) / 8);
    for (int i = 0; i < n; i += step)
        x->append(KpiFormat::periodLabel(out.periods.at(i), spec.granularity), i);
    x->setRange(-0.5, std::max(0.5, n - 0.5));
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    chart->addAxis(y, Qt::AlignLeft);

    double low = 1e300, high = -1e300;
    bool share = true;
    for (int m = 0; m < spec.measures.size(); ++m) {
        const KpiMeasure &measure = spec.measures.at(m);
        share = share && kpiDefinition(measure.kpi).kind == KpiKind::Share;
        QPen pen(seriesColor(m, style.dark));
        pen.setWidthF(2.0);
        // A run of periods with data is one line; a period without data leaves a gap.
        QLineSeries *segment = nullptr;
        bool first = true;
        for (int i = 0; i < n; ++i) {
            const KpiCell *cell = report.find(measure.kpi, spec.grouping, out.periods.at(i).from);
            const auto v = KpiFormat::number(cell, measure.stat);
            if (!v) {
                segment = nullptr;
                continue;
            }
            if (!segment) {
                segment = new QLineSeries;
                segment->setName(KpiFormat::label(measure));
                segment->setPen(pen);
                segment->setPointsVisible(true);
                segment->setMarkerSize(6.0);
                chart->addSeries(segment);
                segment->attachAxis(x);
                segment->attachAxis(y);
                out.measures.insert(segment, measure);
                const auto markers = chart->legend()->markers(segment);
                for (QLegendMarker *marker : markers)
                    marker->setVisible(first);
                first = false;
            }
            segment->append(i, *v);
            low = std::min(low, *v);
            high = std::max(high, *v);
            out.empty = false;
        }
        if (first) {
            // No data at all: the legend still names the measure.
            auto *none = new QLineSeries;
            none->setName(tr("%1 (no data)").arg(KpiFormat::label(measure)));
            none->setPen(pen);
            chart->addSeries(none);
            none->attachAxis(x);
            none->attachAxis(y);
        }
    }
    if (out.empty) {
        low = 0;
        high = share ? 100 : 1;
    }
    fitAxis(y, low, high, share);
    if (!spec.measures.isEmpty())
        y->setTitleText(KpiFormat::axisUnit(spec.measures.constFirst().kpi));
}

void KpiChartBuilder::buildBars(KpiChart &out, const KpiReport &report, const KpiChartStyle &style)
{
    QChart *chart = out.chart;
    const KpiChartSpec &spec = out.spec;
    if (spec.measures.isEmpty())
        return;
    const KpiMeasure measure = spec.measures.constFirst();
    QStringList keys = keysByVolume(report, spec.grouping);
    if (keys.size() > spec.limit)
        keys = keys.mid(0, spec.limit);
    // A horizontal bar chart draws its first category at the bottom: the biggest goes last.
    std::reverse(keys.begin(), keys.end());
    out.keys = keys;
    out.periods = {KpiPeriod{report.request.from, report.request.to}};
    auto *set = new QBarSet(KpiFormat::label(measure));
    set->setColor(seriesColor(0, style.dark));
    set->setBorderColor(seriesColor(0, style.dark));
    QStringList categories;
    double high = 0;
    for (const QString &key : std::as_const(keys)) {
        const KpiCell *cell = cellOf(report, {measure.kpi, spec.grouping, report.request.from, key, {}});
        const auto v = KpiFormat::number(cell, measure.stat);
        // The value is in the key's label: a bar without data reads "no data", never 0.
        categories << QStringLiteral("%1  %2").arg(KpiFormat::cutLabel(spec.cut, key), KpiFormat::value(cell, measure.stat));
        set->append(v.value_or(0.0));
        if (v) {
            high = std::max(high, *v);
            out.empty = false;
        }
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    out.measures.insert(series, measure);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setGridLineVisible(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    const bool share = kpiDefinition(measure.kpi).kind == KpiKind::Share;
    if (share) {
        x->setRange(0, 100);
        x->setTickCount(6);
        x->setLabelFormat(QStringLiteral("%.0f"));
    } else {
        fitAxis(x, 0, high, false);
    }
    x->setTitleText(KpiFormat::axisUnit(measure.kpi));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
}

void KpiChartBuilder::applyStyle(QChart *chart, const KpiChartStyle &style)
{
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(style.text);
    chart->legend()->setLabelColor(style.text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QColor grid = style.text;
    grid.setAlpha(40);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(style.text);
        axis->setTitleBrush(style.mutedText);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(std::max(9.0, QFont().pointSizeF()));
    chart->setTitleFont(title);
}

QString KpiChartBuilder::describe(const KpiChart &chart, int index, const KpiMeasure &measure, const KpiReport &report)
{
    const KpiCellRef ref = chart.cellAt(index, measure);
    const KpiCell *cell = cellOf(report, ref);
    QString where;
    if (chart.spec.kind == KpiChartSpec::Kind::Series) {
        if (index >= 0 && index < chart.periods.size())
            where = KpiFormat::periodLabel(chart.periods.at(index), chart.spec.granularity);
    } else {
        where = KpiFormat::cutLabel(chart.spec.cut, ref.cut);
    }
    QString text = QStringLiteral("%1 · %2: %3").arg(KpiFormat::label(measure), where, KpiFormat::value(cell, measure.stat));
    if (cell) {
        const QString counts = KpiFormat::counts(*cell);
        if (!counts.isEmpty())
            text += QStringLiteral(" (%1)").arg(counts);
    }
    return text;
}

} // namespace ct
