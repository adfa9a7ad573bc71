// SPDX-License-Identifier: MIT
#pragma once

#include "automationrules.h"
#include "automationtransition.h"

#include <QList>
#include <QString>

namespace ct {

class Database;

// Finds the transitions a store holds without ingest noting them (docs/AUTOMATION.md):
// what time alone brings at an instant (the sweep: hours in a state, SLA deadlines
// passed), and what happened in a window of its history (the dry run: status changes
// from the events, exceptions opened, SLA deadlines passed, hours in a state, returns'
// latest statuses). Only the kinds `rules` has triggers for are looked for. Read only.
class AutomationHistory final
{
public:
    explicit AutomationHistory(const Database &database);

    // TimeInState (the shipment in the tag for the rule's hours at `nowMs`) and
    // SlaBreached (an open exception past its deadline at `nowMs`), each with `atMs`
    // = `nowMs`.
    bool dueAt(const AutomationRules &rules, qint64 nowMs, QList<AutomationTransition> *out, QString *error) const;
    // The transitions of [fromMs, toMs), oldest first, each at the instant it happened.
    bool between(const AutomationRules &rules, qint64 fromMs, qint64 toMs, QList<AutomationTransition> *out,
                 QString *error) const;

private:
    const Database &m_database;
};

} // namespace ct
