// SPDX-License-Identifier: MIT
#pragma once

#include "notificationtemplate.h"

#include "edits/editcatalog.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace ct {

class Database;

// The team's notification templates (the team setting "notification_templates",
// docs/NOTIFICATIONS.md): the templates per name, channel and language, the language a
// customer without one of their own gets, and the links the templates point to (the
// tracking page, the page where a customer fixes the address or the date). Read whole
// with every problem located ("templates[3].html: line 2, column 14: {{custmer.name}} is
// not a variable ..."), so a document with any error is refused and the one in force
// stays.
class NotificationTemplateSet final
{
public:
    static constexpr const char *SettingName = "notification_templates";

    QString defaultLanguage = QStringLiteral("en");
    QString trackingUrl;   // a pattern: "https://track.example.com/{{shipment.tracking_number}}"
    QString fixAddressUrl;
    QList<NotificationTemplate> templates;

    static std::optional<NotificationTemplateSet> fromJson(QByteArrayView document, QList<FieldError> *errors);
    QByteArray toJson() const;
    // The set shipped with the product: the common journey in English, German, French and
    // Spanish, on each channel.
    static const NotificationTemplateSet &defaults();

    // The template for `name` on `channel` in `language`; else in its base language ("de"
    // for "de_CH"); else in the default language. Null when none.
    const NotificationTemplate *find(const QString &name, MessageChannel channel, const QString &language) const;

    // The team setting's check and normal form (TeamSettingKind).
    static std::optional<QByteArray> normalized(QByteArrayView document, QList<FieldError> *errors);
    static QByteArray defaultDocument();
    // The set in force in `database` (the defaults when never saved); nullopt with `error`.
    static std::optional<NotificationTemplateSet> read(const Database &database, QString *error);
};

} // namespace ct
