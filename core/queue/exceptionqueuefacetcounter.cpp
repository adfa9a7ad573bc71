// SPDX-License-Identifier: MIT
#include "exceptionqueuefacetcounter.h"

#include "queuefiltersql.h"
#include "store/database.h"
#include "store/sqlstatement.h"

#include <QHash>

#include <algorithm>

namespace ct {

namespace {

using queue::Dimension;
using queue::SqlBind;

// The dimensions counted in the single pass, in the order of its columns.
struct PassFacet
{
    Dimension dimension;
    QList<FacetCount> ExceptionQueueFacets::*target;
    const char *column;                 // SQL of the value (SLA: see below)
    QString (*code)(qint64) = nullptr;  // the stored integer's code; nullptr: text
    bool foldCase = false;              // values equal without ASCII case count together
};

QString typeCode(qint64 v) { return exceptionTypeCode(static_cast<ExceptionType>(v)); }
QString reasonCode(qint64 v) { return ndrReasonCode(static_cast<NdrReason>(v)); }
QString partyCode(qint64 v) { return responsiblePartyCode(static_cast<ResponsibleParty>(v)); }
QString bandCode(qint64 v) { return QString::number(v); }
QString paymentCode(qint64 v) { return paymentModeCode(paymentModeFromInt(static_cast<int>(v)).value_or(PaymentMode::Unknown)); }
QString slaCode(qint64 v) { return slaStateCode(static_cast<SlaState>(v)); }

using F = ExceptionQueueFacets;
const PassFacet PassFacets[] = {
    {Dimension::Type, &F::types, "q.type", typeCode},
    {Dimension::NdrReason, &F::ndrReasons, "q.reason", reasonCode},
    {Dimension::Party, &F::parties, "q.party", partyCode},
    {Dimension::Carrier, &F::carriers, "q.carrier"},
    {Dimension::Service, &F::services, "q.carrier || '/' || q.service"},
    {Dimension::Assignee, &F::assignees, "q.assignee", nullptr, true},
    {Dimension::Sla, &F::slaStates, nullptr, slaCode},
    {Dimension::Priority, &F::priorityBands, "q.priority", bandCode},
    {Dimension::Payment, &F::paymentModes, "q.payment_mode", paymentCode},
    {Dimension::Country, &F::destinationCountries, "q.dest_country"},
};
constexpr int PassFacetCount = static_cast<int>(std::size(PassFacets));

// ASCII letters folded, as SQLite's NOCASE does (and nothing else).
QString foldAscii(QString text)
{
    for (QChar &c : text) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return text;
}

// Counts of one facet, by value (integers by code, texts by their case-folded form).
struct Tally
{
    QHash<qint64, qint64> numbers;
    QHash<QString, std::pair<QString, qint64>> texts; // folded -> (first spelling, count)

    void add(const SqlStatement &row, int column, const PassFacet &facet)
    {
        if (facet.code) {
            ++numbers[row.int64(column)];
            return;
        }
        const QString value = row.text(column);
        auto &entry = texts[facet.foldCase ? foldAscii(value) : value];
        if (entry.second++ == 0)
            entry.first = value;
    }

