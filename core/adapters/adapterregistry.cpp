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
#include "xml/fedextrackreplyadapter.h"
#include "xml/upstrackxmladapter.h"
#include "xml/uspswebtoolsadapter.h"

#include <atomic>
#include <mutex>

namespace ct {

const AdapterRegistry &AdapterRegistry::standard()
{
    static const AdapterRegistry registry = [] {
        AdapterRegistry r;
        r.addStandardFormats();
        return r;
    }();
    return registry;
}

namespace {

std::atomic<const AdapterRegistry *> g_installed{nullptr};

std::vector<std::unique_ptr<AdapterRegistry>> &installedRegistries()
{
    static std::vector<std::unique_ptr<AdapterRegistry>> registries;
    return registries;
}

} // namespace

const AdapterRegistry &AdapterRegistry::installed()
{
    const AdapterRegistry *registry = g_installed.load();
    return registry ? *registry : standard();
}

void AdapterRegistry::install(std::unique_ptr<AdapterRegistry> registry)
{
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    g_installed.store(registry.get());
    installedRegistries().push_back(std::move(registry));
}

void AdapterRegistry::addStandardFormats()
{
    add(std::make_unique<AfterShipAdapter>());
    add(std::make_unique<EasyPostAdapter>());
    add(std::make_unique<ShippoAdapter>());
    add(std::make_unique<UpsAdapter>());
    add(std::make_unique<FedExAdapter>());
    add(std::make_unique<DhlAdapter>());
    add(std::make_unique<UspsAdapter>());
    add(std::make_unique<DelhiveryAdapter>());
    addXml(std::make_unique<xml::UpsTrackXmlAdapter>());
    addXml(std::make_unique<xml::UspsWebToolsAdapter>());
    addXml(std::make_unique<xml::FedExTrackReplyAdapter>());
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

void AdapterRegistry::addXml(std::unique_ptr<xml::XmlTrackingAdapter> adapter)
{
    m_xmlAdapters.push_back(std::move(adapter));
}

QList<const xml::XmlTrackingAdapter *> AdapterRegistry::xmlCandidates(QStringView namespaceUri,
                                                                     QStringView localName) const
{
    QList<const xml::XmlTrackingAdapter *> found;
    for (const auto &adapter : m_xmlAdapters) {
        for (const xml::XmlDocumentRoot &root : adapter->roots()) {
            if (root.localName == localName && root.acceptsNamespace(namespaceUri) && !found.contains(adapter.get()))
                found.append(adapter.get());
        }
    }
    return found;
}

const xml::XmlTrackingAdapter *AdapterRegistry::detectXml(QStringView namespaceUri, QStringView localName,
                                                          QStringView firstChild) const
{
    // A root that names its first child wins over one that does not care.
    for (const bool byChild : {true, false}) {
        for (const auto &adapter : m_xmlAdapters) {
            for (const xml::XmlDocumentRoot &root : adapter->roots()) {
                if (root.localName != localName || !root.acceptsNamespace(namespaceUri))
                    continue;
                if (byChild ? root.firstChildren.contains(firstChild) : root.firstChildren.isEmpty())
                    return adapter.get();
            }
        }
    }
    return nullptr;
}

const xml::XmlTrackingAdapter *AdapterRegistry::xmlRootNamed(QStringView localName) const
{
    for (const auto &adapter : m_xmlAdapters) {
        for (const xml::XmlDocumentRoot &root : adapter->roots()) {
            if (root.localName == localName)
                return adapter.get();
        }
    }
    return nullptr;
}

QList<const xml::XmlTrackingAdapter *> AdapterRegistry::xmlAdapters() const
{
    QList<const xml::XmlTrackingAdapter *> list;
    for (const auto &adapter : m_xmlAdapters)
        list.append(adapter.get());
    return list;
}

} // namespace ct
