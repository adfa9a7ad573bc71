// SPDX-License-Identifier: MIT
#pragma once

#include "notificationtemplateset.h"

#include <QString>
#include <QStringList>

namespace ct {

// A template filled for one shipment: what a sender sends.
struct RenderedNotification
{
    QString templateName;
    MessageChannel channel = MessageChannel::Email;
    QString language; // the template's (after the fallbacks of NotificationTemplateSet::find)
    QString subject;  // e-mail
    QString html;     // e-mail, variables HTML-escaped
    QString text;     // e-mail plain part, SMS
    QString whatsappTemplate;
    QStringList whatsappVariables;
    // Why it cannot be sent as it is: variables this shipment has no value for (and no
    // fallback), a link still at a reserved example address. Empty: ready.
    QStringList problems;

    bool ok() const { return problems.isEmpty(); }
};

// Fills a notification template with a shipment's values (docs/NOTIFICATIONS.md): the
// same for the desktop's preview and the team server's sending.
class NotificationRenderer final
{
public:
    static RenderedNotification render(const NotificationTemplate &notification, const NotificationTemplateSet &set,
                                       const NotificationContext &context);
};

} // namespace ct