    QList<FacetCount> counts(const PassFacet &facet) const
    {
        QList<FacetCount> out;
        for (auto it = numbers.cbegin(); it != numbers.cend(); ++it)
            out.append({facet.code(it.key()), it.value()});
        for (auto it = texts.cbegin(); it != texts.cend(); ++it)
            out.append({it->first, it->second});
        std::sort(out.begin(), out.end(), [](const FacetCount &a, const FacetCount &b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        return out;
    }
};

} // namespace

ExceptionQueueFacetCounter::ExceptionQueueFacetCounter(const Database &database) : m_database(database) {}

std::optional<ExceptionQueueFacets> ExceptionQueueFacetCounter::count(const ExceptionQueueFilter &filter,
                                                                      const ExceptionQueueContext &context,
                                                                      QString *error) const
{
    const queue::QueueFilterSql where(filter, context);
    if (!where.check(error))
        return std::nullopt;
    ExceptionQueueFacets out;

    // Statuses: every other dimension applied, any status. Open and snoozed are one stored
    // status told apart by the snooze's end; resolved is the other.
    for (int stored : {0, 1}) {
        QList<SqlBind> binds;
        QString select = QStringLiteral("SELECT count(*)");
        if (stored == 0) {
            select += QStringLiteral(", ifnull(sum(q.snoozed_until_ms > ?), 0)");
            binds.append({context.nowMs, {}, false});
        }
        // With other dimensions, from the covering index; without, a count of the status
        // range of whichever index is smallest.
        const QString others = where.where(binds, Dimension::Status);
        const bool restricted = others != QLatin1String("1");
        const QString sql = select + QStringLiteral(" FROM exception_queue q")
            + (restricted ? QStringLiteral(" INDEXED BY queue_facets") : QString()) + QStringLiteral(" WHERE q.status = ")
            + QString::number(stored) + QStringLiteral(" AND ") + others;
        std::unique_ptr<SqlStatement> statement = SqlStatement::prepare(m_database, sql, error);
        if (!statement)
            return std::nullopt;
        queue::bindAll(*statement, binds);
        if (!statement->exec(error) || !statement->next())
            return std::nullopt;
        const qint64 all = statement->int64(0);
        const qint64 snoozed = stored == 0 ? statement->int64(1) : 0;
        const std::pair<QueueStatus, qint64> counts[] = {{QueueStatus::Open, all - snoozed}, {QueueStatus::Snoozed, snoozed}};
        for (const auto &[status, n] : counts) {
            if (stored == 1 && status == QueueStatus::Snoozed)
                continue;
            if (n > 0)
                out.statuses.append({queueStatusCode(stored == 1 ? QueueStatus::Resolved : status), n});
        }
    }
    std::sort(out.statuses.begin(), out.statuses.end(), [](const FacetCount &a, const FacetCount &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });

    // The other dimensions in one pass over the rows of the filter's statuses (and its
    // dimensions without a facet): each row tells which facet dimensions it fails; a row
    // failing none counts in every facet, a row failing one counts in that one's only.
    QList<SqlBind> binds;
    QStringList columns;
    for (const PassFacet &facet : PassFacets) {
        if (facet.dimension == Dimension::Sla) {
            binds.append({context.nowMs, {}, false});
            binds.append({context.nowMs + filter.dueWithinHours * qint64(3'600'000), {}, false});
            columns << QStringLiteral("CASE WHEN q.status <> 0 THEN NULL WHEN q.sla_due_ms < ? THEN 0 "
                                      "WHEN q.sla_due_ms < ? THEN 1 ELSE 2 END");
        } else {
            columns << QLatin1String(facet.column);
        }
    }
    QList<int> flagged; // facet index of each flag column
    for (int i = 0; i < PassFacetCount; ++i) {
        const QString term = where.term(PassFacets[i].dimension, binds);
        if (!term.isEmpty()) {
            columns << QLatin1Char('(') + term + QLatin1Char(')');
            flagged << i;
        }
    }
    QStringList terms;
    for (Dimension d : {Dimension::Status, Dimension::Opened, Dimension::Attempts, Dimension::OrderValue, Dimension::Search,
                        Dimension::Ids}) {
        const QString term = where.term(d, binds);
        if (!term.isEmpty())
            terms << term;
    }
    const QString sql = QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))
        + QStringLiteral(" FROM exception_queue q INDEXED BY queue_facets WHERE ") + (terms.isEmpty() ? QStringLiteral("1") : terms.join(QStringLiteral(" AND ")));
    std::unique_ptr<SqlStatement> statement = SqlStatement::prepare(m_database, sql, error);
    if (!statement)
        return std::nullopt;
    queue::bindAll(*statement, binds);
    if (!statement->exec(error))
        return std::nullopt;
    Tally tallies[PassFacetCount];
    while (statement->next()) {
        int failed = -1;
        bool counted = true;
        for (int f = 0; f < flagged.size(); ++f) {
            if (statement->int64(PassFacetCount + f) == 0) {
                if (failed >= 0) {
                    counted = false; // fails two dimensions: in no facet
                    break;
                }
                failed = flagged.at(f);
            }
        }
        if (!counted)
            continue;
        for (int i = 0; i < PassFacetCount; ++i) {
            if (failed >= 0 && failed != i)
                continue;
            if (PassFacets[i].dimension == Dimension::Sla && statement->isNull(i))
                continue; // resolved: no SLA state
            if (PassFacets[i].dimension == Dimension::NdrReason && statement->int64(i) == 0)
                continue; // not a failed attempt
            tallies[i].add(*statement, i, PassFacets[i]);
        }
    }
    for (int i = 0; i < PassFacetCount; ++i)
        out.*(PassFacets[i].target) = tallies[i].counts(PassFacets[i]);
    return out;
}

} // namespace ct
