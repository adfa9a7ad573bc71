// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include <QStringList>

namespace ct {

namespace {

bool startsDangerously(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

QString CsvWriter::text(const ReportValue &value)
{
    struct Visitor
    {
        QString operator()(std::monostate) const { return {}; }
        QString operator()(const QString &s) const { return s; }
        QString operator()(qint64 n) const { return QString::number(n); }
        QString operator()(double d) const { return QString::number(d, 'g', 15); }
        QString operator()(const QDate &d) const { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
    };
    return std::visit(Visitor{}, value);
}

QString CsvWriter::field(const QString &raw)
{
    const bool neutralize = startsDangerously(raw);
    const QString text = neutralize ? QLatin1Char('\'') + raw : raw;
    const bool quote = neutralize || text.contains(u',') || text.contains(u'"') || text.contains(u'\r')
                       || text.contains(u'\n');
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvWriter::write(const ReportTable &table)
{
    QString out;
    QStringList fields;
    for (const ReportColumn &c : table.columns)
        fields << field(c.name);
    out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const QList<ReportValue> &row : table.rows) {
        fields.clear();
        for (const ReportValue &v : row)
            fields << field(text(v));
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

} // namespace ct
