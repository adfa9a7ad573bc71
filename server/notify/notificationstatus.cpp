// SPDX-License-Identifier: MIT
#include "notificationstatus.h"

namespace ct::server {

namespace {

constexpr const char *Codes[] = {"queued", "sending", "sent", "failed", "dead", "skipped"};

} // namespace

QString notificationStatusCode(NotificationStatus status)
{
    return QLatin1String(Codes[static_cast<int>(status)]);
}

std::optional<NotificationStatus> notificationStatusFromCode(QStringView code)
{
    for (int i = 0; i < static_cast<int>(std::size(Codes)); ++i)
        if (code == QLatin1String(Codes[i]))
            return static_cast<NotificationStatus>(i);
    return std::nullopt;
}

bool isFinal(NotificationStatus status)
{
    return status != NotificationStatus::Queued && status != NotificationStatus::Sending;
}

} // namespace ct::server
