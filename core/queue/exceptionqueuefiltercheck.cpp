// SPDX-License-Identifier: MIT
#include "exceptionqueuefiltercheck.h"

#include "store/database.h"
#include "store/sqlstatement.h"

namespace ct {

ExceptionQueueFilterCheck::ExceptionQueueFilterCheck(const Database &database) : m_database(database) {}

std::optional<QList<StaleFilterValue>> ExceptionQueueFilterCheck::staleValues(const ExceptionQueueFilter &filter,
                                                                              const QStringList &knownAgents,
                                                                              QString *error) const
{
    QList<StaleFilterValue> stale;
    // Whether `sql` with `values` bound finds a row; nullopt on a store error.
    const auto exists = [&](const char *sql, const QStringList &values) -> std::optional<bool> {
        std::unique_ptr<SqlStatement> statement = SqlStatement::prepare(m_database, QString::fromLatin1(sql), error);
        if (!statement)
            return std::nullopt;
        for (int i = 0; i < values.size(); ++i)
            statement->bind(i, values.at(i));
        if (!statement->exec(error))
            return std::nullopt;
        return statement->next();
    };
    for (int i = 0; i < filter.carriers.size(); ++i) {
        const auto found = exists("SELECT 1 FROM shipments WHERE carrier = ? LIMIT 1", {filter.carriers.at(i)});
        if (!found)
            return std::nullopt;
        if (!*found)
            stale << StaleFilterValue{QStringLiteral("carriers[%1]").arg(i), filter.carriers.at(i),
                                      QStringLiteral("no shipment in the store is carried by \"%1\"").arg(filter.carriers.at(i))};
    }
    for (int i = 0; i < filter.services.size(); ++i) {
        const CarrierService &s = filter.services.at(i);
        const auto found = exists("SELECT 1 FROM exception_queue WHERE carrier = ? AND service = ? LIMIT 1", {s.carrier, s.service});
        if (!found)
            return std::nullopt;
        if (!*found)
            stale << StaleFilterValue{QStringLiteral("services[%1]").arg(i), s.carrier + QLatin1Char('/') + s.service,
                                      QStringLiteral("no exception in the store is on the service \"%1\" of \"%2\"")
                                          .arg(s.service, s.carrier)};
    }
    for (int i = 0; i < filter.agents.size(); ++i) {
        const QString &agent = filter.agents.at(i);
        bool known = false;
        if (!knownAgents.isEmpty()) {
            known = knownAgents.contains(agent, Qt::CaseInsensitive);
        } else {
            const auto found = exists("SELECT 1 FROM exception_queue WHERE status IN (0, 1) AND assignee = ? LIMIT 1", {agent});
            if (!found)
                return std::nullopt;
            known = *found;
        }
        if (!known)
            stale << StaleFilterValue{QStringLiteral("assignee.agents[%1]").arg(i), agent,
                                      knownAgents.isEmpty()
                                          ? QStringLiteral("no exception in the store is assigned to \"%1\"").arg(agent)
                                          : QStringLiteral("\"%1\" is not a user of the team").arg(agent)};
    }
    for (int i = 0; i < filter.destinationCountries.size(); ++i) {
        const QString &country = filter.destinationCountries.at(i);
        const auto found = exists("SELECT 1 FROM exception_queue WHERE status IN (0, 1) AND dest_country = ? LIMIT 1", {country});
        if (!found)
            return std::nullopt;
        if (!*found)
            stale << StaleFilterValue{QStringLiteral("destination_countries[%1]").arg(i), country,
                                      QStringLiteral("no exception in the store goes to %1").arg(country)};
    }
    if (!filter.orderValueCurrency.isEmpty()) {
        const auto found = exists("SELECT 1 FROM exception_queue WHERE currency = ? LIMIT 1", {filter.orderValueCurrency});
        if (!found)
            return std::nullopt;
        if (!*found)
            stale << StaleFilterValue{QStringLiteral("order_value.currency"), filter.orderValueCurrency,
                                      QStringLiteral("no exception in the store has an order in %1").arg(filter.orderValueCurrency)};
    }
    return stale;
}

} // namespace ct
