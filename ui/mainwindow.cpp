// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "analytics/analyticsview.h"
#include "exceptions/exceptionsview.h"
#include "allocation/carrierallocationdialog.h"
#include "feeds/carrierfeeds.h"
#include "feeds/carrierfeedsdialog.h"
#include "import/importdialog.h"
#include "import/importdroptarget.h"
#include "orders/csvmappingprompt.h"
#include "jobs/storejobrunner.h"
#include "jobs/storejobs.h"
#include "map/mapview.h"
#include "orders/orderlinksdialog.h"
#include "outbox/outboxview.h"
#include "preferences/preferencesdialog.h"
#include "returns/returnsview.h"
#include "scoreboard/scoreboarddialog.h"
#include "settings/appsettings.h"
#include "settings/rulessetting.h"
#include "settings/teamsettingsdialog.h"
#include "shell/aboutbox.h"
#include "shell/appearance.h"
#include "shell/appview.h"
#include "shell/clock.h"
#include "shell/jobindicator.h"
#include "shell/syncindicator.h"
#include "shell/viewcontext.h"
#include "shell/viewswitcher.h"
#include "shipments/shipmentsview.h"
#include "ingest/feedimporter.h"
#include "store/database.h"
#include "store/shipmentqueries.h"
#include "sync/connectdialog.h"
#include "sync/serversession.h"
#include "sync/syncstore.h"
#include "welcome/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace ct {


MainWindow::MainWindow(Database &database, const Clock &clock, QWidget *parent)
    : MainWindow(database, clock, CredentialStore(), parent)
{
}

