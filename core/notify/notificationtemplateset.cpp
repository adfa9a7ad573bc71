// SPDX-License-Identifier: MIT
#include "notificationtemplateset.h"

#include "defaultnotificationtemplates.h"
#include "notificationtemplatecache.h"
#include "templatetext.h"

#include "json/jsonwriter.h"
#include "json/parser.h"
#include "teamsettings/settingsreader.h"

#include <QRegularExpression>
#include <QSet>

namespace ct {

namespace {

constexpr int MaxTextLength = 100'000;
constexpr int MaxTemplates = 2000;

bool isSlug(const QString &s)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9_]{1,64}$"));
    return slug.match(s).hasMatch();
}

bool isLanguage(const QString &s)
{
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    return language.match(s).hasMatch();
}

QString subjectCode(NotificationSubject about)
{
    return about == NotificationSubject::Return ? QStringLiteral("return") : QStringLiteral("shipment");
}

// Reads the document, every problem into `errors` by its path.
class SetReader
{
public:
    std::optional<NotificationTemplateSet> read(QByteArrayView document)
    {
        json::Parser parser;
        NotificationTemplateSet set;
        set.templates.clear();
        const std::optional<json::Value> root = m_reader.parseObject(parser, document);
        if (!root || !m_reader.object(*root, {"default_language", "links", "templates"}, QStringLiteral("the notification templates")))
            return finish(set);
        const json::Value language = (*root)["default_language"];
        if (!language.isMissing()) {
            const std::optional<QString> code = m_reader.text(language, 16);
            if (code && !isLanguage(*code))
                m_reader.fail(language, QStringLiteral("must be a language code such as \"en\" or \"pt_BR\""));
            else if (code)
                set.defaultLanguage = *code;
        }
        const json::Value links = (*root)["links"];
        if (!links.isMissing() && m_reader.object(links, {"tracking_url", "fix_address_url"}, QStringLiteral("the links"))) {
            set.trackingUrl = link(links["tracking_url"]);
            set.fixAddressUrl = link(links["fix_address_url"]);
        }
        const json::Value templates = (*root)["templates"];
        if (templates.isMissing())
            m_reader.failMissing(*root, "templates", QStringLiteral("is required (an array of templates)"));
        else if (templates.size() > MaxTemplates)
            m_reader.fail(templates, QStringLiteral("has %1 templates; at most %2").arg(templates.size()).arg(MaxTemplates));
        QSet<QString> seen;
        m_reader.list(templates, QStringLiteral("templates"), [&](const json::Value &t) {
            std::optional<NotificationTemplate> one = readTemplate(t, set);
            if (!one)
                return;
            const QString key = one->name + QLatin1Char('/') + messageChannelCode(one->channel) + QLatin1Char('/') + one->language;
            if (seen.contains(key))
                m_reader.fail(t, QStringLiteral("is a second template \"%1\" for %2 in %3; each name has one per channel and language")
                                     .arg(one->name, messageChannelCode(one->channel), one->language));
            seen.insert(key);
            set.templates << *one;
        });
        return finish(set);
    }

    QList<FieldError> errors() const { return m_reader.errors() + m_located; }

private:
    std::optional<NotificationTemplateSet> finish(const NotificationTemplateSet &set)
    {
        if (m_reader.ok() && m_located.isEmpty())
            return set;
        return std::nullopt;
    }

    QString link(const json::Value &v)
    {
        if (v.isMissing())
            return {};
        const std::optional<QString> url = m_reader.text(v, 2000);
        if (!url)
            return {};
        if (!url->startsWith(QLatin1String("https://")) && !url->startsWith(QLatin1String("http://"))) {
            m_reader.fail(v, QStringLiteral("must be an http:// or https:// address"));
            return {};
        }
        QList<TemplateTextProblem> problems;
        const TemplateText text = TemplateText::parse(*url, &problems);
        for (const TemplateText::Part &part : text.parts())
            if (part.variable && part.text != QLatin1String("shipment.tracking_number")
                && part.text != QLatin1String("shipment.carrier_code") && part.text != QLatin1String("order.number"))
                problems << TemplateTextProblem{part.line, part.column,
                                                QStringLiteral("{{%1}} cannot be in a link; a link may use "
                                                               "{{shipment.tracking_number}}, {{shipment.carrier_code}} and {{order.number}}")
                                                    .arg(part.text)};
        locate(v.path(), problems);
        return *url;
    }

    void locate(const QString &field, const QList<TemplateTextProblem> &problems)
    {
        for (const TemplateTextProblem &p : problems)
            m_located << FieldError{field, QStringLiteral("line %1, column %2: %3").arg(p.line).arg(p.column).arg(p.message)};
    }

