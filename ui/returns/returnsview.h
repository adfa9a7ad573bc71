// SPDX-License-Identifier: MIT
#pragma once

#include "returns/returnpolicy.h"
#include "returns/returnqueuerow.h"
#include "returns/returnsavedviews.h"
#include "shell/appview.h"
#include "shell/viewcontext.h"

#include <QList>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace ct {

class DrillDownBanner;
class ReturnDecisions;
class ReturnDetailPane;
class ReturnFacetLoader;
class ReturnFilterPanel;
class ReturnQueueModel;

// The Returns view (docs/DESKTOP.md, "Returns"): saved views and the filters with their
// facet counts on the left; the returns queue in the middle (ReturnQueueModel: lazy,
// sorted in SQL, each row's edit state); below it the return whole (ReturnDetailPane:
// items, verdict and rule trace, the customer's history, both parcels' timelines). The
// decisions (ReturnDecisions) sit in the toolbar, the context menu and on keys. On first
// show the returns whose kept verdict is missing or from another policy version are judged
// again, as a job, and the queue reads them afterwards.
class ReturnsView final : public AppView
{
    Q_OBJECT

public:
    explicit ReturnsView(const ViewContext &context, QWidget *parent = nullptr);
    ~ReturnsView() override;

    bool canSearch() const override { return true; }
    bool focusSearch() override;
    void reload() override;
    void saveLayout() const override;
    // Judging the returns or counting the facets: a screenshot waits for the verdicts'
    // counts rather than showing zeros.
    bool isBusy() const override;

    ReturnQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ReturnFilterPanel *filterPanel() const { return m_filters; }
    ReturnDetailPane *detail() const { return m_detail; }
    QListWidget *savedViewList() const { return m_viewList; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *totalLabel() const { return m_total; }
    QWidget *shownQueue() const;
    ReturnFacetLoader *facetLoader() const { return m_loader; }
    ReturnDecisions *decisions() const { return m_decisions; }
    const ReturnPolicy &policy() const { return m_policy; }

    const QList<ReturnSavedView> &savedViews() const { return m_views; }
    int currentSavedView() const { return m_currentView; }
    void selectSavedView(int index);
    // Saves the queue's filter and sort under `name` as the user's view; false for an
    // empty name or a default's.
    bool saveView(const QString &name);
    bool deleteSavedView(int index);

    // The selected rows, in the queue's order (the current one when nothing else is).
    QList<ReturnQueueRow> selectedRows() const;
    // After a decision: reads these returns again, the detail too.
    void refreshReturns(const QList<qint64> &ids);
    // Makes the row after the current one current (after a decision on one return).
    void moveToNextReturn();
    // Shows only these returns (a drill-down from the Analytics view), whatever their
    // status, under a banner saying what they are (`description`) with a button back to
    // the chosen view. The filters on the left narrow them further.
    void showReturnIds(const QList<qint64> &ids, const QString &description);
    // The banner's text while a drill-down is shown, else empty.
    QString drillDownText() const;

Q_SIGNALS:
    // The facet counts of the latest filter arrived (for tests).
    void facetsCounted();
    // The kept verdicts are current (after the judging job, or at once).
    void verdictsReady();

private:
    // Emits busyChanged when isBusy() differs from what it last said.
    void updateBusy();
    void createActions();
    void applyPanel();
    void requestFacets();
    void showCurrentDetail();
    void updateEmptyState();
    // Reads the policy in force and judges the returns whose verdict is stale: none yet,
    // or judged by another policy (its digest).
    void ensureVerdicts();
    void fillViewList();
    void saveViewAs();
    void showShortcutSheet();

    ViewContext m_context;
    ReturnPolicy m_policy;
    ReturnQueueModel *m_model;
    ReturnFacetLoader *m_loader;
    QListWidget *m_viewList;
    ReturnFilterPanel *m_filters;
    QWidget *m_left;
    QLineEdit *m_search;
    QLabel *m_total;
    QToolBar *m_toolbar;
    DrillDownBanner *m_drillDown;
    std::optional<QList<qint64>> m_drillIds; // the drill-down's returns, while it is shown
    QString m_drillDescription;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    ReturnDetailPane *m_detail;
    QSplitter *m_split;
    QSplitter *m_queueSplit;
    QTimer *m_filterDelay;
    QTimer *m_selectionDelay;
    ReturnDecisions *m_decisions = nullptr;
    QList<QAction *> m_viewActions;
    QList<ReturnSavedView> m_views;
    int m_currentView = -1;
    bool m_judging = false;
    bool m_busyShown = false; // isBusy() as busyChanged last said it
    qint64 m_judgedThrough = 0; // the newest return's id when the view last judged
};

} // namespace ct