MainWindow::MainWindow(Database &database, const Clock &clock, CredentialStore credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_clock(clock)
    , m_jobs(new StoreJobRunner(database.path(), this))
    , m_undoStack(new QUndoStack(this))
    , m_session(new ServerSession(database, clock, credentials, this))
    , m_feeds(new CarrierFeeds(database, clock, std::move(credentials), this))
    , m_outbox(new OutboxView(database, clock, m_undoStack, this))
    , m_outboxDock(new QDockWidget(tr("Outbox"), this))
    , m_switcher(new ViewSwitcher(this))
    , m_stack(new QStackedWidget(this))
    , m_refreshTimer(new QTimer(this))
    , m_counts(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));

    createViews();
    auto *centre = new QWidget(this);
    auto *layout = new QHBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_switcher);
    auto *rule = new QFrame(centre);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    layout->addWidget(m_stack, 1);
    setCentralWidget(centre);
    connect(m_switcher, &ViewSwitcher::viewChosen, this, [this](ViewId view) { showView(view, false); });

    m_outboxDock->setObjectName(QStringLiteral("outboxDock"));
    m_outboxDock->setWidget(m_outbox);
    m_outboxDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_outboxDock);
    m_outboxDock->hide();

    createActions();
    createStatusBar();
    connectSync();

    connect(m_jobs, &StoreJobRunner::jobFinished, this, [this](const QString &title, const QString &summary) {
        statusBar()->showMessage(summary.isEmpty() ? tr("%1: done").arg(title) : summary, 10000);
        reloadFromStore();
    });
    connect(m_jobs, &StoreJobRunner::jobFailed, this, [this](const QString &title, const QString &error) {
        QMessageBox::warning(this, title, tr("%1 failed:\n\n%2").arg(title, error));
    });
    connect(m_jobs, &StoreJobRunner::jobStarted, m_welcome, &WelcomePage::setBusy);
    connect(m_jobs, &StoreJobRunner::idle, m_welcome, [this] { m_welcome->setBusy({}); });
    connect(new ImportDropTarget(this), &ImportDropTarget::dropped, this, &MainWindow::importFiles);

    connect(m_feeds, &CarrierFeeds::storeChanged, this, &MainWindow::reloadFromStore);
    connect(m_feeds, &CarrierFeeds::pollReport, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    if (QString error; !m_feeds->load(&error))
        statusBar()->showMessage(tr("Carrier feeds: %1").arg(error));

    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshExceptions);
    applyPreferences();

    resize(1400, 820);
    restoreGeometry(AppSettings::MainWindowGeometry.value());
    restoreState(AppSettings::MainWindowState.value());
    showView(viewFromName(AppSettings::MainWindowView.value()).value_or(DefaultView), true);
    updateCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    const ViewContext context{m_database, m_clock, m_undoStack, m_jobs, m_session};
    for (ViewId id : AllViews) {
        AppView *view = nullptr;
        switch (id) {
        case ViewId::Exceptions: {
            auto *exceptions = new ExceptionsView(context, m_stack);
            connect(exceptions, &ExceptionsView::conflictRequested, this, &MainWindow::showConflict);
            view = exceptions;
            break;
        }
        case ViewId::Returns: view = new ReturnsView(context, m_stack); break;
        case ViewId::Shipments: view = new ShipmentsView(context, m_stack); break;
        case ViewId::Map: view = new MapView(context, m_stack); break;
        case ViewId::Analytics: {
            auto *analytics = new AnalyticsView(context, m_stack);
            connect(analytics, &AnalyticsView::drillDownRequested, this, &MainWindow::openDrillDown);
            connect(analytics, &AnalyticsView::returnsRequested, this, [this](const QList<qint64> &ids, const QString &what) {
                static_cast<ReturnsView *>(this->view(ViewId::Returns))->showReturnIds(ids, what);
                setCurrentView(ViewId::Returns);
            });
            view = analytics;
            break;
        }
        }
        m_views.at(static_cast<std::size_t>(viewIndex(id))) = view;
        m_stack->addWidget(view);
        connect(view, &AppView::statusMessage, statusBar(),
                [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    }
    // A parcel clicked on the map opens in the Shipments view.
    auto *map = static_cast<MapView *>(m_views.at(static_cast<std::size_t>(viewIndex(ViewId::Map))));
    auto *shipments = static_cast<ShipmentsView *>(m_views.at(static_cast<std::size_t>(viewIndex(ViewId::Shipments))));
    connect(map, &MapView::shipmentChosen, this, [this, shipments](const QString &trackingNumber) {
        setCurrentView(ViewId::Shipments);
        shipments->openShipment(trackingNumber);
    });
    // A lane, or a shift-clicked cluster, lists exactly its shipments there.
    connect(map, &MapView::shipmentsChosen, this, [this, shipments](const QList<qint64> &ids, const QString &description) {
        shipments->showShipmentIds(ids, description);
        setCurrentView(ViewId::Shipments);
    });
    m_welcome = new WelcomePage(m_stack);
    m_welcome->setDemoShipments(AppSettings::FirstRunDemoShipments.value());
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::demoRequested, this, [this] { seedDemoData(m_welcome->demoShipments()); });
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::showImport);
    connect(m_welcome, &WelcomePage::feedsRequested, this, &MainWindow::showCarrierFeeds);
    connect(m_welcome, &WelcomePage::connectRequested, this, [this] { showConnectDialog(); });
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *import = fileMenu->addAction(tr("&Import Files…"), this, &MainWindow::showImport);
    import->setObjectName(QStringLiteral("importFiles"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Import carrier tracking files (any supported format) and storefront order exports "
                            "(Shopify, WooCommerce); folders too. You can also drop files on the window."));
    QAction *newStore = fileMenu->addAction(tr("&New Store for a Team Server…"), this, &MainWindow::newTeamStore);
    newStore->setObjectName(QStringLiteral("newTeamStore"));
    newStore->setStatusTip(tr("Start an empty store to sync with a team server; this store stays as it is."));
    fileMenu->addSeparator();
    // What a view adds (the analytics' exports) shows while that view does.
    for (const AppView *each : m_views) {
        const QList<QAction *> actions = each->fileActions();
        if (actions.isEmpty())
            continue;
        fileMenu->addActions(actions);
        m_fileActionSeparator = fileMenu->addSeparator();
    }
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(tr("Team &Settings…"), this, [this] {
        TeamSettingsDialog *dialog = TeamSettingsDialog::showFor(this, {m_database, m_clock, m_undoStack, m_jobs, m_session});
        // A saved return policy is judged by at once (the Returns view judges again on reload).
        connect(dialog, &TeamSettingsDialog::saveFinished, this, &MainWindow::reloadFromStore, Qt::UniqueConnection);
    })->setObjectName(QStringLiteral("teamSettings"));
    QAction *preferences = editMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewActions = new QActionGroup(this);
    m_viewActions->setExclusive(true);
    for (ViewId id : AllViews) {
        // "&1 Exceptions": the menu's own mnemonics match the shortcuts.
        QAction *show = viewMenu->addAction(tr("&%1 %2").arg(viewIndex(id) + 1).arg(viewTitle(id)));
        show->setObjectName(QStringLiteral("show-%1").arg(viewName(id)));
        show->setCheckable(true);
        show->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + viewIndex(id))));
        show->setStatusTip(tr("Show the %1 view").arg(viewTitle(id)));
        show->setData(viewIndex(id));
        m_viewActions->addAction(show);
        connect(show, &QAction::triggered, this, [this, id] { setCurrentView(id); });
    }
    viewMenu->addSeparator();
    m_findAction = viewMenu->addAction(tr("&Find…"), this, [this] {
        if (AppView *current = view(m_current))
            current->focusSearch();
    });
    m_findAction->setObjectName(QStringLiteral("find"));
    m_findAction->setShortcut(QKeySequence::Find);
    QAction *reload = viewMenu->addAction(tr("&Reload"), this, &MainWindow::reloadFromStore);
    // F5 and Ctrl+R (QKeySequence::Refresh on some desktops) are Sync Now.
    reload->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction *outbox = m_outboxDock->toggleViewAction();
    outbox->setText(tr("&Outbox"));
    outbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    outbox->setStatusTip(tr("Edits waiting for the team server, refused ones and conflicts."));
    viewMenu->addAction(outbox);
    viewMenu->addAction(tr("Agent &Scoreboard…"), this, [this] {
        ScoreboardDialog::showFor(this, {m_database, m_clock, m_undoStack, m_jobs, m_session});
    })->setObjectName(QStringLiteral("scoreboard"));
    viewMenu->addSeparator();
    QMenu *appearanceMenu = viewMenu->addMenu(tr("&Appearance"));
    auto *appearances = new QActionGroup(this);
    const std::pair<Appearance, QString> choices[] = {{Appearance::System, tr("&System")},
                                                      {Appearance::Light, tr("&Light")},
                                                      {Appearance::Dark, tr("&Dark")}};
    for (const auto &[appearance, text] : choices) {
        QAction *choice = appearanceMenu->addAction(text);
        choice->setObjectName(QStringLiteral("appearance-%1").arg(appearanceName(appearance)));
        choice->setCheckable(true);
        choice->setChecked(appearance == currentAppearance());
        appearances->addAction(choice);
        connect(choice, &QAction::triggered, this, [appearance = appearance] {
            applyAppearance(appearance);
            AppSettings::Appearance.setValue(appearanceName(appearance));
        });
    }

    QMenu *serverMenu = menuBar()->addMenu(tr("Se&rver"));
    m_connectAction = serverMenu->addAction(tr("&Connect…"), this, [this] { showConnectDialog(); });
    m_disconnectAction = serverMenu->addAction(tr("&Disconnect"), this, [this] {
        m_session->disconnectFromServer();
        statusBar()->showMessage(tr("Disconnected; the sign-in was forgotten. Your edits stay in the outbox."), 10000);
    });
    serverMenu->addSeparator();
    m_syncAction = serverMenu->addAction(tr("&Sync Now"), m_session, &ServerSession::syncNow);
    m_syncAction->setObjectName(QStringLiteral("syncNow"));
    m_syncAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_syncAction->setStatusTip(tr("Send your edits to the team server and receive the team's changes (F5)."));
    m_syncAction->setToolTip(m_syncAction->statusTip());
    QMenu *autoMenu = serverMenu->addMenu(tr("&Automatic Sync"));
    m_autoSyncGroup = new QActionGroup(this);
    for (int minutes : {0, 1, 5, 15, 30, 60}) {
        //: Automatic sync: never.
        QAction *every = autoMenu->addAction(minutes == 0 ? tr("Off", "automatic sync")
                                                          : tr("Every %n Minutes", nullptr, minutes));
        every->setCheckable(true);
        every->setChecked(minutes == m_session->autoSyncMinutes());
        every->setData(minutes);
        m_autoSyncGroup->addAction(every);
        connect(every, &QAction::triggered, this, [this, minutes] { m_session->setAutoSyncMinutes(minutes); });
    }

    QMenu *storeMenu = menuBar()->addMenu(tr("&Store"));
    m_refreshAction = storeMenu->addAction(tr("Re-evaluate &Exceptions"), this, &MainWindow::refreshExceptions);
    m_refreshAction->setStatusTip(tr("Run the exception rules on every unfinished shipment as of now."));
    m_refitAction = storeMenu->addAction(tr("Refit &Delivery Predictions"), this, &MainWindow::refitPredictions);
    m_refitAction->setObjectName(QStringLiteral("refitPredictions"));
    m_refitAction->setStatusTip(tr("Learn delivery times again from every delivered shipment and re-estimate the "
                                   "shipments on their way (P50, P90, at risk of missing the promise)."));
    storeMenu->addSeparator();
    QAction *feeds = storeMenu->addAction(tr("Carrier &Feeds…"), this, &MainWindow::showCarrierFeeds);
    feeds->setObjectName(QStringLiteral("carrierFeeds"));
    feeds->setStatusTip(tr("Poll the carriers' tracking APIs from here: add, test and schedule feeds."));
    QAction *links = storeMenu->addAction(tr("Order &Links…"), this, &MainWindow::showOrderLinks);
    links->setObjectName(QStringLiteral("orderLinks"));
    links->setStatusTip(tr("The shipments no storefront order claims yet, with why, and the tracking numbers two "
                           "orders claim."));
    QAction *allocation = storeMenu->addAction(tr("Carrier &Allocation…"), this, &MainWindow::showCarrierAllocation);
    allocation->setObjectName(QStringLiteral("carrierAllocation"));
    allocation->setStatusTip(tr("The allocation scorecard, and the carriers recommended for an order with why."));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Control Tower"), this, &MainWindow::showAbout)->setObjectName(QStringLiteral("about"));
    updateServerActions();
}

