// SPDX-License-Identifier: MIT
#include "storeswitcher.h"

#include "mainwindow.h"
#include "settings/appsettings.h"
#include "store/database.h"

#include <QMessageBox>

namespace ct {

StoreSwitcher::StoreSwitcher(std::unique_ptr<Database> database, const Clock &clock, CredentialStore credentials,
                             QObject *parent)
    : QObject(parent), m_clock(clock), m_credentials(std::move(credentials)), m_database(std::move(database))
{
    m_window = makeWindow(*m_database);
}

StoreSwitcher::~StoreSwitcher()
{
    // The windows before the stores they use: the current one, and any closed one the
    // event loop has not deleted yet.
    m_window.reset();
    for (const QPointer<MainWindow> &closing : m_closing)
        delete closing.data();
}

std::unique_ptr<MainWindow> StoreSwitcher::makeWindow(Database &database)
{
    auto window = std::make_unique<MainWindow>(database, m_clock, m_credentials);
    // Queued: the request comes from inside the window's own slot, which must return
    // before the window goes.
    connect(window.get(), &MainWindow::storeSwitchRequested, this, [this](const QString &path) {
        QString error;
        if (!switchTo(path, &error))
            QMessageBox::warning(m_window.get(), tr("New Store"), tr("The store could not be opened.\n\n%1").arg(error));
    }, Qt::QueuedConnection);
    return window;
}

bool StoreSwitcher::switchTo(const QString &path, QString *error)
{
    auto next = Database::open(path, error);
    if (!next)
        return false;
    const QString previous = m_database->path();
    std::unique_ptr<MainWindow> nextWindow = makeWindow(*next);
    nextWindow->show();
    // A visible window remains, so the app does not quit when the old one closes; it is
    // deleted from the event loop, after whatever slot of it is running now.
    MainWindow *old = m_window.release();
    old->close();
    old->deleteLater();
    m_closing.emplace_back(old);
    m_retired.push_back(std::move(m_database));
    m_database = std::move(next);
    m_window = std::move(nextWindow);
    AppSettings::StorePath.setValue(path);
    m_window->showStoreSwitched(previous);
    Q_EMIT switched(m_window.get());
    m_window->showConnectDialog();
    return true;
}

} // namespace ct
