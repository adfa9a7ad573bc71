// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ct::server {

// Where a queued notification stands (docs/NOTIFICATIONS.md, "The queue"): queued (waiting
// for its instant or its next attempt), sending (claimed by a dispatcher), then sent,
// failed (the provider refused it, or the outcome of an interrupted send is unknown: never
// retried), dead (retried max_attempts times), or skipped (opted out, or no address).
enum class NotificationStatus : quint8 { Queued, Sending, Sent, Failed, Dead, Skipped };

QString notificationStatusCode(NotificationStatus status); // "queued"
std::optional<NotificationStatus> notificationStatusFromCode(QStringView code);
bool isFinal(NotificationStatus status);

} // namespace ct::server
