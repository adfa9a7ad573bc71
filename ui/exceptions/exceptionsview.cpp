// SPDX-License-Identifier: MIT
#include "exceptionsview.h"

#include "actions/exceptionactions.h"
#include "exceptiondetailpane.h"
#include "exceptionfacetloader.h"
#include "exceptionfilterpanel.h"
#include "exceptionqueuemodel.h"
#include "jobs/storejobrunner.h"
#include "savedviewlist.h"
#include "snoozewaketimer.h"
#include "settings/appsettings.h"
#include "shell/clock.h"
#include "shipments/shipmentdetailpane.h"
#include "store/database.h"
#include "store/shipmentqueries.h"
#include "sync/serversession.h"
#include "widgets/countdowndelegate.h"
#include "widgets/drilldownbanner.h"
#include "widgets/recordtable.h"
#include "widgets/shortcutsheet.h"
#include "widgets/splitterstate.h"
#include "widgets/statuspalette.h"
#include "widgets/visiblecellrepainter.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ct {

ExceptionsView::ExceptionsView(const ViewContext &context, QWidget *parent)
    : AppView(ViewId::Exceptions, parent)
    , m_context(context)
    , m_model(new ExceptionQueueModel(context.database, context.clock, this))
    , m_loader(new ExceptionFacetLoader(context.database.path(), this))
    , m_views(new SavedViewList(this))
    , m_filters(new ExceptionFilterPanel(this))
    , m_left(new QWidget(this))
    , m_search(new QLineEdit(this))
    , m_total(new QLabel(this))
    , m_drillDown(new DrillDownBanner(tr("Back to the &Queue"), QStringLiteral("endDrillDown"), this))
    , m_toolbar(new QToolBar(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(m_stack))
    , m_empty(new QLabel(m_stack))
    , m_detail(new ExceptionDetailPane(context.database, context.clock, this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_queueSplit(new QSplitter(Qt::Vertical, this))
    , m_countdown(new CountdownDelegate(context.clock, this))
    , m_repainter(nullptr)
    , m_wake(new SnoozeWakeTimer(context.database, context.clock, this))
    , m_filterDelay(new QTimer(this))
    , m_searchDelay(new QTimer(this))
    , m_selectionDelay(new QTimer(this))
{
    // Saved views, then the filters, on the left.
    auto *leftLayout = new QVBoxLayout(m_left);
    leftLayout->setContentsMargins(8, 8, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_views);
    m_filters->layout()->setContentsMargins(0, 4, 0, 8);
    leftLayout->addWidget(m_filters, 1);
    m_left->setObjectName(QStringLiteral("queueSidebar"));
    m_left->setMinimumWidth(200);

    // The queue.
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search tracking number, order, customer, e-mail or phone  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_total->setObjectName(QStringLiteral("total"));
    m_toolbar->setObjectName(QStringLiteral("actionsBar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->hide();
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_search, 1);
    top->addWidget(m_total);

    m_table->setObjectName(QStringLiteral("exceptionTable"));
    // When the current row leaves (an edit took it out of the view), the row after it
    // becomes current; Qt's own choice would be the row before. Connected before the
    // table's selection model exists, so this runs before it moves the current row.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &, int first, int last) {
        const int current = m_table->currentIndex().row();
        m_successorRow = current >= first && current <= last ? first : -1;
        m_successorColumn = qMax(0, m_table->currentIndex().column());
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_successorRow < 0)
            return;
        const int row = std::min(m_successorRow, m_model->rowCount() - 1);
        m_successorRow = -1;
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, m_successorColumn),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setItemDelegateForColumn(ExceptionQueueModel::FirstActionSla, m_countdown);
    m_table->setItemDelegateForColumn(ExceptionQueueModel::ResolveSla, m_countdown);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    setUpRecordTable(*m_table, {78, 92, 92, 230, 90, 120, 130, 120, 100, 72, 66, 66, 90, 150},
                     AppSettings::ExceptionTableHeader.value());
    m_repainter = new VisibleCellRepainter(
        context.clock, m_table,
        {ExceptionQueueModel::FirstActionSla, ExceptionQueueModel::ResolveSla, ExceptionQueueModel::Age});

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(40);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->setObjectName(QStringLiteral("queueList"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *queue = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(8, 8, 8, 0);
    queueLayout->setSpacing(6);
    queueLayout->addLayout(top);
    queueLayout->addWidget(m_drillDown);
    queueLayout->addWidget(m_toolbar);
    queueLayout->addWidget(m_stack, 1);
    m_queueSplit->setObjectName(QStringLiteral("queueSplit"));
    m_queueSplit->addWidget(queue);
    m_queueSplit->addWidget(m_detail);
    m_queueSplit->setStretchFactor(0, 3);
    m_queueSplit->setStretchFactor(1, 2);
    m_queueSplit->setSizes({430, 340});
    m_split->setObjectName(QStringLiteral("exceptionsSplit"));
    m_split->addWidget(m_left);
    m_split->addWidget(m_queueSplit);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({270, 1100});
    SplitterState::restore(AppSettings::ExceptionsSplitter.value(), {m_split, m_queueSplit});
    m_detail->restoreLayout(AppSettings::ExceptionDetailSplitter.value(), AppSettings::ExceptionShipmentLayout.value());
    m_left->setVisible(AppSettings::ExceptionFiltersShown.value());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);
    setFocusProxy(m_table);

    createActions();
    hostEditActions();

    // Typing and ticking settle before the queue is read again.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    m_selectionDelay->setSingleShot(true);
    m_selectionDelay->setInterval(0);
    connect(m_filters, &ExceptionFilterPanel::filterEdited, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &ExceptionsView::applyPanel);
    connect(m_searchDelay, &QTimer::timeout, this, &ExceptionsView::applyPanel);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        applyPanel();
        m_table->setFocus(Qt::ShortcutFocusReason);
    });

    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        if (const auto sort = ExceptionQueueModel::sortForSection(section, order))
            applyQuery(m_model->filter(), *sort);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_selectionDelay,
            qOverload<>(&QTimer::start));
    connect(m_selectionDelay, &QTimer::timeout, this, &ExceptionsView::showCurrentDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { Q_EMIT selectionChanged(selectedRows()); });
    // A double click (or Enter) on a conflict's mark opens the conflict; elsewhere, the row.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == ExceptionQueueModel::Status
            && m_model->editState(m_model->row(index.row()).exceptionId).kind == EditState::Kind::Conflict)
            return openCurrentConflict();
        openCurrent();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex current = m_table->currentIndex();
        const bool conflict = current.isValid()
                              && m_model->editState(m_model->row(current.row()).exceptionId).kind == EditState::Kind::Conflict;
        if (m_actions.isEmpty() && !conflict)
            return;
        QMenu menu(this);
        if (conflict) {
            menu.addAction(m_openConflict);
            menu.addSeparator();
        }
        menu.addActions(m_actions);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_detail, &ExceptionDetailPane::openException, this, &ExceptionsView::openException);
    connect(m_detail, &ExceptionDetailPane::conflictRequested, this, &ExceptionsView::conflictRequested);
    connect(m_detail, &ExceptionDetailPane::queryFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Reading the exception failed: %1").arg(message), 15000);
    });
    connect(m_model, &ExceptionQueueModel::queryFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Reading the queue failed: %1").arg(message), 15000);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExceptionsView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ExceptionsView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ExceptionsView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int current = m_table->currentIndex().row();
        if (current >= from.row() && current <= to.row())
            m_selectionDelay->start();
    });
    connect(m_loader, &ExceptionFacetLoader::counted, this, [this](const ExceptionFacetLoader::Answer &answer) {
        m_filters->setFacets(answer.facets, answer.stale, answer.elapsedMs);
        m_total->setText(tr("%Ln exceptions", nullptr, int(answer.total)));
        m_views->markStale(answer.viewsStale);
        Q_EMIT facetsCounted();
    });
    connect(m_loader, &ExceptionFacetLoader::failed, this, [this](const QString &message) {
        m_filters->setCountFailed(message);
        m_total->clear();
        Q_EMIT facetsCounted();
    });
    connect(m_views, &SavedViewList::chosen, this, &ExceptionsView::selectSavedView);
    connect(m_drillDown, &DrillDownBanner::cleared, this, [this] { selectSavedView(std::max(0, m_views->current())); });
    connect(m_views, &SavedViewList::saveRequested, this, &ExceptionsView::saveViewAs);
    connect(m_views, &SavedViewList::deleteRequested, this, &ExceptionsView::deleteSavedView);
    connect(context.session, &ServerSession::connectionChanged, this, [this] {
        m_model->setCurrentUser(currentUser());
        m_filters->setCurrentUser(currentUser());
        m_views->reload(!currentUser().isEmpty());
        requestFacets();
        updateEmptyState();
    });
    connect(context.jobs, &StoreJobRunner::jobStarted, this, &ExceptionsView::updateEmptyState);
    connect(m_wake, &SnoozeWakeTimer::woke, this, &ExceptionsView::wakeSnoozed);

    // The last view shown, else the first default; the first page is read once, here.
    m_model->setCurrentUser(currentUser());
    m_filters->setCurrentUser(currentUser());
    m_views->reload(!currentUser().isEmpty());
    const QString last = AppSettings::ExceptionCurrentView.value();
    int start = 0;
    for (int i = 0; i < m_views->views().size(); ++i) {
        if (m_views->views().at(i).name == last)
            start = i;
    }
    selectSavedView(start);
}

