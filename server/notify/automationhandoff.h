// SPDX-License-Identifier: MIT
#pragma once

#include "notifyconfig.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ct {
class Database;
}

namespace ct::server {

// Takes the automation rules' notify decisions to the notification queue
// (docs/AUTOMATION.md, "Notify"; docs/NOTIFICATIONS.md, "From the rules"). The rules
// write each decision into automation_ledger as `not_sent` in their own batch's
// transaction; this reads them, oldest first, and enqueues each on a channel this server
// sends, keyed by the ledger's idempotency key (so a decision enqueued and then handed off
// again after a crash is a replay, never a second message), not before the instant the
// quiet hours gave. Then it marks them `handed_off`. A decision the queue refuses for
// good (its template or shipment gone) is handed off too, and named in `refused`; one on
// a channel this server does not send stays `not_sent` until the channel is configured.
// Use from the Database's thread.
class AutomationHandoff final
{
public:
    AutomationHandoff(const Database &database, NotifyConfig config);

    struct Outcome
    {
        int queued = 0;   // new messages in the queue (skipped ones included: opted out...)
        int replayed = 0; // already in the queue under their key
        QStringList refused; // "rule r1, shipment 42: there is no template ..."
        int waiting = 0;  // left not_sent: a channel this server does not send
    };
    // Up to `limit` decisions; nullopt and `error` when the store fails (nothing is marked
    // that was not enqueued).
    std::optional<Outcome> run(qint64 nowMs, int limit, QString *error);

private:
    const Database &m_database;
    NotifyConfig m_config;
};

} // namespace ct::server
