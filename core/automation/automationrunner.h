// SPDX-License-Identifier: MIT
#pragma once

#include "automationrules.h"
#include "automationtransition.h"
#include "notifydecision.h"

#include "domain/trackingevent.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace ct {

class Database;

// What one evaluation did.
struct AutomationRunCounts
{
    int transitions = 0;  // transitions looked at
    int fired = 0;        // rules fired: new ledger rows
    int alreadyFired = 0; // a rule matched a transition the ledger already holds
    int editsApplied = 0;
    int editsSkipped = 0; // not possible (no open exception, too few attempts) or refused
    int decisions = 0;    // notify decisions made (not rate limited, a recipient known)
    int messagesHeld = 0; // of those: not before the end of the destination's quiet hours
    int rateLimited = 0;
    int noContact = 0;

    AutomationRunCounts &operator+=(const AutomationRunCounts &o);
};

// The dry run's figures for one rule (docs/AUTOMATION.md, "Dry run").
struct AutomationRuleFigures
{
    QString ruleId;
    QString name;
    AutomationRunCounts counts;
    QHash<QString, int> actions; // action code -> how many would be taken
};

struct AutomationDryRunReport
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int transitions = 0;
    QList<AutomationRuleFigures> rules; // in run order
};

// Runs the team's automation rules (docs/AUTOMATION.md). ShipmentIngestor notes each
// transition of a batch as it writes it (a shipment's new status, an exception that opens
// or rises in priority, a return's new status) and calls run() before it commits: the
// enabled rules, in priority order, whose trigger fires and whose every condition holds,
// fire once per (rule, shipment, transition), proven by the ledger's idempotency key.
// Their edits go through EditApplier as "automation:<rule id>", so they are in the
// exception's history, on the change feed and in the outbox states as an agent's are;
// a notify action becomes a NotifyDecision with a not-before instant from the
// destination's quiet hours, within the per-customer rate limit, handed to the sink after
// the caller's commit (deliver()) or, without one, kept in the ledger as not sent.
// sweep() finds what time alone brings (hours in a state without action, SLA deadlines
// passed); dryRun() replays a window of the store's history and counts, writing nothing.
// Use from the Database's thread.
class AutomationRunner final
{
public:
    explicit AutomationRunner(const Database &database);
    ~AutomationRunner();

    // The setting's name in the team settings.
    static constexpr const char *SettingName = "automation";

    // Reads the rules in force (team setting "automation"); call at the start of each
    // batch. False only when the store fails; a stored document this build cannot read,
    // or a store without the ledger, runs no rules (qWarning says why).
    bool reload(QString *error);
    // Uses `rules` instead of the team's (a dry run of a file, tests).
    void setRules(const AutomationRules &rules);
    const AutomationRules &rules() const;
    bool isActive() const;

    void setNotifySink(std::function<void(const NotifyDecision &)> sink);

    // A shipment's status as stored before a batch: a run in a tag that began after
    // `lastEventMs` is a new one even when the tag is the same (out for delivery and
    // attempted again within one batch).
    struct StoredStatus
    {
        Tag tag = Tag::Pending;
        Subtag subtag = Subtag::PendingNoInformation;
        std::optional<qint64> lastEventMs;
    };

    // The batch's transitions, noted as the ingestor writes them (cheap when no rule
    // watches them). `before` is the stored status (none for a new shipment); events
    // sorted oldest first.
    void shipmentWritten(qint64 shipmentId, const std::optional<StoredStatus> &before, Tag tag, Subtag subtag,
                         const QList<TrackingEvent> &events);
    void exceptionOpened(qint64 shipmentId, qint64 exceptionId, bool reopened, qint64 atMs);
    void exceptionPriorityChanged(qint64 shipmentId, qint64 exceptionId, int before, int after, qint64 atMs);
    void returnStatusChanged(qint64 shipmentId, qint64 returnId, ReturnStatus status, qint64 atMs);
    void note(const AutomationTransition &transition);
    int pending() const;

    // Evaluates the noted transitions in the caller's transaction and forgets them.
    bool run(qint64 nowMs, AutomationRunCounts *counts, QString *error);
    // After the caller committed: the decisions of the runs since go to the sink.
    void deliver();
    // After the caller rolled back: they are forgotten.
    void discard();

    // What time brings at `nowMs`: hours in a state (without action), SLA deadlines
    // passed. In transactions of its own, `batchSize` transitions each.
    bool sweep(qint64 nowMs, AutomationRunCounts *counts, QString *error, int batchSize = 500);

    // What the rules would have done with the transitions of [nowMs - days, nowMs),
    // evaluated at each transition's instant; nothing is written or handed on.
    bool dryRun(int days, qint64 nowMs, AutomationDryRunReport *report, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
