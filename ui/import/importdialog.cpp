// SPDX-License-Identifier: MIT
#include "importdialog.h"

#include "importjob.h"
#include "importreportmodel.h"
#include "jobs/storejobrunner.h"
#include "widgets/recordtable.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ct {

ImportDialog::ImportDialog(StoreJobRunner &jobs, QWidget *parent)
    : QDialog(parent)
    , m_jobs(jobs)
    , m_model(new ImportReportModel(this))
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel Import"), this))
    , m_table(new QTableView(this))
    , m_problemsTitle(new QLabel(this))
    , m_problems(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("C&opy Report"), this))
    , m_save(new QPushButton(tr("&Save Report…"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("ImportDialog"));
    setWindowTitle(tr("Import Files"));
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 0);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->setToolTip(tr("Stop after the batch being stored: what is stored stays, and the sheet says what it is."));

    m_table->setObjectName(QStringLiteral("importFiles"));
    m_table->setModel(m_model);
    setUpRecordTable(*m_table, {200, 280, 60, 70, 85, 60, 125, 75, 70}, {});
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(ImportReportModel::Result, QHeaderView::Stretch);
    m_table->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImportDialog::showProblems);

    m_problemsTitle->setObjectName(QStringLiteral("problemsTitle"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *problemsBox = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_problemsTitle);
    problemsLayout->addWidget(m_problems);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(problemsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    problemsBox->hide();

    m_copy->setObjectName(QStringLiteral("copyReport"));
    m_save->setObjectName(QStringLiteral("saveReport"));
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::requestCancel);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(reportText()); });
    connect(m_save, &QPushButton::clicked, this, &ImportDialog::saveReportAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addWidget(m_progress);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1120, 300);

    connect(&m_jobs, &StoreJobRunner::jobStarted, this, &ImportDialog::refresh);
    connect(&m_jobs, &StoreJobRunner::jobProgress, this, &ImportDialog::refresh);
    connect(&m_jobs, &StoreJobRunner::jobFinished, this, &ImportDialog::refresh);
    connect(&m_jobs, &StoreJobRunner::jobFailed, this, [this](const QString &, const QString &error) {
        if (!m_job || m_shownFinished || !m_job->hasStarted())
            return;
        // Only a failure to open the store's connection gets here: the import itself
        // reports its store failures in the sheet.
        if (!m_job->hasFinished()) {
            m_shownFinished = true;
            m_headline->setText(tr("The import could not start: %1").arg(error));
            m_progress->hide();
            m_cancel->hide();
            emit finished();
        }
    });
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::start(const QStringList &paths, qint64 nowMs, const CsvOrderMappingBook &csvMappings)
{
    m_job = std::make_unique<ImportJob>(paths, nowMs, csvMappings);
    m_jobs.start(tr("Importing carrier files"), m_job->job(), StoreJobRunner::Cancel::Supported);
    refresh();
}

bool ImportDialog::isFinished() const
{
    return m_shownFinished;
}

void ImportDialog::refresh()
{
    if (!m_job || m_shownFinished)
        return;
    if (m_job->hasFinished()) {
        showFinished();
        return;
    }
    const QLocale locale;
    const int paths = static_cast<int>(m_job->paths().size());
    if (!m_job->hasStarted()) {
        m_headline->setText(tr("Waiting for the work in progress to finish…"));
        m_detail->setText(tr("%n files or folders to import.", nullptr, paths));
        return;
    }
    const FeedFileImport::Progress p = m_job->progress();
    if (p.filesTotal == 0) {
        m_headline->setText(tr("Listing the files to import…"));
        return;
    }
    m_headline->setText(m_cancelAsked ? tr("Cancelling: stopping after the batch being stored…")
                                      : tr("Importing file %1 of %2").arg(locale.toString(std::min(p.filesDone + 1, p.filesTotal)),
                                                                          locale.toString(p.filesTotal)));
    m_detail->setText(tr("%1 of %2 · %3").arg(locale.formattedDataSize(p.bytesDone), locale.formattedDataSize(p.bytesTotal),
                                              QDir::toNativeSeparators(p.currentFile)));
    m_progress->setRange(0, 1000);
    m_progress->setValue(p.bytesTotal > 0 ? static_cast<int>(1000 * p.bytesDone / p.bytesTotal) : 0);
}

void ImportDialog::showFinished()
{
    m_shownFinished = true;
    const ImportReport report = m_job->report();
    m_model->setReport(report);
    m_headline->setText(report.summary());
    m_progress->hide();
    m_cancel->hide();
    m_detail->setVisible(!report.refusal.isEmpty());
    if (!report.refusal.isEmpty())
        m_detail->setText(tr("A store that syncs with a team server gets its shipments from the server. To import "
                             "files, use a store of your own (File > New Store, or controltower --db FILE)."));
    m_table->setVisible(!report.files.isEmpty());
    m_problems->parentWidget()->setVisible(report.problemCount() > 0);
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
    m_close->setDefault(true);
    showProblems();
    if (!report.files.isEmpty())
        resize(width(), std::max(height(), 560));
    if (!isVisible())
        show();
    raise();
    emit finished();
}

void ImportDialog::showProblems()
{
    const ImportReport &report = m_model->report();
    const FileImportOutcome *file = m_model->outcome(m_table->currentIndex().row());
    QStringList lines;
    if (file) {
        for (const FeedIssue &issue : file->problems)
            lines.append(issue.toString());
        if (file->problemsNotKept > 0)
            lines.append(tr("… and %1 more (the store's ingest_issues has all of them)")
                             .arg(QLocale().toString(file->problemsNotKept)));
        if (file->state == FileImportOutcome::State::StoreFailed)
            lines.append(file->stateText());
        m_problemsTitle->setText(tr("Problems in %1:").arg(QDir::toNativeSeparators(file->path)));
    } else {
        for (const FeedIssue &issue : report.listingProblems)
            lines.append(issue.toString());
        for (const FileImportOutcome &each : report.files) {
            for (const FeedIssue &issue : each.problems)
                lines.append(issue.toString());
        }
        m_problemsTitle->setText(tr("Every problem, with its file, record and field (select a file for its own):"));
    }
    if (file && lines.isEmpty())
        lines.append(tr("No problems."));
    m_problems->setPlainText(lines.join(QLatin1Char('\n')));
}

QString ImportDialog::reportText() const
{
    return m_shownFinished ? m_model->report().text() : QString();
}

bool ImportDialog::saveReport(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(reportText().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ImportDialog::saveReportAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Import Report"), QStringLiteral("import-report.txt"),
                                                      tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveReport(path, &error))
        QMessageBox::warning(this, tr("Save Import Report"),
                             tr("The report could not be saved to %1:\n\n%2").arg(QDir::toNativeSeparators(path), error));
}

void ImportDialog::reject()
{
    if (m_job && !m_shownFinished) {
        hide();
        return;
    }
    QDialog::reject();
}

void ImportDialog::requestCancel()
{
    if (!m_job || !m_job->hasStarted() || m_job->hasFinished() || !m_jobs.canCancel())
        return;
    m_cancelAsked = true;
    m_cancel->setEnabled(false);
    m_jobs.cancel();
    refresh();
}

} // namespace ct
