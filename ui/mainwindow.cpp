// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "demo/demoseeder.h"
#include "jobs/storejobrunner.h"
#include "models/shipmenttablemodel.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "store/shipmentingestor.h"
#include "store/shipmentqueries.h"

#include <QAction>
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

namespace ct {

namespace {
constexpr int RefreshIntervalMs = 5 * 60 * 1000; // priorities follow the SLA clock
} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
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
      m_jobProgress(new QProgressBar(this))
{
    setWindowTitle(tr("Control Tower"));
    setObjectName(QStringLiteral("MainWindow"));

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("shipmentTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    const int columnWidths[] = {180, 110, 140, 140, 160, 140, 140, 90, 110, 95, 80};
    for (int c = 0; c < ShipmentTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, columnWidths[c]);
    m_table->horizontalHeader()->restoreState(AppSettings::ShipmentTableHeader.value());

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
    statusBar()->addPermanentWidget(m_jobLabel);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_counts);

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

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *find = viewMenu->addAction(tr("&Find Shipment"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *reload = viewMenu->addAction(tr("&Reload"), this, &MainWindow::reloadFromStore);
    reload->setShortcut(QKeySequence::Refresh);

    QMenu *storeMenu = menuBar()->addMenu(tr("&Store"));
    QAction *refresh = storeMenu->addAction(tr("Re-evaluate &Exceptions"), this, &MainWindow::refreshExceptions);
    refresh->setStatusTip(tr("Run the exception rules on every unfinished shipment as of now."));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Control Tower"), this, &MainWindow::showAbout);

    QToolBar *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("searchToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_search);
    toolbar->addSeparator();
    toolbar->addAction(reload);
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
    if (m_jobs->isBusy())
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
    m_model->setNow(QDateTime::currentDateTimeUtc());
    m_model->reload();
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
    } else {
        m_emptyState->setText(tr("<h3>No shipments yet</h3><p>Feed carrier tracking data into this store "
                                 "with <tt>controltower-cli ingest FILE --db \"%1\"</tt>, or fill it with "
                                 "demo data using <tt>controltower-cli demo</tt>.</p>")
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
    QMainWindow::closeEvent(event);
}

} // namespace ct
