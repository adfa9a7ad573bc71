// SPDX-License-Identifier: MIT
#include "exceptiondetailqueries.h"

#include "queuerowreader.h"
#include "store/database.h"
#include "store/sqlstatement.h"

namespace ct {

ExceptionDetailQueries::ExceptionDetailQueries(const Database &database) : m_database(database) {}

std::optional<QList<ExceptionHistoryEntry>> ExceptionDetailQueries::history(qint64 exceptionId, QString *error) const
{
    std::unique_ptr<SqlStatement> statement = SqlStatement::prepare(
        m_database,
        QStringLiteral("SELECT id, at_ms, action, actor, detail FROM exception_history WHERE exception_id = ? "
                       "ORDER BY at_ms, CASE WHEN id < 0 THEN 1 ELSE 0 END, abs(id)"),
        error);
    if (!statement)
        return std::nullopt;
    statement->bind(0, exceptionId);
    if (!statement->exec(error))
        return std::nullopt;
    QList<ExceptionHistoryEntry> entries;
    while (statement->next())
        entries.append({statement->int64(0), statement->int64(1), statement->text(2), statement->text(3), statement->text(4)});
    return entries;
}

std::optional<RelatedExceptions> ExceptionDetailQueries::related(qint64 exceptionId, const ExceptionQueueContext &context,
                                                                 QString *error, int limit) const
{
    RelatedExceptions out;
    std::unique_ptr<SqlStatement> self = SqlStatement::prepare(
        m_database, QStringLiteral("SELECT shipment_id, customer_email, customer_name FROM exception_queue WHERE exception_id = ?"),
        error);
    if (!self)
        return std::nullopt;
    self->bind(0, exceptionId);
    if (!self->exec(error))
        return std::nullopt;
    if (!self->next())
        return out; // no such exception
    const qint64 shipmentId = self->int64(0);
    const QString email = self->text(1);
    const QString name = self->text(2);
    self->finish();

    // "+q.status" keeps SQLite on the shipment's or the customer's index: on the status
    // prefix of queue_by_priority (chosen for the ORDER BY) it read every open exception,
    // 90 ms warm on a 1M-shipment store, seconds cold, for each exception opened.
    const QString select = QStringLiteral("SELECT ") + queue::rowColumns() + QStringLiteral(" FROM exception_queue q ")
        + queue::rowJoins() + QStringLiteral(" WHERE +q.status = 0 AND q.exception_id <> ? AND ");
    const QString order = QStringLiteral(" ORDER BY q.priority_score DESC, q.exception_id DESC LIMIT ?");
    struct Kind
    {
        QString where;
        QString value;
        QList<ExceptionQueueRow> *target;
    };
    QList<Kind> kinds{{QStringLiteral("q.shipment_id = ?"), QString(), &out.sameShipment}};
    // The same customer: by e-mail when it is known, else by name; other shipments only.
    if (!email.isEmpty())
        kinds.append({QStringLiteral("q.customer_email = ? AND q.shipment_id <> ?"), email, &out.sameCustomer});
    else if (!name.isEmpty())
        kinds.append({QStringLiteral("q.customer_email = '' AND q.customer_name = ? AND q.shipment_id <> ?"), name,
                      &out.sameCustomer});
    for (const Kind &kind : kinds) {
        std::unique_ptr<SqlStatement> statement = SqlStatement::prepare(m_database, select + kind.where + order, error);
        if (!statement)
            return std::nullopt;
        int i = 0;
        statement->bind(i++, exceptionId);
        if (!kind.value.isEmpty())
            statement->bind(i++, kind.value);
        statement->bind(i++, shipmentId);
        statement->bind(i++, limit);
        if (!statement->exec(error))
            return std::nullopt;
        while (statement->next())
            kind.target->append(queue::readRow(*statement, context.nowMs));
    }
    return out;
}

} // namespace ct
