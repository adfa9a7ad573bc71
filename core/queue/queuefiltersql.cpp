// SPDX-License-Identifier: MIT
#include "queuefiltersql.h"

#include "store/shipmentqueries.h"
#include "store/sqlstatement.h"

#include <QStringList>

namespace ct::queue {

namespace {

QString number(qint64 value)
{
    return QString::number(value);
}

template<typename E>
QString enumIn(const char *column, const QList<E> &values)
{
    QStringList items;
    for (E value : values)
        items << number(static_cast<qint64>(value));
    return QStringLiteral("q.%1 IN (%2)").arg(QLatin1String(column), items.join(QLatin1Char(',')));
}

QString textIn(const char *column, const QStringList &values, QList<SqlBind> &binds)
{
    QStringList marks;
    for (const QString &value : values) {
        marks << QStringLiteral("?");
        binds.append({0, value, true});
    }
    return QStringLiteral("q.%1 IN (%2)").arg(QLatin1String(column), marks.join(QLatin1Char(',')));
}

template<typename T>
QString rangeTerm(const char *column, const QueueRange<T> &range, QList<SqlBind> &binds)
{
    QStringList terms;
    if (range.min) {
        terms << QStringLiteral("q.%1 >= ?").arg(QLatin1String(column));
        binds.append({static_cast<qint64>(*range.min), {}, false});
    }
    if (range.max) {
        terms << QStringLiteral("q.%1 <= ?").arg(QLatin1String(column));
        binds.append({static_cast<qint64>(*range.max), {}, false});
    }
    return terms.join(QStringLiteral(" AND "));
}

} // namespace

void bindAll(SqlStatement &statement, const QList<SqlBind> &binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const SqlBind &b = binds.at(i);
        if (b.isText)
            statement.bind(i, b.text);
        else
            statement.bind(i, b.number);
    }
}

QueueFilterSql::QueueFilterSql(const ExceptionQueueFilter &filter, const ExceptionQueueContext &context)
    : m_filter(filter), m_context(context)
{
}

bool QueueFilterSql::check(QString *error) const
{
    if (m_filter.assignedToMe && m_context.currentUser.trimmed().isEmpty()) {
        if (error)
            *error = QStringLiteral("the filter asks for exceptions assigned to me, but no user is signed in");
        return false;
    }
    return true;
}

QList<int> QueueFilterSql::storedStatuses() const
{
    const QList<QueueStatus> &wanted = m_filter.statuses;
    const bool any = wanted.isEmpty();
    QList<int> out;
    if (any || wanted.contains(QueueStatus::Open) || wanted.contains(QueueStatus::Snoozed))
        out << 0;
    // An SLA state belongs to open exceptions only.
    if ((any || wanted.contains(QueueStatus::Resolved)) && m_filter.slaStates.isEmpty())
        out << 1;
    return out;
}

QString QueueFilterSql::statusTerm(int storedStatus, QList<SqlBind> &binds) const
{
    if (storedStatus == 1)
        return QStringLiteral("q.status = 1");
    const QList<QueueStatus> &wanted = m_filter.statuses;
    const bool open = wanted.isEmpty() || wanted.contains(QueueStatus::Open);
    const bool snoozed = wanted.isEmpty() || wanted.contains(QueueStatus::Snoozed);
    if (open && snoozed)
        return QStringLiteral("q.status = 0");
    binds.append({m_context.nowMs, {}, false});
    if (open)
        return QStringLiteral("q.status = 0 AND (q.snoozed_until_ms IS NULL OR q.snoozed_until_ms <= ?)");
    return QStringLiteral("q.status = 0 AND q.snoozed_until_ms > ?");
}

QString QueueFilterSql::statusCodeSql(QList<SqlBind> &binds, qint64 nowMs)
{
    binds.append({nowMs, {}, false});
    return QStringLiteral("CASE WHEN q.status = 1 THEN 'resolved' WHEN q.snoozed_until_ms > ? THEN 'snoozed' "
                          "ELSE 'open' END");
}

QString QueueFilterSql::where(QList<SqlBind> &binds, std::optional<Dimension> except,
                              std::optional<int> storedStatus) const
{
    QStringList terms;
    if (storedStatus)
        terms << statusTerm(*storedStatus, binds); // the caller partitions by stored status
    for (int d = 0; d < DimensionCount; ++d) {
        const auto dimension = static_cast<Dimension>(d);
        if ((except && *except == dimension) || (storedStatus && dimension == Dimension::Status))
            continue;
        const QString t = term(dimension, binds);
        if (!t.isEmpty())
            terms << t;
    }
    return terms.isEmpty() ? QStringLiteral("1") : terms.join(QStringLiteral(" AND "));
}

