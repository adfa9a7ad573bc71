// SPDX-License-Identifier: MIT
#include "xmlfeedreader.h"

#include "adapters/adapterregistry.h"
#include "adapters/parsecontext.h"
#include "adapters/xml/xmlelement.h"
#include "adapters/xml/xmlparsecontext.h"
#include "adapters/xml/xmltrackingadapter.h"

#include <QBuffer>
#include <QHash>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>
#include <vector>

namespace ct {

using xml::XmlElement;

namespace {

const QString Soap11 = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
const QString Soap12 = QStringLiteral("http://www.w3.org/2003/05/soap-envelope");

bool isSoapFault(QStringView namespaceUri, QStringView localName)
{
    return localName == QLatin1String("Fault") && (namespaceUri == Soap11 || namespaceUri == Soap12);
}

// The first element named `localName` anywhere under `element`, depth first.
const XmlElement *descendant(const XmlElement &element, QStringView localName)
{
    for (const XmlElement *c : element.children()) {
        if (c->localName() == localName)
            return c;
        if (const XmlElement *found = descendant(*c, localName))
            return found;
    }
    return nullptr;
}

// A SOAP 1.1 (faultcode, faultstring, detail) or 1.2 (Code/Value, Reason/Text, Detail)
// fault, with the first code and description a carrier put in its detail.
void reportFault(const XmlElement &fault, xml::XmlParseContext &context)
{
    QString code = fault.childText(u"faultcode");
    if (code.isEmpty())
        code = fault.textAt(u"Code/Value");
    QString reason = fault.childText(u"faultstring");
    if (reason.isEmpty())
        reason = fault.textAt(u"Reason/Text");
    QString message = QStringLiteral("SOAP fault %1: %2").arg(code.isEmpty() ? QStringLiteral("(no code)") : code,
                                                              reason.isEmpty() ? QStringLiteral("(no reason)") : reason);
    const XmlElement *detail = fault.child(u"detail");
    if (!detail)
        detail = fault.child(u"Detail");
    if (detail) {
        const XmlElement *detailCode = descendant(*detail, u"Code");
        const XmlElement *description = descendant(*detail, u"Description");
        if (detailCode || description)
            message += QStringLiteral(" (detail: %1%2%3)")
                           .arg(detailCode ? detailCode->text() : QString(),
                                detailCode && description ? QStringLiteral(" ") : QString(),
                                description ? description->text() : QString());
    }
    context.error(fault, message);
}

QString supportedRoots(const AdapterRegistry &registry)
{
    QStringList names;
    for (const xml::XmlTrackingAdapter *adapter : registry.xmlAdapters()) {
        for (const xml::XmlDocumentRoot &root : adapter->roots())
            names.append(QStringLiteral("<%1> (%2)").arg(root.localName, adapter->formatName()));
    }
    return names.join(QStringLiteral(", "));
}

// The state of one read: the stream's position, the format found, the record being built.
class DocumentRead
{
public:
    DocumentRead(const AdapterRegistry &registry, geo::TimeZoneResolver &timeZones, const QString &source,
                 const FeedReader::ShipmentSink &onShipment, const FeedReader::IssueSink &onIssue)
        : m_registry(registry), m_timeZones(timeZones), m_source(source), m_onShipment(onShipment), m_onIssue(onIssue)
    {
    }

    FeedReadSummary summary;

    // Reads tokens until the document ends, fails or a stop is asked.
    void run(QXmlStreamReader &reader, const std::atomic<bool> &stopRequested,
             const std::function<void(int record)> &recordEnded)
    {
        // Where a token starts is where the previous one ended: QXmlStreamReader tells
        // only where it is. After character data it has already taken the next '<';
        // after a tag it has not. Past the prolog (whose white space it reports not at
        // all) only the line of the token's end is certain: column 0, "unknown".
        int line = 1;
        int column = 1;
        while (!reader.atEnd()) {
            if (stopRequested.load())
                return;
            const QXmlStreamReader::TokenType token = reader.readNext();
            int tokenLine = line;
            int tokenColumn = column;
            if (m_depth == 0 && (token == QXmlStreamReader::StartElement || token == QXmlStreamReader::DTD)) {
                tokenLine = static_cast<int>(reader.lineNumber());
                tokenColumn = 0;
            }
            line = static_cast<int>(reader.lineNumber());
            column = static_cast<int>(reader.columnNumber()) + (token == QXmlStreamReader::Characters ? 0 : 1);
            switch (token) {
            case QXmlStreamReader::DTD:
                documentError(tokenLine, tokenColumn,
                              QStringLiteral("a document type declaration (<!DOCTYPE>, ending here) is refused: "
                                             "carrier APIs send none, and its entities could expand without bound; "
                                             "nothing of the document was read"));
                m_refused = true;
                return;
            case QXmlStreamReader::EntityReference:
                documentError(tokenLine, tokenColumn,
                              QStringLiteral("entity reference &%1; refused: no entity is expanded").arg(reader.name()));
                m_refused = true;
                return;
            case QXmlStreamReader::StartElement:
                if (!startElement(reader, tokenLine, tokenColumn))
                    return;
                break;
            case QXmlStreamReader::Characters:
                if (m_current && !reader.isWhitespace() && !m_oversized) {
                    m_recordText += reader.text().size();
                    if (m_recordText > XmlFeedReader::MaxRecordTextChars)
                        oversize();
                    else
                        m_current->appendText(reader.text());
                }
                break;
            case QXmlStreamReader::EndElement:
                if (endElement())
                    recordEnded(summary.records);
                break;
            default:
                break;
            }
        }
    }

