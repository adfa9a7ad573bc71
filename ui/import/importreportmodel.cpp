// SPDX-License-Identifier: MIT
#include "importreportmodel.h"

#include "widgets/statuspalette.h"

#include <QDir>
#include <QLocale>

namespace ct {

namespace {

// The longest folder every path starts with ("/data/feeds/"), so rows show what differs.
QString commonFolder(const QList<FileImportOutcome> &files)
{
    if (files.isEmpty())
        return {};
    QString common = files.constFirst().path.left(files.constFirst().path.lastIndexOf(QLatin1Char('/')) + 1);
    for (const FileImportOutcome &file : files) {
        while (!common.isEmpty() && !file.path.startsWith(common)) {
            common.chop(1);
            common = common.left(common.lastIndexOf(QLatin1Char('/')) + 1);
        }
    }
    return common;
}

} // namespace

ImportReportModel::ImportReportModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportReportModel::setReport(const ImportReport &report)
{
    beginResetModel();
    m_report = report;
    m_commonFolder = commonFolder(m_report.files);
    endResetModel();
}

const FileImportOutcome *ImportReportModel::outcome(int row) const
{
    return row >= 0 && row < m_report.files.size() ? &m_report.files.at(row) : nullptr;
}

int ImportReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_report.files.size());
}

int ImportReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportReportModel::data(const QModelIndex &index, int role) const
{
    const FileImportOutcome *file = outcome(index.row());
    if (!file)
        return {};
    const bool read = file->state != FileImportOutcome::State::NotReached && file->notReadReason().isEmpty();
    const IngestCounts &c = file->result.stored;
    auto number = [read](int n) -> QVariant { return read ? QVariant(QLocale().toString(n)) : QVariant(); };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File: return QDir::toNativeSeparators(file->path.mid(m_commonFolder.size()));
        case Result: return file->stateText();
        // A storefront's order file counts its orders (and fulfilments) in the first three.
        case New: return number(file->orders ? file->orders->counts.created : c.shipmentsNew);
        case Updated: return number(file->orders ? file->orders->counts.updated : c.shipmentsUpdated);
        case Unchanged: return number(file->orders ? file->orders->counts.unchanged : c.shipmentsUnchanged);
        case Events: return file->orders ? QVariant() : number(c.eventsNew);
        case Opened: return file->orders ? QVariant() : number(c.exceptionsOpened);
        case Resolved: return file->orders ? QVariant() : number(c.exceptionsResolved);
        case Problems: return file->problemCount() > 0 ? QVariant(QLocale().toString(file->problemCount())) : QVariant();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == File)
            return QDir::toNativeSeparators(file->path);
        if (index.column() == Result)
            return QString(file->stateText() + (read ? QStringLiteral("\n") + file->countsText() : QString()));
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= New)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Result) {
        const bool bad = !file->notReadReason().isEmpty() || file->state == FileImportOutcome::State::StoreFailed
                         || file->result.read.failedRecords > 0 || (file->orders && file->orders->counts.failed > 0);
        if (bad)
            return QBrush(StatusPalette::errorText());
        if (file->state != FileImportOutcome::State::Imported)
            return StatusPalette::warningText();
    }
    return {};
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File: return tr("File");
    case Result: return tr("Result");
    case New: return tr("New");
    case Updated: return tr("Updated");
    case Unchanged: return tr("Unchanged");
    case Events: return tr("Events");
    case Opened: return tr("Exceptions opened");
    case Resolved: return tr("Resolved");
    case Problems: return tr("Problems");
    default: return {};
    }
}

} // namespace ct
