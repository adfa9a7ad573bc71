// SPDX-License-Identifier: MIT
#pragma once

#include "json/jsonvalue.h"
#include "outbox.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace ct {

class Database;

// A stale edit and the server's version it lost against (sync_conflicts). `local` is the
// entity as it stood locally with the edit applied, `server` the server's representation.
struct SyncConflict
{
    qint64 id = 0;
    qint64 outboxId = 0;
    EntityKind entity = EntityKind::Exception;
    qint64 entityId = 0;
    qint64 localVersion = 0;
    qint64 serverVersion = 0;
    QByteArray local;
    QByteArray server;
    qint64 detectedAtMs = 0;
    std::optional<qint64> resolvedAtMs;
    QString resolution; // "", "discarded", "reapplied"
};

// The client store's side of sync (docs/SYNC.md): where the change feed stands, and what
// each answer of the server does to the store, each in one transaction: a page of the
// feed lands together with the cursor that follows it; an accepted edit replaces the
// local entity with the server's and closes its outbox entry; a stale edit becomes a
// conflict record holding both versions. Pending edits of an entity the server just
// rewrote are applied again on top of it, so nothing an agent did disappears while it
// waits. Use from the Database's thread.
class SyncStore final
{
public:
    explicit SyncStore(const Database &database);
    ~SyncStore();

    QString cursor() const;
    QString serverId() const;
    QString serverUrl() const;
    // Binds the store to a server on first sync; refuses a store bound to another server
    // or holding data that did not come from one.
    bool bindToServer(const QString &url, const QString &serverId, QString *error);
    // What bindToServer() would answer, without writing anything: lets a client refuse a
    // server before it keeps a token for it.
    bool checkBinding(const QString &url, const QString &serverId, QString *error) const;

    // One page of the change feed (`changes` is the array) and the cursor after it.
    bool applyPage(const json::Value &changes, const QString &nextCursor, qint64 nowMs, int *applied,
                   QString *error);

    // Just before the engine sends `entry`: counts the try, after which the server may
    // have the edit whatever happens to the answer, so it can no longer be taken back
    // (LocalEdits::withdraw refuses an entry that was tried). False with `error` empty
    // when the entry is no longer pending (taken back meanwhile): the engine skips it.
    bool beginPush(const OutboxEntry &entry, qint64 nowMs, QString *error);

    // beginPush() for each of `entries` in one transaction; `marked` gets those still pending.
    bool beginPushes(const QList<OutboxEntry> &entries, qint64 nowMs, QList<OutboxEntry> *marked, QString *error);

    // The server accepted the edit and answered with the entity's new representation.
    bool acceptEdit(const OutboxEntry &entry, const json::Value &representation, qint64 nowMs,
                    QString *error);
    // The server refused the edit as stale (412); `current` is its representation.
    bool recordConflict(const OutboxEntry &entry, const json::Value &current, const QString &detail,
                        qint64 nowMs, QString *error);
    // The server refused the edit for good (400/403/404/409/422). `current` (the server's
    // representation, when it could be fetched) replaces the optimistic local state.
    bool failEdit(const OutboxEntry &entry, const QString &detail, const json::Value *current,
                  qint64 nowMs, QString *error);
    // The verdicts of one batch push (POST /v1/edits), stored in one transaction: each
    // as acceptEdit(), recordConflict() or failEdit() would; an undecided one (5xx, 429)
    // stays pending with its detail.
    struct PushResult
    {
        enum class Verdict : quint8 { Accepted, Conflict, Refused, Undecided };
        OutboxEntry entry;
        Verdict verdict = Verdict::Undecided;
        json::Value representation; // Accepted: the new one; Conflict, Refused: the server's now (may be absent)
        QString detail;
    };
    bool applyPushResults(const QList<PushResult> &results, qint64 nowMs, QString *error);

    // A try that did not reach a verdict (network fault, 5xx, 429): counted, kept pending.
    bool recordAttempt(const OutboxEntry &entry, const QString &detail, qint64 nowMs, QString *error);

    int openConflictCount(QString *error) const;

    // The conflict record of an outbox entry: nullopt with `error` empty when there is none.
    std::optional<SyncConflict> conflictFor(qint64 outboxId, QString *error) const;

    // Resolving a conflict (the agent decides, nothing is decided for them):
    // "discard my edit": the server's version stays; the conflict is closed.
    bool discardConflict(qint64 conflictId, qint64 nowMs, QString *error);
    // "apply my edit again on the server's version": the conflicted edit is checked and
    // applied again on the entity as it is now and queued as a new outbox entry (a new
    // idempotency key, the current version as its base), and the conflict is closed, in
    // one transaction. `before` receives the entity as it was, for withdrawRequeued().
    // When the edit no longer applies (the server's version made it invalid) nothing
    // changes and the outcome says why.
    EditOutcome requeueConflict(qint64 conflictId, const QString &actor, qint64 nowMs, OutboxEntry *queued,
                                QByteArray *before);
    // Undo of discardConflict(): the conflict is open again.
    bool reopenConflict(qint64 conflictId, QString *error);
    // Undo of requeueConflict() while its entry has not been sent: the entry is removed,
    // the entity restored to `before`, the conflict open again. Refused once the entry
    // has been tried (the server may have it).
    bool withdrawRequeued(qint64 conflictId, const OutboxEntry &queued, const QByteArray &before, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
