// SPDX-License-Identifier: MIT
#include "exceptionqueuequery.h"

#include "queuefiltersql.h"
#include "queuerowreader.h"
#include "queuesortkey.h"
#include "store/database.h"
#include "store/sqlstatement.h"

#include <QHash>
#include <QStringList>

namespace ct {

namespace {

using queue::SqlBind;
using queue::SortKeyPart;

constexpr int MaxLimit = 1000;

// "queue_by_priority": the index whose order is the sort's.
const char *sortIndex(QueueSortColumn column)
{
    switch (column) {
    case QueueSortColumn::Priority: return "queue_by_priority";
    case QueueSortColumn::SlaDue: return "queue_by_sla";
    case QueueSortColumn::FirstActionDue: return "queue_by_first_action";
    case QueueSortColumn::ResolveDue: return "queue_by_resolve";
    case QueueSortColumn::Type: return "queue_by_type";
    case QueueSortColumn::Carrier: return "queue_by_carrier";
    case QueueSortColumn::TrackingNumber: return "queue_by_tracking";
    case QueueSortColumn::Customer: return "queue_by_customer";
    case QueueSortColumn::Destination: return "queue_by_destination";
    case QueueSortColumn::OrderValue: return "queue_by_value";
    case QueueSortColumn::PaymentMode: return "queue_by_payment";
    case QueueSortColumn::Attempts: return "queue_by_attempts";
    case QueueSortColumn::Opened: return "queue_by_opened";
    case QueueSortColumn::Assignee: return "queue_by_assignee";
    case QueueSortColumn::Status: return "queue_by_status";
    }
    return "queue_by_priority";
}

QString orderBy(const ExceptionQueueSort &sort, const char *prefix)
{
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QString();
    QStringList terms;
    for (const SortKeyPart &part : queue::sortKeyParts(sort.column))
        terms << QLatin1String(prefix) + QLatin1String(part.column) + (part.noCase ? QStringLiteral(" COLLATE NOCASE") : QString())
                     + direction;
    terms << QLatin1String(prefix) + QStringLiteral("exception_id") + direction;
    return terms.join(QStringLiteral(", "));
}

void bindValue(QList<SqlBind> &binds, const SortKeyPart &part, const queue::SortValue &value)
{
    if (part.text)
        binds.append({0, value.text, true});
    else
        binds.append({value.number, {}, false});
}

// The keyset ranges that follow `after`, most specific first: the rows with the same key
// and a later id, then those whose last key part comes later, and so on up to the first
// part. Each is a range scan of the sort index, which a single row-value comparison
// would not be (SQLite ranges it on the first column only).
QList<QString> keysetParts(const ExceptionQueueSort &sort, const ExceptionQueueRow *after, QList<QList<SqlBind>> &partBinds)
{
    if (!after) {
        partBinds.append(QList<SqlBind>());
        return {QString()};
    }
    const std::span<const SortKeyPart> parts = queue::sortKeyParts(sort.column);
    const QString beyond = sort.descending ? QStringLiteral(" < ?") : QStringLiteral(" > ?");
    QList<QString> out;
    const int m = static_cast<int>(parts.size());
    for (int j = m; j >= 0; --j) {
        QStringList terms;
        QList<SqlBind> binds;
        for (int i = 0; i < j; ++i) {
            const SortKeyPart &part = parts[static_cast<size_t>(i)];
            terms << QStringLiteral("q.") + QLatin1String(part.column) + QStringLiteral(" = ?");
            bindValue(binds, part, queue::sortValue(*after, sort.column, i));
        }
        if (j == m) {
            terms << QStringLiteral("q.exception_id") + beyond;
            binds.append({after->exceptionId, {}, false});
        } else {
            const SortKeyPart &part = parts[static_cast<size_t>(j)];
            terms << QStringLiteral("q.") + QLatin1String(part.column) + beyond;
            bindValue(binds, part, queue::sortValue(*after, sort.column, j));
        }
        out << terms.join(QStringLiteral(" AND "));
        partBinds.append(binds);
    }
    return out;
}

// The page's SQL and its binds.
QString buildPage(const ExceptionQueueFilter &filter, const ExceptionQueueSort &sort, const ExceptionQueueRow *after,
                  int limit, const ExceptionQueueContext &context, QList<SqlBind> &binds)
{
    const queue::QueueFilterSql where(filter, context);
    QList<QList<SqlBind>> partBinds;
    const QList<QString> parts = keysetParts(sort, after, partBinds);
    // With a full-text search its matches lead: their exceptions through the shipment
    // index, sorted after (the planner would rather walk the sort index and probe every
    // row). Otherwise the sort index does, and the filter is checked row by row until the
    // page is full.
    const QString from = QStringLiteral("exception_queue q INDEXED BY ")
        + QLatin1String(filter.search.isEmpty() ? sortIndex(sort.column) : "queue_by_shipment");
    QStringList selects;
    for (int storedStatus : where.storedStatuses()) {
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QString sql = QStringLiteral("SELECT q.* FROM ") + from + QStringLiteral(" WHERE ")
                + where.where(binds, std::nullopt, storedStatus);
            if (!parts.at(i).isEmpty())
                sql += QStringLiteral(" AND ") + parts.at(i);
            binds += partBinds.at(i);
            sql += QStringLiteral(" ORDER BY ") + orderBy(sort, "q.") + QStringLiteral(" LIMIT ?");
            binds.append({limit, {}, false});
            selects << QStringLiteral("SELECT * FROM (") + sql + QLatin1Char(')');
        }
    }
    if (selects.isEmpty())
        selects << QStringLiteral("SELECT * FROM exception_queue q WHERE 0");
    QString rows = selects.size() == 1
        ? selects.constFirst()
        : QStringLiteral("SELECT * FROM (") + selects.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(") q ORDER BY ")
              + orderBy(sort, "q.") + QStringLiteral(" LIMIT ?");
    if (selects.size() > 1)
        binds.append({limit, {}, false});
    return QStringLiteral("SELECT ") + queue::rowColumns() + QStringLiteral(" FROM (") + rows + QStringLiteral(") q ")
        + queue::rowJoins() + QStringLiteral(" ORDER BY ") + orderBy(sort, "q.");
}

} // namespace

