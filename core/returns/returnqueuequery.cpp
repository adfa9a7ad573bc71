// SPDX-License-Identifier: MIT
#include "returnqueuequery.h"

#include "json/parser.h"
#include "queue/queuefiltersql.h"
#include "returnitems.h"
#include "store/database.h"
#include "store/shipmentqueries.h"
#include "store/sqlstatement.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace ct {

namespace {

using queue::SqlBind;

constexpr qint64 DayOfMs = 86'400'000;

enum class Dimension : quint8 { Status, Reason, Verdict, Value, Age, Category, ReverseCarrier, Search, Ids };
constexpr Dimension AllDimensions[] = {Dimension::Status,   Dimension::Reason,         Dimension::Verdict,
                                       Dimension::Value,    Dimension::Age,            Dimension::Category,
                                       Dimension::ReverseCarrier, Dimension::Search, Dimension::Ids};

// The rows a query reads from: the returns with their kept verdicts.
const char *const From = "returns r LEFT JOIN return_verdicts v ON v.return_id = r.id";

template<typename E>
QString integers(const QList<E> &values)
{
    QStringList out;
    for (E value : values)
        out << QString::number(static_cast<int>(value));
    return out.join(QLatin1Char(','));
}

QString placeholders(const QStringList &texts, QList<SqlBind> &binds)
{
    QStringList marks;
    for (const QString &text : texts) {
        marks << QStringLiteral("?");
        binds.append({0, text, true});
    }
    return marks.join(QLatin1Char(','));
}

// One dimension's condition over `r` and `v`; empty when the filter does not restrict it.
QString term(const ReturnQueueFilter &f, Dimension dimension, qint64 nowMs, QList<SqlBind> &binds)
{
    switch (dimension) {
    case Dimension::Status:
        return f.statuses.isEmpty() ? QString() : QStringLiteral("r.status IN (%1)").arg(integers(f.statuses));
    case Dimension::Reason:
        return f.reasons.isEmpty() ? QString() : QStringLiteral("r.reason IN (%1)").arg(integers(f.reasons));
    case Dimension::Verdict:
        return f.verdicts.isEmpty() ? QString() : QStringLiteral("v.eligibility IN (%1)").arg(integers(f.verdicts));
    case Dimension::Value: {
        QStringList terms;
        if (f.valueCents.min) {
            terms << QStringLiteral("r.amount_cents >= ?");
            binds.append({*f.valueCents.min, {}, false});
        }
        if (f.valueCents.max) {
            terms << QStringLiteral("r.amount_cents <= ?");
            binds.append({*f.valueCents.max, {}, false});
        }
        if (!f.valueCurrency.isEmpty()) {
            terms << QStringLiteral("r.currency = ?");
            binds.append({0, f.valueCurrency, true});
        }
        return terms.join(QStringLiteral(" AND "));
    }
    case Dimension::Age: {
        // age = floor((now - requested) / day): at least n days old is requested at or
        // before now - n days; at most n days old is requested after now - (n + 1) days.
        QStringList terms;
        if (f.ageDays.min) {
            terms << QStringLiteral("r.requested_at_ms <= ?");
            binds.append({nowMs - *f.ageDays.min * DayOfMs, {}, false});
        }
        if (f.ageDays.max) {
            terms << QStringLiteral("r.requested_at_ms > ?");
            binds.append({nowMs - (*f.ageDays.max + 1) * DayOfMs, {}, false});
        }
        return terms.join(QStringLiteral(" AND "));
    }
    case Dimension::Category: {
        QStringList terms;
        for (const QString &category : f.categories) {
            terms << QStringLiteral("instr(v.categories, ?) > 0");
            binds.append({0, QLatin1Char('|') + category + QLatin1Char('|'), true});
        }
        return terms.isEmpty() ? QString() : QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    case Dimension::ReverseCarrier:
        return f.reverseCarriers.isEmpty() ? QString()
                                           : QStringLiteral("r.reverse_carrier IN (%1)").arg(placeholders(f.reverseCarriers, binds));
    case Dimension::Search: {
        if (f.search.isEmpty())
            return {};
        // The RMA or order number as typed, or any shipment field the full-text index
        // holds (customer name, e-mail, phone, tracking and order numbers) of the outbound
        // parcel.
        QString sql = QStringLiteral("(r.rma = ? OR r.order_id = ?");
        binds.append({0, f.search.toUpper(), true});
        binds.append({0, f.search, true});
        const QString match = ShipmentQueries::ftsQuery(f.search);
        if (!match.isEmpty()) {
            sql += QStringLiteral(" OR r.shipment_id IN (SELECT rowid FROM shipment_search WHERE shipment_search MATCH ?)");
            binds.append({0, match, true});
        }
        return sql + QLatin1Char(')');
    }
    case Dimension::Ids: {
        if (!f.returnIds)
            return {};
        // Any number of ids in one bound JSON array (the desktop's store is SQLite), never a
        // statement with thousands of placeholders.
        QStringList ids;
        ids.reserve(f.returnIds->size());
        for (qint64 id : *f.returnIds)
            ids << QString::number(id);
        binds.append({0, QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']'), true});
        return QStringLiteral("r.id IN (SELECT value FROM json_each(?))");
    }
    }
    return {};
}

QString where(const ReturnQueueFilter &f, qint64 nowMs, QList<SqlBind> &binds,
              std::optional<Dimension> except = std::nullopt)
{
    QStringList terms;
    for (Dimension d : AllDimensions) {
        if (d == except)
            continue;
        const QString t = term(f, d, nowMs, binds);
        if (!t.isEmpty())
            terms << t;
    }
    return terms.isEmpty() ? QStringLiteral("1") : terms.join(QStringLiteral(" AND "));
}

// The sort column's expression over `r` and `v`, and whether it is text.
QString sortKey(ReturnSortColumn column, bool *text = nullptr)
{
    if (text)
        *text = column == ReturnSortColumn::Rma;
    switch (column) {
    case ReturnSortColumn::RequestedAt: return QStringLiteral("r.requested_at_ms");
    case ReturnSortColumn::Value: return QStringLiteral("r.amount_cents");
    case ReturnSortColumn::Status: return QStringLiteral("r.status");
    case ReturnSortColumn::Rma: return QStringLiteral("r.rma");
    case ReturnSortColumn::Verdict: return QStringLiteral("ifnull(v.eligibility, 3)"); // not judged: last
    }
    return QStringLiteral("r.requested_at_ms");
}

SqlBind sortValue(const ReturnQueueRow &row, ReturnSortColumn column)
{
    switch (column) {
    case ReturnSortColumn::RequestedAt: return {row.requestedAtMs, {}, false};
    case ReturnSortColumn::Value: return {row.amountCents, {}, false};
    case ReturnSortColumn::Status: return {static_cast<int>(row.status), {}, false};
    case ReturnSortColumn::Rma: return {0, row.rma, true};
    case ReturnSortColumn::Verdict: return {row.eligibility ? static_cast<int>(*row.eligibility) : 3, {}, false};
    }
    return {};
}

QString orderBy(const ReturnQueueSort &sort)
{
    const char *direction = sort.descending ? " DESC" : "";
    return QStringLiteral("%1%2, r.id%2").arg(sortKey(sort.column), QLatin1String(direction));
}

const char *const RowColumns =
    "r.id, r.rma, r.order_id, ifnull(r.shipment_id, 0), ifnull(s.customer_name, ''), ifnull(s.customer_email, ''), "
    "r.items, r.reason, r.reason_note, r.amount_cents, r.currency, r.requested_at_ms, r.status, r.resolution, "
    "r.resolution_amount_cents, r.inspection_grade, r.decision_note, r.version, v.eligibility, ifnull(v.rule, ''), "
    "ifnull(v.detail, ''), ifnull(v.auto_approve, 0), ifnull(v.recommended, 0), ifnull(v.recommendation, ''), "
    "ifnull(v.eligible_value_cents, 0), r.reverse_carrier, r.reverse_tracking_number, "
    "(SELECT rs.tag FROM shipments rs WHERE r.reverse_tracking_number <> '' "
    "AND rs.tracking_number = r.reverse_tracking_number AND rs.carrier = r.reverse_carrier LIMIT 1), "
    "ifnull(v.policy_version, 0), ifnull(v.policy_digest, ''), r.decided_by, r.label_issued_at_ms";
const char *const RowJoins =
    " JOIN returns r ON r.id = p.id LEFT JOIN return_verdicts v ON v.return_id = r.id"
    " LEFT JOIN shipments s ON s.id = r.shipment_id";

ReturnQueueRow readRow(const SqlStatement &q, json::Parser &parser)
{
    ReturnQueueRow row;
    int i = 0;
    row.returnId = q.int64(i++);
    row.rma = q.text(i++);
    row.orderId = q.text(i++);
    row.shipmentId = q.int64(i++);
    row.customerName = q.text(i++);
    row.customerEmail = q.text(i++);
    row.items = returnItemsFromJson(parser, q.blob(i++));
    row.reason = returnReasonFromInt(static_cast<int>(q.int64(i++))).value_or(ReturnReason::ChangedMind);
    row.reasonNote = q.text(i++);
    row.amountCents = q.int64(i++);
    row.currency = q.text(i++);
    row.requestedAtMs = q.int64(i++);
    row.status = returnStatusFromInt(static_cast<int>(q.int64(i++))).value_or(ReturnStatus::Requested);
    row.resolution = returnResolutionFromInt(static_cast<int>(q.int64(i++))).value_or(ReturnResolution::None);
    row.resolutionAmountCents = q.int64(i++);
    row.inspectionGrade = q.text(i++);
    row.decisionNote = q.text(i++);
    row.version = q.int64(i++);
    if (const auto e = q.optionalInt64(i++); e && *e >= 0 && *e <= 2)
        row.eligibility = static_cast<ReturnEligibility>(*e);
    row.verdictRule = q.text(i++);
    row.verdictDetail = q.text(i++);
    row.autoApprove = q.int64(i++) != 0;
    row.recommended = returnResolutionFromInt(static_cast<int>(q.int64(i++))).value_or(ReturnResolution::None);
    row.recommendation = q.text(i++);
    row.eligibleValueCents = q.int64(i++);
    row.reverseCarrier = q.text(i++);
    row.reverseTrackingNumber = q.text(i++);
    if (const auto tag = q.optionalInt64(i++))
        row.reverseTag = static_cast<int>(*tag);
    row.verdictPolicyVersion = static_cast<int>(q.int64(i++));
    row.verdictPolicyDigest = q.text(i++);
    row.decidedBy = q.text(i++);
    row.labelIssuedAtMs = q.optionalInt64(i++);
    return row;
}

QString buildPage(const ReturnQueueFilter &filter, const ReturnQueueSort &sort, const ReturnQueueRow *after, int limit,
                  qint64 nowMs, QList<SqlBind> &binds)
{
    QString inner = QStringLiteral("SELECT r.id AS id FROM ") + QLatin1String(From) + QStringLiteral(" WHERE ")
        + where(filter, nowMs, binds);
    if (after) {
        // The rows after `after` in the order: a later key, or the same key and a later id.
        const QString beyond = sort.descending ? QStringLiteral(" < ?") : QStringLiteral(" > ?");
        const QString key = sortKey(sort.column);
        const SqlBind value = sortValue(*after, sort.column);
        inner += QStringLiteral(" AND (") + key + beyond + QStringLiteral(" OR (") + key + QStringLiteral(" = ? AND r.id")
            + beyond + QStringLiteral("))");
        binds << value << value << SqlBind{after->returnId, {}, false};
    }
    inner += QStringLiteral(" ORDER BY ") + orderBy(sort) + QStringLiteral(" LIMIT ?");
    binds.append({limit, {}, false});
    return QStringLiteral("SELECT ") + QLatin1String(RowColumns) + QStringLiteral(" FROM (") + inner + QStringLiteral(") p")
        + QLatin1String(RowJoins) + QStringLiteral(" ORDER BY ") + orderBy(sort);
}

} // namespace

