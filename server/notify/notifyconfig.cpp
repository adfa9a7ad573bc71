// SPDX-License-Identifier: MIT
#include "notifyconfig.h"

#include "json/jsonvalue.h"

#include <QUrl>

#include <algorithm>
#include <cmath>

namespace ct::server {

namespace {

class ConfigReader
{
public:
    explicit ConfigReader(QString *error) : m_error(error) {}

    bool object(const json::Value &v, std::initializer_list<const char *> known)
    {
        if (!v.isObject())
            return fail(v, QStringLiteral("must be an object"));
        for (const auto &member : v.members())
            if (std::none_of(known.begin(), known.end(), [&](const char *k) { return member.key == std::string_view(k); }))
                return fail(member.value, QStringLiteral("unknown setting"));
        return true;
    }
    bool text(const json::Value &v, QString *out)
    {
        if (v.isMissing())
            return true;
        if (!v.isString())
            return fail(v, QStringLiteral("must be a string"));
        *out = v.toString();
        return true;
    }
    template <typename T> bool number(const json::Value &v, double lo, double hi, T *out)
    {
        if (v.isMissing())
            return true;
        const std::optional<double> d = v.isNumber() ? v.toDouble() : std::nullopt;
        if (!d || *d < lo || *d > hi || std::floor(*d) != *d)
            return fail(v, QStringLiteral("must be a whole number from %1 to %2").arg(lo).arg(hi));
        *out = static_cast<T>(*d);
        return true;
    }
    bool url(const json::Value &v, QString *out, std::initializer_list<const char *> schemes)
    {
        if (!text(v, out) || out->isEmpty())
            return m_ok;
        const QUrl parsed(*out, QUrl::StrictMode);
        const QString scheme = parsed.scheme();
        if (!parsed.isValid() || parsed.host().isEmpty()
            || std::none_of(schemes.begin(), schemes.end(), [&](const char *s) { return scheme == QLatin1String(s); })) {
            QStringList names;
            for (const char *s : schemes)
                names << QLatin1String(s) + QStringLiteral("://");
            return fail(v, QStringLiteral("must be a %1 address").arg(names.join(QStringLiteral(" or "))));
        }
        return true;
    }
    bool fail(const json::Value &at, const QString &why)
    {
        if (m_ok && m_error)
            *m_error = QStringLiteral("%1: %2").arg(at.path(), why);
        m_ok = false;
        return false;
    }
    bool ok() const { return m_ok; }

private:
    QString *m_error;
    bool m_ok = true;
};

bool readProvider(ConfigReader &r, const json::Value &v, ProviderConfig *p)
{
    if (v.isMissing())
        return true;
    if (!r.object(v, {"url", "username", "password_env", "from", "content_type", "body", "headers", "message_id_field",
                      "ca_file", "timeout_ms"}))
        return false;
    // Plain http only on loopback (the tests' receivers); https anywhere.
    if (!r.url(v["url"], &p->url, {"https", "http"}))
        return false;
    if (!p->url.isEmpty() && QUrl(p->url).scheme() == QLatin1String("http")) {
        const QString host = QUrl(p->url).host();
        if (host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost") && host != QLatin1String("::1"))
            return r.fail(v["url"], QStringLiteral("must be https:// (plain http only to this machine)"));
    }
    if (!r.text(v["username"], &p->username) || !r.text(v["password_env"], &p->passwordEnv) || !r.text(v["from"], &p->from)
        || !r.text(v["content_type"], &p->contentType) || !r.text(v["body"], &p->body)
        || !r.text(v["message_id_field"], &p->messageIdField) || !r.text(v["ca_file"], &p->caFile)
        || !r.number(v["timeout_ms"], 100, 600'000, &p->timeoutMs))
        return false;
    if (p->contentType != QLatin1String("application/x-www-form-urlencoded") && p->contentType != QLatin1String("application/json"))
        return r.fail(v["content_type"], QStringLiteral("must be application/x-www-form-urlencoded or application/json"));
    const json::Value headers = v["headers"];
    if (!headers.isMissing()) {
        if (!headers.isObject())
            return r.fail(headers, QStringLiteral("must be an object of header names and values"));
        for (const auto &member : headers.members()) {
            if (!member.value.isString())
                return r.fail(member.value, QStringLiteral("must be a string"));
            p->headers << qMakePair(QString::fromUtf8(member.key.data(), qsizetype(member.key.size())), member.value.toString());
        }
    }
    if (!p->url.isEmpty() && p->from.isEmpty())
        return r.fail(v["from"], QStringLiteral("is required: the number messages are sent from"));
    return true;
}

} // namespace

QString SmtpConfig::domain() const
{
    const qsizetype at = fromAddress.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QStringLiteral("controltower.invalid") : fromAddress.mid(at + 1);
}

QString ProviderConfig::defaultBody(MessageChannel channel)
{
    // Twilio's Messages API: a form post of To, From and Body; WhatsApp through its
    // content templates (ContentSid, ContentVariables as a JSON object "1", "2"...).
    return channel == MessageChannel::WhatsApp
        ? QStringLiteral("To=whatsapp:{{to}}&From=whatsapp:{{from}}&ContentSid={{template}}&ContentVariables={{variables}}")
        : QStringLiteral("To={{to}}&From={{from}}&Body={{text}}");
}

bool NotifyConfig::sends(MessageChannel channel) const
{
    switch (channel) {
    case MessageChannel::Email:
        return smtp.configured();
    case MessageChannel::Sms:
        return sms.configured();
    case MessageChannel::WhatsApp:
        return whatsapp.configured();
    }
    return false;
}

std::optional<NotifyConfig> NotifyConfig::fromJson(const json::Value &value, QString *error)
{
    NotifyConfig config;
    if (value.isAbsent())
        return config;
    ConfigReader r(error);
    if (!r.object(value, {"smtp", "sms", "whatsapp", "max_attempts", "retry_initial_s", "retry_max_s", "poll_interval_ms",
                          "batch_size"}))
        return std::nullopt;
    const json::Value smtp = value["smtp"];
    if (!smtp.isMissing()) {
        if (!r.object(smtp, {"url", "tls", "username", "password_env", "from", "from_name", "ca_file", "timeout_ms"})
            || !r.url(smtp["url"], &config.smtp.url, {"smtp", "smtps"}) || !r.text(smtp["tls"], &config.smtp.tls)
            || !r.text(smtp["username"], &config.smtp.username) || !r.text(smtp["password_env"], &config.smtp.passwordEnv)
            || !r.text(smtp["from"], &config.smtp.fromAddress) || !r.text(smtp["from_name"], &config.smtp.fromName)
            || !r.text(smtp["ca_file"], &config.smtp.caFile) || !r.number(smtp["timeout_ms"], 100, 600'000, &config.smtp.timeoutMs))
            return std::nullopt;
        if (config.smtp.tls != QLatin1String("required") && config.smtp.tls != QLatin1String("try")
            && config.smtp.tls != QLatin1String("none")) {
            r.fail(smtp["tls"], QStringLiteral("must be required, try or none"));
            return std::nullopt;
        }
        if (config.smtp.configured() && !config.smtp.fromAddress.contains(QLatin1Char('@'))) {
            r.fail(smtp["from"], QStringLiteral("is required: the address e-mails are sent from"));
            return std::nullopt;
        }
    }
    if (!readProvider(r, value["sms"], &config.sms) || !readProvider(r, value["whatsapp"], &config.whatsapp))
        return std::nullopt;
    double initialS = static_cast<double>(config.retry.initialDelayMs) / 1000.0;
    double maxS = static_cast<double>(config.retry.maxDelayMs) / 1000.0;
    if (!r.number(value["max_attempts"], 1, 100, &config.retry.maxAttempts) || !r.number(value["retry_initial_s"], 0, 86'400, &initialS)
        || !r.number(value["retry_max_s"], 0, 7 * 86'400, &maxS) || !r.number(value["poll_interval_ms"], 10, 600'000, &config.pollIntervalMs)
        || !r.number(value["batch_size"], 1, 10'000, &config.batchSize))
        return std::nullopt;
    config.retry.initialDelayMs = static_cast<qint64>(initialS * 1000);
    config.retry.maxDelayMs = static_cast<qint64>(std::max(initialS, maxS) * 1000);
    return config;
}

} // namespace ct::server