ExceptionsView::~ExceptionsView() = default;

QListWidget *ExceptionsView::savedViewList() const
{
    return m_views->list();
}

const QList<SavedQueueView> &ExceptionsView::savedViews() const
{
    return m_views->views();
}

int ExceptionsView::currentSavedView() const
{
    return m_views->current();
}

QWidget *ExceptionsView::shownQueue() const
{
    return m_stack->currentWidget() == m_table ? m_table->viewport() : m_stack->currentWidget();
}

QString ExceptionsView::currentUser() const
{
    return m_context.session->user();
}

void ExceptionsView::createActions()
{
    const auto add = [this](const QString &text, QList<QKeySequence> keys, QWidget *on, Qt::ShortcutContext where,
                            auto slot) {
        auto *action = new QAction(text, on);
        action->setShortcuts(keys);
        action->setShortcutContext(where);
        connect(action, &QAction::triggered, this, slot);
        on->addAction(action);
        m_viewActions << action;
        return action;
    };
    // Moving is the queue's own: typed in the search field, J and K are letters.
    add(tr("Next exception"), {QKeySequence(Qt::Key_J)}, m_table, Qt::WidgetShortcut,
        [this] { moveToNextException(); });
    add(tr("Previous exception"), {QKeySequence(Qt::Key_K)}, m_table, Qt::WidgetShortcut,
        [this] { moveToPreviousException(); });
    add(tr("Back to the queue"), {QKeySequence(Qt::Key_Escape)}, m_detail, Qt::WidgetWithChildrenShortcut,
        [this] { m_table->setFocus(Qt::ShortcutFocusReason); });
    add(tr("Keyboard shortcuts"), {QKeySequence(Qt::Key_Question), QKeySequence(Qt::Key_F1)}, this,
        Qt::WidgetWithChildrenShortcut, [this] { showShortcutSheet(); });
    m_toggleFilters = add(tr("Show or hide the filters"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}, this,
                          Qt::WidgetWithChildrenShortcut, [this] {
                              m_left->setVisible(!m_left->isVisible());
                              if (m_left->isVisible())
                                  m_filters->tree()->setFocus(Qt::ShortcutFocusReason);
                          });
    add(tr("Go to the filters"), {QKeySequence(Qt::ALT | Qt::Key_L)}, this, Qt::WidgetWithChildrenShortcut, [this] {
        m_left->show();
        m_filters->tree()->setFocus(Qt::ShortcutFocusReason);
    });
    add(tr("Go to the saved views"), {QKeySequence(Qt::ALT | Qt::Key_V)}, this, Qt::WidgetWithChildrenShortcut, [this] {
        m_left->show();
        m_views->list()->setFocus(Qt::ShortcutFocusReason);
    });
    m_openConflict = add(tr("Decide the conflict in the outbox"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, this,
                         Qt::WidgetWithChildrenShortcut, [this] { openCurrentConflict(); });
    add(tr("Save the view as…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, this,
        Qt::WidgetWithChildrenShortcut, [this] { saveViewAs(); });
    add(tr("Next saved view"), {QKeySequence(Qt::Key_BracketRight)}, m_table, Qt::WidgetShortcut, [this] {
        if (m_views->current() + 1 < m_views->views().size())
            selectSavedView(m_views->current() + 1);
    });
    add(tr("Previous saved view"), {QKeySequence(Qt::Key_BracketLeft)}, m_table, Qt::WidgetShortcut, [this] {
        if (m_views->current() > 0)
            selectSavedView(m_views->current() - 1);
    });
}

void ExceptionsView::setActions(const QList<QAction *> &actions)
{
    for (QAction *old : std::as_const(m_actions))
        removeAction(old);
    m_toolbar->clear();
    m_actions = actions;
    for (QAction *action : actions) {
        addAction(action);
        m_toolbar->addAction(action);
    }
    m_toolbar->setVisible(!actions.isEmpty());
}

QList<ExceptionQueueRow> ExceptionsView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QList<ExceptionQueueRow> out;
    for (int row : std::as_const(rows))
        out << m_model->row(row);
    return out;
}

QList<qint64> ExceptionsView::selectedIds() const
{
    QList<qint64> ids;
    for (const ExceptionQueueRow &row : selectedRows())
        ids << row.exceptionId;
    return ids;
}

void ExceptionsView::selectSavedView(int index)
{
    if (index < 0 || index >= m_views->views().size())
        return;
    m_views->setCurrent(index);
    const SavedQueueView view = m_views->views().at(index);
    AppSettings::ExceptionCurrentView.setValue(view.name);
    // A view that does not read shows the default queue, and says so; its text is kept.
    const ExceptionQueueFilter filter = view.filter.value_or(ExceptionQueueFilter());
    if (!view.filter)
        Q_EMIT statusMessage(tr("The saved view “%1” cannot be read: %2").arg(view.name, view.problems.join(QStringLiteral("; "))),
                             15000);
    {
        QSignalBlocker block(m_search);
        m_search->setText(filter.search);
    }
    // An edit of the panel still waiting to apply belongs to the filter replaced here.
    m_searchDelay->stop();
    m_filterDelay->stop();
    m_filters->setFilter(filter);
    applyQuery(filter, view.sort);
}

void ExceptionsView::showExceptionIds(const QList<qint64> &exceptionIds, const QString &description)
{
    ExceptionQueueFilter filter;
    filter.statuses.clear(); // a KPI counts resolved exceptions too
    filter.exceptionIds = exceptionIds;
    m_drillDownDescription = description;
    {
        QSignalBlocker block(m_search);
        m_search->clear();
    }
    // An edit of the panel still waiting to apply belongs to the filter replaced here.
    m_searchDelay->stop();
    m_filterDelay->stop();
    m_filters->setFilter(filter);
    applyQuery(filter, m_model->querySort());
}

QString ExceptionsView::drillDownText() const
{
    return m_drillDown->isVisibleTo(this) ? m_drillDown->text() : QString();
}

void ExceptionsView::applyPanel()
{
    ExceptionQueueFilter filter = m_filters->filter();
    filter.search = m_search->text().trimmed();
    applyQuery(filter, m_model->querySort());
}

void ExceptionsView::applyQuery(const ExceptionQueueFilter &filter, const ExceptionQueueSort &sort)
{
    const bool filterChanged = filter != m_model->filter();
    m_model->setQuery(filter, sort);
    if (filter.exceptionIds) {
        const qsizetype n = filter.exceptionIds->size();
        m_drillDown->showFilter(tr("%Ln exceptions", nullptr, int(n)),
                                m_drillDownDescription);
    } else {
        m_drillDown->hide();
    }
    updateSortIndicator();
    updateViewModified();
    ensureCurrent();
    if (filterChanged || m_total->text().isEmpty())
        requestFacets();
    m_wake->rearm();
}

void ExceptionsView::requestFacets()
{
    m_filters->setCounting(true);
    m_loader->request(m_model->filter(), {m_context.clock.nowMs(), currentUser()}, m_views->userFilters());
}

void ExceptionsView::updateSortIndicator()
{
    QHeaderView *header = m_table->horizontalHeader();
    const auto [section, order] = ExceptionQueueModel::sortSection(m_model->querySort());
    QSignalBlocker block(header);
    header->setSortIndicatorShown(section >= 0);
    header->setSortIndicator(section, order);
}

void ExceptionsView::updateViewModified()
{
    const int current = m_views->current();
    bool modified = false;
    if (current >= 0 && current < m_views->views().size()) {
        const SavedQueueView &view = m_views->views().at(current);
        modified = !view.filter || *view.filter != m_model->filter() || view.sort != m_model->querySort();
    }
    m_views->setModified(modified);
}

void ExceptionsView::saveViewAs()
{
    const int current = m_views->current();
    const QString suggested =
        current >= 0 && !m_views->views().at(current).builtIn ? m_views->views().at(current).name : QString();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save View"), tr("Name of the view:"), QLineEdit::Normal,
                                               suggested, &ok);
    if (ok && !saveCurrentView(name.trimmed()))
        Q_EMIT statusMessage(tr("A view needs a name that is not one of the defaults."), 10000);
}