    // After the stream: its error, or what it lacked.
    void finish(QXmlStreamReader &reader)
    {
        if (m_refused)
            return;
        if (reader.hasError()) {
            const int line = static_cast<int>(reader.lineNumber());
            const int column = static_cast<int>(reader.columnNumber()) + 1;
            const bool truncated = reader.error() == QXmlStreamReader::PrematureEndOfDocumentError;
            QString message = truncated
                                  ? QStringLiteral("the document is truncated (cut off at line %1, column %2)").arg(line).arg(column)
                                  : QStringLiteral("malformed XML at line %1, column %2: %3").arg(line).arg(column).arg(reader.errorString());
            if (m_record) {
                message += QStringLiteral("; the record <%1> from line %2 is not read").arg(m_record->localName()).arg(m_record->line());
                // The damaged record counts as a record that failed.
                ++summary.records;
                ++summary.failedRecords;
                publish(issue(FeedIssue::Severity::Error, summary.records, m_record->line(), {}, message));
                return;
            }
            if (summary.records > 0)
                message += QStringLiteral("; the %1 record(s) before it were read").arg(summary.records);
            documentError(0, 0, message);
            return;
        }
        if (!m_adapter && !m_faultSeen) {
            documentError(0, 0,
                          m_firstElement.isEmpty()
                              ? QStringLiteral("no XML element found")
                              : QStringLiteral("format not recognised: XML <%1> holds no element a supported format starts "
                                               "with (%2)")
                                    .arg(m_firstElement, supportedRoots(m_registry)));
            return;
        }
        if (m_adapter && summary.records == 0)
            publish(issue(FeedIssue::Severity::Warning, 0, 0, {},
                       QStringLiteral("the %1 document holds no records").arg(m_adapter->formatName())));
    }

private:
    bool startElement(QXmlStreamReader &reader, int line, int column)
    {
        ++m_depth;
        const QStringView localName = reader.name();
        const QStringView namespaceUri = reader.namespaceUri();
        if (m_record) {
            if (m_oversized)
                return true;
            if (++m_recordElements > XmlFeedReader::MaxRecordElements) {
                oversize();
                return true;
            }
            auto element = std::make_unique<XmlElement>(interned(localName), interned(namespaceUri), line, column);
            addAttributes(*element, reader);
            m_current = m_current->appendChild(std::move(element));
            return true;
        }
        if (m_firstElement.isEmpty())
            m_firstElement = reader.qualifiedName().toString();
        bool record = false;
        if (!m_adapter && m_pendingRoot) {
            // The root's first child decides between the formats with that root.
            if (m_depth == m_rootDepth + 1) {
                m_pendingRoot = false;
                m_adapter = m_registry.detectXml(m_rootNamespace, m_rootName, localName);
                if (!m_adapter) {
                    documentError(line, column,
                                  QStringLiteral("format not recognised: <%1> starting with <%2> is no supported format (%3)")
                                      .arg(m_rootName, localName, supportedRoots(m_registry)));
                    m_refused = true;
                    return false;
                }
            }
        } else if (!m_adapter) {
            if (!m_registry.xmlCandidates(namespaceUri, localName).isEmpty()) {
                m_rootDepth = m_depth;
                m_rootName = localName.toString();
                m_rootNamespace = namespaceUri.toString();
                const xml::XmlTrackingAdapter *rootOnly = m_registry.detectXml(namespaceUri, localName, {});
                if (rootOnly && rootOnly->isRecord(localName, 0)) {
                    m_adapter = rootOnly;
                    record = true;
                } else {
                    m_pendingRoot = true;
                }
            } else if (const xml::XmlTrackingAdapter *other = m_registry.xmlRootNamed(localName)) {
                QString expected;
                for (const xml::XmlDocumentRoot &root : other->roots()) {
                    if (root.localName == localName)
                        expected = root.expectedNamespaces();
                }
                documentError(line, column,
                              QStringLiteral("<%1> is in namespace %2, not in the namespace of %3 (%4): not read")
                                  .arg(reader.qualifiedName(),
                                       namespaceUri.isEmpty() ? QStringLiteral("none") : QStringLiteral("\"%1\"").arg(namespaceUri),
                                       other->formatName(), expected));
                m_refused = true;
                return false;
            } else if (isSoapFault(namespaceUri, localName)) {
                m_faultSeen = true;
                m_fault = true;
                record = true;
            }
        }
        if (m_adapter && !record && m_depth > m_rootDepth)
            record = m_adapter->isRecord(localName, m_depth - m_rootDepth);
        if (!record) {
            m_outer.append(localName.toString());
            return true;
        }
        const QString outerPath = m_outer.join(QLatin1Char('/'));
        if (outerPath != m_ordinalsPath) {
            m_ordinals.clear();
            m_ordinalsPath = outerPath;
        }
        const int ordinal = m_depth == m_rootDepth ? 0 : ++m_ordinals[localName.toString()];
        m_record = std::make_unique<XmlElement>(localName.toString(), namespaceUri.toString(), line, column);
        m_record->setRecordPosition(outerPath, ordinal);
        addAttributes(*m_record, reader);
        m_current = m_record.get();
        m_recordDepth = m_depth;
        m_recordElements = 1;
        m_recordText = 0;
        m_oversized = false;
        return true;
    }

