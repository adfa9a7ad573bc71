// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "demo/demoseeder.h"
#include "jobs/storejobrunner.h"
#include "models/shipmenttablemodel.h"
#include "outbox/outboxview.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "store/shipmentingestor.h"
#include "store/shipmentqueries.h"
#include "sync/connectdialog.h"
#include "sync/serversession.h"
#include "sync/syncstore.h"
#include "views/recordtable.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace ct {

namespace {
constexpr int RefreshIntervalMs = 5 * 60 * 1000; // priorities follow the SLA clock
} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
    : MainWindow(database, CredentialStore(), parent)
{
}

MainWindow::MainWindow(Database &database, CredentialStore credentials, QWidget *parent)
    : QMainWindow(parent),
      m_database(database),
      m_model(new ShipmentTableModel(database, this)),
      m_jobs(new StoreJobRunner(database.path(), this)),
      m_stack(new QStackedWidget(this)),
      m_table(new QTableView(m_stack)),
      m_emptyState(new QLabel(m_stack)),
      m_search(new QLineEdit(this)),
      m_searchDelay(new QTimer(this)),
      m_refreshTimer(new QTimer(this)),
      m_counts(new QLabel(this)),
      m_jobLabel(new QLabel(this)),
      m_jobProgress(new QProgressBar(this)),
      m_undoStack(new QUndoStack(this)),
      m_session(new ServerSession(database, std::move(credentials), this)),
      m_outbox(new OutboxView(database, m_undoStack, this)),
      m_outboxDock(new QDockWidget(tr("Outbox"), this)),
      m_syncLabel(new QLabel(this)),
      m_syncProgress(new QProgressBar(this)),
      m_outboxButton(new QToolButton(this))
{
    setWindowTitle(tr("Control Tower"));
    setObjectName(QStringLiteral("MainWindow"));

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("shipmentTable"));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setStretchLastSection(false);
    setUpRecordTable(*m_table, {180, 110, 140, 140, 160, 140, 140, 90, 110, 95, 80},
                     AppSettings::ShipmentTableHeader.value());

    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setMargin(40);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);
    setCentralWidget(m_stack);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search tracking number, order, customer, e-mail or phone  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(420);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_model->setSearchText(m_search->text());
        updateEmptyState();
    });

    m_jobProgress->setMaximumWidth(220);
    m_jobProgress->setTextVisible(true);
    m_jobProgress->hide();
    m_jobLabel->hide();
    // Counts stay visible; transient messages use the left part of the bar.
    m_counts->setObjectName(QStringLiteral("counts"));
    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    m_syncLabel->setContentsMargins(10, 0, 10, 0);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setMaximumWidth(160);
    m_syncProgress->setTextVisible(false);
    m_syncProgress->hide();
    m_outboxButton->setObjectName(QStringLiteral("outboxButton"));
    m_outboxButton->setAutoRaise(true);
    m_outboxButton->hide();
    statusBar()->addPermanentWidget(m_outboxButton);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_jobLabel);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_counts);

    createSyncUi();
    createActions();

    connect(m_model, &ShipmentTableModel::queryFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Reading the store failed: %1").arg(message), 15000);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);

    connect(m_jobs, &StoreJobRunner::jobStarted, this, [this](const QString &title) {
        m_jobLabel->setText(title);
        m_jobLabel->show();
        m_jobProgress->setRange(0, 0);
        m_jobProgress->show();
    });
    connect(m_jobs, &StoreJobRunner::jobProgress, this, [this](const QString &, qint64 done, qint64 total) {
        if (total <= 0)
            return;
        m_jobProgress->setRange(0, 1000);
        m_jobProgress->setValue(static_cast<int>(1000 * done / total));
        m_jobProgress->setFormat(QStringLiteral("%1 / %2").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_jobs, &StoreJobRunner::jobFinished, this, [this](const QString &title, const QString &summary) {
        statusBar()->showMessage(summary.isEmpty() ? tr("%1: done").arg(title) : summary, 10000);
        reloadFromStore();
    });
    connect(m_jobs, &StoreJobRunner::jobFailed, this, [this](const QString &title, const QString &error) {
        m_jobProgress->hide();
        m_jobLabel->hide();
        QMessageBox::warning(this, title, tr("%1 failed:\n\n%2").arg(title, error));
    });
    connect(m_jobs, &StoreJobRunner::idle, this, [this] {
        m_jobProgress->hide();
        m_jobLabel->hide();
    });

    m_refreshTimer->setInterval(RefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshExceptions);
    m_refreshTimer->start();

    resize(1400, 820);
    restoreGeometry(AppSettings::MainWindowGeometry.value());
    restoreState(AppSettings::MainWindowState.value());
    updateCounts();
    updateEmptyState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *find = viewMenu->addAction(tr("&Find Shipment"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *reload = viewMenu->addAction(tr("&Reload"), this, &MainWindow::reloadFromStore);
    // F5 and Ctrl+R (QKeySequence::Refresh on some desktops) are Sync Now.
    reload->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction *outbox = m_outboxDock->toggleViewAction();
    outbox->setText(tr("&Outbox"));
    outbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    outbox->setStatusTip(tr("Edits waiting for the team server, refused ones and conflicts."));
    viewMenu->addAction(outbox);

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
    QMenu *autoMenu = serverMenu->addMenu(tr("&Automatic Sync"));
    m_autoSyncGroup = new QActionGroup(this);
    for (int minutes : {0, 1, 5, 15, 30, 60}) {
        QAction *every = autoMenu->addAction(minutes == 0 ? tr("Off")
                                             : minutes == 1 ? tr("Every Minute")
                                                            : tr("Every %1 Minutes").arg(minutes));
        every->setCheckable(true);
        every->setChecked(minutes == m_session->autoSyncMinutes());
        every->setData(minutes);
        m_autoSyncGroup->addAction(every);
        connect(every, &QAction::triggered, this, [this, minutes] { m_session->setAutoSyncMinutes(minutes); });
    }

    QMenu *storeMenu = menuBar()->addMenu(tr("&Store"));
    m_refreshAction = storeMenu->addAction(tr("Re-evaluate &Exceptions"), this, &MainWindow::refreshExceptions);
    m_refreshAction->setStatusTip(tr("Run the exception rules on every unfinished shipment as of now."));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Control Tower"), this, &MainWindow::showAbout);

    QToolBar *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_search);
    toolbar->addSeparator();
    toolbar->addAction(reload);
    toolbar->addAction(m_syncAction);
    toolbar->addAction(outbox);
    updateServerActions();
}

void MainWindow::createSyncUi()
{
    m_outboxDock->setObjectName(QStringLiteral("outboxDock"));
    m_outboxDock->setWidget(m_outbox);
    m_outboxDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_outboxDock);
    m_outboxDock->hide();
    connect(m_outboxDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        m_outbox->reload();
        if (!std::exchange(m_outboxShownBefore, true) && !m_outboxDock->isFloating()
            && AppSettings::MainWindowState.value().isEmpty()) {
            // The first time, once laid out: half the window; the shipments keep the rest.
            QTimer::singleShot(0, this, [this] { resizeDocks({m_outboxDock}, {height() / 2}, Qt::Vertical); });
        }
    });

    connect(m_outboxButton, &QToolButton::clicked, this, &MainWindow::showOutbox);
    connect(m_outbox, &OutboxView::storeChanged, this, &MainWindow::reloadFromStore);
    connect(m_outbox, &OutboxView::countsChanged, this, [this](int pending, int failed, int conflicts) {
        QStringList parts;
        if (conflicts > 0)
            parts << (conflicts == 1 ? tr("1 conflict") : tr("%1 conflicts").arg(conflicts));
        if (failed > 0)
            parts << tr("%1 refused").arg(failed);
        if (pending > 0)
            parts << (pending == 1 ? tr("1 edit waiting") : tr("%1 edits waiting").arg(pending));
        m_outboxButton->setText(parts.join(QStringLiteral(" · ")));
        m_outboxButton->setToolTip(tr("Open the outbox (Ctrl+Shift+O)"));
        m_outboxButton->setVisible(!parts.isEmpty());
        m_openConflicts = conflicts;
    });

    connect(m_session, &ServerSession::statusChanged, this, &MainWindow::updateSyncStatus);
    connect(m_session, &ServerSession::connectionChanged, this, [this] {
        updateServerActions();
        updateEmptyState();
    });
    connect(m_session, &ServerSession::syncStarted, this, [this] {
        // Resolutions can be undone until their edits are sent.
        m_undoStack->clear();
        m_outbox->setSyncing(true);
        updateServerActions();
    });
    connect(m_session, &ServerSession::syncFinished, this, [this](bool ok, const QString &message, int pulled) {
        m_outbox->setSyncing(false);
        updateServerActions();
        // Only when the round brought changes: a quiet automatic sync leaves the table alone.
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
    updateSyncStatus();
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
    m_refreshAction->setStatusTip(replica ? tr("The team server re-evaluates the exceptions of this store; sync to "
                                               "receive them.")
                                          : tr("Run the exception rules on every unfinished shipment as of now."));
    const bool connected = m_session->isConnected();
    m_disconnectAction->setEnabled(connected);
    m_connectAction->setText(connected ? tr("&Connect as Someone Else…") : tr("&Connect…"));
    m_syncAction->setEnabled(!m_session->isSyncing());
}

void MainWindow::updateSyncStatus()
{
    const ServerSession::Status &status = m_session->status();
    m_syncLabel->setText(status.text);
    m_syncLabel->setToolTip(status.detail);
    m_syncProgress->setVisible(status.maximum >= 0);
    if (status.maximum >= 0) {
        m_syncProgress->setRange(0, status.maximum);
        m_syncProgress->setValue(status.value);
    }
}

void MainWindow::showOutbox()
{
    m_outboxDock->show();
    m_outboxDock->raise();
    m_outbox->setFocus(Qt::ShortcutFocusReason);
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
    m_jobs->start(tr("Generating demo data"),
                  [shipments](const Database &db, const StoreJobRunner::Progress &progress, QString *summary,
                              QString *error) {
                      DemoOptions options;
                      options.now = QDateTime::currentDateTimeUtc();
                      DemoSeeder::Result result;
                      if (!DemoSeeder::seed(db, options, shipments, progress, &result, error))
                          return false;
                      *summary = tr("Demo data: %1 shipments, %2 returns, %3 open exceptions")
                                     .arg(QLocale().toString(result.counts.shipmentsNew),
                                          QLocale().toString(result.returns),
                                          QLocale().toString(result.counts.exceptionsOpened));
                      return true;
                  });
}

void MainWindow::refreshExceptions()
{
    // A team server's replica is written by sync alone; the server re-evaluates its
    // exceptions and the next sync brings them.
    if (m_jobs->isBusy() || isTeamReplica())
        return;
    m_jobs->start(tr("Re-evaluating exceptions"),
                  [](const Database &db, const StoreJobRunner::Progress &progress, QString *summary, QString *error) {
                      ShipmentIngestor ingestor(db);
                      IngestCounts counts;
                      if (!ingestor.refreshExceptions(QDateTime::currentMSecsSinceEpoch(), &counts, error,
                                                      [&](int done, int total) { progress(done, total); }))
                          return false;
                      *summary = tr("Exceptions re-evaluated: %1 opened, %2 resolved")
                                     .arg(QLocale().toString(counts.exceptionsOpened),
                                          QLocale().toString(counts.exceptionsResolved));
                      return true;
                  });
}

void MainWindow::reloadFromStore()
{
    // Keep the shipment the agent is on selected when it is still among the first rows.
    const QVariant current = m_table->currentIndex().data(ShipmentTableModel::ShipmentIdRole);
    const int column = qMax(0, m_table->currentIndex().column());
    m_model->setNow(QDateTime::currentDateTimeUtc());
    m_model->reload();
    updateCounts();
    if (!current.isValid())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, column);
        if (index.data(ShipmentTableModel::ShipmentIdRole) == current) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            break;
        }
    }
}

