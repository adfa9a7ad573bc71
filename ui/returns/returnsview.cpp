// SPDX-License-Identifier: MIT
#include "returnsview.h"

#include "jobs/storejobrunner.h"
#include "returndecisions.h"
#include "returndetailpane.h"
#include "returnfacetloader.h"
#include "returnfilterpanel.h"
#include "returnqueuemodel.h"
#include "returns/returnautoapproval.h"
#include "returns/returnpolicyinforce.h"
#include "returns/returnqueuequery.h"
#include "settings/appsettings.h"
#include "shell/clock.h"
#include "store/database.h"
#include "widgets/drilldownbanner.h"
#include "widgets/recordtable.h"
#include "widgets/shortcutsheet.h"
#include "widgets/splitterstate.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ct {

namespace {

// The job's title, shown in the status bar, and how this view knows its own job.
QString judgeJob()
{
    return QCoreApplication::translate("ct::ReturnsView", "Judging returns");
}

} // namespace

ReturnsView::ReturnsView(const ViewContext &context, QWidget *parent)
    : AppView(ViewId::Returns, parent)
    , m_context(context)
    , m_policy(ReturnPolicy::defaults())
    , m_model(new ReturnQueueModel(context.database, context.clock, this))
    , m_loader(new ReturnFacetLoader(context.database.path(), this))
    , m_viewList(new QListWidget(this))
    , m_filters(new ReturnFilterPanel(this))
    , m_left(new QWidget(this))
    , m_search(new QLineEdit(this))
    , m_total(new QLabel(this))
    , m_toolbar(new QToolBar(this))
    , m_drillDown(new DrillDownBanner(tr("Back to the &View"), QStringLiteral("endReturnsDrillDown"), this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(m_stack))
    , m_empty(new QLabel(m_stack))
    , m_detail(new ReturnDetailPane(context.database, context.clock, this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_queueSplit(new QSplitter(Qt::Vertical, this))
    , m_filterDelay(new QTimer(this))
    , m_selectionDelay(new QTimer(this))
{
    // Saved views, then the filters, on the left.
    m_viewList->setObjectName(QStringLiteral("returnSavedViews"));
    m_viewList->setMaximumHeight(110);
    auto *save = new QPushButton(tr("Save View…"), this);
    save->setObjectName(QStringLiteral("saveReturnView"));
    auto *remove = new QPushButton(tr("Delete"), this);
    remove->setObjectName(QStringLiteral("deleteReturnView"));
    auto *viewButtons = new QHBoxLayout;
    viewButtons->addWidget(save);
    viewButtons->addWidget(remove);
    viewButtons->addStretch(1);
    auto *leftLayout = new QVBoxLayout(m_left);
    leftLayout->setContentsMargins(8, 8, 0, 8);
    leftLayout->setSpacing(4);
    auto *viewsTitle = new QLabel(tr("<b>Views</b>"), this);
    leftLayout->addWidget(viewsTitle);
    leftLayout->addWidget(m_viewList);
    leftLayout->addLayout(viewButtons);
    leftLayout->addWidget(m_filters, 1);
    m_left->setObjectName(QStringLiteral("returnsSidebar"));
    m_left->setMinimumWidth(220);

    m_search->setObjectName(QStringLiteral("returnSearch"));
    m_search->setPlaceholderText(tr("Search RMA, order, customer, e-mail, phone or tracking number  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_total->setObjectName(QStringLiteral("returnTotal"));
    m_toolbar->setObjectName(QStringLiteral("decisionsBar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_search, 1);
    top->addWidget(m_total);

    m_table->setObjectName(QStringLiteral("returnTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    setUpRecordTable(*m_table, {120, 90, 140, 200, 170, 90, 130, 60, 120, 110, 180, 150},
                     AppSettings::ReturnTableHeader.value());

    m_empty->setObjectName(QStringLiteral("returnsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(40);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *queue = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(8, 8, 8, 0);
    queueLayout->setSpacing(6);
    queueLayout->addLayout(top);
    queueLayout->addWidget(m_drillDown);
    m_drillDown->hide();
    queueLayout->addWidget(m_toolbar);
    queueLayout->addWidget(m_stack, 1);
    m_queueSplit->setObjectName(QStringLiteral("returnsQueueSplit"));
    m_queueSplit->addWidget(queue);
    m_queueSplit->addWidget(m_detail);
    m_queueSplit->setStretchFactor(0, 3);
    m_queueSplit->setStretchFactor(1, 2);
    m_queueSplit->setSizes({420, 360});
    m_split->setObjectName(QStringLiteral("returnsSplit"));
    m_split->addWidget(m_left);
    m_split->addWidget(m_queueSplit);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({260, 1100});
    SplitterState::restore(AppSettings::ReturnsSplitter.value(), {m_split, m_queueSplit});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_split);
    setFocusProxy(m_table);
    createActions();
    m_decisions = new ReturnDecisions(context, this);
    m_decisions->setPolicy(m_policy);
    for (QAction *action : m_decisions->actions()) {
        m_toolbar->addAction(action);
        addAction(action); // the keys work anywhere in the view but in text fields
    }
    connect(m_decisions, &ReturnDecisions::returnsChanged, this, &ReturnsView::refreshReturns);
    connect(m_decisions, &ReturnDecisions::advanceRequested, this, &ReturnsView::moveToNextReturn);
    connect(m_decisions, &ReturnDecisions::statusMessage, this, &ReturnsView::statusMessage);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);
    m_selectionDelay->setSingleShot(true);
    m_selectionDelay->setInterval(0);
    connect(m_filters, &ReturnFilterPanel::filterEdited, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &ReturnsView::applyPanel);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_filterDelay->stop();
        applyPanel();
        m_table->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        if (const auto sort = ReturnQueueModel::sortForSection(section, order)) {
            m_model->setQuery(m_model->filter(), *sort);
            updateEmptyState();
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_selectionDelay,
            qOverload<>(&QTimer::start));
    connect(m_selectionDelay, &QTimer::timeout, this, &ReturnsView::showCurrentDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_decisions->setSelection(selectedRows()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReturnsView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReturnsView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int current = m_table->currentIndex().row();
        if (current >= from.row() && current <= to.row())
            m_selectionDelay->start();
    });
    connect(m_model, &ReturnQueueModel::queryFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Reading the returns failed: %1").arg(message), 15000);
    });
    connect(m_detail, &ReturnDetailPane::queryFailed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("Reading the return failed: %1").arg(message), 15000);
    });
    connect(m_loader, &ReturnFacetLoader::counted, this, [this](const ReturnFacetLoader::Answer &answer) {
        m_filters->setFacets(answer.facets);
        m_total->setText(tr("%Ln returns", nullptr, int(answer.total)));
        Q_EMIT facetsCounted();
        updateBusy();
    });
    connect(m_loader, &ReturnFacetLoader::failed, this, [this](const QString &message) {
        m_total->setText(tr("counts failed"));
        m_total->setToolTip(message);
        Q_EMIT facetsCounted();
        updateBusy();
    });
    connect(m_viewList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_currentView)
            selectSavedView(row);
    });
    connect(m_viewList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (m_drillIds)
            selectSavedView(m_viewList->row(item));
    });
    connect(m_drillDown, &DrillDownBanner::cleared, this, [this] { selectSavedView(std::max(0, m_currentView)); });
    connect(save, &QPushButton::clicked, this, &ReturnsView::saveViewAs);
    connect(remove, &QPushButton::clicked, this, [this] { deleteSavedView(m_currentView); });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (m_toolbar->actions().isEmpty())
            return;
        QMenu menu(this);
        menu.addActions(m_toolbar->actions());
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    if (context.jobs) {
        connect(context.jobs, &StoreJobRunner::jobFinished, this, [this](const QString &title, const QString &) {
            if (title != judgeJob())
                return;
            m_judging = false;
            m_model->reload();
            requestFacets(); // busy until counted: updateBusy() there
            showCurrentDetail();
            Q_EMIT verdictsReady();
        });
        connect(context.jobs, &StoreJobRunner::jobFailed, this, [this](const QString &title, const QString &error) {
            if (title != judgeJob())
                return;
            m_judging = false;
            updateEmptyState();
            updateBusy();
            Q_EMIT statusMessage(tr("Judging the returns failed: %1").arg(error), 15000);
        });
    }

    // The views, the last one shown first; the first page is read once, here.
    m_views = ReturnSavedViews::defaults() + ReturnSavedViews::fromJson(AppSettings::ReturnSavedViewsJson.value());
    fillViewList();
    int start = 0;
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i).name == AppSettings::ReturnCurrentView.value())
            start = i;
    }
    ensureVerdicts();
    selectSavedView(start);
}

