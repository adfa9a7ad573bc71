// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ct {
class Database;
struct EditOutcome;
}

namespace ct::server {

// The team server's automatic approvals (docs/RETURNS.md, "Automatic approval"): in a
// team only the server approves by policy, so it happens once. Judges every requested
// return by the policy in force (the `return_policy` setting managers save) and approves
// those it approves automatically through the edit path (ReturnAutoApproval), each in a
// transaction of its own with its audit entry (actor "policy", role "system"); the change
// log takes it to every replica's next pull. Run at start, after ingest (demo data, a
// carrier poll), every exception refresh, and after the return policy is saved. Use from
// the Database's thread.
class PolicyApprovals final
{
public:
    explicit PolicyApprovals(const Database &database) : m_database(database) {}

    // The number of returns approved; nullopt with `error` when the store fails (the
    // approvals made before stay, each whole with its audit entry).
    std::optional<int> run(qint64 nowMs, QString *error);

    // The role the audit log names for the policy.
    static QString auditRole();
    // The audit entry of one of the policy's own edits of a return (an approval, an
    // expired label: LabelExpiries), by the actor "policy" in the role "system", inside the
    // edit's transaction.
    static bool appendAudit(const Database &database, qint64 nowMs, qint64 returnId, const char *op,
                            const QByteArray &params, const EditOutcome &outcome, QString *error);

private:
    const Database &m_database;
};

} // namespace ct::server
