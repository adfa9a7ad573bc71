// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/credentialstore.h"
#include "shell/viewid.h"

#include <QMainWindow>
#include <QPointer>

#include <array>

class QActionGroup;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace ct {

class AppView;
class CarrierAllocationDialog;
class CarrierFeeds;
struct AnalyticsDrillDown;
class Clock;
class Database;
class JobIndicator;
class OrderLinksDialog;
class OutboxView;
class ServerSession;
class StoreJobRunner;
class SyncIndicator;
class ViewSwitcher;
class WelcomePage;

// The shell every view lives in. It assembles; it knows nothing of a view's inside:
// - one view per area (Exceptions, Returns, Shipments, Map, Analytics; ui/<area>/), in a
//   stack, reached by the switcher on the left, the View menu and Ctrl+1..Ctrl+5;
// - the menus, the outbox dock, and the status bar: the sync state (SyncIndicator), long
//   store work with progress and cancel (JobIndicator), the store's counts;
// - what the views share: the store's GUI-thread connection, the clock, the undo stack,
//   the job runner and the team server session (ViewContext);
// - the window's memory: geometry, docks, the last view, each view's layout;
// - the way in: the welcome page while the store has no shipments (ui/welcome/), File >
//   Import Files… and drops (ui/import/), File > New Store for a Team Server….
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `database` is the window's own (main-thread) connection; jobs use their own.
    // `clock` is "now" for the whole window (fixed by --now and in tests).
    MainWindow(Database &database, const Clock &clock, QWidget *parent = nullptr);
    // `credentials`: where the team server's token is kept (tests use their own service).
    MainWindow(Database &database, const Clock &clock, CredentialStore credentials, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `view` and gives it the keyboard.
    void setCurrentView(ViewId view);
    ViewId currentView() const { return m_current; }
    AppView *view(ViewId view) const { return m_views.at(static_cast<std::size_t>(viewIndex(view))); }

    // Fills an empty store with `shipments` demo shipments in the background.
    void seedDemoData(int shipments);
    // Re-runs the exception rules as of now in the background.
    void refreshExceptions();
    void refitPredictions();
    // Reloads every view and the counts from the store.
    void reloadFromStore();

    // Server > Connect…; `reason` says why when the app asks by itself.
    void showConnectDialog(const QString &reason = {});
    // View > Outbox.
    void showOutbox();
    // The outbox, on this entry's conflict side by side (a row of the queue asked for it).
    void showConflict(qint64 outboxId);
    // Store > Carrier Feeds…: the standalone feeds, their state, add, edit, test, poll.
    void showCarrierFeeds();
    // Store > Order Links…: the shipments without a storefront order, and the conflicts
    // (one dialog, kept while open; a shipment chosen there opens in the Shipments view).
    void showOrderLinks();
    void showCarrierAllocation();
    // Edit > Preferences… (Ctrl+,); what it saves takes effect through applyPreferences().
    void showPreferences();
    // Puts the saved preferences into effect: the exception-refresh and automatic-sync
    // intervals, the menus' checks.
    void applyPreferences();
    // Opens what a number of the Analytics view stands for (its drill-down): the Shipments
    // view filtered to exactly those shipments.
    void openDrillDown(const AnalyticsDrillDown &drill);

    // File > Import Files… (Ctrl+I): chooses files, then importFiles().
    void showImport();
    // Imports files and folders in the background with the result sheet; a store bound to
    // a team server refuses with the reason.
    void importFiles(const QStringList &paths);
    // File > New Store for a Team Server…: a new empty store file, then storeSwitchRequested.
    void newTeamStore();
    // After the app switched to this window's store: says where the previous store is.
    void showStoreSwitched(const QString &previousPath);
    // The welcome page shown in place of the views while the store has no shipments.
    WelcomePage *welcome() const { return m_welcome; }
    bool showsWelcome() const;

signals:
    // The app should close this window and open one on the store at `path`, then connect.
    void storeSwitchRequested(const QString &path);

public:
    StoreJobRunner *jobs() const { return m_jobs; }
    ServerSession *session() const { return m_session; }
    CarrierFeeds *carrierFeeds() const { return m_feeds; }
    OutboxView *outboxView() const { return m_outbox; }
    QUndoStack *undoStack() const { return m_undoStack; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createViews();
    void createActions();
    void createStatusBar();
    void connectSync();
    void showView(ViewId view, bool giveFocus);
    void updateServerActions();
    // A copy of a team server's store (bound by a first sync): only sync writes to it.
    bool isTeamReplica() const;
    void updateCounts();
    void updateWelcome();
    void showAbout();

    Database &m_database;
    const Clock &m_clock;
    StoreJobRunner *m_jobs;
    QUndoStack *m_undoStack;
    ServerSession *m_session;
    CarrierFeeds *m_feeds;
    OutboxView *m_outbox;
    QPointer<OrderLinksDialog> m_orderLinks;
    QPointer<CarrierAllocationDialog> m_allocation;
    QDockWidget *m_outboxDock;
    ViewSwitcher *m_switcher;
    QStackedWidget *m_stack;
    std::array<AppView *, AllViews.size()> m_views{};
    ViewId m_current = DefaultView;
    QTimer *m_refreshTimer;
    QLabel *m_counts;
    WelcomePage *m_welcome = nullptr;
    bool m_storeEmpty = false;
    SyncIndicator *m_syncIndicator = nullptr;
    JobIndicator *m_jobIndicator = nullptr;
    QActionGroup *m_viewActions = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_fileActionSeparator = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_refitAction = nullptr;
    QActionGroup *m_autoSyncGroup = nullptr;
    int m_openConflicts = 0;
    bool m_outboxShownBefore = false;
};

} // namespace ct