void MainWindow::createStatusBar()
{
    m_syncIndicator = new SyncIndicator(*m_session, m_syncAction, this);
    m_jobIndicator = new JobIndicator(*m_jobs, this);
    m_counts->setObjectName(QStringLiteral("counts"));
    m_counts->setContentsMargins(6, 0, 6, 0);
    // Counts stay visible; transient messages use the left part of the bar.
    statusBar()->addPermanentWidget(m_syncIndicator);
    statusBar()->addPermanentWidget(m_jobIndicator);
    statusBar()->addPermanentWidget(m_counts);
    connect(m_syncIndicator, &SyncIndicator::outboxRequested, this, &MainWindow::showOutbox);
}

void MainWindow::connectSync()
{
    connect(m_outboxDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        m_outbox->reload();
        if (!std::exchange(m_outboxShownBefore, true) && !m_outboxDock->isFloating()
            && AppSettings::MainWindowState.value().isEmpty()) {
            // The first time, once laid out: half the window; the view keeps the rest.
            QTimer::singleShot(0, this, [this] { resizeDocks({m_outboxDock}, {height() / 2}, Qt::Vertical); });
        }
    });
    connect(m_outbox, &OutboxView::storeChanged, this, &MainWindow::reloadFromStore);
    connect(m_outbox, &OutboxView::countsChanged, this, [this](int pending, int failed, int conflicts) {
        m_syncIndicator->setOutboxCounts(pending, failed, conflicts);
        m_openConflicts = conflicts;
    });
    connect(m_session, &ServerSession::connectionChanged, this, &MainWindow::updateServerActions);
    connect(m_session, &ServerSession::syncStarted, this, [this] {
        // Resolutions can be undone until their edits are sent.
        m_undoStack->clear();
        m_outbox->setSyncing(true);
        updateServerActions();
    });
    connect(m_session, &ServerSession::syncFinished, this, [this](bool ok, const QString &message, int pulled) {
        m_outbox->setSyncing(false);
        updateServerActions();
        // Only when the round brought changes: a quiet automatic sync leaves the views alone.
        if (pulled > 0)
            reloadFromStore();
        const int conflictsBefore = m_openConflicts;
        m_outbox->reload();
        // New conflicts are the agent's to decide: show them.
        if (m_openConflicts > conflictsBefore)
            showOutbox();
        if (!ok)
            statusBar()->showMessage(tr("Sync: %1").arg(message), 15000);
    });
    connect(m_session, &ServerSession::loginRequired, this, [this](const QString &reason) { showConnectDialog(reason); });
    m_outbox->reload();
}