bool ExceptionsView::saveCurrentView(const QString &name)
{
    if (!m_views->save(name, m_model->filter(), m_model->querySort()))
        return false;
    AppSettings::ExceptionCurrentView.setValue(name);
    updateViewModified();
    requestFacets();
    return true;
}

bool ExceptionsView::deleteSavedView(int index)
{
    if (!m_views->remove(index))
        return false;
    selectSavedView(0);
    return true;
}

void ExceptionsView::ensureCurrent()
{
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, ExceptionQueueModel::Priority));
    if (m_model->rowCount() == 0)
        m_detail->showException(std::nullopt);
}

void ExceptionsView::showCurrentDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->showException(std::nullopt);
        return;
    }
    m_detail->showException(m_model->row(current.row()), currentUser());
}

void ExceptionsView::openCurrent()
{
    m_selectionDelay->stop();
    showCurrentDetail();
    const QList<int> sizes = m_queueSplit->sizes();
    if (sizes.value(1) == 0)
        m_queueSplit->setSizes({sizes.value(0) * 3 / 5, sizes.value(0) * 2 / 5});
    m_detail->focusDetail();
}

void ExceptionsView::openException(qint64 exceptionId)
{
    const int row = m_model->rowOf(exceptionId);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, qMax(0, m_table->currentIndex().column())));
        m_table->scrollTo(m_table->currentIndex());
        openCurrent();
        return;
    }
    // Not in the queue as filtered: shown in the detail alone, the queue left as it is.
    ExceptionQueueQuery query(m_context.database);
    QString error;
    const auto fresh = query.row(exceptionId, {m_context.clock.nowMs(), currentUser()}, &error);
    if (!fresh) {
        Q_EMIT statusMessage(error.isEmpty() ? tr("That exception is no longer in the store.") : error, 10000);
        return;
    }
    m_table->clearSelection();
    m_detail->showException(fresh, currentUser());
    m_detail->focusDetail();
}

