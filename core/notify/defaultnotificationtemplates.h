// SPDX-License-Identifier: MIT
#pragma once

namespace ct {

class NotificationTemplateSet;

// The notification templates shipped with the product (docs/NOTIFICATIONS.md, "The
// default set"): shipped, out for delivery, delivered, failed attempt (with the link to
// fix the address or the date), delayed, available for pickup and three return steps,
// by e-mail, SMS and WhatsApp, in English, German, French and Spanish.
NotificationTemplateSet defaultNotificationTemplates();

} // namespace ct