int ReturnQueueRow::ageDays(qint64 nowMs) const
{
    return nowMs <= requestedAtMs ? 0 : static_cast<int>((nowMs - requestedAtMs) / DayOfMs);
}

struct ReturnQueueQuery::Private
{
    const Database &database;
    QHash<QString, std::shared_ptr<SqlStatement>> statements; // by SQL text
    json::Parser parser;

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

    // Runs `sql` with `binds`, calling `each` per row; false with `error` on failure.
    template<typename Each>
    bool run(const QString &sql, const QList<SqlBind> &binds, QString *error, Each each)
    {
        SqlStatement *statement = prepared(sql, error);
        if (!statement)
            return false;
        queue::bindAll(*statement, binds);
        if (!statement->exec(error))
            return false;
        while (statement->next()) {
            if (!each(*statement))
                break;
        }
        statement->finish();
        return true;
    }
};

ReturnQueueQuery::ReturnQueueQuery(const Database &database) : d(new Private{database, {}, {}}) {}

ReturnQueueQuery::~ReturnQueueQuery() = default;

std::optional<ReturnQueuePage> ReturnQueueQuery::firstPage(const ReturnQueueFilter &filter, const ReturnQueueSort &sort,
                                                           int limit, qint64 nowMs, QString *error)
{
    return page(filter, sort, nullptr, limit, nowMs, error);
}

