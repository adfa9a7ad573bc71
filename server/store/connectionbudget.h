// SPDX-License-Identifier: MIT
#pragma once

#include "config/serverconfig.h"

#include <QString>

#include <optional>

namespace ct {
class Database;
}

namespace ct::server {

// How many store connections a server process opens, and whether a PostgreSQL cluster has
// room for every server that shares it (docs/SERVER.md, "Store connections"). A process
// opens one connection per serving thread (RequestPool: reads, lookups, log-ins, and the
// one edit thread) and one for its event loop (exception refreshes, carrier polls, label
// expiries), never more (a serving thread that lost its PostgreSQL connection replaces it).
class ConnectionBudget final
{
public:
    struct Plan
    {
        int read = 0;
        int lookup = 0;
        int login = 0;
        int write = 1;
        int threads() const { return read + lookup + login + write; }
        // The serving threads' and the event loop's.
        int perProcess() const { return threads() + 1; }
        // "4 read + 1 lookup + 1 log-in + 1 edit threads and the event loop's"
        QString describe() const;
    };

    // The serving threads of `config` on a machine of `cores`: `workers` (reads; default
    // the cores, at least 2), `lookup_workers`, `login_workers` (default half the cores, at
    // least 1), one edit thread. Under `max_store_connections`, lanes left to their
    // default shrink to fit (reads first, then log-ins, each down to 1); nullopt with
    // `error` when the lanes set in the config (or one thread per lane) cannot fit.
    static std::optional<Plan> plan(const ServerConfig &config, int cores, QString *error);

    // What a PostgreSQL cluster lets non-superusers open: max_connections less
    // superuser_reserved_connections (and reserved_connections, from PostgreSQL 16).
    struct ClusterLimits
    {
        int maxConnections = 0;
        int reserved = 0;
        int available() const { return maxConnections - reserved; }
    };
    static std::optional<ClusterLimits> clusterLimits(const Database &database, QString *error);

    // Why `processes` servers of `plan` cannot all connect to a cluster of `limits`, or
    // nullopt when they fit (all of them at once at most the available connections).
    static std::optional<QString> clusterProblem(const ClusterLimits &limits, int processes, const Plan &plan);
};

} // namespace ct::server
