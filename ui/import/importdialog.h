// SPDX-License-Identifier: MIT
#pragma once

#include "orders/csvordermapping.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ct {

class ImportJob;
class ImportReportModel;
class StoreJobRunner;

// File > Import Files… and drops on the window: while the import runs, its
// progress (files, bytes, the file being read) and Cancel; then the result sheet: a row
// per file (shipments new, updated, unchanged, events, exceptions opened and resolved,
// problems) and every problem located as the CLI prints it (file, record, line, field),
// selectable, copyable (Copy Report) and savable as text (Save Report…). Closed while the
// import runs, it comes back when the import is over.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(StoreJobRunner &jobs, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Starts the import of `paths` (files and folders) as of `nowMs` on the runner; CSVs in
    // no known format read by `csvMappings`.
    void start(const QStringList &paths, qint64 nowMs, const CsvOrderMappingBook &csvMappings = {});
    bool isFinished() const;
    // The report's text (what Copy Report copies); empty until the import is over.
    QString reportText() const;
    bool saveReport(const QString &path, QString *error) const;
    ImportReportModel *model() const { return m_model; }

    // Escape or Close while the import runs only hides the dialog: it comes back with the
    // sheet when the import is over.
    void reject() override;

signals:
    // The import is over (finished, cancelled or failed); the store changed.
    void finished();

private:
    void refresh();
    void showFinished();
    void showProblems();
    void requestCancel();
    void saveReportAs();

    StoreJobRunner &m_jobs;
    std::unique_ptr<ImportJob> m_job;
    ImportReportModel *m_model;
    QLabel *m_headline;
    QLabel *m_detail;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableView *m_table;
    QLabel *m_problemsTitle;
    QPlainTextEdit *m_problems;
    QPushButton *m_copy;
    QPushButton *m_save;
    QPushButton *m_close;
    bool m_cancelAsked = false;
    bool m_shownFinished = false;
};

} // namespace ct