std::optional<ReturnQueuePage> ReturnQueueQuery::nextPage(const ReturnQueueFilter &filter, const ReturnQueueSort &sort,
                                                          const ReturnQueueRow &after, int limit, qint64 nowMs,
                                                          QString *error)
{
    return page(filter, sort, &after, limit, nowMs, error);
}

QString ReturnQueueQuery::pageSql(const ReturnQueueFilter &filter, const ReturnQueueSort &sort, bool afterRow, qint64 nowMs)
{
    QList<SqlBind> binds;
    const ReturnQueueRow row;
    return buildPage(filter, sort, afterRow ? &row : nullptr, 50, nowMs, binds);
}

std::optional<ReturnQueuePage> ReturnQueueQuery::page(const ReturnQueueFilter &filter, const ReturnQueueSort &sort,
                                                      const ReturnQueueRow *after, int limit, qint64 nowMs, QString *error)
{
    if (limit < 1 || limit > MaxLimit) {
        if (error)
            *error = QStringLiteral("a page holds 1 to %1 rows, not %2").arg(MaxLimit).arg(limit);
        return std::nullopt;
    }
    QList<SqlBind> binds;
    // One row more than asked tells whether another page follows.
    const QString sql = buildPage(filter, sort, after, limit + 1, nowMs, binds);
    ReturnQueuePage result;
    result.atEnd = true;
    const bool ok = d->run(sql, binds, error, [&](const SqlStatement &q) {
        if (result.rows.size() == limit) {
            result.atEnd = false;
            return false;
        }
        result.rows.append(readRow(q, d->parser));
        return true;
    });
    if (!ok)
        return std::nullopt;
    return result;
}