    // A template text: present, a string, of a sane length, its variables known and right
    // for what the template is about, and its links set in the document.
    QString templateText(const json::Value &parent, const char *key, NotificationSubject about,
                         const NotificationTemplateSet &set, bool required, const QString &why)
    {
        const json::Value v = parent[key];
        if (v.isMissing()) {
            if (required)
                m_reader.failMissing(parent, key, why);
            return {};
        }
        if (!v.isString()) {
            m_reader.fail(v, QStringLiteral("must be text"));
            return {};
        }
        const QString text = v.toString();
        if (text.trimmed().isEmpty()) {
            m_reader.fail(v, QStringLiteral("is empty"));
            return {};
        }
        if (text.size() > MaxTextLength) {
            m_reader.fail(v, QStringLiteral("has %1 characters; at most %2").arg(text.size()).arg(MaxTextLength));
            return {};
        }
        QList<TemplateTextProblem> problems;
        const TemplateText parsed = TemplateText::parse(text, &problems);
        problems << parsed.check(about);
        for (const TemplateText::Part &part : parsed.parts()) {
            if (!part.variable || part.hasFallback)
                continue;
            if (part.text == QLatin1String("shipment.tracking_url") && set.trackingUrl.isEmpty())
                problems << TemplateTextProblem{part.line, part.column,
                                                QStringLiteral("{{shipment.tracking_url}} is missing: set links.tracking_url")};
            if (part.text == QLatin1String("shipment.fix_address_url") && set.fixAddressUrl.isEmpty())
                problems << TemplateTextProblem{part.line, part.column,
                                                QStringLiteral("{{shipment.fix_address_url}} is missing: set links.fix_address_url")};
        }
        locate(v.path(), problems);
        return text;
    }

    void refuse(const json::Value &parent, const char *key, const QString &why)
    {
        if (!parent[key].isMissing())
            m_reader.fail(parent[key], why);
    }

    std::optional<NotificationTemplate> readTemplate(const json::Value &t, const NotificationTemplateSet &set)
    {
        if (!m_reader.object(t, {"name", "channel", "language", "about", "subject", "html", "text", "whatsapp_template", "variables"},
                             QStringLiteral("a template")))
            return std::nullopt;
        NotificationTemplate out;
        bool ok = true;
        if (t["name"].isMissing()) {
            m_reader.failMissing(t, "name", QStringLiteral("is required (\"shipped\", \"failed_attempt\"...)"));
            ok = false;
        } else if (const std::optional<QString> name = m_reader.text(t["name"], 64); name && isSlug(*name)) {
            out.name = *name;
        } else {
            if (name)
                m_reader.fail(t["name"], QStringLiteral("must be lower-case letters, digits and _ (\"failed_attempt\")"));
            ok = false;
        }
        std::optional<MessageChannel> channel;
        if (t["channel"].isMissing())
            m_reader.failMissing(t, "channel", QStringLiteral("is required: email, sms or whatsapp"));
        else if (!(channel = messageChannelFromCode(t["channel"].toString())) || !t["channel"].isString())
            m_reader.fail(t["channel"], QStringLiteral("must be email, sms or whatsapp"));
        if (!channel)
            ok = false;
        else
            out.channel = *channel;
        if (t["language"].isMissing()) {
            m_reader.failMissing(t, "language", QStringLiteral("is required (\"en\", \"de\", \"pt_BR\"...)"));
            ok = false;
        } else if (const std::optional<QString> language = m_reader.text(t["language"], 16); language && isLanguage(*language)) {
            out.language = *language;
        } else {
            if (language)
                m_reader.fail(t["language"], QStringLiteral("must be a language code such as \"en\" or \"pt_BR\""));
            ok = false;
        }
        const json::Value about = t["about"];
        if (!about.isMissing()) {
            const QString code = about.toString();
            if (!about.isString() || (code != QLatin1String("shipment") && code != QLatin1String("return"))) {
                m_reader.fail(about, QStringLiteral("must be shipment or return"));
                ok = false;
            }
            out.about = code == QLatin1String("return") ? NotificationSubject::Return : NotificationSubject::Shipment;
        }
        if (!channel)
            return std::nullopt;
        switch (*channel) {
        case MessageChannel::Email:
            out.subject = templateText(t, "subject", out.about, set, true, QStringLiteral("is required for an e-mail"));
            if (out.subject.contains(QLatin1Char('\n')))
                m_reader.fail(t["subject"], QStringLiteral("must be one line"));
            out.html = templateText(t, "html", out.about, set, true, QStringLiteral("is required for an e-mail (its HTML part)"));
            out.text = templateText(t, "text", out.about, set, true, QStringLiteral("is required for an e-mail (its plain-text part)"));
            refuse(t, "whatsapp_template", QStringLiteral("is for WhatsApp templates only"));
            refuse(t, "variables", QStringLiteral("is for WhatsApp templates only"));
            break;
        case MessageChannel::Sms:
            out.text = templateText(t, "text", out.about, set, true, QStringLiteral("is required for an SMS"));
            for (const char *key : {"subject", "html"})
                refuse(t, key, QStringLiteral("is for e-mails only; an SMS has its text"));
            refuse(t, "whatsapp_template", QStringLiteral("is for WhatsApp templates only"));
            refuse(t, "variables", QStringLiteral("is for WhatsApp templates only"));
            break;
        case MessageChannel::WhatsApp: {
            for (const char *key : {"subject", "html", "text"})
                refuse(t, key, QStringLiteral("is not part of a WhatsApp template: the provider holds its text; give "
                                              "whatsapp_template and variables"));
            const json::Value name = t["whatsapp_template"];
            if (name.isMissing())
                m_reader.failMissing(t, "whatsapp_template", QStringLiteral("is required: the template's name at the provider"));
            else if (const std::optional<QString> n = m_reader.text(name, 512); n && isSlug(*n))
                out.whatsappTemplate = *n;
            else if (n)
                m_reader.fail(name, QStringLiteral("must be lower-case letters, digits and _, as WhatsApp names templates"));
            m_reader.list(t["variables"], QStringLiteral("template texts"), [&](const json::Value &v) {
                if (!v.isString()) {
                    m_reader.fail(v, QStringLiteral("must be text"));
                    return;
                }
                QList<TemplateTextProblem> problems;
                const TemplateText parsed = TemplateText::parse(v.toString(), &problems);
                problems << parsed.check(out.about);
                locate(v.path(), problems);
                out.whatsappVariables << v.toString();
            });
            break;
        }
        }
        return ok ? std::optional<NotificationTemplate>(out) : std::nullopt;
    }

