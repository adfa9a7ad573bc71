// SPDX-License-Identifier: MIT
#pragma once

#include "ingest/importreport.h"

#include <QAbstractTableModel>

namespace ct {

// The result sheet's table: one row per file of an ImportReport (display roles only).
// Paths show relative to the folder all of them share; the tooltip has the whole path.
class ImportReportModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int { File, Result, New, Updated, Unchanged, Events, Opened, Resolved, Problems, ColumnCount };

    explicit ImportReportModel(QObject *parent = nullptr);

    void setReport(const ImportReport &report);
    const ImportReport &report() const { return m_report; }
    const FileImportOutcome *outcome(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportReport m_report;
    QString m_commonFolder; // ends with a separator, or empty
};

} // namespace ct
