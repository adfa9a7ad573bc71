// SPDX-License-Identifier: MIT
#include "importjob.h"

#include <QCoreApplication>

#include <atomic>
#include <mutex>

namespace ct {

struct ImportJob::State
{
    std::atomic_bool started{false};
    std::atomic_bool finished{false};
    mutable std::mutex mutex; // guards progress and report
    FeedFileImport::Progress progress;
    ImportReport report;
};

ImportJob::ImportJob(QStringList paths, qint64 nowMs, CsvOrderMappingBook csvMappings)
    : m_paths(std::move(paths)), m_nowMs(nowMs), m_csvMappings(std::move(csvMappings)), m_state(std::make_shared<State>())
{
}

StoreJobRunner::Job ImportJob::job() const
{
    return [state = m_state, paths = m_paths, nowMs = m_nowMs,
            csvMappings = m_csvMappings](const Database &db, const StoreJobRunner::Control &control, QString *summary,
                                         QString *) {
        state->started = true;
        FeedFileImport import(db);
        import.setOrderCsvMappings(csvMappings);
        ImportReport report = import.run(
            paths, nowMs,
            [&](const FeedFileImport::Progress &progress) {
                {
                    std::lock_guard lock(state->mutex);
                    state->progress = progress;
                }
                control.progress(progress.bytesDone, progress.bytesTotal);
            },
            [&] { return control.cancelRequested(); });
        *summary = QCoreApplication::translate("ct::ImportJob", "Import: %1").arg(report.summary());
        {
            std::lock_guard lock(state->mutex);
            state->report = std::move(report);
        }
        // Last: the window reads the report once it sees this.
        state->finished = true;
        return true;
    };
}

bool ImportJob::hasStarted() const
{
    return m_state->started;
}

bool ImportJob::hasFinished() const
{
    return m_state->finished;
}

FeedFileImport::Progress ImportJob::progress() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->progress;
}

ImportReport ImportJob::report() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->report;
}

} // namespace ct
