// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <vector>

class QXmlStreamWriter;

namespace ct::xml {

// One element of an XML record, read whole by the XmlFeedReader: its name and namespace,
// its attributes, its own text and its children, and where it starts in the file (line
// and column) so that an adapter reports a bad field exactly. Children are found by
// local name: carriers mix namespaces inside one response (UPS puts Response in its
// Common namespace, FedEx's Notifications share the reply's), and only the document's
// root is matched by namespace. A record is a small tree; the reader bounds its size.
class XmlElement final
{
public:
    XmlElement(QString localName, QString namespaceUri, int line, int column);
    XmlElement(const XmlElement &) = delete;
    XmlElement &operator=(const XmlElement &) = delete;

    const QString &localName() const { return m_localName; }
    const QString &namespaceUri() const { return m_namespaceUri; }
    int line() const { return m_line; }
    int column() const { return m_column; }
    const XmlElement *parent() const { return m_parent; }

    // The element's own character data (not its children's), trimmed.
    QString text() const { return m_text.trimmed(); }
    // The first child with this local name, or nullptr.
    const XmlElement *child(QStringView localName) const;
    // The trimmed text of the first child with this local name; empty when there is none.
    QString childText(QStringView localName) const;
    // The text at a path of child names ("Address/City"); empty when a step is missing.
    QString textAt(QStringView path) const;
    const XmlElement *at(QStringView path) const;
    // Every child with this local name, in document order.
    QList<const XmlElement *> children(QStringView localName) const;
    QList<const XmlElement *> children() const;
    QString attribute(QStringView localName) const;

    // "TrackResponse/Shipment[2]/Package/Activity[3]": local names from the document's
    // outermost element, with a 1-based index where the parent has several of that name.
    QString path() const;
    // The element and everything under it as XML text (the shipment's raw payload).
    QByteArray toXml() const;

    // --- building (XmlFeedReader) ------------------------------------------------------
    XmlElement *appendChild(std::unique_ptr<XmlElement> child);
    void appendText(QStringView text) { m_text += text; }
    void addAttribute(QString namespaceUri, QString localName, QString value);
    // On a record's root: the path of the elements around it and its 1-based position
    // among the records of its name, for path().
    void setRecordPosition(QString outerPath, int ordinal);
    XmlElement *mutableParent() const { return m_parent; }

private:
    void writeTo(QXmlStreamWriter &writer) const;

    struct Attribute
    {
        QString namespaceUri;
        QString localName;
        QString value;
    };

    QString m_localName;
    QString m_namespaceUri;
    int m_line;
    int m_column;
    XmlElement *m_parent = nullptr;
    QString m_text;
    QString m_outerPath; // set on a record's root: the path of the elements around it
    int m_ordinal = 0;
    QList<Attribute> m_attributes;
    std::vector<std::unique_ptr<XmlElement>> m_children;
};

} // namespace ct::xml