    SettingsReader m_reader;
    QList<FieldError> m_located;
};

} // namespace

std::optional<NotificationTemplateSet> NotificationTemplateSet::fromJson(QByteArrayView document, QList<FieldError> *errors)
{
    SetReader reader;
    std::optional<NotificationTemplateSet> set = reader.read(document);
    if (errors)
        *errors = reader.errors();
    return set;
}

QByteArray NotificationTemplateSet::toJson() const
{
    json::Writer w;
    w.beginObject().key("default_language").value(defaultLanguage);
    w.key("links").beginObject();
    if (!trackingUrl.isEmpty())
        w.key("tracking_url").value(trackingUrl);
    if (!fixAddressUrl.isEmpty())
        w.key("fix_address_url").value(fixAddressUrl);
    w.endObject();
    w.key("templates").beginArray();
    for (const NotificationTemplate &t : templates) {
        w.beginObject()
            .key("name").value(t.name)
            .key("channel").value(messageChannelCode(t.channel))
            .key("language").value(t.language)
            .key("about").value(subjectCode(t.about));
        switch (t.channel) {
        case MessageChannel::Email:
            w.key("subject").value(t.subject).key("html").value(t.html).key("text").value(t.text);
            break;
        case MessageChannel::Sms:
            w.key("text").value(t.text);
            break;
        case MessageChannel::WhatsApp:
            w.key("whatsapp_template").value(t.whatsappTemplate).key("variables").beginArray();
            for (const QString &v : t.whatsappVariables)
                w.value(v);
            w.endArray();
            break;
        }
        w.endObject();
    }
    w.endArray().endObject();
    return w.take();
}

const NotificationTemplateSet &NotificationTemplateSet::defaults()
{
    static const NotificationTemplateSet set = defaultNotificationTemplates();
    return set;
}

const NotificationTemplate *NotificationTemplateSet::find(const QString &name, MessageChannel channel, const QString &language) const
{
    const auto in = [&](const QString &lang) -> const NotificationTemplate * {
        for (const NotificationTemplate &t : templates)
            if (t.name == name && t.channel == channel && t.language == lang)
                return &t;
        return nullptr;
    };
    if (const NotificationTemplate *t = in(language))
        return t;
    if (const qsizetype underscore = language.indexOf(QLatin1Char('_')); underscore > 0)
        if (const NotificationTemplate *t = in(language.left(underscore)))
            return t;
    return in(defaultLanguage);
}

std::optional<QByteArray> NotificationTemplateSet::normalized(QByteArrayView document, QList<FieldError> *errors)
{
    const std::optional<NotificationTemplateSet> set = fromJson(document, errors);
    return set ? std::optional<QByteArray>(set->toJson()) : std::nullopt;
}

QByteArray NotificationTemplateSet::defaultDocument()
{
    return defaults().toJson();
}

std::optional<NotificationTemplateSet> NotificationTemplateSet::read(const Database &database, QString *error)
{
    NotificationTemplateCache cache;
    const NotificationTemplateSet *set = cache.get(database, error);
    return set ? std::optional<NotificationTemplateSet>(*set) : std::nullopt;
}

} // namespace ct
