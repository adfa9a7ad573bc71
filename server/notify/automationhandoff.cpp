// SPDX-License-Identifier: MIT
#include "automationhandoff.h"

#include "automation/automationledger.h"
#include "notificationqueue.h"
#include "store/database.h"
#include "store/transaction.h"

namespace ct::server {

AutomationHandoff::AutomationHandoff(const Database &database, NotifyConfig config)
    : m_database(database), m_config(std::move(config))
{
}

std::optional<AutomationHandoff::Outcome> AutomationHandoff::run(qint64 nowMs, int limit, QString *error)
{
    AutomationLedger ledger(m_database);
    const std::optional<QList<AutomationLedgerEntry>> decisions = ledger.notSent(limit, error);
    if (!decisions)
        return std::nullopt;
    Outcome outcome;
    QStringList taken;
    const auto markTaken = [&](QString *markError) {
        if (taken.isEmpty())
            return true;
        Transaction transaction(m_database.connection());
        return transaction.begin(markError) && ledger.markHandedOff(taken, markError) && transaction.commit(markError);
    };
    NotificationQueue queue(m_database);
    for (const AutomationLedgerEntry &d : *decisions) {
        const std::optional<MessageChannel> channel = messageChannelFromCode(d.notifyChannel);
        if (channel && !m_config.sends(*channel)) {
            ++outcome.waiting;
            continue;
        }
        const QString who = QStringLiteral("rule %1, shipment %2").arg(d.ruleId).arg(d.shipmentId);
        if (!channel) {
            outcome.refused << QStringLiteral("%1: \"%2\" is not a channel").arg(who, d.notifyChannel);
            taken << d.idempotencyKey;
            continue;
        }
        NotificationRequest request;
        request.shipmentId = d.shipmentId;
        request.templateName = d.notifyTemplate;
        request.channel = *channel;
        request.notBeforeMs = d.notifyNotBeforeMs;
        request.idempotencyKey = QStringLiteral("automation:") + d.idempotencyKey;
        request.requestedBy = QStringLiteral("automation:") + d.ruleId;
        const NotificationQueue::EnqueueOutcome enqueued = queue.enqueue(request, nowMs);
        using Status = NotificationQueue::EnqueueOutcome::Status;
        switch (enqueued.status) {
        case Status::Queued:
            ++outcome.queued;
            break;
        case Status::Replayed:
            ++outcome.replayed;
            break;
        case Status::KeyConflict:
        case Status::NoSuchShipment:
        case Status::UnknownTemplate:
            outcome.refused << QStringLiteral("%1: %2").arg(who, enqueued.detail);
            break;
        case Status::StoreError:
            // What was enqueued so far is marked; the rest is taken again next time (its key
            // makes a second enqueue a replay).
            markTaken(nullptr);
            if (error)
                *error = enqueued.detail;
            return std::nullopt;
        }
        taken << d.idempotencyKey;
    }
    if (!markTaken(error))
        return std::nullopt;
    return outcome;
}

} // namespace ct::server
