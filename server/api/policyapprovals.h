// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace ct {
class Database;
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

private:
    const Database &m_database;
};

} // namespace ct::server
