// SPDX-License-Identifier: MIT
#pragma once

#include "notificationvariables.h"

#include <optional>

namespace ct {

class Database;

// Reads what a notification about a shipment is filled from: the shipment whole, its
// storefront order when one is linked, and its latest return when it has one. Use from the thread that opened the Database.
class NotificationContextQuery final
{
public:
    explicit NotificationContextQuery(const Database &database);

    // nullopt with `error` empty when there is no such shipment, set when the store failed.
    std::optional<NotificationContext> load(qint64 shipmentId, QString *error) const;

private:
    const Database &m_database;
};

} // namespace ct