void MainWindow::updateCounts()
{
    QString error;
    const auto stats = ShipmentQueries(m_database).summary(&error);
    if (!stats) {
        m_counts->setText(tr("Store unreadable: %1").arg(error));
        return;
    }
    const QLocale locale;
    m_counts->setText(tr("%1 shipments  ·  %2 open exceptions  ·  %3 returns")
                          .arg(locale.toString(stats->shipments), locale.toString(stats->openExceptions),
                               locale.toString(stats->returns)));
    m_counts->setToolTip(tr("Store: %1").arg(QDir::toNativeSeparators(m_database.path())));
}

void MainWindow::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (!m_model->searchText().trimmed().isEmpty()) {
        m_emptyState->setText(tr("<h3>No shipment matches “%1”</h3><p>Search looks at tracking numbers, "
                                 "order numbers, customer names, e-mail addresses and phone numbers; "
                                 "every word must match the start of one of them.</p>")
                                  .arg(m_model->searchText().toHtmlEscaped()));
    } else if (m_jobs->isBusy()) {
        m_emptyState->setText(tr("<h3>Preparing the store…</h3><p>Shipments appear here as soon as the "
                                 "job in the status bar is done.</p>"));
    } else if (m_session->isConnected() || !SyncStore(m_database).serverId().isEmpty()) {
        m_emptyState->setText(tr("<h3>No shipments yet</h3><p>This store is a copy of the team server at %1. "
                                 "<b>Sync Now</b> (F5) brings the team's shipments.</p>")
                                  .arg(m_session->serverUrl().toDisplayString().toHtmlEscaped()));
    } else {
        m_emptyState->setText(tr("<h3>No shipments yet</h3><p>Connect to your team's server (Server &gt; "
                                 "Connect…) to work with its shipments.</p><p>For a store of your own, feed carrier "
                                 "tracking data into it with <tt>controltower-cli ingest FILE --db \"%1\"</tt>, or "
                                 "fill it with demo data using <tt>controltower-cli demo</tt>.</p>")
                                  .arg(QDir::toNativeSeparators(m_database.path()).toHtmlEscaped()));
    }
    m_stack->setCurrentWidget(m_emptyState);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Control Tower"),
                       tr("<h3>Control Tower %1</h3><p>Every parcel across every carrier in one place: "
                          "tracking feeds normalized into one status language, delivery exceptions "
                          "detected and prioritised.</p><p>Store: %2</p>")
                           .arg(QApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_database.path()).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::MainWindowGeometry.setValue(saveGeometry());
    AppSettings::MainWindowState.setValue(saveState());
    AppSettings::ShipmentTableHeader.setValue(m_table->horizontalHeader()->saveState());
    m_outbox->saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace ct
