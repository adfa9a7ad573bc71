// SPDX-License-Identifier: MIT
#include "serversession.h"

#include "net/tlstrust.h"
#include "settings/appsettings.h"
#include "shell/clock.h"
#include "store/database.h"
#include "sync/syncstore.h"
#include "syncrunner.h"

#include <QLocale>
#include <QTimer>


namespace ct {

namespace {

QString shortName(const QUrl &server)
{
    return server.port() > 0 ? QStringLiteral("%1:%2").arg(server.host()).arg(server.port()) : server.host();
}

} // namespace

ServerSession::ServerSession(const Database &database, const Clock &clock, CredentialStore credentials,
                             QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_credentials(std::move(credentials))
    , m_runner(new SyncRunner(database.path(), this))
    , m_autoSync(new QTimer(this))
    , m_countdown(new QTimer(this))
    , m_autoSyncMinutes(qMax(0, AppSettings::AutoSyncMinutes.value()))
{
    // A copy of a team server's store knows its server before anyone signs in.
    m_server = QUrl(SyncStore(database).serverUrl());
    if (AppSettings::LastSyncStore.value() == database.path())
        m_lastSyncAt = AppSettings::LastSyncAt.value();
    m_autoSync->setSingleShot(true);
    connect(m_autoSync, &QTimer::timeout, this, &ServerSession::syncNow);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        const qint64 left = qMax<qint64>(0, m_clock.now().msecsTo(m_retryAt));
        Status status = m_status;
        status.text = tr("Waiting: retry in %n s", nullptr, static_cast<int>((left + 999) / 1000));
        setStatus(status);
    });
    connect(m_runner, &SyncRunner::stateChanged, this, &ServerSession::onState);
    connect(m_runner, &SyncRunner::pushProgress, this, [this](int done, int total) {
        m_pushTotal = total;
        if (m_runner->isRunning() && done == 0)
            return; // announced before the round connects; shown once it pushes
        setStatus({Link::Syncing, tr("Pushing %1/%2").arg(QLocale().toString(done), QLocale().toString(total)),
                   tr("Sending your edits to %1").arg(m_server.toDisplayString()), done, total});
    });
    connect(m_runner, &SyncRunner::pullProgress, this, [this](int pulled) {
        setStatus({Link::Syncing, tr("Pulling %1 changes").arg(QLocale().toString(pulled)),
                   tr("Receiving the team's changes from %1").arg(m_server.toDisplayString()), 0, 0});
    });
    connect(m_runner, &SyncRunner::retryScheduled, this, [this](int delayMs, const QString &reason) {
        m_retryAt = m_clock.now().addMSecs(delayMs);
        setStatus({Link::Syncing, tr("Waiting: retry in %n s", nullptr, (delayMs + 999) / 1000),
                   tr("The last request failed (%1); it is tried again shortly. Nothing is lost meanwhile.").arg(reason),
                   0, 0});
        m_countdown->start();
    });
    connect(m_runner, &SyncRunner::finished, this, &ServerSession::onFinished);
    updateIdleStatus();
}

ServerSession::~ServerSession() = default;

bool ServerSession::isSyncing() const
{
    return m_runner->isRunning();
}

void ServerSession::withKeychain(std::function<CredentialStore::Result(const CredentialStore &)> work,
                                 std::function<void(const CredentialStore::Result &)> done)
{
    // On the GUI thread, after the caller's code has returned: CredentialStore waits in a
    // bounded local event loop, so the window keeps painting and answering meanwhile. Not
    // on a worker thread: QtKeychain's Secret Service backend (libsecret) stays bound to
    // the GLib context of the first thread that used it, so calls from later, short-lived
    // threads never hear back (measured: every one ran into the timeout).
    QTimer::singleShot(0, this, [this, work = std::move(work), done = std::move(done)] { done(work(m_credentials)); });
}

void ServerSession::restore()
{
    const QString boundUrl = SyncStore(m_database).serverUrl();
    m_server = QUrl(boundUrl.isEmpty() ? AppSettings::ServerUrl.value() : boundUrl);
    m_user = AppSettings::ServerUser.value();
    if (m_server.isEmpty() || m_user.isEmpty()) {
        updateIdleStatus();
        return;
    }
    setStatus({Link::NotConnected, tr("Reading the saved sign-in…"), tr("Looking for the token of %1 in the keychain").arg(m_server.toDisplayString()), 0, 0});
    const quint64 generation = ++m_generation;
    const QString key = CredentialStore::serverTokenKey(m_server.toString());
    withKeychain([key](const CredentialStore &store) { return store.read(key); },
                 [this, generation](const CredentialStore::Result &result) {
                     if (generation != m_generation)
                         return;
                     if (result.ok() && !result.secret.isEmpty()) {
                         m_token = result.secret.toLatin1();
                         m_keeping = TokenKeeping::Keychain;
                         Q_EMIT connectionChanged();
                         syncNow();
                         return;
                     }
                     if (result.status != CredentialStore::Result::Status::NotFound)
                         m_keychainProblem = result.message;
                     updateIdleStatus();
                 });
}

