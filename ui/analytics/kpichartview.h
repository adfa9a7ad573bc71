// SPDX-License-Identifier: MIT
#pragma once

#include "analyticsdrilldown.h"
#include "kpichartbuilder.h"

#include <QChartView>

#include <memory>
#include <optional>

class QLabel;

namespace ct {

// One chart of the Analytics view. Hovering a point or a bar tells its value and the
// counts behind it; clicking it asks for the shipments behind it (drillDownRequested);
// the context menu offers the other sides of that number (counted, not counted, all) and
// saving the chart as PNG or SVG. A chart without any data says so over its axes.
class KpiChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit KpiChartView(QWidget *parent = nullptr);
    ~KpiChartView() override;

    // Shows `spec` built from `report` in the window's colours (again after the palette
    // changes). The report must outlive the chart's next rebuild: the view keeps it.
    void show(const KpiChartSpec &spec, std::shared_ptr<const KpiReport> report);
    const KpiChart &built() const { return m_chart; }

    // Saves the chart: SVG when `path` ends in .svg, else PNG (at twice the screen size).
    bool saveImage(const QString &path, QString *error) const;

Q_SIGNALS:
    void drillDownRequested(const KpiCellRef &cell, DrillSide side);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void connectSeries();
    void hoverAt(int index, const KpiMeasure &measure, bool entered);
    void clickAt(int index, const KpiMeasure &measure);
    void saveAs(const QString &suffix);

    KpiChartSpec m_spec;
    std::shared_ptr<const KpiReport> m_report;
    KpiChart m_chart;
    QLabel *m_empty;
    struct Hover
    {
        int index = -1;
        KpiMeasure measure;
    };
    std::optional<Hover> m_hover;
};

} // namespace ct