QString QueueFilterSql::term(Dimension dimension, QList<SqlBind> &binds) const
{
    const ExceptionQueueFilter &f = m_filter;
    switch (dimension) {
    case Dimension::Status: {
        const QList<int> stored = storedStatuses();
        if (stored.isEmpty())
            return QStringLiteral("0");
        if (stored.size() == 1)
            return statusTerm(stored.constFirst(), binds);
        QStringList either;
        for (int s : stored)
            either << QLatin1Char('(') + statusTerm(s, binds) + QLatin1Char(')');
        return QLatin1Char('(') + either.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    case Dimension::Type:
        return f.types.isEmpty() ? QString() : enumIn("type", f.types);
    case Dimension::NdrReason:
        return f.ndrReasons.isEmpty() ? QString() : enumIn("reason", f.ndrReasons);
    case Dimension::Party:
        return f.parties.isEmpty() ? QString() : enumIn("party", f.parties);
    case Dimension::Carrier:
        return f.carriers.isEmpty() ? QString() : textIn("carrier", f.carriers, binds);
    case Dimension::Service: {
        if (f.services.isEmpty())
            return {};
        QStringList either;
        for (const CarrierService &s : f.services) {
            either << QStringLiteral("(q.carrier = ? AND q.service = ?)");
            binds.append({0, s.carrier, true});
            binds.append({0, s.service, true});
        }
        return QLatin1Char('(') + either.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    case Dimension::Assignee: {
        if (!f.assignedToMe && !f.unassigned && f.agents.isEmpty())
            return {};
        QStringList names = f.agents;
        if (f.assignedToMe)
            names << m_context.currentUser.trimmed();
        if (f.unassigned)
            names << QString();
        return textIn("assignee", names, binds);
    }
    case Dimension::Sla:
        return f.slaStates.isEmpty() ? QString() : slaTerm(binds);
    case Dimension::Priority:
        return rangeTerm("priority", f.priorityBand, binds);
    case Dimension::Opened:
        return rangeTerm("opened_at_ms", f.openedAtMs, binds);
    case Dimension::Payment:
        return f.paymentModes.isEmpty() ? QString() : enumIn("payment_mode", f.paymentModes);
    case Dimension::Attempts:
        return rangeTerm("attempt_count", f.attempts, binds);
    case Dimension::OrderValue: {
        QString t = rangeTerm("order_value_cents", f.orderValueCents, binds);
        if (!f.orderValueCurrency.isEmpty()) {
            t += (t.isEmpty() ? QString() : QStringLiteral(" AND ")) + QStringLiteral("q.currency = ?");
            binds.append({0, f.orderValueCurrency, true});
        }
        return t;
    }
    case Dimension::Country:
        return f.destinationCountries.isEmpty() ? QString() : textIn("dest_country", f.destinationCountries, binds);
    case Dimension::Search: {
        if (f.search.isEmpty())
            return {};
        const QString match = ShipmentQueries::ftsQuery(f.search);
        if (match.isEmpty())
            return QStringLiteral("0"); // nothing searchable: no shipment matches
        binds.append({0, match, true});
        return QStringLiteral("q.shipment_id IN (SELECT rowid FROM shipment_search WHERE shipment_search MATCH ?)");
    }
    case Dimension::Ids: {
        if (!f.exceptionIds)
            return {};
        // Any number of ids in one bound JSON array (the queue table is SQLite's only), never
        // a statement with thousands of placeholders.
        QStringList ids;
        ids.reserve(f.exceptionIds->size());
        for (qint64 id : *f.exceptionIds)
            ids << number(id);
        binds.append({0, QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']'), true});
        return QStringLiteral("q.exception_id IN (SELECT value FROM json_each(?))");
    }
    }
    return {};
}

QString QueueFilterSql::slaTerm(QList<SqlBind> &binds) const
{
    const ExceptionQueueFilter &f = m_filter;
    const qint64 soon = m_context.nowMs + f.dueWithinHours * qint64(3'600'000);
    const bool breached = f.slaStates.contains(SlaState::Breached);
    const bool dueSoon = f.slaStates.contains(SlaState::DueSoon);
    const bool onTrack = f.slaStates.contains(SlaState::OnTrack);
    QString term = QStringLiteral("q.status = 0");
    if (breached && dueSoon && !onTrack) {
        term += QStringLiteral(" AND q.sla_due_ms < ?");
        binds.append({soon, {}, false});
    } else if (!breached && dueSoon && onTrack) {
        term += QStringLiteral(" AND q.sla_due_ms >= ?");
        binds.append({m_context.nowMs, {}, false});
    } else if (!(breached && dueSoon && onTrack)) {
        QStringList either;
        if (breached) {
            either << QStringLiteral("q.sla_due_ms < ?");
            binds.append({m_context.nowMs, {}, false});
        }
        if (dueSoon) {
            either << QStringLiteral("(q.sla_due_ms >= ? AND q.sla_due_ms < ?)");
            binds.append({m_context.nowMs, {}, false});
            binds.append({soon, {}, false});
        }
        if (onTrack) {
            either << QStringLiteral("q.sla_due_ms >= ?");
            binds.append({soon, {}, false});
        }
        term += QStringLiteral(" AND (") + either.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return term;
}

} // namespace ct::queue
