// SPDX-License-Identifier: MIT
#pragma once

#include "analyticsfilters.h"
#include "analyticspage.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QTimer;

namespace ct {

// The Analytics view's filters: the date range (last 7, 30 or 90 days, this month, last
// month, or a custom first and last day), the periods of the series (day, week, month),
// and a carrier, service, lane and destination (each "All" or one key seen in the range).
// Every change says filtersChanged() at once (custom dates once they rest for a moment).
class AnalyticsFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit AnalyticsFilterBar(QWidget *parent = nullptr);

    AnalyticsFilters filters() const { return m_filters; }
    // Shows `filters` without saying filtersChanged().
    void setFilters(const AnalyticsFilters &filters, QDate today);
    // The keys the cut filters offer; a chosen key the range does not hold stays offered.
    void setChoices(const AnalyticsChoices &choices);
    // Widgets put at the bar's right end (the busy indicator, the export button).
    void addTrailingWidget(QWidget *widget);

    QComboBox *rangeBox() const { return m_range; }
    QComboBox *groupBox() const { return m_group; }
    QComboBox *cutBox(KpiCut cut) const;
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    void filtersChanged(const AnalyticsFilters &filters);

private:
    void fillCut(QComboBox *box, KpiCut cut, const QStringList &keys, const QString &current);
    void showRange();
    void changed();

    AnalyticsFilters m_filters;
    QDate m_today;
    QComboBox *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_group;
    QComboBox *m_carrier;
    QComboBox *m_service;
    QComboBox *m_lane;
    QComboBox *m_destination;
    QTimer *m_dateDelay;
    QHBoxLayout *m_trailing;
    bool m_updating = false;
};

} // namespace ct