std::optional<ReturnQueueRow> ReturnQueueQuery::row(qint64 returnId, QString *error)
{
    if (error)
        error->clear();
    std::optional<ReturnQueueRow> out;
    const QString sql = QStringLiteral("SELECT ") + QLatin1String(RowColumns)
        + QStringLiteral(" FROM (SELECT ? AS id) p") + QLatin1String(RowJoins);
    if (!d->run(sql, {SqlBind{returnId, {}, false}}, error, [&](const SqlStatement &q) {
            out = readRow(q, d->parser);
            return false;
        }))
        return std::nullopt;
    return out;
}

std::optional<bool> ReturnQueueQuery::matches(const ReturnQueueFilter &filter, qint64 returnId, qint64 nowMs,
                                              QString *error)
{
    QList<SqlBind> binds;
    const QString sql = QStringLiteral("SELECT 1 FROM ") + QLatin1String(From) + QStringLiteral(" WHERE ")
        + where(filter, nowMs, binds) + QStringLiteral(" AND r.id = ?");
    binds.append({returnId, {}, false});
    bool found = false;
    if (!d->run(sql, binds, error, [&](const SqlStatement &) {
            found = true;
            return false;
        }))
        return std::nullopt;
    return found;
}

std::optional<qint64> ReturnQueueQuery::count(const ReturnQueueFilter &filter, qint64 nowMs, QString *error)
{
    QList<SqlBind> binds;
    const QString sql = QStringLiteral("SELECT count(*) FROM ") + QLatin1String(From) + QStringLiteral(" WHERE ")
        + where(filter, nowMs, binds);
    qint64 total = 0;
    if (!d->run(sql, binds, error, [&](const SqlStatement &q) {
            total = q.int64(0);
            return false;
        }))
        return std::nullopt;
    return total;
}