    // True when a record ended here.
    bool endElement()
    {
        const int depth = m_depth--;
        if (m_pendingRoot && depth == m_rootDepth) {
            // A root without children: the format that does not need one, if any.
            m_pendingRoot = false;
            m_adapter = m_registry.detectXml(m_rootNamespace, m_rootName, {});
        }
        if (!m_record) {
            if (!m_outer.isEmpty())
                m_outer.removeLast();
            return false;
        }
        if (depth > m_recordDepth) {
            if (!m_oversized)
                m_current = m_current->mutableParent();
            return false;
        }
        finishRecord();
        return true;
    }

    // A document has few distinct names: each is allocated once and shared by its elements.
    QString interned(QStringView text)
    {
        for (const QString &name : m_names) {
            if (name == text)
                return name;
        }
        m_names.push_back(text.toString());
        return m_names.back();
    }

    void oversize()
    {
        m_oversized = true;
        m_current = nullptr;
    }

    static void addAttributes(XmlElement &element, const QXmlStreamReader &reader)
    {
        for (const QXmlStreamAttribute &a : reader.attributes())
            element.addAttribute(a.namespaceUri().toString(), a.name().toString(), a.value().toString());
    }

    void finishRecord()
    {
        const std::unique_ptr<XmlElement> record = std::move(m_record);
        const bool fault = std::exchange(m_fault, false);
        m_current = nullptr;
        const int number = ++summary.records;
        ParseContext context(m_source, number, record->line(), m_timeZones);
        xml::XmlParseContext xmlContext(context);
        if (m_oversized) {
            xmlContext.error(*record, QStringLiteral("the record is larger than the limit (%1 elements or %2 MB of text): skipped")
                                          .arg(XmlFeedReader::MaxRecordElements)
                                          .arg(XmlFeedReader::MaxRecordTextChars / (1024 * 1024)));
            m_oversized = false;
        } else if (fault) {
            const QList<const xml::XmlTrackingAdapter *> adapters = m_registry.xmlAdapters();
            if (std::none_of(adapters.begin(), adapters.end(), [&](const xml::XmlTrackingAdapter *adapter) {
                    return adapter->parseFault(*record, xmlContext);
                }))
                reportFault(*record, xmlContext);
        } else {
            m_adapter->parseRecord(*record, xmlContext);
        }
        for (const FeedIssue &i : context.issues())
            publish(i);
        if (context.errorCount() > 0)
            ++summary.failedRecords;
        summary.notFound += context.notFoundCount();
        summary.unmappedEvents += context.unmappedCount();
        const QString document = m_source + QLatin1Char('#') + QString::number(number);
        for (ShipmentRecord &shipment : context.takeShipments()) {
            shipment.sourceFormat = m_adapter->formatId();
            shipment.sourceDocument = document;
            ++summary.shipments;
            ++summary.shipmentsByFormat[m_adapter->formatId()];
            if (m_onShipment)
                m_onShipment(std::move(shipment));
        }
    }

