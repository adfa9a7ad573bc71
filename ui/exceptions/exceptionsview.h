// SPDX-License-Identifier: MIT
#pragma once

#include "queue/exceptionqueuerow.h"
#include "savedqueueviews.h"
#include "shell/appview.h"
#include "shell/viewcontext.h"

#include <QList>

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

class CountdownDelegate;
class DrillDownBanner;
class ExceptionActions;
class ExceptionDetailPane;
class ExceptionFacetLoader;
class ExceptionFilterPanel;
class ExceptionQueueModel;
class SavedViewList;
class SnoozeWakeTimer;
class VisibleCellRepainter;

// The Exceptions view: the agent's work surface (docs/DESKTOP.md, "Exceptions"). Saved
// views and the filters with their facet counts on the left; the queue in the middle
// (ExceptionQueueModel: lazy, sorted in SQL, live SLA countdowns, each row's edit state);
// below it the exception whole, beside its shipment (ExceptionDetailPane). Everything is
// reachable from the keyboard: arrows or J/K move, Enter opens, Escape comes back, ? or
// F1 lists every shortcut, the given actions' included.
//
// The actions on exceptions are not this view's: their owner hands it QActions
// (setActions: toolbar, context menu, shortcuts), reads the selection (selectedRows,
// selectionChanged), and after an edit calls refreshExceptions(ids) and, for an edit that
// leaves the row in the queue, moveToNextException(id).
class ExceptionsView final : public AppView
{
    Q_OBJECT

public:
    explicit ExceptionsView(const ViewContext &context, QWidget *parent = nullptr);
    ~ExceptionsView() override;

    ExceptionQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ExceptionFilterPanel *filterPanel() const { return m_filters; }
    ExceptionDetailPane *detail() const { return m_detail; }
    QListWidget *savedViewList() const;
    QLineEdit *searchField() const { return m_search; }
    QLabel *totalLabel() const { return m_total; }
    // What the queue's place shows now: the table's viewport, or the empty state.
    QWidget *shownQueue() const;
    CountdownDelegate *countdownDelegate() const { return m_countdown; }
    VisibleCellRepainter *repainter() const { return m_repainter; }
    ExceptionFacetLoader *facetLoader() const { return m_loader; }
    // Brings snoozed exceptions back into the queue at their instant.
    SnoozeWakeTimer *snoozeWake() const { return m_wake; }
    // The edit actions the view hosts (claim, assign, note, ... and the macros).
    ExceptionActions *editActions() const { return m_editActions; }

    // --- the seam for the actions (ui/exceptions/actions/) ---------------------------
    // Shows `actions` in the view's toolbar and context menu, and makes their shortcuts
    // work while the view shows; the shortcut sheet lists them. Replaces earlier ones.
    void setActions(const QList<QAction *> &actions);
    const QList<QAction *> &actions() const { return m_actions; }
    // The selected rows, in the queue's order (the current one when nothing else is).
    QList<ExceptionQueueRow> selectedRows() const;
    QList<qint64> selectedIds() const;

    // The view's own actions (moving, opening, the sheet, the filters, saved views).
    const QList<QAction *> &viewActions() const { return m_viewActions; }
    // Every saved view offered, the defaults first; the current one's index.
    const QList<SavedQueueView> &savedViews() const;
    int currentSavedView() const;
    void selectSavedView(int index);
    // Saves the queue's filter and sort under `name` (replacing a view of the user's
    // with that name); false when `name` is empty or a default's.
    bool saveCurrentView(const QString &name);
    bool deleteSavedView(int index);
    // Opens an exception in the detail pane, selecting its row when the queue shows it.
    void openException(qint64 exceptionId);
    // Shows only these exceptions, whatever their status (a drill-down from the Analytics
    // view), with a bar above the queue saying what they are (`description`) and a way
    // back to the saved view; changing a filter or searching ends it too.
    void showExceptionIds(const QList<qint64> &exceptionIds, const QString &description);
    // The drill-down bar's text ("" when the queue shows a saved view's exceptions).
    QString drillDownText() const;
    void showShortcutSheet();
    // Asks for the current row's conflict (conflictRequested); says so when it has none.
    void openCurrentConflict();

    bool canSearch() const override { return true; }
    bool focusSearch() override;
    void reload() override;
    void saveLayout() const override;

public Q_SLOTS:
    // Reads these exceptions again after an edit: rows leave, move, change or arrive with
    // exact signals, the detail follows, the keyboard stays in the queue (on the next row
    // when the current one left).
    void refreshExceptions(const QList<qint64> &exceptionIds);
    // Moves to the row after `after` (0: after the current row) and gives the queue the
    // keyboard; when `after` has already left the queue, its successor is current and
    // stays so.
    void moveToNextException(qint64 after = 0);
    void moveToPreviousException();

Q_SIGNALS:
    void selectionChanged(const QList<ct::ExceptionQueueRow> &rows);
    // The facet counts, the total and the stale marks arrived (tests wait for it).
    void facetsCounted();
    // The agent asked to decide a row's conflict (the outbox entry `outboxId`) in the
    // outbox's side-by-side view: from the row's mark, its menu, Ctrl+Shift+C or the detail.
    void conflictRequested(qint64 outboxId);

private:
    void createActions();
    void hostEditActions();
    void applyQuery(const ExceptionQueueFilter &filter, const ExceptionQueueSort &sort);
    void applyPanel();
    void requestFacets();
    void updateEmptyState();
    void updateSortIndicator();
    void updateViewModified();
    void showCurrentDetail();
    void openCurrent();
    void ensureCurrent();
    QString currentUser() const;
    void saveViewAs();
    void wakeSnoozed(const QList<qint64> &exceptionIds);

    ViewContext m_context;
    ExceptionQueueModel *m_model;
    ExceptionFacetLoader *m_loader;
    SavedViewList *m_views;
    ExceptionFilterPanel *m_filters;
    QWidget *m_left;
    QLineEdit *m_search;
    QLabel *m_total;
    DrillDownBanner *m_drillDown;
    QString m_drillDownDescription;
    QToolBar *m_toolbar;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    ExceptionDetailPane *m_detail;
    QSplitter *m_split;
    QSplitter *m_queueSplit;
    CountdownDelegate *m_countdown;
    VisibleCellRepainter *m_repainter;
    SnoozeWakeTimer *m_wake;
    QTimer *m_filterDelay;
    QTimer *m_searchDelay;
    QTimer *m_selectionDelay;
    int m_successorRow = -1; // the row to make current once the current one is removed
    int m_successorColumn = 0;
    QList<QAction *> m_actions;
    ExceptionActions *m_editActions = nullptr;
    QList<qint64> m_lastEdited; // what the last edit changed
    QList<QAction *> m_viewActions;
    QAction *m_toggleFilters = nullptr;
    QAction *m_openConflict = nullptr;
};

} // namespace ct
