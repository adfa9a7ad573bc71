// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returnstatus.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ct {

class Database;
struct EditOp;
struct EditOutcome;
struct ReturnPolicy;

// Where a return's label stands at an instant (ReturnLabelExpiry::standing).
struct ReturnLabelStanding
{
    enum class Kind : quint8 {
        NoLabel, // the return is not in label issued: no label waits to be used
        Unknown, // in label issued, but when the label was issued is not known: it never expires on its own
        Running, // the label can still be used: `daysLeft` whole days, rounded up
        Expired, // the label's time is up: the return is closed at the next refresh
    };
    Kind kind = Kind::NoLabel;
    qint64 expiresAtMs = 0; // Running and Expired: issued + label_expiry_days × 24 h
    int daysLeft = 0;       // Running: ceil((expires − now) / 24 h), at least 1
};

// The return policy's label expiry (docs/RETURNS.md, "Label expiry"): a return whose label
// was issued `label_expiry_days` × 24 h ago or longer, still in label issued (never
// scanned: in transit means the label was used), and whose reverse parcel the store has
// no carrier scan of, is closed with the reason "label expired unused" through the edit
// path (op `expire_label`, with authority) by the system actor "policy"
// (ReturnSystemEdit), so it is recorded and synced like any edit. It runs where a team
// decides once, as ReturnAutoApproval does: on a standalone store (the desktop's exception
// refresh, `controltower-cli refresh`) and on the team server (its refresh timer, with an
// audit entry); a replica of a team server closes nothing and pulls the server's
// closings. A label-issued return whose issue time is unknown (NULL) is never closed by
// expiry: it is counted, so the caller says so. Use from the Database's thread.
class ReturnLabelExpiry final
{
public:
    explicit ReturnLabelExpiry(const Database &db) : m_db(db) {}

    // The reason the closing carries (the op's `reason`, kept as the decision note).
    static QString reason();
    // The op, `expire_label` {reason}: the policy's own edit, not in the edit catalog, so
    // no user can send it (no route on the server, no outbox row on a client).
    static const EditOp &op();
    // Why `expire_label` cannot close a return that is `status`; empty when it can (label issued).
    static QString refusal(ReturnStatus status);

    // Pure: the label of a return that is `status`, issued at `issuedAtMs`, under a policy
    // of `expiryDays`, at `nowMs`. Expired from issued + expiryDays × 24 h on (that instant included).
    static ReturnLabelStanding standing(ReturnStatus status, std::optional<qint64> issuedAtMs, int expiryDays,
                                        qint64 nowMs);

    // What an expiry run finds at `nowMs` under `policy`.
    struct Due
    {
        QList<qint64> returnIds; // to close, by id
        qint64 unknownIssueTime = 0; // in label issued with no issue time: never closed by expiry
        qint64 scanned = 0;          // expired by age, but the carrier scanned the reverse parcel: left open
    };
    std::optional<Due> due(const ReturnPolicy &policy, qint64 nowMs, QString *error) const;

    // Called inside a closing's transaction once it is applied (the server writes its audit
    // entry there); false, with `error`, rolls that closing back and stops.
    using Applied = std::function<bool(qint64 returnId, const EditOutcome &, QString *error)>;
    // Closes each return, in a transaction of its own; one no longer in label issued is
    // skipped. The number closed; nullopt with `error` when the store fails.
    std::optional<int> close(const QList<qint64> &returnIds, qint64 nowMs, QString *error,
                             const Applied &applied = {}) const;

    struct Outcome
    {
        int closed = 0;
        qint64 unknownIssueTime = 0;
        qint64 scanned = 0;
        bool replica = false; // a replica of a team server: nothing was looked at, the server closes
    };
    // A standalone store's run (the desktop, the CLI): due() then close(); on a replica nothing.
    std::optional<Outcome> expireDue(const ReturnPolicy &policy, qint64 nowMs, QString *error) const;

private:
    const Database &m_db;
};

} // namespace ct