void ExceptionsView::moveToNextException(qint64 after)
{
    m_table->setFocus(Qt::OtherFocusReason);
    int row = m_table->currentIndex().row();
    if (after != 0) {
        const int at = m_model->rowOf(after);
        if (at < 0) // it left the queue: its successor is current already
            return ensureCurrent();
        row = at;
    }
    if (row + 1 >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row + 1 < m_model->rowCount()) {
        const QModelIndex next = m_model->index(row + 1, qMax(0, m_table->currentIndex().column()));
        m_table->setCurrentIndex(next);
        m_table->scrollTo(next);
    }
    ensureCurrent();
}

void ExceptionsView::moveToPreviousException()
{
    const int row = m_table->currentIndex().row();
    if (row > 0) {
        const QModelIndex previous = m_model->index(row - 1, qMax(0, m_table->currentIndex().column()));
        m_table->setCurrentIndex(previous);
        m_table->scrollTo(previous);
    }
    ensureCurrent();
}

void ExceptionsView::refreshExceptions(const QList<qint64> &exceptionIds)
{
    const bool hadFocus = m_table->hasFocus();
    m_model->refresh(exceptionIds);
    ensureCurrent();
    showCurrentDetail();
    if (hadFocus)
        m_table->setFocus(Qt::OtherFocusReason);
    requestFacets();
    m_wake->rearm(); // an edit may have snoozed, or ended a snooze
}

