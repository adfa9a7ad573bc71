// SPDX-License-Identifier: MIT
#pragma once

#include "analyticsdrilldown.h"
#include "analyticspage.h"
#include "analyticspdfreport.h"

#include "reports/reportexporter.h"
#include "shell/appview.h"
#include "shell/viewcontext.h"

#include <QList>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;
class QToolButton;

namespace ct {

class AnalyticsFilterBar;
class AnalyticsRunner;
class CarrierScorecardModel;
class KpiChartView;
class KpiTile;
class ReturnsPanel;

// The Analytics view (docs/DESKTOP.md, "Analytics"): the KPIs of docs/KPIS.md over a date
// range, for a carrier, service, lane and destination. A filter bar (kept in the
// settings); KPI tiles with the change against the previous period of the same length; a
// series chart per family of KPIs; bars by carrier and by lane; the carrier scorecard;
// the returns panel. The numbers come from AnalyticsPage (the KPI engine, on its rollups),
// read on AnalyticsRunner's worker thread so the window never freezes; while they are
// read the page says so, and an answer that a newer filter made stale is dropped.
//
// Clicking a tile, a point, a bar, or activating a scorecard cell asks the engine for the
// shipments or exceptions behind that number and hands them on (drillDownRequested: the
// shell opens them). Charts save as PNG or SVG; the page exports as PDF, CSV or Excel
// (File > Export Report, the Export button) with progress and cancel.
class AnalyticsView final : public AppView
{
    Q_OBJECT

public:
    enum class ExportFormat : quint8 { Pdf, Csv, Xlsx };

    explicit AnalyticsView(const ViewContext &context, QWidget *parent = nullptr);
    ~AnalyticsView() override;

    void reload() override;
    void saveLayout() const override;
    bool isBusy() const override;
    QList<QAction *> fileActions() const override;

    // Reads the page again for the filters shown (the view does it when they change).
    void refresh();
    // The page shown (null before the first answer).
    const AnalyticsPageResult *result() const { return m_result.get(); }

    // Asks the engine for the ids behind one cell of the page shown; drillDownRequested
    // follows when they are found.
    void drillDown(const KpiCellRef &cell, DrillSide side);
    // "On-time delivery rate · UPS · 18 May 2026 – 16 Jun 2026".
    // The page's filters in words, but the one on `except` (a cell's own cut).
    QStringList filterLabels(KpiCut except) const;
    QString describeCell(const KpiCellRef &cell) const;

    // Writes the page shown (waiting for it first when it is being read) as a report
    // with a progress dialog; Cancel leaves `path` as it was. Says exportFinished.
    void exportReport(ExportFormat format, const QString &path);
    // The same without a dialog, of the page shown; false with `error`.
    bool writeReport(ExportFormat format, const QString &path, QString *error,
                     const AnalyticsPdfReport::Progress &progress = {}) const;

    AnalyticsFilterBar *filterBar() const { return m_filterBar; }
    KpiTile *tile(Kpi kpi) const;
    QList<KpiChartView *> charts() const;
    KpiChartView *carrierBars() const { return m_carrierBars; }
    KpiChartView *laneBars() const { return m_laneBars; }
    QTableView *scorecardTable() const { return m_scorecardTable; }
    CarrierScorecardModel *scorecard() const { return m_scorecard; }
    ReturnsPanel *returnsPanel() const { return m_returns; }
    QLabel *notice() const { return m_notice; }

    // The returns behind one of the top reasons (a category and a reason) of the page
    // shown; returnsRequested hands them on.
    void openReasonReturns(const QString &category, ReturnReason reason);

Q_SIGNALS:
    void drillDownRequested(const AnalyticsDrillDown &drillDown);
    // The returns behind a top return reason, for the Returns view, and what they are.
    void returnsRequested(const QList<qint64> &returnIds, const QString &description);
    // A page was shown (after every refresh that was not made stale).
    void pageShown();
    void exportFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildPage();
    void setFilters(const AnalyticsFilters &filters);
    void showResult(std::shared_ptr<const AnalyticsPageResult> result);
    void showReturns(const std::optional<ReturnFigures> &figures);
    void showFailure(const QString &error);
    void updateBusy();
    void showBars(KpiChartView *chart, QComboBox *choice, int grouping, KpiCut cut, const QString &title);
    void scorecardMenu(const QPoint &at);
    void chooseExport(ExportFormat format);
    void runExport(ExportFormat format, const QString &path);
    std::optional<KpiMeasure> barMeasure(const QComboBox *choice) const;

    ViewContext m_context;
    AnalyticsRunner *m_runner;
    AnalyticsFilterBar *m_filterBar;
    QLabel *m_busyLabel;
    QProgressBar *m_busyBar;
    QToolButton *m_cancelBusy;
    QToolButton *m_exportButton;
    QLabel *m_notice;
    QList<KpiTile *> m_tiles;
    QList<KpiChartView *> m_series;
    KpiChartView *m_carrierBars = nullptr;
    KpiChartView *m_laneBars = nullptr;
    QComboBox *m_carrierBarsKpi = nullptr;
    QComboBox *m_laneBarsKpi = nullptr;
    QTableView *m_scorecardTable = nullptr;
    CarrierScorecardModel *m_scorecard;
    ReturnsPanel *m_returns = nullptr;
    QList<QAction *> m_exportActions;
    std::shared_ptr<const AnalyticsPageResult> m_result;
    std::shared_ptr<const KpiReport> m_report; // m_result->current
    std::optional<KpiPeriod> m_choicesRange;
    QString m_busyText;
    bool m_dirty = true;
    struct PendingExport
    {
        ExportFormat format;
        QString path;
    };
    std::optional<PendingExport> m_pendingExport;
};

} // namespace ct
