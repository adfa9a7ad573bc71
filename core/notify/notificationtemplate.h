// SPDX-License-Identifier: MIT
#pragma once

#include "notificationvariables.h"
#include "templates/messagetemplate.h"

#include <QString>
#include <QStringList>

namespace ct {

// One message the team sends customers, for one channel and language
// (docs/NOTIFICATIONS.md): its name ("shipped", "failed_attempt"), what it is about, and
// per channel: an e-mail's subject with its HTML and plain-text parts; an SMS's text; a
// WhatsApp message's approved provider template and its variables in order. Every text
// may use {{variables}}.
struct NotificationTemplate
{
    QString name;
    MessageChannel channel = MessageChannel::Email;
    QString language; // "en", "de", "pt_BR"
    NotificationSubject about = NotificationSubject::Shipment;
    QString subject;           // e-mail
    QString html;              // e-mail
    QString text;              // e-mail (plain part), SMS
    QString whatsappTemplate;  // WhatsApp: the template's name at the provider
    QStringList whatsappVariables; // WhatsApp: {{1}}, {{2}}... in order, each a template text

    bool operator==(const NotificationTemplate &) const = default;
};

} // namespace ct