void MainWindow::setCurrentView(ViewId view)
{
    showView(view, true);
}

void MainWindow::showView(ViewId id, bool giveFocus)
{
    AppView *shown = view(id);
    m_current = id;
    m_stack->setCurrentWidget(showsWelcome() ? static_cast<QWidget *>(m_welcome) : shown);
    m_switcher->setCurrentView(id);
    if (QAction *action = m_viewActions->actions().value(viewIndex(id)))
        action->setChecked(true);
    m_findAction->setEnabled(shown->canSearch());
    bool anyFileActions = false;
    for (const AppView *each : m_views) {
        const QList<QAction *> actions = each->fileActions();
        for (QAction *action : actions)
            action->setVisible(each == shown);
        anyFileActions = anyFileActions || (each == shown && !actions.isEmpty());
    }
    if (m_fileActionSeparator)
        m_fileActionSeparator->setVisible(anyFileActions);
    setWindowTitle(tr("%1 — Control Tower").arg(shown->title()));
    // From the switcher the keyboard stays there, so the arrows go on moving through it.
    if (giveFocus)
        m_stack->currentWidget()->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::isTeamReplica() const
{
    return !SyncStore(m_database).serverUrl().isEmpty();
}

void MainWindow::updateServerActions()
{
    if (!m_syncAction)
        return;
    const bool replica = isTeamReplica();
    m_refreshAction->setEnabled(!replica);
    m_refitAction->setEnabled(!replica);
    m_refreshAction->setStatusTip(replica ? tr("The team server re-evaluates the exceptions of this store; sync to "
                                               "receive them.")
                                          : tr("Run the exception rules on every unfinished shipment as of now."));
    const bool connected = m_session->isConnected();
    m_disconnectAction->setEnabled(connected);
    m_connectAction->setText(connected ? tr("&Connect as Someone Else…") : tr("&Connect…"));
    m_syncAction->setEnabled(!m_session->isSyncing());
}

void MainWindow::openDrillDown(const AnalyticsDrillDown &drill)
{
    const QString description = QStringLiteral("%1: %2").arg(drill.title, drill.what);
    // The exception KPIs (backlog, SLA breaches, time to resolve) open their exceptions in
    // the queue, whatever their status; the shares of returns their returns; the others
    // (the return rate too: its orders' first shipments) their shipments.
    if (drill.listsExceptions()) {
        auto *exceptions = static_cast<ExceptionsView *>(view(ViewId::Exceptions));
        exceptions->showExceptionIds(drill.exceptions, description);
        setCurrentView(ViewId::Exceptions);
        return;
    }
    // The shares of returns open their returns in the returns queue.
    if (drill.listsReturns()) {
        auto *returns = static_cast<ReturnsView *>(view(ViewId::Returns));
        returns->showReturnIds(drill.returns, description);
        setCurrentView(ViewId::Returns);
        return;
    }
    auto *shipments = static_cast<ShipmentsView *>(view(ViewId::Shipments));
    shipments->showShipmentIds(drill.shipments, description);
    setCurrentView(ViewId::Shipments);
}

void MainWindow::showOrderLinks()
{
    if (!m_orderLinks) {
        m_orderLinks = new OrderLinksDialog(m_database, this);
        m_orderLinks->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_orderLinks, &OrderLinksDialog::shipmentChosen, this, [this](const QString &trackingNumber) {
            setCurrentView(ViewId::Shipments);
            static_cast<ShipmentsView *>(view(ViewId::Shipments))->openShipment(trackingNumber);
        });
    } else {
        m_orderLinks->reload();
    }
    m_orderLinks->show();
    m_orderLinks->raise();
    m_orderLinks->activateWindow();
}

