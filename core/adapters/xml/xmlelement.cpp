// SPDX-License-Identifier: MIT
#include "xmlelement.h"

#include <QXmlStreamWriter>

namespace ct::xml {

XmlElement::XmlElement(QString localName, QString namespaceUri, int line, int column)
    : m_localName(std::move(localName)), m_namespaceUri(std::move(namespaceUri)), m_line(line), m_column(column)
{
}

const XmlElement *XmlElement::child(QStringView localName) const
{
    for (const auto &c : m_children) {
        if (c->m_localName == localName)
            return c.get();
    }
    return nullptr;
}

QString XmlElement::childText(QStringView localName) const
{
    const XmlElement *c = child(localName);
    return c ? c->text() : QString();
}

const XmlElement *XmlElement::at(QStringView path) const
{
    const XmlElement *e = this;
    for (const QStringView step : path.tokenize(u'/')) {
        e = e->child(step);
        if (!e)
            return nullptr;
    }
    return e;
}

QString XmlElement::textAt(QStringView path) const
{
    const XmlElement *e = at(path);
    return e ? e->text() : QString();
}

QList<const XmlElement *> XmlElement::children(QStringView localName) const
{
    QList<const XmlElement *> found;
    for (const auto &c : m_children) {
        if (c->m_localName == localName)
            found.append(c.get());
    }
    return found;
}

QList<const XmlElement *> XmlElement::children() const
{
    QList<const XmlElement *> all;
    all.reserve(static_cast<qsizetype>(m_children.size()));
    for (const auto &c : m_children)
        all.append(c.get());
    return all;
}

QString XmlElement::attribute(QStringView localName) const
{
    for (const Attribute &a : m_attributes) {
        if (a.localName == localName)
            return a.value.trimmed();
    }
    return {};
}

QString XmlElement::path() const
{
    QString step = m_localName;
    if (m_parent) {
        int index = 0;
        int same = 0;
        for (const auto &sibling : m_parent->m_children) {
            if (sibling->m_localName != m_localName)
                continue;
            ++same;
            if (sibling.get() == this)
                index = same;
        }
        if (same > 1)
            step += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        return m_parent->path() + QLatin1Char('/') + step;
    }
    if (m_ordinal > 0)
        step += QLatin1Char('[') + QString::number(m_ordinal) + QLatin1Char(']');
    return m_outerPath.isEmpty() ? step : m_outerPath + QLatin1Char('/') + step;
}

void XmlElement::writeTo(QXmlStreamWriter &writer) const
{
    writer.writeStartElement(m_namespaceUri, m_localName);
    for (const Attribute &a : m_attributes)
        writer.writeAttribute(a.namespaceUri, a.localName, a.value);
    const QString own = text();
    if (!own.isEmpty())
        writer.writeCharacters(own);
    for (const auto &c : m_children)
        c->writeTo(writer);
    writer.writeEndElement();
}

QByteArray XmlElement::toXml() const
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writeTo(writer);
    return out;
}

XmlElement *XmlElement::appendChild(std::unique_ptr<XmlElement> child)
{
    child->m_parent = this;
    m_children.push_back(std::move(child));
    return m_children.back().get();
}

void XmlElement::setRecordPosition(QString outerPath, int ordinal)
{
    m_outerPath = std::move(outerPath);
    m_ordinal = ordinal;
}

void XmlElement::addAttribute(QString namespaceUri, QString localName, QString value)
{
    m_attributes.append({std::move(namespaceUri), std::move(localName), std::move(value)});
}

} // namespace ct::xml
