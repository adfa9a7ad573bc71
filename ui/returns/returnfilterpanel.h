// SPDX-License-Identifier: MIT
#pragma once

#include "returns/returnqueuefilter.h"
#include "returns/returnqueuerow.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace ct {

// The returns queue's filters (docs/DESKTOP.md, "Returns"): status, reason, verdict, item
// category and return carrier as ticks with their facet counts (what ticking a value would
// add, every other filter applied), the value range in one currency, and the age in days.
// Values a saved view names that the store does not have any more stay listed, with 0.
// The search is the view's. filterEdited() after every change the user makes.
class ReturnFilterPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ReturnFilterPanel(QWidget *parent = nullptr);

    // Shows `filter` (a saved view chosen); the search is not the panel's and is kept.
    void setFilter(const ReturnQueueFilter &filter);
    // The filter the panel shows, with `search`.
    ReturnQueueFilter filter(const QString &search) const;
    void setFacets(const ReturnQueueFacets &facets);

    QTreeWidget *tree() const { return m_tree; }
    // The tick of `value` under group `group` (0 status .. 4 return carrier); nullptr when
    // not listed.
    QTreeWidgetItem *item(int group, const QString &value) const;
    QSpinBox *minValue() const { return m_minValue; }
    QSpinBox *maxValue() const { return m_maxValue; }
    QComboBox *currency() const { return m_currency; }
    QSpinBox *minAge() const { return m_minAge; }
    QSpinBox *maxAge() const { return m_maxAge; }

    enum Group { StatusGroup, ReasonGroup, VerdictGroup, CategoryGroup, CarrierGroup, GroupCount };

Q_SIGNALS:
    void filterEdited();

private:
    QTreeWidgetItem *ensure(int group, const QString &value, const QString &label);
    QStringList ticked(int group) const;
    void counts(int group, const QList<FacetCount> &counts);

    QTreeWidget *m_tree;
    QTreeWidgetItem *m_groups[GroupCount];
    QSpinBox *m_minValue;
    QSpinBox *m_maxValue;
    QComboBox *m_currency;
    QSpinBox *m_minAge;
    QSpinBox *m_maxAge;
    bool m_filling = false;
};

} // namespace ct
