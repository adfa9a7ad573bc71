// SPDX-License-Identifier: MIT
#include "automationhistory.h"

#include "domain/timestamp.h"
#include "store/sqlstatement.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace ct {

namespace {

// The kinds and tags the rules have triggers for.
struct Watched
{
    QSet<int> tags;
    QSet<int> subtags;
    QHash<int, QList<int>> hoursInTag; // TimeInState: tag -> the rules' hours
    bool opened = false;
    bool firstAction = false;
    bool resolve = false;
    bool returns = false;

    explicit Watched(const AutomationRules &rules)
    {
        for (const AutomationRule *rule : rules.runOrder()) {
            const AutomationTrigger &t = rule->trigger;
            switch (t.kind) {
            case AutomationTriggerKind::TagReached:
                if (t.subtag)
                    subtags.insert(static_cast<int>(*t.subtag));
                else if (t.tag)
                    tags.insert(static_cast<int>(*t.tag));
                break;
            case AutomationTriggerKind::ExceptionOpened:
                opened = true;
                break;
            case AutomationTriggerKind::ExceptionEscalated:
                break; // the store keeps no history of priorities
            case AutomationTriggerKind::SlaBreached:
                (t.sla == SlaDeadline::FirstAction ? firstAction : resolve) = true;
                break;
            case AutomationTriggerKind::ReturnStatus:
                returns = true;
                break;
            case AutomationTriggerKind::TimeInState:
                if (t.tag && !hoursInTag[static_cast<int>(*t.tag)].contains(t.hours))
                    hoursInTag[static_cast<int>(*t.tag)].append(t.hours);
                break;
            }
        }
    }

    int maxHours() const
    {
        int most = 0;
        for (const QList<int> &hours : hoursInTag)
            for (int h : hours)
                most = std::max(most, h);
        return most;
    }
};

bool query(const Database &db, std::unique_ptr<SqlStatement> &q, const QString &sql, std::initializer_list<qint64> binds,
           QString *error)
{
    q = SqlStatement::prepare(db, sql, error);
    if (!q)
        return false;
    int i = 0;
    for (qint64 v : binds)
        q->bind(i++, v);
    return q->exec(error);
}

AutomationTransition slaBreach(qint64 exceptionId, qint64 shipmentId, SlaDeadline sla, qint64 atMs)
{
    AutomationTransition t;
    t.kind = AutomationTriggerKind::SlaBreached;
    t.exceptionId = exceptionId;
    t.shipmentId = shipmentId;
    t.sla = sla;
    t.atMs = atMs;
    return t;
}

} // namespace

AutomationHistory::AutomationHistory(const Database &database) : m_database(database) {}

bool AutomationHistory::dueAt(const AutomationRules &rules, qint64 nowMs, QList<AutomationTransition> *out,
                              QString *error) const
{
    const Watched watched(rules);
    std::unique_ptr<SqlStatement> q;
    for (auto it = watched.hoursInTag.cbegin(); it != watched.hoursInTag.cend(); ++it) {
        const int shortest = *std::min_element(it.value().cbegin(), it.value().cend());
        QList<qint64> candidates;
        if (!query(m_database, q, QStringLiteral("SELECT id FROM shipments WHERE tag = ? AND first_event_at_ms <= ? ORDER BY id"),
                   {it.key(), nowMs - shortest * MsPerHour}, error))
            return false;
        while (q->next())
            candidates << q->int64(0);
        q->finish();
        // Since when it has been in the tag: the first event after the last one of another tag.
        std::unique_ptr<SqlStatement> since = SqlStatement::prepare(
            m_database,
            QStringLiteral("SELECT min(occurred_at_ms) FROM events WHERE shipment_id = ? AND occurred_at_ms > "
                           "coalesce((SELECT max(occurred_at_ms) FROM events WHERE shipment_id = ? AND tag <> ?), ?)"),
            error);
        if (!since)
            return false;
        for (qint64 id : candidates) {
            since->bind(0, id);
            since->bind(1, id);
            since->bind(2, it.key());
            since->bind(3, std::numeric_limits<qint64>::min());
            if (!since->exec(error))
                return false;
            const std::optional<qint64> start = since->next() ? since->optionalInt64(0) : std::nullopt;
            since->finish();
            if (!start || nowMs - *start < shortest * MsPerHour)
                continue;
            AutomationTransition t;
            t.kind = AutomationTriggerKind::TimeInState;
            t.shipmentId = id;
            t.tag = static_cast<Tag>(it.key());
            t.tagSinceMs = *start;
            t.atMs = nowMs;
            out->append(t);
        }
    }
    if (watched.firstAction) {
        if (!query(m_database, q,
                   QStringLiteral("SELECT id, shipment_id FROM exceptions WHERE status = 0 AND first_action_at_ms IS NULL "
                                  "AND first_action_due_ms <= ? ORDER BY id"),
                   {nowMs}, error))
            return false;
        while (q->next())
            out->append(slaBreach(q->int64(0), q->int64(1), SlaDeadline::FirstAction, nowMs));
        q->finish();
    }
    if (watched.resolve) {
        if (!query(m_database, q,
                   QStringLiteral("SELECT id, shipment_id FROM exceptions WHERE status = 0 AND resolve_due_ms <= ? ORDER BY id"),
                   {nowMs}, error))
            return false;
        while (q->next())
            out->append(slaBreach(q->int64(0), q->int64(1), SlaDeadline::Resolve, nowMs));
        q->finish();
    }
    return true;
}

