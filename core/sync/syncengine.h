// SPDX-License-Identifier: MIT
#pragma once

#include "net/retrypolicy.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace ct {

class Database;
class SyncStore;
struct OutboxEntry;

struct SyncOptions
{
    QUrl server;             // "http://127.0.0.1:8787"
    QByteArray token;        // bearer token
    // Trusted for https besides the system's CA certificates (e.g. a server's self-signed
    // certificate: tls::readCaFile). An untrusted certificate ends the round at once.
    QList<QSslCertificate> caCertificates;
    int pageSize = 1000;     // change-feed page size
    // Edits per POST /v1/edits (at most the server's max_batch_edits, 100 by default); 1
    // sends each edit to its own route. A server without batches (404, 405, 413) gets
    // single edits for the rest of the round.
    int pushBatch = 100;
    int transferTimeoutMs = 30'000;
    RetryPolicy::Options retry;
};

struct SyncReport
{
    int pulled = 0;     // entities received from the change feed
    int pages = 0;
    int pushed = 0;     // edits the server accepted
    int conflicts = 0;  // edits that became conflicts
    int failed = 0;     // edits the server refused for good
    int retries = 0;    // requests repeated after a fault
    int pushRequests = 0; // requests that carried edits (batches or single edits), retries not counted
};

// One sync round with the team server (docs/SYNC.md): push the outbox, each edit with its
// idempotency key and the version it was made on, then pull the change feed until caught
// up, each page stored with its cursor in one transaction. Network faults, 5xx and 429
// are retried with jittered exponential backoff that honours Retry-After; a round that
// cannot reach the server ends with ok = false and nothing lost (the outbox and cursor
// are where they were). Lives in the thread that opened the Database.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    enum class State : quint8 { Idle, Connecting, Pushing, Pulling, Waiting, Finished, Failed };
    Q_ENUM(State)
    // Why a round failed, for callers that act on it (a refused token asks to log in again).
    enum class Failure : quint8 {
        None,
        TokenRefused, // 401/403 on the token: log in again
        Unreachable,  // no answer, or only retryable faults, after every attempt
        Other,        // store refused the server, invalid answers, store errors
    };
    Q_ENUM(Failure)

    SyncEngine(const Database &database, SyncOptions options, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    // start(), then waits in a local event loop until finished; for command-line tools and
    // benchmarks (a window uses start() and the signals). Returns finished()'s ok and message.
    bool runToEnd(QString *message);
    State state() const { return m_state; }
    const SyncReport &report() const { return m_report; }
    Failure failure() const { return m_failure; }

Q_SIGNALS:
    void stateChanged(ct::SyncEngine::State state, const QString &detail);
    void progress(int pulled, int pushed);
    // A request failed with a retryable fault and is tried again in `delayMs`.
    void retryScheduled(int delayMs, const QString &reason);
    void finished(bool ok, const QString &message);

private:
    struct Response
    {
        int status = 0;          // 0: no HTTP answer
        QByteArray body;
        QString networkError;
    };
    using Handler = std::function<void(const Response &)>;

    void setState(State state, const QString &detail = {});
    void send(const QByteArray &method, const QString &path, const QByteArray &body,
              const QList<QPair<QByteArray, QByteArray>> &headers, Handler handler, int attempt = 1);
    void connectToServer();
    void pushNext();
    void handlePushAnswer(const OutboxEntry &entry, const Response &response);
    void pushBatch(const QList<OutboxEntry> &pending);
    void handleBatchAnswer(const QList<OutboxEntry> &entries, const Response &response);
    void pullNext();
    void fail(const QString &message);
    void finish();
    QString describe(const Response &response) const;

    const Database &m_database;
    SyncOptions m_options;
    std::unique_ptr<SyncStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    RetryPolicy m_retry;
    State m_state = State::Idle;
    SyncReport m_report;
    Failure m_failure = Failure::None;
    bool m_batches = true;   // the server takes POST /v1/edits (until it says otherwise)
    int m_batchAttempt = 1;  // batches in a row with edits the server could not decide (5xx, 429)
};

} // namespace ct
