// SPDX-License-Identifier: MIT
#include "reportexporter.h"

#include "csvwriter.h"
#include "workbookwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace ct {

std::optional<ReportFormat> ReportExporter::formatFromCode(QStringView code)
{
    if (code == u"csv")
        return ReportFormat::Csv;
    if (code == u"xlsx")
        return ReportFormat::Xlsx;
    return std::nullopt;
}

QString ReportExporter::formatCode(ReportFormat format)
{
    return format == ReportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
}

bool ReportExporter::write(const QList<ReportTable> &tables, ReportFormat format, const QString &path, QString *error)
{
    if (format == ReportFormat::Csv && tables.size() != 1) {
        if (error)
            *error = QStringLiteral("cannot write %1: a CSV file holds one table, not %2")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(tables.size());
        return false;
    }
    return writeWhole(
        path,
        [&](const QString &temporaryPath, QString *why) {
            if (format == ReportFormat::Xlsx)
                return WorkbookWriter::write(tables, temporaryPath, why);
            QFile file(temporaryPath);
            const QByteArray bytes = CsvWriter::write(tables.constFirst());
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()) {
                *why = file.errorString();
                return false;
            }
            return true;
        },
        error);
}

bool ReportExporter::writeWhole(const QString &path, const TemporaryWriter &writeTemporary, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (path.isEmpty())
        return fail(QStringLiteral("no file name"));
    const QFileInfo target(path);
    if (target.isDir())
        return fail(QStringLiteral("it is a folder"));
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists())
        return fail(QStringLiteral("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath())));
    if (!folder.isDir())
        return fail(QStringLiteral("%1 is not a folder").arg(QDir::toNativeSeparators(folder.filePath())));

    QTemporaryFile temporary(folder.absoluteFilePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX"));
    if (!temporary.open())
        return fail(QStringLiteral("cannot create a file in %1: %2")
                        .arg(QDir::toNativeSeparators(folder.filePath()), temporary.errorString()));
    const QString temporaryPath = temporary.fileName();
    temporary.close();
    QString why;
    if (!writeTemporary(temporaryPath, &why))
        return fail(why);
    // A report is for others to read: the target's permissions when it exists, else rw-r--r--.
    QFile::setPermissions(temporaryPath, target.exists() ? target.permissions()
                                                         : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser
                                                               | QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther);
    std::error_code failed;
    std::filesystem::rename(std::filesystem::path(temporaryPath.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), failed);
    if (failed)
        return fail(QString::fromStdString(failed.message()));
    temporary.setAutoRemove(false); // it is the target now
    return true;
}

} // namespace ct
