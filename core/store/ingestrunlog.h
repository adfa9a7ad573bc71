// SPDX-License-Identifier: MIT
#pragma once

#include "adapters/feedissue.h"
#include "ingestcounts.h"

#include <QString>

namespace ct {

class Database;
struct FeedReadSummary;

// Records each ingest run and the issues it met in the store (ingest_runs,
// ingest_issues), so what was rejected or could not be mapped stays visible after the
// command-line output has scrolled away. Keeps at most MaxIssuesPerRun issues per run and
// counts the rest.
class IngestRunLog final
{
public:
    static constexpr int MaxIssuesPerRun = 10000;

    explicit IngestRunLog(const Database &database);

    // Starts a run for `source` (file names, "demo", a feed URL); false on store errors.
    bool begin(const QString &source, qint64 nowMs, QString *error);
    bool addIssue(const FeedIssue &issue, QString *error);
    bool finish(const FeedReadSummary &read, const IngestCounts &stored, qint64 nowMs, QString *error);
    qint64 runId() const { return m_runId; }

private:
    const Database &m_database;
    qint64 m_runId = 0;
    int m_issues = 0;
};

} // namespace ct
