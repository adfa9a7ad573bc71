// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace ct {
class Database;
}

namespace ct::server {

// The team server's label expiry (docs/RETURNS.md, "Label expiry"): in a team only the
// server closes returns whose label expired unused, so it happens once. Finds them by the
// policy in force (ReturnLabelExpiry::due) and closes each through the edit path (op
// `expire_label`, reason "label expired unused"), in a transaction of its own with its
// audit entry (actor "policy", role "system"); the change log takes it to every replica's
// next pull. Run at start and at every exception refresh. Use from the Database's thread.
class LabelExpiries final
{
public:
    explicit LabelExpiries(const Database &database) : m_database(database) {}

    struct Outcome
    {
        int closed = 0;
        qint64 unknownIssueTime = 0; // label issued with no known issue time: never closed
    };
    // nullopt with `error` when the store fails (the closings made before stay, each whole
    // with its audit entry).
    std::optional<Outcome> run(qint64 nowMs, QString *error);

private:
    const Database &m_database;
};

} // namespace ct::server