std::optional<ReturnQueueFacets> ReturnQueueQuery::facets(const ReturnQueueFilter &filter, qint64 nowMs, QString *error)
{
    ReturnQueueFacets out;
    // Counts `column` grouped, with every term but its dimension's; `code` names a value.
    const auto grouped = [&](Dimension dimension, const char *column, QList<FacetCount> &into,
                             const std::function<QString(const SqlStatement &)> &code) {
        QList<SqlBind> binds;
        const QString sql = QStringLiteral("SELECT %1, count(*) FROM ").arg(QLatin1String(column)) + QLatin1String(From)
            + QStringLiteral(" WHERE ") + where(filter, nowMs, binds, dimension) + QStringLiteral(" GROUP BY 1");
        return d->run(sql, binds, error, [&](const SqlStatement &q) {
            into.append({code(q), q.int64(1)});
            return true;
        });
    };
    const auto byCount = [](QList<FacetCount> &counts) {
        std::stable_sort(counts.begin(), counts.end(), [](const FacetCount &a, const FacetCount &b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
    };
    QList<FacetCount> categoryLists; // value: "|apparel|footwear|"
    const bool ok =
        grouped(Dimension::Status, "r.status", out.statuses,
                [](const SqlStatement &q) {
                    return returnStatusCode(returnStatusFromInt(static_cast<int>(q.int64(0))).value_or(ReturnStatus::Requested));
                })
        && grouped(Dimension::Reason, "r.reason", out.reasons,
                   [](const SqlStatement &q) {
                       return returnReasonCode(returnReasonFromInt(static_cast<int>(q.int64(0))).value_or(ReturnReason::ChangedMind));
                   })
        && grouped(Dimension::Verdict, "v.eligibility", out.verdicts,
                   [](const SqlStatement &q) {
                       return q.isNull(0) ? QString() : returnEligibilityCode(static_cast<ReturnEligibility>(q.int64(0)));
                   })
        && grouped(Dimension::Category, "ifnull(v.categories, '')", categoryLists,
                   [](const SqlStatement &q) { return q.text(0); })
        && grouped(Dimension::ReverseCarrier, "r.reverse_carrier", out.reverseCarriers,
                   [](const SqlStatement &q) { return q.text(0); });
    if (!ok)
        return std::nullopt;
    out.verdicts.removeIf([](const FacetCount &c) { return c.value.isEmpty(); });
    QMap<QString, qint64> categories;
    for (const FacetCount &list : std::as_const(categoryLists)) {
        for (const QString &category : list.value.split(QLatin1Char('|'), Qt::SkipEmptyParts))
            categories[category] += list.count;
    }
    for (auto it = categories.cbegin(); it != categories.cend(); ++it)
        out.categories.append({it.key(), it.value()});
    for (QList<FacetCount> *counts : {&out.statuses, &out.reasons, &out.verdicts, &out.categories, &out.reverseCarriers})
        byCount(*counts);
    return out;
}

} // namespace ct
