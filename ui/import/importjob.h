// SPDX-License-Identifier: MIT
#pragma once

#include "ingest/feedfileimport.h"
#include "jobs/storejobrunner.h"

#include <QStringList>

#include <memory>

namespace ct {

// One import of files and folders, run on the StoreJobRunner: FeedFileImport on the
// worker thread with the job's own connection, a cancel at its next batch boundary (the
// runner's Cancel), and from the window at any time its progress in files and bytes; its
// report once the job has finished.
class ImportJob final
{
public:
    // `csvMappings`: how CSVs in no known format are read (CsvMappingPrompt).
    ImportJob(QStringList paths, qint64 nowMs, CsvOrderMappingBook csvMappings = {});

    // What to start on the runner (Cancel::Supported). Call once.
    StoreJobRunner::Job job() const;

    const QStringList &paths() const { return m_paths; }
    bool hasStarted() const;
    bool hasFinished() const;
    FeedFileImport::Progress progress() const;
    // The report; complete once hasFinished().
    ImportReport report() const;

private:
    struct State;
    QStringList m_paths;
    qint64 m_nowMs;
    CsvOrderMappingBook m_csvMappings;
    std::shared_ptr<State> m_state;
};

} // namespace ct