struct ExceptionQueueQuery::Private
{
    const Database &database;
    QHash<QString, std::shared_ptr<SqlStatement>> statements; // by SQL text

    SqlStatement *prepared(const QString &sql, QString *error)
    {
        auto found = statements.find(sql);
        if (found != statements.end())
            return found->get();
        std::unique_ptr<SqlStatement> statement = SqlStatement::prepare(database, sql, error);
        if (!statement)
            return nullptr;
        if (statements.size() > 64)
            statements.clear();
        return statements.insert(sql, std::shared_ptr<SqlStatement>(std::move(statement)))->get();
    }
};

ExceptionQueueQuery::ExceptionQueueQuery(const Database &database) : d(new Private{database, {}}) {}

ExceptionQueueQuery::~ExceptionQueueQuery() = default;

std::optional<ExceptionQueuePage> ExceptionQueueQuery::firstPage(const ExceptionQueueFilter &filter,
                                                                 const ExceptionQueueSort &sort, int limit,
                                                                 const ExceptionQueueContext &context, QString *error)
{
    return page(filter, sort, nullptr, limit, context, error);
}

std::optional<ExceptionQueuePage> ExceptionQueueQuery::nextPage(const ExceptionQueueFilter &filter,
                                                                const ExceptionQueueSort &sort,
                                                                const ExceptionQueueRow &after, int limit,
                                                                const ExceptionQueueContext &context, QString *error)
{
    return page(filter, sort, &after, limit, context, error);
}

