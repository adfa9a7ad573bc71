// SPDX-License-Identifier: MIT
#include "ingestrunlog.h"

#include "database.h"
#include "ingest/feedreader.h"
#include "sqlstatements.h"

#include <QSqlQuery>

namespace ct {

IngestRunLog::IngestRunLog(const Database &database) : m_database(database) {}

bool IngestRunLog::begin(const QString &source, qint64 nowMs, QString *error)
{
    QSqlQuery q(m_database.connection());
    if (!prepare(q, QStringLiteral("INSERT INTO ingest_runs(started_at_ms, source) VALUES(?, ?)"), error))
        return false;
    q.bindValue(0, nowMs);
    q.bindValue(1, sqlText(source));
    if (!execPrepared(q, error))
        return false;
    m_runId = q.lastInsertId().toLongLong();
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
    q.bindValue(0, m_runId);
    q.bindValue(1, static_cast<int>(issue.severity));
    q.bindValue(2, sqlText(issue.source));
    q.bindValue(3, issue.record);
    q.bindValue(4, issue.line);
    q.bindValue(5, sqlText(issue.field));
    q.bindValue(6, sqlText(issue.message));
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
    q.bindValue(i++, nowMs);
    q.bindValue(i++, read.records);
    q.bindValue(i++, read.failedRecords);
    q.bindValue(i++, stored.shipmentsNew);
    q.bindValue(i++, stored.shipmentsUpdated);
    q.bindValue(i++, stored.eventsNew);
    q.bindValue(i++, stored.eventsDuplicate);
    q.bindValue(i++, read.errors);
    q.bindValue(i++, read.warnings);
    q.bindValue(i++, read.notFound);
    q.bindValue(i++, read.unmappedEvents);
    q.bindValue(i++, m_runId);
    return execPrepared(q, error);
}

} // namespace ct
