// SPDX-License-Identifier: MIT
#include "serverconfig.h"

#include "json/jsonvalue.h"
#include "json/parser.h"

#include <algorithm>
#include <cmath>

namespace ct::server {

namespace {

bool readNumber(const json::Value &root, const char *key, double min, double max, double *out,
                QString *error)
{
    const json::Value value = root[key];
    if (value.isMissing())
        return true;
    const std::optional<double> number = value.isNumber() ? value.toDouble() : std::nullopt;
    if (!number || *number < min || *number > max) {
        *error = QStringLiteral("%1: must be a number from %2 to %3")
                     .arg(value.path(), QString::number(min, 'g', 15), QString::number(max, 'g', 15));
        return false;
    }
    *out = *number;
    return true;
}

template<typename T>
bool readInteger(const json::Value &root, const char *key, double min, double max, T *out, QString *error)
{
    double number = static_cast<double>(*out);
    if (!readNumber(root, key, min, max, &number, error))
        return false;
    *out = static_cast<T>(number);
    return true;
}

bool readText(const json::Value &root, const char *key, QString *out, QString *error)
{
    const json::Value value = root[key];
    if (value.isMissing())
        return true;
    if (!value.isString()) {
        *error = QStringLiteral("%1: must be a string").arg(value.path());
        return false;
    }
    *out = value.toString();
    return true;
}

} // namespace

bool ServerConfig::setListen(const QString &text, QString *error)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint number = colon >= 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    if (colon < 0 || !ok || number > 65535) {
        *error = QStringLiteral("\"%1\" is not HOST:PORT (for example 127.0.0.1:8787)").arg(text);
        return false;
    }
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host.isEmpty() || host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host)) {
        *error = QStringLiteral("\"%1\" is not an IP address").arg(host);
        return false;
    }
    listenAddress = address;
    port = static_cast<quint16>(number);
    return true;
}

double ServerConfig::loginBurst() const
{
    return std::max(1.0, std::floor(loginsPerMinute / 2));
}

