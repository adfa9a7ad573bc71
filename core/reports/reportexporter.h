// SPDX-License-Identifier: MIT
#pragma once

#include "reporttable.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace ct {

enum class ReportFormat : quint8 { Csv, Xlsx };

// Writes a report's tables to a file, whole or not at all: into a temporary file in the
// target's folder, then renamed over the target, so a reader never sees a half-written
// report and a failure leaves the target as it was (and no temporary file behind). CSV
// holds one table; a workbook a sheet per table.
class ReportExporter final
{
public:
    static std::optional<ReportFormat> formatFromCode(QStringView code); // "csv", "xlsx"
    static QString formatCode(ReportFormat format);

    // False with `error` naming the path and the reason ("cannot write /x/r.csv: the
    // folder /x does not exist").
    static bool write(const QList<ReportTable> &tables, ReportFormat format, const QString &path, QString *error);

    // Writes any report file whole or not at all the same way: `writeTemporary` writes the
    // file at the temporary path it is given (false with `why` when it cannot, or stops),
    // then the file is renamed over `path`. The PDF report (ui/analytics) writes this way.
    using TemporaryWriter = std::function<bool(const QString &temporaryPath, QString *why)>;
    static bool writeWhole(const QString &path, const TemporaryWriter &writeTemporary, QString *error);
};

} // namespace ct