ReturnsView::~ReturnsView() = default;

void ReturnsView::createActions()
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
    add(tr("Next return"), {QKeySequence(Qt::Key_J)}, m_table, Qt::WidgetShortcut, [this] { moveToNextReturn(); });
    add(tr("Previous return"), {QKeySequence(Qt::Key_K)}, m_table, Qt::WidgetShortcut, [this] {
        const int row = m_table->currentIndex().row();
        if (row > 0)
            m_table->selectRow(row - 1);
    });
    add(tr("Back to the queue"), {QKeySequence(Qt::Key_Escape)}, m_detail, Qt::WidgetWithChildrenShortcut,
        [this] { m_table->setFocus(Qt::ShortcutFocusReason); });
    add(tr("Keyboard shortcuts"), {QKeySequence(Qt::Key_Question), QKeySequence(Qt::Key_F1)}, this,
        Qt::WidgetWithChildrenShortcut, [this] { showShortcutSheet(); });
    add(tr("Show or hide the filters"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}, this,
        Qt::WidgetWithChildrenShortcut, [this] { m_left->setVisible(!m_left->isVisible()); });
    add(tr("Go to the filters"), {QKeySequence(Qt::ALT | Qt::Key_L)}, this, Qt::WidgetWithChildrenShortcut, [this] {
        m_left->show();
        m_filters->tree()->setFocus(Qt::ShortcutFocusReason);
    });
    add(tr("Go to the saved views"), {QKeySequence(Qt::ALT | Qt::Key_V)}, this, Qt::WidgetWithChildrenShortcut, [this] {
        m_left->show();
        m_viewList->setFocus(Qt::ShortcutFocusReason);
    });
    add(tr("Save the view as…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, this, Qt::WidgetWithChildrenShortcut,
        [this] { saveViewAs(); });
    add(tr("Detail: next tab"), {QKeySequence(Qt::ALT | Qt::Key_PageDown)}, this, Qt::WidgetWithChildrenShortcut, [this] {
        QTabWidget *tabs = m_detail->tabs();
        tabs->setCurrentIndex((tabs->currentIndex() + 1) % tabs->count());
    });
}

