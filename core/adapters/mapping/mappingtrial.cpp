// SPDX-License-Identifier: MIT
#include "mappingtrial.h"

#include "adapters/adapterregistry.h"
#include "mappingadapter.h"

#include <algorithm>

namespace ct {

MappingTrial::Result MappingTrial::run(std::unique_ptr<MappingAdapter> adapter, const QString &payloadPath)
{
    AdapterRegistry registry;
    registry.add(std::move(adapter));
    FeedReader reader(registry);
    Result result;
    result.summary = reader.readFile(
        payloadPath, [&](ShipmentRecord &&s) { result.shipments.append(std::move(s)); },
        [&](const FeedIssue &issue) { result.issues.append(issue); });
    return result;
}

QStringList MappingTrial::unfilledFields(const ShipmentRecord &shipment)
{
    QStringList empty;
    auto check = [&](const QString &value, const char *name) {
        if (value.isEmpty())
            empty.append(QLatin1String(name));
    };
    check(shipment.carrier, "carrier");
    check(shipment.carrierReference, "carrierReference");
    check(shipment.service, "service");
    for (auto [address, name] : {std::pair{&shipment.origin, "origin"}, std::pair{&shipment.destination, "destination"}}) {
        const QString n = QLatin1String(name);
        if (address->city.isEmpty())
            empty.append(n + QLatin1String(".city"));
        if (address->state.isEmpty())
            empty.append(n + QLatin1String(".state"));
        if (address->postalCode.isEmpty())
            empty.append(n + QLatin1String(".postalCode"));
        if (address->country.isEmpty())
            empty.append(n + QLatin1String(".country"));
    }
    if (shipment.estimatedDelivery.isNull())
        empty.append(QStringLiteral("estimatedDelivery"));
    if (shipment.events.isEmpty())
        empty.append(QStringLiteral("events"));
    const auto count = [&](auto emptyIn) {
        return std::count_if(shipment.events.cbegin(), shipment.events.cend(), emptyIn);
    };
    const std::pair<const char *, qsizetype> eventFields[] = {
        {"rawCode", count([](const TrackingEvent &e) { return e.rawCode.isEmpty(); })},
        {"description", count([](const TrackingEvent &e) { return e.description.isEmpty(); })},
        {"city", count([](const TrackingEvent &e) { return e.city.isEmpty(); })},
        {"state", count([](const TrackingEvent &e) { return e.state.isEmpty(); })},
        {"postalCode", count([](const TrackingEvent &e) { return e.postalCode.isEmpty(); })},
        {"country", count([](const TrackingEvent &e) { return e.country.isEmpty(); })},
    };
    for (const auto &[name, n] : eventFields) {
        if (n > 0)
            empty.append(QStringLiteral("events.%1 (%2 of %3)").arg(QLatin1String(name)).arg(n).arg(shipment.events.size()));
    }
    return empty;
}

} // namespace ct