// Snoozes ended while the view is open: those rows come back at their place (exact
// inserted rows), the current row and the selection stay where they are.
void ExceptionsView::wakeSnoozed(const QList<qint64> &exceptionIds)
{
    refreshExceptions(exceptionIds);
    const qsizetype n = exceptionIds.size();
    Q_EMIT statusMessage(n == 1 ? tr("1 exception is back from snooze.")
                                : tr("%1 exceptions are back from snooze.").arg(QLocale().toString(n)),
                         10000);
}

void ExceptionsView::showShortcutSheet()
{
    const QList<ShortcutSheet::Group> groups{
        {tr("Queue"),
         {{tr("Down, J"), tr("Next exception")},
          {tr("Up, K"), tr("Previous exception")},
          {tr("Shift+Down, Shift+Up"), tr("Select several")},
          {tr("Enter"), tr("Open the exception (its history and shipment)")},
          {tr("Escape"), tr("Back to the queue")},
          {tr("Ctrl+F"), tr("Search")},
          {tr("Space"), tr("In the filters: check or uncheck a value")}}},
        {tr("This view"), ShortcutSheet::keysOf(m_viewActions)},
        {tr("Actions"), ShortcutSheet::keysOf(m_actions)},
    };
    ShortcutSheet sheet(tr("Exceptions: Keyboard Shortcuts"), groups, this);
    sheet.exec();
    m_table->setFocus(Qt::OtherFocusReason);
}

