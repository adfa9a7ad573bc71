// SPDX-License-Identifier: MIT
#include "carrierfeedconfig.h"

#include "json/jsonvalue.h"
#include "json/jsonwriter.h"
#include "json/parser.h"

#include <QHash>

#include <cmath>

namespace ct {

QByteArray CarrierFeedConfig::authHeaderFromEnvironment() const
{
    if (authEnv.isEmpty())
        return {};
    return qgetenv(authEnv.toLocal8Bit().constData()).trimmed();
}

namespace {

// Reads the members of one JSON object, remembering the first error.
class Reader
{
public:
    Reader(const json::Value &object, QString *error) : m_object(object), m_error(error) {}

    bool ok() const { return m_ok; }

    void fail(const json::Value &at, const QString &message)
    {
        if (m_ok && m_error)
            *m_error = at.path() + QStringLiteral(": ") + message;
        m_ok = false;
    }

    json::Value take(const char *key)
    {
        m_known.append(QLatin1StringView(key));
        return m_object[key];
    }

    std::optional<QString> text(const char *key, bool required)
    {
        const json::Value v = take(key);
        if (v.isAbsent()) {
            if (required)
                fail(v, QStringLiteral("required"));
            return std::nullopt;
        }
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(v, QStringLiteral("expected a non-empty string"));
            return std::nullopt;
        }
        return v.toString().trimmed();
    }

    void number(const char *key, double &out, double min)
    {
        const json::Value v = take(key);
        if (v.isAbsent())
            return;
        const auto d = v.isNumber() ? v.toDouble() : std::nullopt;
        if (!d || !std::isfinite(*d) || *d < min) {
            fail(v, QStringLiteral("expected a number of at least %1").arg(min));
            return;
        }
        out = *d;
    }

    void whole(const char *key, int &out, int min)
    {
        const json::Value v = take(key);
        if (v.isAbsent())
            return;
        const auto i = v.isNumber() ? v.toInt() : std::nullopt;
        if (!i || *i < min || *i > std::numeric_limits<int>::max()) {
            fail(v, QStringLiteral("expected a whole number of at least %1").arg(min));
            return;
        }
        out = static_cast<int>(*i);
    }

    void rejectUnknownKeys()
    {
        for (const json::Member &m : m_object.members()) {
            const QString key = QString::fromUtf8(m.key.data(), static_cast<qsizetype>(m.key.size()));
            if (!m_known.contains(key))
                fail(m.value, QStringLiteral("unknown setting"));
        }
    }

private:
    json::Value m_object;
    QString *m_error;
    QList<QLatin1StringView> m_known;
    bool m_ok = true;
};

bool readRetry(const json::Value &field, RetryPolicy::Options &retry, QString *error)
{
    if (field.isAbsent())
        return true;
    Reader r(field, error);
    if (!field.isObject()) {
        r.fail(field, QStringLiteral("expected an object"));
        return false;
    }
    r.whole("initial_delay_ms", retry.initialDelayMs, 0);
    r.whole("max_delay_ms", retry.maxDelayMs, 0);
    r.number("multiplier", retry.multiplier, 1.0);
    r.whole("max_attempts", retry.maxAttempts, 1);
    r.rejectUnknownKeys();
    return r.ok();
}

} // namespace

std::optional<QList<CarrierFeedConfig>> CarrierFeedConfig::fromJson(const json::Value &array, QString *error)
{
    if (!array.isArray()) {
        if (error)
            *error = array.path() + QStringLiteral(": expected an array of feeds, found ")
                     + array.typeName();
        return std::nullopt;
    }
    QList<CarrierFeedConfig> feeds;
    QHash<QString, QString> namePaths;
    for (const json::Value &item : array.elements()) {
        Reader r(item, error);
        if (!item.isObject()) {
            r.fail(item, QStringLiteral("expected a feed object, found %1").arg(item.typeName()));
            return std::nullopt;
        }
        CarrierFeedConfig feed;
        if (const auto name = r.text("name", true)) {
            if (const auto it = namePaths.constFind(*name); it != namePaths.constEnd())
                r.fail(item["name"], QStringLiteral("\"%1\" is already the name of %2").arg(*name, *it));
            namePaths.insert(*name, item.path());
            feed.name = *name;
        }
        if (const auto url = r.text("url", true)) {
            feed.url = QUrl(*url, QUrl::StrictMode);
            const QString scheme = feed.url.scheme();
            if (!feed.url.isValid() || feed.url.host().isEmpty()
                || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
                r.fail(item["url"], QStringLiteral("expected an absolute http or https URL, found \"%1\"").arg(*url));
        }
        r.number("requests_per_second", feed.requestsPerSecond, 0.001);
        r.number("burst", feed.burst, 1.0);
        r.whole("timeout_ms", feed.timeoutMs, 1);
        if (const auto env = r.text("auth_env", false))
            feed.authEnv = *env;
        r.whole("poll_minutes", feed.pollMinutes, 0);
        if (r.ok() && !readRetry(r.take("retry"), feed.retry, error))
            return std::nullopt;
        r.rejectUnknownKeys();
        if (!r.ok())
            return std::nullopt;
        feeds.append(std::move(feed));
    }
    return feeds;
}

std::optional<QList<CarrierFeedConfig>> CarrierFeedConfig::fromFile(const QString &path, QString *error)
{
    json::Parser parser;
    const std::optional<json::Value> root = parser.parseObjectFile(path, error);
    if (!root)
        return std::nullopt;
    const json::Value feeds = (*root)["carrier_feeds"];
    if (feeds.isAbsent()) {
        *error = QStringLiteral("%1: no \"carrier_feeds\" array").arg(path);
        return std::nullopt;
    }
    QString located;
    auto result = fromJson(feeds, &located);
    if (!result)
        *error = path + QStringLiteral(": ") + located;
    return result;
}

QByteArray CarrierFeedConfig::toJson(const QList<CarrierFeedConfig> &feeds)
{
    const RetryPolicy::Options defaults;
    json::Writer w;
    w.beginArray();
    for (const CarrierFeedConfig &feed : feeds) {
        w.beginObject()
            .key("name").value(feed.name)
            .key("url").value(feed.url.toString())
            .key("poll_minutes").value(feed.pollMinutes)
            .key("requests_per_second").value(feed.requestsPerSecond)
            .key("burst").value(feed.burst)
            .key("timeout_ms").value(feed.timeoutMs);
        if (!feed.authEnv.isEmpty())
            w.key("auth_env").value(feed.authEnv);
        const RetryPolicy::Options &r = feed.retry;
        if (r.initialDelayMs != defaults.initialDelayMs || r.maxDelayMs != defaults.maxDelayMs
            || r.multiplier != defaults.multiplier || r.maxAttempts != defaults.maxAttempts) {
            w.key("retry").beginObject()
                .key("initial_delay_ms").value(r.initialDelayMs)
                .key("max_delay_ms").value(r.maxDelayMs)
                .key("multiplier").value(r.multiplier)
                .key("max_attempts").value(r.maxAttempts)
                .endObject();
        }
        w.endObject();
    }
    w.endArray();
    return w.take();
}

} // namespace ct
