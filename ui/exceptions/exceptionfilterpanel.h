// SPDX-License-Identifier: MIT
#pragma once

#include "queue/exceptionqueuefilter.h"
#include "queue/exceptionqueuefiltercheck.h"
#include "queue/exceptionqueuerow.h"

#include <QHash>
#include <QWidget>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace ct {

// The exception queue's filters (docs/DESKTOP.md, "Filters"): every dimension of
// ExceptionQueueFilter. The sets (status, SLA, priority, type, NDR reason, party,
// carrier, service, assignee, payment, destination) are checkable values with their facet
// counts beside them; the ranges (opened, attempts, order value, the "due soon"
// horizon) are fields below. A value the filter holds that the store no longer has
// stays checked and is marked as such. The full-text search is the view's search field.
class ExceptionFilterPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ExceptionFilterPanel(QWidget *parent = nullptr);

    // Shows `filter` (the search is kept, not shown); emits nothing.
    void setFilter(const ExceptionQueueFilter &filter);
    // The filter the panel shows.
    ExceptionQueueFilter filter() const;
    // The signed-in user, for "Mine"; empty without one.
    void setCurrentUser(const QString &user);
    // The counts beside each value, and the values of the filter the store no longer has.
    void setFacets(const ExceptionQueueFacets &facets, const QList<StaleFilterValue> &stale, qint64 elapsedMs);
    void setCounting(bool counting);
    void setCountFailed(const QString &message);

    QTreeWidget *tree() const { return m_tree; }
    // The item of a dimension's value ("types", "failed_attempt"); nullptr when not shown.
    QTreeWidgetItem *item(const QString &dimension, const QString &code) const;

Q_SIGNALS:
    // The user changed a value.
    void filterEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void outlineCheckBoxes();
    QTreeWidgetItem *addDimension(const QString &key, const QString &title);
    QTreeWidgetItem *valueItem(const QString &dimension, const QString &code, const QString &label);
    void setCount(const QString &dimension, const QList<FacetCount> &counts);
    void check(const QString &dimension, const QString &code, const QString &label, bool checked);
    QStringList checkedCodes(const QString &dimension) const;
    void onItemChanged(QTreeWidgetItem *item);
    void fillKnownValues();

    QTreeWidget *m_tree;
    QHash<QString, QTreeWidgetItem *> m_dimensions;
    QHash<QString, QTreeWidgetItem *> m_items; // "dimension\ncode"
    QSpinBox *m_dueWithin;
    QDateEdit *m_openedFrom;
    QDateEdit *m_openedTo;
    QSpinBox *m_attemptsMin;
    QSpinBox *m_attemptsMax;
    QDoubleSpinBox *m_valueMin;
    QDoubleSpinBox *m_valueMax;
    QLineEdit *m_currency;
    QLabel *m_countInfo;
    QString m_user;
    QString m_search;
    bool m_updating = false;
    bool m_updatingPalette = false;
};

} // namespace ct