void ExceptionsView::openCurrentConflict()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 detailConflict = m_detail->conflictOutboxId();
    const EditState state = current.isValid() ? m_model->editState(m_model->row(current.row()).exceptionId) : EditState();
    if (state.kind == EditState::Kind::Conflict)
        Q_EMIT conflictRequested(state.outboxId);
    else if (detailConflict != 0) // the detail shows an exception the queue does not
        Q_EMIT conflictRequested(detailConflict);
    else
        Q_EMIT statusMessage(tr("This exception's latest edit is not in a conflict."), 8000);
}

bool ExceptionsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

void ExceptionsView::reload()
{
    m_model->reload();
    ensureCurrent();
    showCurrentDetail();
    requestFacets();
    updateEmptyState();
    m_wake->rearm();
}

void ExceptionsView::saveLayout() const
{
    AppSettings::ExceptionTableHeader.setValue(m_table->horizontalHeader()->saveState());
    if (m_detail->isVisibleTo(this))
        AppSettings::ExceptionsSplitter.setValue(SplitterState::save({m_split, m_queueSplit}));
    AppSettings::ExceptionDetailSplitter.setValue(m_detail->saveLayout());
    AppSettings::ExceptionShipmentLayout.setValue(m_detail->shipment()->saveLayout());
    AppSettings::ExceptionFiltersShown.setValue(m_left->isVisibleTo(this));
}