QString ExceptionQueueQuery::pageSql(const ExceptionQueueFilter &filter, const ExceptionQueueSort &sort, bool afterRow,
                                     const ExceptionQueueContext &context)
{
    QList<SqlBind> binds;
    const ExceptionQueueRow row;
    return buildPage(filter, sort, afterRow ? &row : nullptr, 50, context, binds);
}

std::optional<ExceptionQueuePage> ExceptionQueueQuery::page(const ExceptionQueueFilter &filter,
                                                            const ExceptionQueueSort &sort,
                                                            const ExceptionQueueRow *after, int limit,
                                                            const ExceptionQueueContext &context, QString *error)
{
    if (limit < 1 || limit > MaxLimit) {
        if (error)
            *error = QStringLiteral("a page holds 1 to %1 rows, not %2").arg(MaxLimit).arg(limit);
        return std::nullopt;
    }
    if (!queue::QueueFilterSql(filter, context).check(error))
        return std::nullopt;
    QList<SqlBind> binds;
    // One row more than asked tells whether another page follows.
    const QString sql = buildPage(filter, sort, after, limit + 1, context, binds);
    SqlStatement *statement = d->prepared(sql, error);
    if (!statement)
        return std::nullopt;
    queue::bindAll(*statement, binds);
    if (!statement->exec(error))
        return std::nullopt;
    ExceptionQueuePage result;
    result.atEnd = true;
    while (statement->next()) {
        if (result.rows.size() == limit) {
            result.atEnd = false;
            break;
        }
        result.rows.append(queue::readRow(*statement, context.nowMs));
    }
    statement->finish();
    return result;
}

std::optional<ExceptionQueueRow> ExceptionQueueQuery::row(qint64 exceptionId, const ExceptionQueueContext &context,
                                                          QString *error)
{
    if (error)
        error->clear();
    SqlStatement *statement = d->prepared(QStringLiteral("SELECT ") + queue::rowColumns()
                                              + QStringLiteral(" FROM exception_queue q ") + queue::rowJoins()
                                              + QStringLiteral(" WHERE q.exception_id = ?"),
                                          error);
    if (!statement)
        return std::nullopt;
    statement->bind(0, exceptionId);
    if (!statement->exec(error))
        return std::nullopt;
    std::optional<ExceptionQueueRow> out;
    if (statement->next())
        out = queue::readRow(*statement, context.nowMs);
    statement->finish();
    return out;
}

std::optional<bool> ExceptionQueueQuery::matches(const ExceptionQueueFilter &filter, qint64 exceptionId,
                                                 const ExceptionQueueContext &context, QString *error)
{
    const queue::QueueFilterSql where(filter, context);
    if (!where.check(error))
        return std::nullopt;
    QList<SqlBind> binds;
    const QString sql = QStringLiteral("SELECT count(*) FROM exception_queue q WHERE ") + where.where(binds)
        + QStringLiteral(" AND q.exception_id = ?");
    binds.append({exceptionId, {}, false});
    SqlStatement *statement = d->prepared(sql, error);
    if (!statement)
        return std::nullopt;
    queue::bindAll(*statement, binds);
    if (!statement->exec(error) || !statement->next())
        return std::nullopt;
    const bool found = statement->int64(0) > 0;
    statement->finish();
    return found;
}

std::optional<qint64> ExceptionQueueQuery::count(const ExceptionQueueFilter &filter, const ExceptionQueueContext &context,
                                                 QString *error)
{
    const queue::QueueFilterSql where(filter, context);
    if (!where.check(error))
        return std::nullopt;
    QList<SqlBind> binds;
    SqlStatement *statement =
        d->prepared(QStringLiteral("SELECT count(*) FROM exception_queue q WHERE ") + where.where(binds), error);
    if (!statement)
        return std::nullopt;
    queue::bindAll(*statement, binds);
    if (!statement->exec(error) || !statement->next())
        return std::nullopt;
    const qint64 n = statement->int64(0);
    statement->finish();
    return n;
}

} // namespace ct
