// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/credentialstore.h"

#include <QMainWindow>

class QActionGroup;
class QDockWidget;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace ct {

class Database;
class OutboxView;
class ServerSession;
class ShipmentTableModel;
class StoreJobRunner;

// The main window: every shipment in the local store, searchable, newest activity first,
// with the store's counts in the status bar and long jobs (demo data, exception refresh)
// running in the background with visible progress. The real views (exception queue,
// returns, map, analytics) are added around this table by later work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `database` is the window's own (main-thread) connection; jobs use their own.
    MainWindow(Database &database, QWidget *parent = nullptr);
    // `credentials`: where the team server's token is kept (tests use their own service).
    MainWindow(Database &database, CredentialStore credentials, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Fills an empty store with `shipments` demo shipments in the background.
    void seedDemoData(int shipments);
    // Re-runs the exception rules as of now in the background.
    void refreshExceptions();
    // Reloads the table and the counts from the store.
    void reloadFromStore();

    // Server > Connect…; `reason` says why when the app asks by itself.
    void showConnectDialog(const QString &reason = {});
    // View > Outbox.
    void showOutbox();

    ShipmentTableModel *shipmentModel() const { return m_model; }
    StoreJobRunner *jobs() const { return m_jobs; }
    ServerSession *session() const { return m_session; }
    OutboxView *outboxView() const { return m_outbox; }
    QUndoStack *undoStack() const { return m_undoStack; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createSyncUi();
    void updateSyncStatus();
    void updateServerActions();
    // A copy of a team server's store (bound by a first sync): only sync writes to it.
    bool isTeamReplica() const;
    void updateCounts();
    void updateEmptyState();
    void showAbout();

    Database &m_database;
    ShipmentTableModel *m_model;
    StoreJobRunner *m_jobs;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_emptyState;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QTimer *m_refreshTimer;
    QLabel *m_counts;
    QLabel *m_jobLabel;
    QProgressBar *m_jobProgress;
    QUndoStack *m_undoStack;
    ServerSession *m_session;
    OutboxView *m_outbox;
    QDockWidget *m_outboxDock;
    QLabel *m_syncLabel;
    QProgressBar *m_syncProgress;
    QToolButton *m_outboxButton;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QActionGroup *m_autoSyncGroup = nullptr;
    int m_openConflicts = 0;
    bool m_outboxShownBefore = false;
};

} // namespace ct