void ExceptionsView::updateEmptyState()
{
    const bool rows = m_model->rowCount() > 0;
    m_detail->setVisible(rows);
    // The keyboard is never left on a hidden table: with nothing to show it goes where
    // the agent changes what is shown.
    QWidget *keyboard = rows                      ? static_cast<QWidget *>(m_table)
                        : m_left->isVisibleTo(this) ? static_cast<QWidget *>(m_views->list())
                                                    : static_cast<QWidget *>(m_search);
    const bool hadFocus = m_table->hasFocus() || (!rows && focusProxy() && focusProxy()->hasFocus());
    setFocusProxy(keyboard);
    if (rows) {
        m_stack->setCurrentWidget(m_table);
        if (hadFocus)
            m_table->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (hadFocus)
        keyboard->setFocus(Qt::OtherFocusReason);
    const ExceptionQueueFilter &filter = m_model->filter();
    if (!m_model->lastError().isEmpty()) {
        m_empty->setText(tr("<h3>This view cannot be shown</h3><p>%1</p><p>Choose another view on the left, or change "
                            "the filters.</p>").arg(m_model->lastError().toHtmlEscaped()));
    } else if (!filter.search.isEmpty()) {
        m_empty->setText(tr("<h3>No exception matches “%1”</h3><p>Search looks at tracking numbers, order numbers, "
                            "customer names, e-mail addresses and phone numbers, among the exceptions the filters "
                            "show.</p>").arg(filter.search.toHtmlEscaped()));
    } else if (m_context.jobs->isBusy()) {
        m_empty->setText(tr("<h3>Preparing the store…</h3><p>Exceptions appear here as soon as the job in the status "
                            "bar is done.</p>"));
    } else if (filter != ExceptionQueueFilter()) {
        m_empty->setText(tr("<h3>Nothing in this view</h3><p>No exception matches these filters right now. "
                            "The counts beside each filter value say where the exceptions are.</p>"));
    } else if (QString error; ShipmentQueries(m_context.database).shipmentCount(&error) == 0 && error.isEmpty()) {
        // Only an empty queue asks: nothing store-wide runs while there are rows.
        m_empty->setText(tr("<h3>No shipments yet</h3><p>Exceptions appear here once the store has shipments: "
                            "connect to your team's server (Server &gt; Connect…), feed carrier tracking data into "
                            "the store with <tt>controltower-cli ingest FILE --db \"%1\"</tt>, or fill it with demo "
                            "data using <tt>controltower-cli demo --db \"%1\"</tt>.</p>")
                             .arg(QDir::toNativeSeparators(m_context.database.path()).toHtmlEscaped()));
    } else {
        m_empty->setText(tr("<h3>No open exceptions</h3><p>Every shipment is on track. New exceptions appear here as "
                            "the rules find them in the carriers' tracking.</p>"));
    }
    m_stack->setCurrentWidget(m_empty);
}

// The edit actions (ui/exceptions/actions/): in the toolbar, the context menu and the
// shortcut sheet, on the selection; after an edit the rows are read again and, when the
// edited row stays in the queue, the keyboard moves on to the next exception.
void ExceptionsView::hostEditActions()
{
    m_editActions = new ExceptionActions(m_context, this);
    const auto show = [this] { setActions(m_editActions->actions() + m_editActions->macroActions()); };
    show();
    connect(m_editActions, &ExceptionActions::macrosChanged, this, show);
    connect(this, &ExceptionsView::selectionChanged, m_editActions, &ExceptionActions::setSelection);
    connect(m_editActions, &ExceptionActions::exceptionsChanged, this, [this](const QList<qint64> &ids) {
        m_lastEdited = ids;
        refreshExceptions(ids);
    });
    connect(m_editActions, &ExceptionActions::advanceRequested, this, [this] {
        moveToNextException(m_lastEdited.isEmpty() ? 0 : m_lastEdited.constLast());
    });
    connect(m_editActions, &ExceptionActions::statusMessage, this, &AppView::statusMessage);
}

} // namespace ct
