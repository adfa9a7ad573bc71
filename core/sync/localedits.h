// SPDX-License-Identifier: MIT
#pragma once

#include "edits/editapplier.h"
#include "outbox.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace ct {

class Database;

// One edit an agent made in this store, with what taking it back needs: the entity as
// it was just before and just after (API representations), and its outbox entry when
// the store is a team server's replica.
struct LocalEdit
{
    EntityKind entity = EntityKind::Exception;
    qint64 entityId = 0;
    QString op;
    QByteArray params; // JSON object
    QString actor;
    std::optional<OutboxEntry> queued; // a replica's edit waits here for the server
    QByteArray before;
    QByteArray after;
};

// The agent's edits as the desktop makes them (docs/SYNC.md, "Taking an edit back"):
// in a standalone store (never bound to a team server: SyncStore::serverId() is empty)
// an edit is applied with authority, like the server would, and nothing is queued, so
// nothing waits for a server that does not exist; in a replica it is applied
// optimistically and queued in the outbox (Outbox::enqueueInTransaction). Either way in
// one transaction.
//
// Until its outbox entry is sent an edit can be taken back: the entry is deleted and
// the fields the edit changed are put back, in one transaction. Once the sync engine has
// sent it (SyncStore::beginPush counts the try before the request leaves) the server may
// have it, and taking it back is refused. So is taking back an edit whose fields were
// changed again since (by a sync, the exception rules or another edit): those changes
// are not the edit's to undo. Use from the Database's thread.
class LocalEdits final
{
public:
    explicit LocalEdits(const Database &database);
    ~LocalEdits();

    // Whether the store has no team server: edits apply at once and are never queued.
    bool isStandalone() const;

    // Makes one edit. On success `made` (when given) describes it. Failures leave the
    // store unchanged; the outcome says why.
    EditOutcome make(EntityKind entity, qint64 id, const EditOp &op, const QByteArray &params,
                     const QString &actor, qint64 nowMs, LocalEdit *made);

    // Takes `edits` back, the last first, in one transaction: all of them or, when one
    // cannot be (`error` says which and why), none.
    bool withdraw(const QList<LocalEdit> &edits, QString *error);

    // Makes taken-back edits again, in order, in one transaction (all or none), at
    // `nowMs`: `edits` is updated to describe them as made now. The outcome of the first
    // that fails, its detail naming the entity, when one does.
    EditOutcome remake(QList<LocalEdit> &edits, qint64 nowMs);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