    FeedIssue issue(FeedIssue::Severity severity, int record, int line, const QString &field, const QString &message) const
    {
        FeedIssue i;
        i.severity = severity;
        i.source = m_source;
        i.record = record;
        i.line = line;
        i.field = field;
        i.message = message;
        return i;
    }

    void publish(const FeedIssue &i)
    {
        if (i.severity == FeedIssue::Severity::Error)
            ++summary.errors;
        else if (i.severity == FeedIssue::Severity::Warning)
            ++summary.warnings;
        if (m_onIssue)
            m_onIssue(i);
    }

    // An error of the document as a whole (record 0), located in the message when known.
    void documentError(int line, int column, const QString &message)
    {
        ++summary.failedRecords;
        if (summary.records == 0)
            summary.records = 1; // a document read for nothing still counts as one
        QString where;
        if (line > 0)
            where = column > 0 ? QStringLiteral("line %1, column %2: ").arg(line).arg(column) : QStringLiteral("line %1: ").arg(line);
        publish(issue(FeedIssue::Severity::Error, 0, 0, {}, where + message));
    }

    const AdapterRegistry &m_registry;
    geo::TimeZoneResolver &m_timeZones;
    const QString &m_source;
    const FeedReader::ShipmentSink &m_onShipment;
    const FeedReader::IssueSink &m_onIssue;

    const xml::XmlTrackingAdapter *m_adapter = nullptr;
    QString m_firstElement;
    int m_depth = 0;
    int m_rootDepth = 0;
    bool m_pendingRoot = false; // a root seen, its format not yet told
    QString m_rootName;
    QString m_rootNamespace;
    bool m_refused = false;
    bool m_faultSeen = false;
    QStringList m_outer; // names of the open elements outside the record
    QString m_ordinalsPath;
    QHash<QString, int> m_ordinals; // records of each name seen under m_ordinalsPath

    std::vector<QString> m_names;
    std::unique_ptr<XmlElement> m_record;
    XmlElement *m_current = nullptr;
    bool m_fault = false;
    int m_recordDepth = 0;
    int m_recordElements = 0;
    qsizetype m_recordText = 0;
    bool m_oversized = false;
};

} // namespace

XmlFeedReader::XmlFeedReader(const AdapterRegistry &registry, geo::TimeZoneResolver &timeZones,
                             const std::atomic<bool> &stopRequested)
    : m_registry(registry), m_timeZones(timeZones), m_stopRequested(stopRequested)
{
}

FeedReadSummary XmlFeedReader::read(const QString &source, QByteArrayView data,
                                    const FeedReader::ShipmentSink &onShipment, const FeedReader::IssueSink &onIssue,
                                    const FeedReader::RecordEndSink &onRecordEnd)
{
    // Through a device, QXmlStreamReader decodes a block at a time: the document is never
    // copied or decoded whole.
    QByteArray bytes = QByteArray::fromRawData(data.data(), data.size());
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    return read(source, device, data.size(), onShipment, onIssue, onRecordEnd);
}

FeedReadSummary XmlFeedReader::read(const QString &source, QIODevice &device, qint64 size,
                                    const FeedReader::ShipmentSink &onShipment, const FeedReader::IssueSink &onIssue,
                                    const FeedReader::RecordEndSink &onRecordEnd)
{
    QXmlStreamReader reader(&device);
    reader.setNamespaceProcessing(true);
    DocumentRead read(m_registry, m_timeZones, source, onShipment, onIssue);
    read.run(reader, m_stopRequested, [&](int record) {
        if (onRecordEnd)
            onRecordEnd(record, std::min(device.pos(), size), size, read.summary);
    });
    if (!m_stopRequested.load())
        read.finish(reader);
    return read.summary;
}

bool XmlFeedReader::isComplete(QByteArrayView data)
{
    QByteArray bytes = QByteArray::fromRawData(data.data(), data.size());
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    QXmlStreamReader reader(&device);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::DTD)
            return true; // refused when read, not worth another try
    }
    return reader.error() != QXmlStreamReader::PrematureEndOfDocumentError;
}

} // namespace ct