bool AutomationHistory::between(const AutomationRules &rules, qint64 fromMs, qint64 toMs, QList<AutomationTransition> *out,
                                QString *error) const
{
    const Watched watched(rules);
    std::unique_ptr<SqlStatement> q;
    QList<AutomationTransition> found;
    if (!watched.tags.isEmpty() || !watched.subtags.isEmpty() || !watched.hoursInTag.isEmpty()) {
        // A run in a tag may have begun up to the longest time-in-state before the window.
        const qint64 lookBack = fromMs - watched.maxHours() * MsPerHour;
        if (!query(m_database, q,
                   QStringLiteral("SELECT shipment_id, occurred_at_ms, tag, subtag FROM events WHERE shipment_id IN "
                                  "(SELECT DISTINCT shipment_id FROM events WHERE occurred_at_ms >= ? AND occurred_at_ms < ?) "
                                  "AND occurred_at_ms < ? ORDER BY shipment_id, occurred_at_ms"),
                   {lookBack, toMs, toMs}, error))
            return false;
        qint64 shipment = -1;
        int tag = -1;
        int subtag = -1;
        qint64 tagSince = 0;
        qint64 subtagSince = 0;
        // A run in `tag` from `tagSince` ends at `endMs`: the hours in it that passed inside the window.
        const auto endRun = [&](qint64 endMs) {
            if (shipment < 0 || tag < 0)
                return;
            for (int hours : watched.hoursInTag.value(tag)) {
                const qint64 at = tagSince + hours * MsPerHour;
                if (at >= fromMs && at < toMs && at < endMs) {
                    AutomationTransition t;
                    t.kind = AutomationTriggerKind::TimeInState;
                    t.shipmentId = shipment;
                    t.tag = static_cast<Tag>(tag);
                    t.tagSinceMs = tagSince;
                    t.atMs = at;
                    found.append(t);
                }
            }
        };
        while (q->next()) {
            const qint64 id = q->int64(0);
            const qint64 at = q->int64(1);
            const int eventTag = static_cast<int>(q->int64(2));
            const int eventSubtag = static_cast<int>(q->int64(3));
            if (id != shipment) {
                endRun(toMs);
                shipment = id;
                tag = subtag = -1;
            }
            const bool tagChanged = eventTag != tag;
            const bool subtagChanged = eventSubtag != subtag;
            if (tagChanged) {
                endRun(at);
                tagSince = at;
            }
            if (subtagChanged)
                subtagSince = at;
            tag = eventTag;
            subtag = eventSubtag;
            if ((tagChanged || subtagChanged) && at >= fromMs && at < toMs
                && ((tagChanged && watched.tags.contains(tag)) || watched.subtags.contains(subtag))) {
                AutomationTransition t;
                t.kind = AutomationTriggerKind::TagReached;
                t.shipmentId = id;
                t.tag = static_cast<Tag>(tag);
                t.subtag = static_cast<Subtag>(subtag);
                t.tagChanged = tagChanged;
                t.tagSinceMs = tagSince;
                t.subtagSinceMs = subtagSince;
                t.atMs = at;
                found.append(t);
            }
        }
        endRun(toMs);
        q->finish();
    }
    if (watched.opened) {
        if (!query(m_database, q,
                   QStringLiteral("SELECT id, shipment_id, trigger_at_ms FROM exceptions WHERE trigger_at_ms >= ? "
                                  "AND trigger_at_ms < ? ORDER BY id"),
                   {fromMs, toMs}, error))
            return false;
        while (q->next()) {
            AutomationTransition t;
            t.kind = AutomationTriggerKind::ExceptionOpened;
            t.exceptionId = q->int64(0);
            t.shipmentId = q->int64(1);
            t.atMs = q->int64(2);
            found.append(t);
        }
        q->finish();
    }
    if (watched.firstAction || watched.resolve) {
        if (!query(m_database, q,
                   QStringLiteral("SELECT id, shipment_id, first_action_due_ms, first_action_at_ms, resolve_due_ms, resolved_at_ms "
                                  "FROM exceptions WHERE (first_action_due_ms >= ? AND first_action_due_ms < ?) "
                                  "OR (resolve_due_ms >= ? AND resolve_due_ms < ?) ORDER BY id"),
                   {fromMs, toMs, fromMs, toMs}, error))
            return false;
        while (q->next()) {
            const qint64 firstDue = q->int64(2);
            const std::optional<qint64> firstAt = q->optionalInt64(3);
            const qint64 resolveDue = q->int64(4);
            const std::optional<qint64> resolvedAt = q->optionalInt64(5);
            if (watched.firstAction && firstDue >= fromMs && firstDue < toMs && (!firstAt || *firstAt > firstDue))
                found.append(slaBreach(q->int64(0), q->int64(1), SlaDeadline::FirstAction, firstDue));
            if (watched.resolve && resolveDue >= fromMs && resolveDue < toMs && (!resolvedAt || *resolvedAt > resolveDue))
                found.append(slaBreach(q->int64(0), q->int64(1), SlaDeadline::Resolve, resolveDue));
        }
        q->finish();
    }
    if (watched.returns) {
        if (!query(m_database, q,
                   QStringLiteral("SELECT id, shipment_id, status, updated_at_ms FROM returns WHERE shipment_id IS NOT NULL "
                                  "AND updated_at_ms >= ? AND updated_at_ms < ? ORDER BY id"),
                   {fromMs, toMs}, error))
            return false;
        while (q->next()) {
            AutomationTransition t;
            t.kind = AutomationTriggerKind::ReturnStatus;
            t.returnId = q->int64(0);
            t.shipmentId = q->int64(1);
            t.returnStatus = returnStatusFromInt(static_cast<int>(q->int64(2))).value_or(ReturnStatus::Requested);
            t.atMs = q->int64(3);
            found.append(t);
        }
        q->finish();
    }
    std::stable_sort(found.begin(), found.end(), [](const AutomationTransition &a, const AutomationTransition &b) { return a.atMs < b.atMs; });
    *out += found;
    return true;
}

} // namespace ct
