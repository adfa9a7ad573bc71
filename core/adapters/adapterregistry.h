// SPDX-License-Identifier: MIT
#pragma once

#include "trackingadapter.h"
#include "xml/xmltrackingadapter.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace ct {

// The set of tracking formats Control Tower reads, and format detection over them.
class AdapterRegistry final
{
public:
    AdapterRegistry() = default;

    // Every supported format (docs/ADAPTERS.md).
    static const AdapterRegistry &standard();
    // The formats this process reads: standard(), or what install() set (the built-in
    // formats and the user's carrier mappings, docs/MAPPING-FORMAT.md).
    static const AdapterRegistry &installed();
    // Makes `registry` the installed one for the rest of the process. Call at start-up,
    // before any reader runs; a registry installed earlier is kept alive (readers may
    // still hold it).
    static void install(std::unique_ptr<AdapterRegistry> registry);

    void add(std::unique_ptr<TrackingAdapter> adapter);
    // Adds every built-in format (what standard() holds), for a registry that adds more
    // (carrier mappings: MappingFolder::installInto).
    void addStandardFormats();

    // The adapter that accepts the document, or nullptr.
    const TrackingAdapter *detect(const json::Value &document) const;
    // Every adapter that accepts the document (for tests: must be exactly one).
    QList<const TrackingAdapter *> detectAll(const json::Value &document) const;
    const TrackingAdapter *byFormatId(const QString &formatId) const;
    QList<const TrackingAdapter *> adapters() const;

    // --- XML formats (docs/ADAPTERS.md; read by XmlFeedReader) ------------------------
    void addXml(std::unique_ptr<xml::XmlTrackingAdapter> adapter);
    // The XML formats with a document root of this name and namespace.
    QList<const xml::XmlTrackingAdapter *> xmlCandidates(QStringView namespaceUri, QStringView localName) const;
    // The XML format whose documents start with this element followed by a first child
    // element named `firstChild` (empty: the root has no child, or it does not matter),
    // or nullptr.
    const xml::XmlTrackingAdapter *detectXml(QStringView namespaceUri, QStringView localName,
                                             QStringView firstChild) const;
    // An XML format with a root of this local name in any namespace (for the message on
    // a document in a wrong namespace), or nullptr.
    const xml::XmlTrackingAdapter *xmlRootNamed(QStringView localName) const;
    QList<const xml::XmlTrackingAdapter *> xmlAdapters() const;

private:
    std::vector<std::unique_ptr<TrackingAdapter>> m_adapters;
    std::vector<std::unique_ptr<xml::XmlTrackingAdapter>> m_xmlAdapters;
};

} // namespace ct
