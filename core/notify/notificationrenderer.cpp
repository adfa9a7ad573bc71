// SPDX-License-Identifier: MIT
#include "notificationrenderer.h"

#include "templatetext.h"

#include <QUrl>

namespace ct {

namespace {

// RFC 2606's example domains: the shipped defaults point there until a team sets its own.
bool isReservedExample(const QString &url)
{
    const QString host = QUrl(url).host().toLower();
    return host == QLatin1String("example.com") || host.endsWith(QLatin1String(".example.com"))
        || host == QLatin1String("example.org") || host == QLatin1String("example.net");
}

QString fill(const QString &text, const QHash<QString, QString> &values, TemplateText::Escape escape, QStringList *missing)
{
    return TemplateText::parse(text, nullptr).render(values, escape, missing);
}

} // namespace

RenderedNotification NotificationRenderer::render(const NotificationTemplate &t, const NotificationTemplateSet &set,
                                                  const NotificationContext &context)
{
    const QHash<QString, QString> values = NotificationVariables::values(context, t.language, set.trackingUrl, set.fixAddressUrl);
    RenderedNotification out;
    out.templateName = t.name;
    out.channel = t.channel;
    out.language = t.language;
    QStringList missing;
    using Escape = TemplateText::Escape;
    out.subject = fill(t.subject, values, Escape::None, &missing);
    out.html = fill(t.html, values, Escape::Html, &missing);
    out.text = fill(t.text, values, Escape::None, &missing);
    out.whatsappTemplate = t.whatsappTemplate;
    for (const QString &v : t.whatsappVariables)
        out.whatsappVariables << fill(v, values, Escape::None, &missing);
    for (const QString &name : std::as_const(missing))
        out.problems << QStringLiteral("no value for {{%1}} for this shipment").arg(name);
    QStringList used;
    for (const QString &text : {t.subject, t.html, t.text, t.whatsappVariables.join(QLatin1Char(' '))})
        used << TemplateText::parse(text, nullptr).variables();
    if (used.contains(QStringLiteral("shipment.tracking_url")) && isReservedExample(set.trackingUrl))
        out.problems << QStringLiteral("links.tracking_url is still the example address %1: set the team's own tracking page")
                            .arg(set.trackingUrl);
    if (used.contains(QStringLiteral("shipment.fix_address_url")) && isReservedExample(set.fixAddressUrl))
        out.problems << QStringLiteral("links.fix_address_url is still the example address %1: set the team's own page")
                            .arg(set.fixAddressUrl);
    return out;
}

} // namespace ct
