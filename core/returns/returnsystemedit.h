// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ct {

class Database;
struct EditOp;
struct EditOutcome;

// An edit the return policy makes itself, without an agent (the automatic approvals of
// ReturnAutoApproval, the expired labels of ReturnLabelExpiry): each return edited through
// the edit path (EditApplier, with authority) by the system actor "policy"
// (ReturnAutoApproval::actor), in a transaction of its own, so it is recorded and synced
// like an agent's edit. A return the edit no longer applies to (decided, moved on or gone
// since it was found) is skipped. Use from the Database's thread.
class ReturnSystemEdit final
{
public:
    struct Target
    {
        qint64 returnId = 0;
        QByteArray params; // the op's parameters, a JSON object
    };
    // Called inside a target's transaction once the edit is applied (the server writes its
    // audit entry there); false, with `error`, rolls that edit back and stops.
    using Applied = std::function<bool(const Target &, const EditOutcome &, QString *error)>;

    // `doing` names the edit in an error ("approving", "closing"). The number of returns
    // edited; nullopt with `error` when the store fails (the edits before it stay).
    static std::optional<int> apply(const Database &db, const EditOp &op, const QList<Target> &targets, qint64 nowMs,
                                    const char *doing, QString *error, const Applied &applied = {});
};

} // namespace ct
