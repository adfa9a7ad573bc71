// SPDX-License-Identifier: MIT
#include "connectionbudget.h"

#include "store/database.h"
#include "store/qtsqlsupport.h"

#include <QSqlQuery>

#include <algorithm>

namespace ct::server {

QString ConnectionBudget::Plan::describe() const
{
    return QStringLiteral("%1 read + %2 lookup + %3 log-in + %4 edit threads and the event loop's")
        .arg(read).arg(lookup).arg(login).arg(write);
}

std::optional<ConnectionBudget::Plan> ConnectionBudget::plan(const ServerConfig &config, int cores, QString *error)
{
    cores = std::max(1, cores);
    Plan plan;
    plan.read = config.readWorkers > 0 ? config.readWorkers : std::max(2, cores);
    plan.lookup = std::max(1, config.lookupWorkers);
    plan.login = config.loginWorkers > 0 ? config.loginWorkers : std::max(1, cores / 2);
    const int cap = config.maxStoreConnections;
    if (cap <= 0 || plan.perProcess() <= cap)
        return plan;
    // Shrink what the config left to the machine: reads, then log-ins.
    const auto shrink = [&](int *lane, bool configured) {
        if (configured)
            return;
        *lane = std::max(1, *lane - (plan.perProcess() - cap));
    };
    shrink(&plan.read, config.readWorkers > 0);
    shrink(&plan.login, config.loginWorkers > 0);
    if (plan.perProcess() <= cap)
        return plan;
    *error = QStringLiteral("max_store_connections is %1, but the serving threads need %2 store connections (%3); "
                            "raise max_store_connections or lower workers, lookup_workers or login_workers")
                 .arg(cap).arg(plan.perProcess()).arg(plan.describe());
    return std::nullopt;
}

std::optional<ConnectionBudget::ClusterLimits> ConnectionBudget::clusterLimits(const Database &database, QString *error)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT name, setting FROM pg_settings WHERE name IN "
                                   "('max_connections', 'superuser_reserved_connections', 'reserved_connections')"))) {
        *error = QStringLiteral("cannot read the cluster's connection settings: %1").arg(describeSqlError(query.lastError()));
        return std::nullopt;
    }
    ClusterLimits limits;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const int value = query.value(1).toInt();
        if (name == QLatin1String("max_connections"))
            limits.maxConnections = value;
        else
            limits.reserved += value;
    }
    if (limits.maxConnections <= 0) {
        *error = QStringLiteral("cannot read the cluster's max_connections");
        return std::nullopt;
    }
    return limits;
}

std::optional<QString> ConnectionBudget::clusterProblem(const ClusterLimits &limits, int processes, const Plan &plan)
{
    const qint64 needed = static_cast<qint64>(processes) * plan.perProcess();
    if (needed <= limits.available())
        return std::nullopt;
    return QStringLiteral("the PostgreSQL cluster takes %1 connections (max_connections %2, less %3 reserved for "
                          "superusers), but %4 server processes (server_processes) of %5 store connections each (%6) "
                          "need %7. Raise max_connections in postgresql.conf, or lower server_processes, workers, "
                          "login_workers or max_store_connections")
        .arg(limits.available()).arg(limits.maxConnections).arg(limits.reserved).arg(processes)
        .arg(plan.perProcess()).arg(plan.describe()).arg(needed);
}

} // namespace ct::server
