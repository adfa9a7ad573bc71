// SPDX-License-Identifier: MIT
#pragma once

#include "demogenerator.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace ct {

class Database;

// The work of a customer-service team on a demo store's open exceptions, as if the team
// had worked the queue through the demo's history (docs/DEMO-DATA.md, "The team's work"):
// an agent claims an exception some time after it opens, takes the action its type calls
// for (messages the customer, reships), and resolves with the type's reason the ones the
// carrier's scans do not close by themselves. Every step is an edit of the edit catalog
// through EditApplier at the instant it was made, so the history, the versions, the
// first-action times and the scoreboard read as they would on a working store. What was
// not due by `options.now` is left for the queue: recent exceptions stay open and
// unclaimed.
//
// Deterministic: each exception draws from its own stream of (seed, exception id), and
// only open, unclaimed exceptions without a first action are considered, so a second run
// at the same instant changes nothing.
class DemoTeamWork final
{
public:
    struct Result
    {
        qint64 considered = 0; // open, unclaimed exceptions found
        qint64 claimed = 0;
        qint64 actioned = 0;   // a first action taken (claimed ones all get one)
        qint64 resolved = 0;   // resolved by their agent
    };

    // The team's user names, in roster order.
    static QStringList agents();

    // `progress(done, total)` after every batch of exceptions. Returns false with `error`
    // when the store failed; batches before the failure stay written.
    static bool run(const Database &database, const DemoOptions &options,
                    const std::function<void(qint64, qint64)> &progress, Result *result, QString *error);
};

} // namespace ct
