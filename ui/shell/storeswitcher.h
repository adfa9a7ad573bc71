// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/credentialstore.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <vector>

namespace ct {

class Clock;
class Database;
class MainWindow;

// The app's open store and the window on it, and File > New Store for a Team Server…
// (docs/DESKTOP.md, "First run"): when the window asks to move to a new store
// (MainWindow::storeSwitchRequested), the new store opens in a new window, which says
// where the previous store is and opens Server > Connect…; the old window closes (its
// layout saved) and is deleted from the event loop, and its store stays as it was, open
// until the switcher goes. The new store is the one the app opens at its next start
// (`store/path`). A store that cannot be opened leaves everything as it was, with the
// reason in a message box.
class StoreSwitcher final : public QObject
{
    Q_OBJECT

public:
    StoreSwitcher(std::unique_ptr<Database> database, const Clock &clock, CredentialStore credentials = CredentialStore(),
                  QObject *parent = nullptr);
    ~StoreSwitcher() override;

    MainWindow *window() const { return m_window.get(); }
    Database &database() const { return *m_database; }
    // The stores left behind by switches, oldest first (still open, never written).
    qsizetype retiredStores() const { return static_cast<qsizetype>(m_retired.size()); }

    // Moves to the store at `path` (made by the window); false, with `error`, when it
    // cannot be opened: nothing changes then.
    bool switchTo(const QString &path, QString *error);

Q_SIGNALS:
    // The window on the new store is shown; the previous one closes.
    void switched(ct::MainWindow *window);

private:
    std::unique_ptr<MainWindow> makeWindow(Database &database);

    const Clock &m_clock;
    CredentialStore m_credentials;
    // Members end in reverse order: the windows go before the stores they use.
    std::vector<std::unique_ptr<Database>> m_retired;
    std::vector<QPointer<MainWindow>> m_closing; // closed, waiting for the event loop to delete them
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace ct
