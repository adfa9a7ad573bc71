// SPDX-License-Identifier: MIT
#pragma once

#include "credentials/credentialstore.h"
#include "net/retrypolicy.h"
#include "sync/syncengine.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QTimer;

namespace ct {

class Clock;
class Database;
class SyncRunner;

// The desktop's session with a team server: which server and user, the token (in the
// OS keychain under CredentialStore::serverTokenKey(url), or only in memory when there
// is no keychain), sync rounds on demand and every few minutes, and what the status bar
// says about them. A token the server refuses is forgotten and a new login asked for.
class ServerSession final : public QObject
{
    Q_OBJECT

public:
    enum class TokenKeeping : quint8 {
        None,       // not connected
        Keychain,   // the token is in the keychain: the next start connects by itself
        MemoryOnly, // no keychain here: the token lasts until the app quits
    };
    Q_ENUM(TokenKeeping)

    // Where the store stands with a team server, for the status bar's mark.
    enum class Link : quint8 {
        Standalone,   // no team server: the store is the user's own
        NotConnected, // a team server is known, but there is no sign-in
        Syncing,      // a round runs (connecting, pushing, pulling, waiting to retry)
        Online,       // signed in, and the last round (if any) went through
        Offline,      // the server could not be reached; edits wait
        Failed,       // the last round failed for another reason
    };
    Q_ENUM(Link)

    // What the status bar shows: a line, and a progress bar when `maximum` >= 0
    // (0: busy without a known end).
    struct Status
    {
        Link link = Link::Standalone;
        QString text;
        QString detail; // tooltip: the full message
        int value = 0;
        int maximum = -1;
    };

    // `clock` stamps the last sync and counts down retries.
    ServerSession(const Database &database, const Clock &clock, CredentialStore credentials,
                  QObject *parent = nullptr);
    ~ServerSession() override;

    // Takes the last server and user from the settings and the token from the keychain
    // (in the background); connects, and syncs, when a token is found.
    void restore();
    // Takes the token of a successful login, remembers the server and the user in the
    // settings and keeps the token; `tokenKept` says where.
    void connectWith(const QUrl &server, const QString &user, const QString &role, const QByteArray &token);
    // Forgets the token (memory and keychain). The server and user stay in the settings
    // to connect again quickly.
    void disconnectFromServer();

    // Starts a sync round now (unless one runs). Without a token asks for a login.
    void syncNow();
    void setAutoSyncMinutes(int minutes);
    int autoSyncMinutes() const { return m_autoSyncMinutes; }
    // Tests shorten the backoff.
    void setRetryOptions(const RetryPolicy::Options &options) { m_retry = options; }

    bool isConnected() const { return !m_token.isEmpty(); }
    bool isSyncing() const;
    QUrl serverUrl() const { return m_server; }
    QString user() const { return m_user; }
    QString role() const { return m_role; }
    // The bearer token while connected (a team setting is saved with it, not through sync).
    QByteArray token() const { return m_token; }
    TokenKeeping tokenKeeping() const { return m_keeping; }
    const Status &status() const { return m_status; }
    // The last round that went through, also from an earlier run on this store (UTC).
    QDateTime lastSyncAt() const { return m_lastSyncAt; }

Q_SIGNALS:
    void connectionChanged();
    // After connectWith(): where the token went, and, when not in the keychain, why.
    void tokenKept(ct::ServerSession::TokenKeeping keeping, const QString &message);
    void syncStarted();
    void statusChanged();
    // `pulled`: changes written from the feed; the window reloads when there were any.
    void syncFinished(bool ok, const QString &message, int pulled);
    // The server refused the token, or a sync was asked for without one.
    void loginRequired(const QString &reason);

private:
    void setStatus(Status status);
    void updateIdleStatus();
    void scheduleAutoSync();
    void onState(SyncEngine::State state, const QString &detail);
    void onFinished(bool ok, SyncEngine::Failure failure, const QString &message, int pulled, int pushed,
                    int conflicts, int refused);
    void forgetToken();
    // "14:05" today, a short date and time before.
    QString clockTime(const QDateTime &when) const;
    QString lastSyncText() const;
    // Runs a keychain call once the caller has returned, and hands the answer to `done`.
    void withKeychain(std::function<CredentialStore::Result(const CredentialStore &)> work,
                      std::function<void(const CredentialStore::Result &)> done);

    const Database &m_database;
    const Clock &m_clock;
    CredentialStore m_credentials;
    SyncRunner *m_runner;
    QTimer *m_autoSync;
    QTimer *m_countdown;
    RetryPolicy::Options m_retry;
    QUrl m_server;
    QString m_user;
    QString m_role;
    QByteArray m_token;
    TokenKeeping m_keeping = TokenKeeping::None;
    QString m_keychainProblem;
    int m_autoSyncMinutes = 5;
    Status m_status;
    QDateTime m_lastSyncAt;
    QDateTime m_retryAt;
    quint64 m_generation = 0;
    int m_pushTotal = 0;
    bool m_outcomeShown = false;
};

} // namespace ct
