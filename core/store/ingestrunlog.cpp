// SPDX-License-Identifier: MIT
#include "ingestrunlog.h"

#include "database.h"
#include "ingest/feedreader.h"
#include "qtsqlsupport.h"
#include "sqldialect.h"

#include <QSqlQuery>

namespace ct {

IngestRunLog::IngestRunLog(const Database &database) : m_database(database) {}

bool IngestRunLog::begin(const QString &source, qint64 nowMs, QString *error)
{
    QSqlQuery q(m_database.connection());
    if (!prepare(q, QStringLiteral("INSERT INTO ingest_runs(started_at_ms, source) VALUES(?, ?)")
                        + m_database.dialect().returningId(),
                 error))
        return false;
    bind(q, 0, nowMs);
    bind(q, 1, sqlText(source));
    if (!execPrepared(q, error))
        return false;
    m_runId = insertedId(q);
    m_issues = 0;
    return true;
}

bool IngestRunLog::addIssue(const FeedIssue &issue, QString *error)
{
    if (m_runId == 0 || ++m_issues > MaxIssuesPerRun)
        return true;
    QSqlQuery q(m_database.connection());
    if (!prepare(q,
                 QStringLiteral("INSERT INTO ingest_issues(run_id, severity, source, record, line, "
                                "field, message) VALUES(?,?,?,?,?,?,?)"),
                 error))
        return false;
    bind(q, 0, m_runId);
    bind(q, 1, static_cast<int>(issue.severity));
    bind(q, 2, sqlText(issue.source));
    bind(q, 3, issue.record);
    bind(q, 4, issue.line);
    bind(q, 5, sqlText(issue.field));
    bind(q, 6, sqlText(issue.message));
    return execPrepared(q, error);
}

bool IngestRunLog::finish(const FeedReadSummary &read, const IngestCounts &stored, qint64 nowMs,
                          QString *error)
{
    if (m_runId == 0)
        return true;
    QSqlQuery q(m_database.connection());
    if (!prepare(q,
                 QStringLiteral("UPDATE ingest_runs SET finished_at_ms = ?, records = ?, "
                                "failed_records = ?, shipments_new = ?, shipments_updated = ?, "
                                "events_new = ?, events_duplicate = ?, errors = ?, warnings = ?, "
                                "not_found = ?, unmapped_events = ? WHERE id = ?"),
                 error))
        return false;
    int i = 0;
    bind(q, i++, nowMs);
    bind(q, i++, read.records);
    bind(q, i++, read.failedRecords);
    bind(q, i++, stored.shipmentsNew);
    bind(q, i++, stored.shipmentsUpdated);
    bind(q, i++, stored.eventsNew);
    bind(q, i++, stored.eventsDuplicate);
    bind(q, i++, read.errors);
    bind(q, i++, read.warnings);
    bind(q, i++, read.notFound);
    bind(q, i++, read.unmappedEvents);
    bind(q, i++, m_runId);
    return execPrepared(q, error);
}

} // namespace ct
