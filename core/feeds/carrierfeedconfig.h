// SPDX-License-Identifier: MIT
#pragma once

#include "net/retrypolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace ct {

namespace json {
class Value;
}

// One carrier tracking feed to poll: where its first page is, how fast it may be asked,
// how failed requests are retried. Secrets never live in the configuration: `authEnv`
// names the environment variable the caller reads the Authorization header from.
struct CarrierFeedConfig
{
    QString name;                 // "ups", "fedex-us"...: names the feed in messages
    QUrl url;                     // the first page; later pages follow Link rel="next"
    double requestsPerSecond = 2; // token bucket refill
    double burst = 4;             // token bucket size
    int timeoutMs = 15'000;       // no bytes for this long: the request failed
    RetryPolicy::Options retry;
    QString authEnv;              // environment variable with the Authorization value
    int pollMinutes = 15;         // the desktop polls every this many minutes; 0: only when asked
    QByteArray authHeader;        // "Bearer ...", set by the caller; empty: none; never written

    // The Authorization value from the environment variable `authEnv` (empty when unset).
    QByteArray authHeaderFromEnvironment() const;

    // Reads the "carrier_feeds" array of a settings document:
    //   [{"name": "ups", "url": "https://...", "requests_per_second": 2, "burst": 4,
    //     "timeout_ms": 15000, "auth_env": "CT_UPS_AUTH", "poll_minutes": 15,
    //     "retry": {"initial_delay_ms": 250, "max_delay_ms": 30000, "multiplier": 2,
    //               "max_attempts": 8}}]
    // Only name and url are required. A wrong value, an unknown key or a repeated name is
    // an error located by its path ("carrier_feeds[2].url: ...") and nothing is returned.
    static std::optional<QList<CarrierFeedConfig>> fromJson(const json::Value &array, QString *error);
    // Reads the "carrier_feeds" member of the JSON object in `path` (other members are
    // left to their readers, so a server config file serves too). Errors name the file.
    static std::optional<QList<CarrierFeedConfig>> fromFile(const QString &path, QString *error);

    // The "carrier_feeds" array fromJson() reads back to the same feeds: every setting
    // written (auth_env only when set, retry only when not the defaults); never the
    // Authorization value.
    static QByteArray toJson(const QList<CarrierFeedConfig> &feeds);
};

} // namespace ct
