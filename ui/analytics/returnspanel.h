// SPDX-License-Identifier: MIT
#pragma once

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
// Each figure's tooltip is its KPI's definition; "no data" where there is none.
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
    QLabel *m_reasonsState;
};

} // namespace ct
