// SPDX-License-Identifier: MIT
#pragma once

#include "analyticsdrilldown.h"

#include "analytics/kpireport.h"
#include "returns/returnfigures.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace ct {

// The returns panel of the Analytics view: the return rate over the range, the mix of
// resolutions (refund, exchange, store credit: shares of the resolved returns), the
// retained revenue per currency (exchange and store credit, of every resolved return's
// value) and the top return reasons. The rates come from the KPI report (its summary
// grouping); the reasons from ReturnFigures, read after the page ("Reading…" meanwhile).
// Each figure's tooltip is its KPI's definition; "no data" where there is none. The rate's
// counts, each resolution's share and each currency's retained revenue are links: a click
// (or Tab and Enter) asks for the drill-down to the orders or returns behind it; so does a
// top reason, double-clicked.
class ReturnsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReturnsPanel(QWidget *parent = nullptr);

    void setReport(const KpiReport &report, int summaryGrouping);
    // nullopt: still being read.
    void setFigures(const std::optional<ReturnFigures> &figures);

    QString returnRateText() const;
    QTableWidget *reasons() const { return m_reasons; }

Q_SIGNALS:
    void drillDownRequested(const ct::KpiCellRef &cell, ct::DrillSide side);
    // A top reason double-clicked (or Enter on it): the returns behind its tally.
    void reasonChosen(const QString &category, ct::ReturnReason reason);

private:
    struct MixRow
    {
        QLabel *label;
        QProgressBar *bar;
        QLabel *value;
    };

    QLabel *m_rate;
    QLabel *m_rateCounts;
    QList<MixRow> m_mix;
    QLabel *m_retained;
    QTableWidget *m_reasons;
    // Makes `label` say `text` as a link to the cell of `kpi` (and `part`) when `linked`.
    void setLink(QLabel *label, const QString &text, Kpi kpi, const QString &part, bool linked);
    void openLink(const QString &href);

    QLabel *m_reasonsState;
    QDate m_period; // the report's range, its first day
    int m_grouping = 0;
};

} // namespace ct
