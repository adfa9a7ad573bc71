// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <variant>

namespace ct {

// What a report column holds; writers format and type cells by it (a CSV prints it, a
// workbook stores numbers as numbers, dates as dates, shares as percentages).
enum class ReportColumnType : quint8 {
    Text,
    Integer,
    Number,  // a decimal: means, rates per 1,000, hours
    Percent, // a share from 0 to 1
    Date,
};

struct ReportColumn
{
    QString name;
    ReportColumnType type = ReportColumnType::Text;
};

// One cell: empty (no data), text, a whole number, a decimal or a date.
using ReportValue = std::variant<std::monostate, QString, qint64, double, QDate>;

// A table of a report: a name (a workbook's sheet), typed columns and rows of cells.
struct ReportTable
{
    QString name;
    QList<ReportColumn> columns;
    QList<QList<ReportValue>> rows;
};

} // namespace ct