void ReturnsView::ensureVerdicts()
{
    QString problem;
    m_policy = ReturnPolicyInForce::read(m_context.database, &problem);
    m_decisions->setPolicy(m_policy);
    m_model->setPolicyInForce(m_policy.digest());
    m_model->setLabelExpiryDays(m_policy.labelExpiryDays);
    if (!problem.isEmpty())
        Q_EMIT statusMessage(problem, 15000);
    QString error;
    // Verdicts are kept with the digest of the policy that judged them: a changed policy
    // finds them all stale, whether or not its version number moved. On a standalone
    // store the policy then approves what it approves automatically (on a replica the
    // team server does).
    const ReturnAutoApproval approval(m_context.database);
    m_judgedThrough = approval.newestReturnId(&error).value_or(m_judgedThrough);
    const auto work = approval.pendingWork(m_policy, &error);
    if (!work) {
        Q_EMIT statusMessage(tr("Reading the verdicts failed: %1").arg(error), 15000);
        return;
    }
    if (work->isEmpty()) {
        QTimer::singleShot(0, this, &ReturnsView::verdictsReady);
        return;
    }
    const ReturnPolicy policy = m_policy;
    const qint64 now = m_context.clock.nowMs();
    if (!m_context.jobs) {
        if (!approval.judgeAndApprove(policy, now, &error))
            Q_EMIT statusMessage(tr("Judging the returns failed: %1").arg(error), 15000);
        QTimer::singleShot(0, this, &ReturnsView::verdictsReady);
        return;
    }
    m_judging = true;
    updateBusy();
    m_context.jobs->start(judgeJob(), [policy, now, stale = work->stale](const Database &db, const StoreJobRunner::Control &control,
                                                                       QString *summary, QString *jobError) {
        const auto approved = ReturnAutoApproval(db).judgeAndApprove(policy, now, jobError, [&](int done, int total) {
            control.progress(done, total);
        });
        if (!approved)
            return false;
        if (stale == 0)
            *summary = QCoreApplication::translate("ct::ReturnsView", "%Ln returns approved by the return policy", nullptr,
                                                   *approved);
        else if (*approved == 0)
            *summary = QCoreApplication::translate("ct::ReturnsView", "%Ln returns judged by the return policy", nullptr,
                                                   int(stale));
        else
            *summary = QCoreApplication::translate("ct::ReturnsView",
                                                   "%Ln returns judged by the return policy; %1 approved automatically",
                                                   nullptr, int(stale))
                           .arg(QLocale().toString(*approved));
        return true;
    });
}