std::optional<ServerConfig> ServerConfig::fromFile(const QString &path, QString *error)
{
    json::Parser parser;
    const std::optional<json::Value> root = parser.parseObjectFile(path, error, true);
    if (!root)
        return std::nullopt;
    static const char *const Known[] = {"database", "listen", "tls_certificate", "tls_key",
                                        "password_iterations", "token_lifetime_hours", "max_body_bytes",
                                        "max_batch_edits", "max_batch_body_bytes",
                                        "requests_per_second", "request_burst", "logins_per_minute",
                                        "feed_page_default", "feed_page_max", "faults",
                                        "carrier_feeds", "carrier_poll_interval_s", "max_header_bytes",
                                        "header_timeout_s", "body_timeout_s", "idle_timeout_s", "max_connections",
                                        "max_connections_per_address", "login_lockout_after",
                                        "login_lockout_after_per_address", "login_lockout_s", "login_lockout_max_s",
                                        "workers", "lookup_workers", "login_workers", "queue_timeout_s",
                                        "idempotency_retention_hours", "purge_interval_s", "trusted_proxies",
                                        "test_clock_file", "notifications", "max_store_connections", "server_processes",
                                        "store_busy_timeout_s"};
    for (const auto &member : root->members()) {
        if (std::none_of(std::begin(Known), std::end(Known),
                         [&](const char *key) { return member.key == std::string_view(key); })) {
            *error = QStringLiteral("%1: %2: unknown setting").arg(path, member.value.path());
            return std::nullopt;
        }
    }
    ServerConfig config;
    QString listen;
    double lifetimeHours = static_cast<double>(config.tokenLifetimeMs) / 3'600'000.0;
    double headerTimeoutS = config.http.headerTimeoutMs / 1000.0;
    double bodyTimeoutS = config.http.bodyTimeoutMs / 1000.0;
    double idleTimeoutS = config.http.idleTimeoutMs / 1000.0;
    double lockoutS = static_cast<double>(config.loginLockoutMs) / 1000.0;
    double lockoutMaxS = static_cast<double>(config.loginLockoutMaxMs) / 1000.0;
    double queueTimeoutS = config.queueTimeoutMs / 1000.0;
    double retentionHours = static_cast<double>(config.idempotencyRetentionMs) / 3'600'000.0;
    double purgeIntervalS = config.purgeIntervalMs / 1000.0;
    double busyTimeoutS = config.storeBusyTimeoutMs / 1000.0;
    QString located;
    const auto readListen = [&] {
        if (!readText(*root, "listen", &listen, &located))
            return false;
        if (listen.isEmpty() || config.setListen(listen, &located))
            return true;
        located.prepend(QStringLiteral("listen: "));
        return false;
    };
    const auto readTrustedProxies = [&] {
        const json::Value list = (*root)["trusted_proxies"];
        if (list.isMissing())
            return true;
        QStringList entries;
        for (const json::Value &entry : list.elements()) {
            if (!entry.isString()) {
                located = QStringLiteral("%1: must be a string (an address or ADDRESS/PREFIX)").arg(entry.path());
                return false;
            }
            entries << entry.toString();
        }
        if (!list.isArray()) {
            located = QStringLiteral("%1: must be a list of addresses and ranges").arg(list.path());
            return false;
        }
        std::optional<TrustedProxies> proxies = TrustedProxies::parse(entries, &located);
        if (!proxies)
            return false;
        config.trustedProxies = std::move(*proxies);
        return true;
    };
    const bool ok = readText(*root, "database", &config.database, &located)
        && readListen()
        && readTrustedProxies()
        && readText(*root, "tls_certificate", &config.tlsCertificate, &located)
        && readText(*root, "tls_key", &config.tlsKey, &located)
        && readText(*root, "test_clock_file", &config.testClockFile, &located)
        && readInteger(*root, "password_iterations", 1000, 10'000'000, &config.passwordIterations, &located)
        && readNumber(*root, "token_lifetime_hours", 0.01, 24 * 365, &lifetimeHours, &located)
        && readInteger(*root, "max_body_bytes", 1024, 64 * 1024 * 1024, &config.maxBodyBytes, &located)
        && readInteger(*root, "max_batch_edits", 0, 1000, &config.maxBatchEdits, &located)
        && readInteger(*root, "max_batch_body_bytes", 1024, 64 * 1024 * 1024, &config.maxBatchBodyBytes, &located)
        && readNumber(*root, "requests_per_second", 0.1, 1e6, &config.requestsPerSecond, &located)
        && readNumber(*root, "request_burst", 1, 1e6, &config.requestBurst, &located)
        && readNumber(*root, "logins_per_minute", 0.1, 1e6, &config.loginsPerMinute, &located)
        && readInteger(*root, "feed_page_default", 1, 100'000, &config.feedPageDefault, &located)
        && readInteger(*root, "feed_page_max", 1, 100'000, &config.feedPageMax, &located)
        && readNumber((*root)["faults"], "rate", 0, 1, &config.faults.rate, &located)
        && readInteger((*root)["faults"], "seed", 0, 1e15, &config.faults.seed, &located)
        && readInteger(*root, "carrier_poll_interval_s", 10, 24 * 3600, &config.carrierPollIntervalS, &located)
        && readInteger(*root, "max_header_bytes", 1024, 1024 * 1024, &config.http.maxHeaderBytes, &located)
        && readNumber(*root, "header_timeout_s", 0.1, 3600, &headerTimeoutS, &located)
        && readNumber(*root, "body_timeout_s", 0.1, 3600, &bodyTimeoutS, &located)
        && readNumber(*root, "idle_timeout_s", 0.1, 3600, &idleTimeoutS, &located)
        && readInteger(*root, "max_connections", 1, 1'000'000, &config.http.maxConnections, &located)
        && readInteger(*root, "max_connections_per_address", 1, 1'000'000, &config.http.maxConnectionsPerAddress, &located)
        && readInteger(*root, "login_lockout_after", 1, 1000, &config.loginFailuresPerName, &located)
        && readInteger(*root, "login_lockout_after_per_address", 1, 100'000, &config.loginFailuresPerAddress, &located)
        && readNumber(*root, "login_lockout_s", 1, 86'400, &lockoutS, &located)
        && readNumber(*root, "login_lockout_max_s", 1, 7 * 86'400, &lockoutMaxS, &located)
        && readInteger(*root, "workers", 1, 256, &config.readWorkers, &located)
        && readInteger(*root, "lookup_workers", 1, 256, &config.lookupWorkers, &located)
        && readInteger(*root, "login_workers", 1, 256, &config.loginWorkers, &located)
        && readNumber(*root, "queue_timeout_s", 0.001, 3600, &queueTimeoutS, &located)
        && readNumber(*root, "idempotency_retention_hours", 0.01, 24 * 365, &retentionHours, &located)
        && readNumber(*root, "purge_interval_s", 1, 86'400, &purgeIntervalS, &located)
        && readInteger(*root, "max_store_connections", 5, 10'000, &config.maxStoreConnections, &located)
        && readInteger(*root, "server_processes", 1, 1000, &config.serverProcesses, &located)
        && readNumber(*root, "store_busy_timeout_s", 0.001, 3600, &busyTimeoutS, &located);
    if (ok && lockoutMaxS < lockoutS) {
        *error = QStringLiteral("%1: login_lockout_max_s: must be at least login_lockout_s (%2)").arg(path).arg(lockoutS);
        return std::nullopt;
    }
    if (ok && !(*root)["carrier_feeds"].isAbsent()) {
        auto feeds = CarrierFeedConfig::fromJson((*root)["carrier_feeds"], &located);
        if (!feeds) {
            *error = path + QStringLiteral(": ") + located;
            return std::nullopt;
        }
        config.carrierFeeds = std::move(*feeds);
    }
    if (ok && !(*root)["notifications"].isAbsent()) {
        auto notifications = NotifyConfig::fromJson((*root)["notifications"], &located);
        if (!notifications) {
            *error = path + QStringLiteral(": ") + located;
            return std::nullopt;
        }
        config.notifications = std::move(*notifications);
    }
    if (!ok) {
        *error = path + QStringLiteral(": ") + located;
        return std::nullopt;
    }
    config.tokenLifetimeMs = static_cast<qint64>(lifetimeHours * 3'600'000.0);
    config.http.headerTimeoutMs = static_cast<int>(headerTimeoutS * 1000.0);
    config.http.bodyTimeoutMs = static_cast<int>(bodyTimeoutS * 1000.0);
    config.http.idleTimeoutMs = static_cast<int>(idleTimeoutS * 1000.0);
    config.loginLockoutMs = static_cast<qint64>(lockoutS * 1000.0);
    config.loginLockoutMaxMs = static_cast<qint64>(lockoutMaxS * 1000.0);
    config.queueTimeoutMs = std::max(1, static_cast<int>(queueTimeoutS * 1000.0));
    config.idempotencyRetentionMs = static_cast<qint64>(retentionHours * 3'600'000.0);
    config.purgeIntervalMs = static_cast<int>(purgeIntervalS * 1000.0);
    config.storeBusyTimeoutMs = std::max(1, static_cast<int>(busyTimeoutS * 1000.0));
    return config;
}

} // namespace ct::server