void MainWindow::showCarrierAllocation()
{
    if (!m_allocation) {
        m_allocation = new CarrierAllocationDialog(m_database, m_clock, this);
        m_allocation->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_allocation->show();
    m_allocation->raise();
    m_allocation->activateWindow();
}

void MainWindow::showOutbox()
{
    m_outboxDock->show();
    m_outboxDock->raise();
    m_outbox->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showConflict(qint64 outboxId)
{
    showOutbox();
    m_outbox->reload();
    if (!m_outbox->select(outboxId))
        statusBar()->showMessage(tr("That conflict is no longer in the outbox: it was decided, or a sync sent the edit."),
                                 10000);
}

void MainWindow::showPreferences()
{
    if (auto *open = findChild<PreferencesDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new PreferencesDialog(QFileInfo(m_database.path()).absolutePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::applied, this, &MainWindow::applyPreferences);
    dialog->open();
}

void MainWindow::applyPreferences()
{
    // Priorities follow the SLA clock: the rules run again as of now this often.
    const int refreshMinutes = AppSettings::ExceptionRefreshMinutes.value();
    if (refreshMinutes > 0) {
        m_refreshTimer->setInterval(refreshMinutes * 60 * 1000);
        m_refreshTimer->start();
    } else {
        m_refreshTimer->stop();
    }
    const int syncMinutes = AppSettings::AutoSyncMinutes.value();
    if (syncMinutes != m_session->autoSyncMinutes())
        m_session->setAutoSyncMinutes(syncMinutes);
    if (m_autoSyncGroup) {
        for (QAction *every : m_autoSyncGroup->actions())
            every->setChecked(every->data().toInt() == syncMinutes);
    }
    if (auto *map = qobject_cast<MapView *>(view(ViewId::Map)))
        map->applyTileSettings();
    const QString appearance = AppSettings::Appearance.value();
    if (auto *choice = findChild<QAction *>(QStringLiteral("appearance-%1").arg(appearance)))
        choice->setChecked(true);
}

void MainWindow::showCarrierFeeds()
{
    if (auto *open = findChild<CarrierFeedsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new CarrierFeedsDialog(*m_feeds, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showConnectDialog(const QString &reason)
{
    if (auto *open = findChild<ConnectDialog *>()) {
        open->setReason(reason);
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new ConnectDialog(*m_session, m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(reason);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_session->isConnected())
            m_session->syncNow();
    });
    dialog->open();
}

void MainWindow::seedDemoData(int shipments)
{
    m_jobs->start(tr("Generating demo data"), StoreJobs::demoData(shipments, m_clock.now()));
}

void MainWindow::refreshExceptions()
{
    // A team server's replica is written by sync alone; the server re-evaluates its
    // exceptions and the next sync brings them.
    if (m_jobs->isBusy() || isTeamReplica())
        return;
    m_jobs->start(tr("Re-evaluating exceptions"), StoreJobs::exceptionRefresh(m_clock.nowMs(), RulesSetting::value()));
}

void MainWindow::refitPredictions()
{
    // Like the exception refresh: a replica's predictions are the team server's.
    if (m_jobs->isBusy() || isTeamReplica())
        return;
    m_jobs->start(tr("Refitting delivery predictions"), StoreJobs::eddRefit(m_clock.nowMs(), RulesSetting::value()),
                  StoreJobRunner::Cancel::Supported);
}

void MainWindow::reloadFromStore()
{
    for (AppView *each : m_views)
        each->reload();
    updateCounts();
}

void MainWindow::updateCounts()
{
    QString error;
    const auto stats = ShipmentQueries(m_database).summary(&error);
    if (!stats) {
        m_counts->setText(tr("Store unreadable: %1").arg(error));
        return;
    }
    m_storeEmpty = stats->shipments == 0;
    updateWelcome();
    const QLocale locale;
    m_counts->setText(tr("%1 shipments  ·  %2 open exceptions  ·  %3 returns")
                          .arg(locale.toString(stats->shipments), locale.toString(stats->openExceptions),
                               locale.toString(stats->returns)));
    m_counts->setToolTip(tr("Store: %1").arg(QDir::toNativeSeparators(m_database.path())));
}

bool MainWindow::showsWelcome() const
{
    return m_storeEmpty;
}

void MainWindow::updateWelcome()
{
    m_welcome->setTeamServer(SyncStore(m_database).serverUrl());
    // The views have nothing to show until the store has shipments: their column is
    // greyed while the welcome stands in for them.
    m_switcher->setEnabled(!m_storeEmpty);
    m_switcher->setToolTip(m_storeEmpty ? tr("The views open once the store has shipments.") : QString());
    QWidget *wanted = m_storeEmpty ? static_cast<QWidget *>(m_welcome) : view(m_current);
    if (m_stack->currentWidget() == wanted)
        return;
    const bool hadFocus = m_stack->currentWidget() && m_stack->currentWidget()->isAncestorOf(focusWidget());
    m_stack->setCurrentWidget(wanted);
    if (hadFocus)
        wanted->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showImport()
{
    if (const QString refusal = FeedImporter(m_database).refusal(); !refusal.isEmpty()) {
        importFiles({}); // says why
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), QString(),
        tr("Carrier tracking files and storefront orders (*.json *.jsonl *.ndjson *.txt *.csv);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (const QString refusal = FeedImporter(m_database).refusal(); !refusal.isEmpty()) {
        QMessageBox::information(this, tr("Import Files"),
                                 tr("This store cannot import files: %1.\n\nTo import files, use a store of your own "
                                    "(controltower --db FILE).")
                                     .arg(refusal));
        return;
    }
    if (paths.isEmpty())
        return;
    // A CSV in no known format: its columns mapped first (docs/storefronts/csv.md).
    const CsvOrderMappingBook csvMappings = CsvMappingPrompt::ask(paths, this);
    auto *dialog = new ImportDialog(*m_jobs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->start(paths, m_clock.nowMs(), csvMappings);
    dialog->show();
}

void MainWindow::newTeamStore()
{
    if (m_jobs->isBusy()) {
        QMessageBox::information(this, tr("New Store for a Team Server"),
                                 tr("Wait for the work in progress to finish (the status bar shows it), then try again."));
        return;
    }
    const QString folder = QFileInfo(m_database.path()).absolutePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("New Store for a Team Server"),
                                                      folder + QStringLiteral("/team.db"), tr("Stores (*.db)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Store for a Team Server"),
                             tr("%1 already exists. Choose a new file name: a store is never overwritten.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    if (!Database::open(path, &error)) {
        QMessageBox::warning(this, tr("New Store for a Team Server"),
                             tr("The store could not be made at %1:\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    emit storeSwitchRequested(path);
}

void MainWindow::showStoreSwitched(const QString &previousPath)
{
    statusBar()->showMessage(tr("Now on the new store %1. The previous store is kept as it was: %2 (open it with "
                                "controltower --db).")
                                 .arg(QDir::toNativeSeparators(m_database.path()), QDir::toNativeSeparators(previousPath)),
                             60000);
}

void MainWindow::showAbout()
{
    AboutBox box(m_database.path(), this);
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::MainWindowGeometry.setValue(saveGeometry());
    AppSettings::MainWindowState.setValue(saveState());
    AppSettings::MainWindowView.setValue(viewName(m_current));
    for (const AppView *each : m_views)
        each->saveLayout();
    m_outbox->saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace ct
