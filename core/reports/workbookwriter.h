// SPDX-License-Identifier: MIT
#pragma once

#include "reporttable.h"

#include <QList>
#include <QString>

namespace ct {

// Writes tables as an Excel workbook (.xlsx, through libxlsxwriter), one sheet per table
// in order, named after it. Cells are typed by their column: whole numbers and decimals
// as numbers, shares as numbers formatted as percentages, dates as dates (yyyy-mm-dd);
// text as text (never a formula, whatever it starts with); an empty cell reads "no data"
// in grey italics. Each sheet has a bold header row, frozen, with an autofilter over the
// table. Writes `path` itself: ReportExporter writes to a temporary file and renames it.
class WorkbookWriter final
{
public:
    static bool write(const QList<ReportTable> &tables, const QString &path, QString *error);
};

} // namespace ct
