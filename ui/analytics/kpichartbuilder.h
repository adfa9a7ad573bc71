// SPDX-License-Identifier: MIT
#pragma once

#include "kpimeasure.h"

#include "analytics/kpireport.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>

class QAbstractSeries;
class QChart;

namespace ct {

// What a chart of the Analytics view shows: a family of KPIs over the periods of a
// grouping (a series chart), or one KPI across the keys of a cut (bars, the keys with most
// shipments first, at most `limit`).
struct KpiChartSpec
{
    enum class Kind : quint8 { Series, Bars };
    Kind kind = Kind::Series;
    QString title;
    int grouping = 0;
    KpiGranularity granularity = KpiGranularity::Week; // Series
    KpiCut cut = KpiCut::None;                         // Bars
    QList<KpiMeasure> measures;                        // Bars: the first
    int limit = 12;
};

// How a chart looks: Qt Charts' light or dark theme with the window's colours (the app's
// appearance), or a light one for paper.
struct KpiChartStyle
{
    bool dark = false;
    QColor background;
    QColor text;
    QColor mutedText;
    static KpiChartStyle fromPalette(const QPalette &palette);
    static KpiChartStyle paper();
};

// A built chart and what its points and bars stand for: the period of each x position of
// a series chart, the cut key of each bar, the measure of each series.
struct KpiChart
{
    QChart *chart = nullptr; // the caller owns it
    KpiChartSpec spec;
    QList<KpiPeriod> periods;         // Series: x = index; Bars: the range, once
    QStringList keys;                 // Bars: bar index -> cut key
    QHash<const QAbstractSeries *, KpiMeasure> measures;
    bool empty = true;                // no point or bar has data

    // The cell behind a point or bar: Series, the period at x for `measure`; Bars, the key at
    // `index`.
    KpiCellRef cellAt(int index, const KpiMeasure &measure) const;
};

// Builds the Analytics view's charts from a KPI report, for the view (KpiChartView) and
// the PDF report alike. Cells without data leave a gap in a line (never a 0) and read
// "no data" beside a bar's key.
class KpiChartBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ct::KpiChartBuilder)

public:
    static KpiChart build(const KpiChartSpec &spec, const KpiReport &report, const KpiChartStyle &style);
    // The keys of a cut grouping with most shipments first (tracked shipments, the delivery
    // rate's denominator; then by key).
    static QStringList keysByVolume(const KpiReport &report, int grouping);
    // The text of a point or bar: "On-time delivery rate · W25 · 15 Jun: 92.1 % (1,234 of
    // 1,340 shipments)".
    static QString describe(const KpiChart &chart, int index, const KpiMeasure &measure, const KpiReport &report);

private:
    static void buildSeries(KpiChart &out, const KpiReport &report, const KpiChartStyle &style);
    static void buildBars(KpiChart &out, const KpiReport &report, const KpiChartStyle &style);
    static void applyStyle(QChart *chart, const KpiChartStyle &style);
};

} // namespace ct
