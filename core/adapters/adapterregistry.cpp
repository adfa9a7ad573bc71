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
        r.addXml(std::make_unique<xml::UpsTrackXmlAdapter>());
        r.addXml(std::make_unique<xml::UspsWebToolsAdapter>());
        r.addXml(std::make_unique<xml::FedExTrackReplyAdapter>());
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