void ReturnsView::fillViewList()
{
    const QSignalBlocker block(m_viewList);
    m_viewList->clear();
    for (const ReturnSavedView &view : std::as_const(m_views)) {
        auto *item = new QListWidgetItem(view.name, m_viewList);
        if (!view.filter) {
            item->setForeground(m_viewList->palette().brush(QPalette::PlaceholderText));
            item->setToolTip(tr("This view cannot be read:\n%1").arg(view.problems.join(QLatin1Char('\n'))));
        }
    }
    m_viewList->setCurrentRow(m_currentView);
}

void ReturnsView::selectSavedView(int index)
{
    if (index < 0 || index >= m_views.size())
        return;
    const ReturnSavedView &view = m_views.at(index);
    if (!view.filter) {
        Q_EMIT statusMessage(tr("The view \"%1\" cannot be read: %2").arg(view.name, view.problems.join(QStringLiteral("; "))),
                             15000);
        const QSignalBlocker block(m_viewList);
        m_viewList->setCurrentRow(m_currentView);
        return;
    }
    m_currentView = index;
    m_drillIds.reset();
    m_drillDown->hide();
    {
        const QSignalBlocker block(m_viewList);
        m_viewList->setCurrentRow(index);
    }
    AppSettings::ReturnCurrentView.setValue(view.name);
    m_filters->setFilter(*view.filter);
    {
        const QSignalBlocker block(m_search);
        m_search->setText(view.filter->search);
    }
    m_filterDelay->stop();
    m_model->setQuery(*view.filter, view.sort);
    const auto [section, order] = ReturnQueueModel::sortSection(view.sort);
    {
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(section, order);
    }
    requestFacets();
    updateEmptyState();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        showCurrentDetail();
}

bool ReturnsView::saveView(const QString &rawName)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        return false;
    QList<ReturnSavedView> mine;
    for (const ReturnSavedView &view : std::as_const(m_views)) {
        if (view.builtIn && view.name == name)
            return false;
        if (!view.builtIn && view.name != name)
            mine << view;
    }
    mine << ReturnSavedView::make(name, m_model->filter(), m_model->querySort());
    AppSettings::ReturnSavedViewsJson.setValue(ReturnSavedViews::toJson(mine));
    m_views = ReturnSavedViews::defaults() + mine;
    m_currentView = static_cast<int>(m_views.size()) - 1;
    fillViewList();
    AppSettings::ReturnCurrentView.setValue(name);
    return true;
}

bool ReturnsView::deleteSavedView(int index)
{
    if (index < 0 || index >= m_views.size() || m_views.at(index).builtIn)
        return false;
    m_views.removeAt(index);
    QList<ReturnSavedView> mine;
    for (const ReturnSavedView &view : std::as_const(m_views)) {
        if (!view.builtIn)
            mine << view;
    }
    AppSettings::ReturnSavedViewsJson.setValue(ReturnSavedViews::toJson(mine));
    m_currentView = -1;
    fillViewList();
    selectSavedView(0);
    return true;
}

void ReturnsView::saveViewAs()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save View"), tr("Name of the view:"), QLineEdit::Normal,
                                               m_currentView >= 0 && !m_views.at(m_currentView).builtIn
                                                   ? m_views.at(m_currentView).name
                                                   : QString(),
                                               &ok);
    if (ok && !saveView(name))
        Q_EMIT statusMessage(tr("A view needs a name of its own (not one of the default views')."), 10000);
}

void ReturnsView::showReturnIds(const QList<qint64> &ids, const QString &description)
{
    m_filterDelay->stop();
    m_drillIds = ids;
    m_drillDescription = description;
    ReturnQueueFilter filter;
    filter.returnIds = ids;
    m_filters->setFilter(filter);
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    // No saved view is what the queue shows: none is highlighted. The banner's button, or a
    // click on a view (the last one too), ends the drill-down.
    m_viewList->clearSelection();
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    applyPanel();
}

QString ReturnsView::drillDownText() const
{
    return m_drillDown->isVisibleTo(this) ? m_drillDown->text() : QString();
}

void ReturnsView::applyPanel()
{
    ReturnQueueFilter filter = m_filters->filter(m_search->text());
    filter.returnIds = m_drillIds;
    if (m_drillIds)
        m_drillDown->showFilter(tr("%Ln returns", nullptr, int(m_drillIds->size())), m_drillDescription);
    m_model->setQuery(filter, m_model->querySort());
    // The list marks the chosen view as changed while the queue differs from it.
    for (int i = 0; i < m_viewList->count(); ++i) {
        const ReturnSavedView &view = m_views.at(i);
        const bool changed = i == m_currentView && view.filter && *view.filter != filter && !m_drillIds;
        m_viewList->item(i)->setText(changed ? tr("%1 (modified)").arg(view.name) : view.name);
    }
    requestFacets();
    updateEmptyState();
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
    showCurrentDetail();
}