void ServerSession::connectWith(const QUrl &server, const QString &user, const QString &role, const QByteArray &token)
{
    const quint64 generation = ++m_generation;
    m_server = server;
    m_user = user;
    m_role = role;
    m_token = token;
    m_keeping = TokenKeeping::MemoryOnly;
    m_keychainProblem.clear();
    m_outcomeShown = false;
    AppSettings::ServerUrl.setValue(server.toString());
    AppSettings::ServerUser.setValue(user);
    Q_EMIT connectionChanged();
    updateIdleStatus();
    const QString key = CredentialStore::serverTokenKey(server.toString());
    const QString secret = QString::fromLatin1(token);
    withKeychain([key, secret](const CredentialStore &store) { return store.write(key, secret); },
                 [this, generation](const CredentialStore::Result &result) {
                     if (generation != m_generation)
                         return;
                     m_keeping = result.ok() ? TokenKeeping::Keychain : TokenKeeping::MemoryOnly;
                     m_keychainProblem = result.ok() ? QString() : result.message;
                     updateIdleStatus();
                     Q_EMIT tokenKept(m_keeping, result.message);
                 });
}

void ServerSession::forgetToken()
{
    ++m_generation;
    m_token.clear();
    m_role.clear();
    m_keeping = TokenKeeping::None;
    m_autoSync->stop();
    if (!m_server.isEmpty()) {
        const QString key = CredentialStore::serverTokenKey(m_server.toString());
        withKeychain([key](const CredentialStore &store) { return store.remove(key); },
                     [](const CredentialStore::Result &) {});
    }
    Q_EMIT connectionChanged();
}

void ServerSession::disconnectFromServer()
{
    m_outcomeShown = false;
    forgetToken();
    updateIdleStatus();
}

void ServerSession::setAutoSyncMinutes(int minutes)
{
    m_autoSyncMinutes = qMax(0, minutes);
    AppSettings::AutoSyncMinutes.setValue(m_autoSyncMinutes);
    scheduleAutoSync();
    updateIdleStatus();
}

void ServerSession::scheduleAutoSync()
{
    if (!isConnected() || m_autoSyncMinutes == 0) {
        m_autoSync->stop();
        return;
    }
    m_autoSync->start(m_autoSyncMinutes * 60 * 1000);
}

void ServerSession::syncNow()
{
    if (!isConnected()) {
        Q_EMIT loginRequired(tr("Connect to a team server to sync."));
        return;
    }
    SyncOptions options;
    options.server = m_server;
    options.token = m_token;
    options.pageSize = 1000;
    options.retry = m_retry;
    // Preferences > Server: a CA certificate file to trust besides the system's (checked
    // when saved; one that no longer reads leaves the system's alone, and TLS says why).
    if (const QString caFile = AppSettings::ServerCaFile.value(); !caFile.isEmpty()) {
        QString error;
        if (auto cas = tls::readCaFile(caFile, &error))
            options.caCertificates = std::move(*cas);
    }
    m_pushTotal = 0;
    if (!m_runner->start(options))
        return;
    m_autoSync->stop();
    Q_EMIT syncStarted();
}

void ServerSession::onState(SyncEngine::State state, const QString &detail)
{
    if (state != SyncEngine::State::Waiting)
        m_countdown->stop();
    switch (state) {
    case SyncEngine::State::Connecting:
        setStatus({Link::Syncing, tr("Connecting to %1…").arg(shortName(m_server)), detail, 0, 0});
        break;
    case SyncEngine::State::Pushing:
        if (m_pushTotal > 0)
            setStatus({Link::Syncing, tr("Pushing 0/%1").arg(QLocale().toString(m_pushTotal)),
                       tr("Sending your edits to %1").arg(m_server.toDisplayString()), 0, m_pushTotal});
        else
            setStatus({Link::Syncing, tr("Pushing your edits…"), m_server.toDisplayString(), 0, 0});
        break;
    case SyncEngine::State::Pulling:
        setStatus({Link::Syncing, tr("Pulling changes…"), m_server.toDisplayString(), 0, 0});
        break;
    case SyncEngine::State::Idle:
    case SyncEngine::State::Waiting: // retryScheduled says it, with the delay
    case SyncEngine::State::Finished:
    case SyncEngine::State::Failed:  // onFinished says it
        break;
    }
}

