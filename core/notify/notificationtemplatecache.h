// SPDX-License-Identifier: MIT
#pragma once

#include "notificationtemplateset.h"

#include <optional>

namespace ct {

class Database;

// The notification templates in force, read again only when the stored setting changed (a
// new version): checking the whole document is far more work than a message, and a queue
// reads the templates for every message. Use from the Database's thread.
class NotificationTemplateCache final
{
public:
    // The set in force (the defaults when never saved); null with `error`.
    const NotificationTemplateSet *get(const Database &database, QString *error);

private:
    qint64 m_version = -1;
    qint64 m_updatedAtMs = -1;
    std::optional<NotificationTemplateSet> m_set;
};

} // namespace ct