void ReturnsView::requestFacets()
{
    m_loader->request(m_model->filter(), m_context.clock.nowMs());
    updateBusy();
}

bool ReturnsView::isBusy() const
{
    return m_judging || m_loader->isBusy();
}

void ReturnsView::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busyShown)
        return;
    m_busyShown = busy;
    Q_EMIT busyChanged(busy);
}

QList<ReturnQueueRow> ReturnsView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QList<ReturnQueueRow> out;
    for (int row : std::as_const(rows)) {
        if (row < m_model->rowCount())
            out << m_model->row(row);
    }
    return out;
}

void ReturnsView::showCurrentDetail()
{
    const QModelIndex current = m_table->currentIndex();
    m_detail->showReturn(current.isValid() && current.row() < m_model->rowCount()
                             ? std::optional<ReturnQueueRow>(m_model->row(current.row()))
                             : std::nullopt,
                         m_policy);
}

void ReturnsView::refreshReturns(const QList<qint64> &ids)
{
    m_model->refresh(ids);
    m_decisions->setSelection(selectedRows());
    requestFacets();
    showCurrentDetail();
}

void ReturnsView::moveToNextReturn()
{
    const int row = m_table->currentIndex().row();
    if (row + 1 < m_model->rowCount())
        m_table->selectRow(row + 1);
    else if (m_model->canFetchMore({})) {
        m_model->fetchMore({});
        if (row + 1 < m_model->rowCount())
            m_table->selectRow(row + 1);
    }
}

void ReturnsView::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    QString text;
    if (!m_model->lastError().isEmpty())
        text = tr("The returns could not be read: %1").arg(m_model->lastError());
    else if (m_judging)
        text = tr("Judging every return by the return policy… The queue fills when that is done.");
    else if (m_model->filter() == ReturnQueueFilter()
             || ReturnQueueQuery(m_context.database).count({}, m_context.clock.nowMs(), nullptr).value_or(1) == 0)
        text = tr("No returns yet. Returns arrive with the team server's feed or an import; each is judged by the "
                  "return policy as it comes.");
    else
        text = tr("No return matches these filters. Clear a filter on the left, or choose another view.");
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

QWidget *ReturnsView::shownQueue() const
{
    return m_stack->currentWidget() == m_table ? m_table->viewport() : m_stack->currentWidget();
}

bool ReturnsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

void ReturnsView::reload()
{
    // The team's policy changed (saved in Team Settings, pulled from the server), or
    // returns arrived (an import, demo data, a sync round): judge again, and let the policy
    // approve; the queue refills when that is done. Judging itself adds no return, so
    // the reload after it judges nothing.
    if (!m_judging
        && (ReturnPolicyInForce::read(m_context.database).digest() != m_policy.digest()
            || ReturnAutoApproval(m_context.database).newestReturnId(nullptr).value_or(0) > m_judgedThrough))
        ensureVerdicts();
    m_model->reload();
    requestFacets();
    updateEmptyState();
    showCurrentDetail();
}

void ReturnsView::saveLayout() const
{
    AppSettings::ReturnsSplitter.setValue(SplitterState::save({m_split, m_queueSplit}));
    AppSettings::ReturnTableHeader.setValue(m_table->horizontalHeader()->saveState());
}

void ReturnsView::showShortcutSheet()
{
    QList<QAction *> decisions = m_toolbar->actions();
    const QList<ShortcutSheet::Group> groups{
        {tr("Queue"),
         {{tr("Down, J"), tr("Next return")},
          {tr("Up, K"), tr("Previous return")},
          {tr("Shift+Down, Shift+Up"), tr("Select several (a decision applies to each)")},
          {tr("Ctrl+F"), tr("Search")},
          {tr("Space"), tr("In the filters: tick or untick a value")}}},
        {tr("This view"), ShortcutSheet::keysOf(m_viewActions)},
        {tr("Decisions"), ShortcutSheet::keysOf(decisions)},
    };
    ShortcutSheet sheet(tr("Returns: Keyboard Shortcuts"), groups, this);
    sheet.exec();
    m_table->setFocus(Qt::OtherFocusReason);
}

} // namespace ct