void ServerSession::onFinished(bool ok, SyncEngine::Failure failure, const QString &message, int pulled, int pushed,
                               int conflicts, int refused)
{
    m_countdown->stop();
    m_outcomeShown = true;
    const QLocale locale;
    if (ok) {
        m_lastSyncAt = m_clock.now();
        AppSettings::LastSyncAt.setValue(m_lastSyncAt);
        AppSettings::LastSyncStore.setValue(m_database.path());
        QStringList parts;
        if (pushed > 0)
            parts << tr("%n edits sent", nullptr, pushed);
        if (conflicts > 0)
            parts << tr("%n conflicts", nullptr, conflicts);
        if (refused > 0)
            parts << tr("%1 refused").arg(refused);
        if (pulled > 0)
            parts << tr("%1 changes received").arg(locale.toString(pulled));
        setStatus({Link::Online, parts.isEmpty() ? tr("Synced at %1").arg(clockTime(m_lastSyncAt))
                                   : tr("Synced at %1: %2").arg(clockTime(m_lastSyncAt), parts.join(/*: Between the parts of a sync summary. */ tr(", "))),
                   message, 0, -1});
    } else if (failure == SyncEngine::Failure::TokenRefused) {
        forgetToken();
        setStatus({Link::NotConnected, tr("Not connected: the server refused the sign-in"), message, 0, -1});
        Q_EMIT loginRequired(tr("The server no longer accepts your sign-in (it expired, or it was withdrawn). "
                                "Connect again to go on syncing; your edits wait in the outbox meanwhile."));
    } else if (failure == SyncEngine::Failure::Unreachable) {
        setStatus({Link::Offline,
                   tr("Offline: %1 cannot be reached (%2)").arg(shortName(m_server), clockTime(m_clock.now())) + lastSyncText(),
                   tr("%1\nYour edits wait in the outbox; the next sync sends them.").arg(message), 0, -1});
    } else {
        setStatus({Link::Failed, tr("Sync failed: %1").arg(message), message, 0, -1});
    }
    scheduleAutoSync();
    Q_EMIT syncFinished(ok, message, pulled);
}

void ServerSession::updateIdleStatus()
{
    // A round's outcome (Synced at…, Offline…, Sync failed…) stays until the next round or
    // a change of connection; a keychain answer arriving after it must not hide it.
    if (isSyncing() || (isConnected() && m_outcomeShown))
        return;
    if (!isConnected()) {
        if (m_server.isEmpty())
            setStatus({Link::Standalone, tr("Standalone: no team server"),
                       tr("This store is your own: edits apply to it at once and nothing waits to be sent. "
                          "Server > Connect… to work with your team's server."),
                       0, -1});
        else if (!m_keychainProblem.isEmpty())
            setStatus({Link::NotConnected, tr("Not connected (no saved sign-in: the keychain is not available)") + lastSyncText(),
                       m_keychainProblem, 0, -1});
        else
            setStatus({Link::NotConnected, tr("Not connected to %1").arg(shortName(m_server)) + lastSyncText(),
                       tr("Server > Connect… to sign in to %1; your edits wait in the outbox meanwhile.")
                           .arg(m_server.toDisplayString()),
                       0, -1});
        return;
    }
    const QString who = tr("%1 on %2").arg(m_user, shortName(m_server));
    QString detail = m_keeping == TokenKeeping::MemoryOnly
        ? tr("Connected to %1 as %2. The token is kept for this session only (%3).")
              .arg(m_server.toDisplayString(), m_user, m_keychainProblem)
        : tr("Connected to %1 as %2.").arg(m_server.toDisplayString(), m_user);
    if (m_autoSyncMinutes > 0)
        detail += QLatin1Char(' ') + tr("Syncs every %n minutes.", nullptr, m_autoSyncMinutes);
    setStatus({Link::Online, m_lastSyncAt.isValid() ? tr("%1 · synced at %2").arg(who, clockTime(m_lastSyncAt)) : tr("Connected: %1").arg(who),
               detail, 0, -1});
}

QString ServerSession::clockTime(const QDateTime &when) const
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    if (local.date() == m_clock.today())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString ServerSession::lastSyncText() const
{
    return m_lastSyncAt.isValid() ? tr(" · last synced %1").arg(clockTime(m_lastSyncAt)) : QString();
}

void ServerSession::setStatus(Status status)
{
    m_status = std::move(status);
    Q_EMIT statusChanged();
}

} // namespace ct
