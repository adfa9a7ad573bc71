// SPDX-License-Identifier: MIT
#pragma once

#include "outbox.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace ct {

class Database;
namespace json {
class Value;
}

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

    // One page of the change feed (`changes` is the array) and the cursor after it.
    bool applyPage(const json::Value &changes, const QString &nextCursor, qint64 nowMs, int *applied,
                   QString *error);

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
    // A try that did not reach a verdict (network fault, 5xx, 429): counted, kept pending.
    bool recordAttempt(const OutboxEntry &entry, const QString &detail, qint64 nowMs, QString *error);

    int openConflictCount(QString *error) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
