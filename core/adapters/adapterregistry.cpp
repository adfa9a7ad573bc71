// SPDX-License-Identifier: MIT
#include "adapterregistry.h"

#include "aftershipadapter.h"
#include "delhiveryadapter.h"
#include "dhladapter.h"
#include "easypostadapter.h"
#include "fedexadapter.h"
#include "shippoadapter.h"
#include "upsadapter.h"
#include "uspsadapter.h"

namespace ct {

const AdapterRegistry &AdapterRegistry::standard()
{
    static const AdapterRegistry registry = [] {
        AdapterRegistry r;
        r.add(std::make_unique<AfterShipAdapter>());
        r.add(std::make_unique<EasyPostAdapter>());
        r.add(std::make_unique<ShippoAdapter>());
        r.add(std::make_unique<UpsAdapter>());
        r.add(std::make_unique<FedExAdapter>());
        r.add(std::make_unique<DhlAdapter>());
        r.add(std::make_unique<UspsAdapter>());
        r.add(std::make_unique<DelhiveryAdapter>());
        return r;
    }();
    return registry;
}

void AdapterRegistry::add(std::unique_ptr<TrackingAdapter> adapter)
{
    m_adapters.push_back(std::move(adapter));
}

const TrackingAdapter *AdapterRegistry::detect(const json::Value &document) const
{
    for (const auto &adapter : m_adapters) {
        if (adapter->accepts(document))
            return adapter.get();
    }
    return nullptr;
}

QList<const TrackingAdapter *> AdapterRegistry::detectAll(const json::Value &document) const
{
    QList<const TrackingAdapter *> found;
    for (const auto &adapter : m_adapters) {
        if (adapter->accepts(document))
            found.append(adapter.get());
    }
    return found;
}

const TrackingAdapter *AdapterRegistry::byFormatId(const QString &formatId) const
{
    for (const auto &adapter : m_adapters) {
        if (adapter->formatId() == formatId)
            return adapter.get();
    }
    return nullptr;
}

QList<const TrackingAdapter *> AdapterRegistry::adapters() const
{
    QList<const TrackingAdapter *> list;
    for (const auto &adapter : m_adapters)
        list.append(adapter.get());
    return list;
}

} // namespace ct
