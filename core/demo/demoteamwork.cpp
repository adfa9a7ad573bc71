// SPDX-License-Identifier: MIT
#include "demoteamwork.h"

#include "demorandom.h"

#include "domain/exceptiontype.h"
#include "edits/editapplier.h"
#include "edits/editcatalog.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"

#include <algorithm>
#include <array>

namespace ct {

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr quint64 TeamStream = 0x7EA3'0000'0000ULL; // apart from the generator's streams
constexpr int Batch = 500;

// What an agent does with an exception of one type: the first action (a message with a
// template of the family, or a reshipment), how long after it the agent resolves the ones
// still open, and with which reason.
struct TypePlan
{
    const char *templateFamily; // contact_customer with "<family>_<channel>"; nullptr: reship
    const char *reshipReason;
    double resolveMedianHours;
    const char *reason;
    const char *note; // needed with the reason "other"
};

TypePlan planFor(ExceptionType type)
{
    switch (type) {
    case ExceptionType::FailedAttempt: return {"ndr_missed", nullptr, 60, "customer_contacted", nullptr};
    case ExceptionType::Delayed: return {"delay_apology", nullptr, 96, "customer_contacted", nullptr};
    case ExceptionType::Stuck: return {"delay_apology", nullptr, 96, "carrier_error", nullptr};
    case ExceptionType::Forgotten:
        return {"delay_apology", nullptr, 48, "other", "Label voided with the carrier; the order was fulfilled again"};
    case ExceptionType::AddressIssue: return {"address_check", nullptr, 48, "address_corrected", nullptr};
    case ExceptionType::Damaged: return {nullptr, "Damaged in transit: a replacement is on its way", 36, "reshipped", nullptr};
    case ExceptionType::Lost: return {nullptr, "Lost by the carrier: a replacement is on its way", 36, "reshipped", nullptr};
    case ExceptionType::CustomsHold: return {"delay_apology", nullptr, 72, "customer_contacted", nullptr};
    case ExceptionType::PickupNotCollected: return {"ndr_missed", nullptr, 72, "customer_contacted", nullptr};
    case ExceptionType::ReturnToOrigin: return {"return_notice", nullptr, 48, "returned_to_origin", nullptr};
    case ExceptionType::AtRisk: return {"delay_apology", nullptr, 48, "customer_contacted", nullptr};
    }
    return {"delay_apology", nullptr, 72, "customer_contacted", nullptr};
}

// The channel a team uses in the destination's market: messaging apps in India, texts and
// e-mail in the US, mostly e-mail in Europe.
const char *channelFor(const QString &country, DemoRandom &rng)
{
    if (country == QLatin1String("IN"))
        return rng.chancePermille(600) ? "whatsapp" : "sms";
    if (country == QLatin1String("US"))
        return rng.chancePermille(500) ? "sms" : "email";
    return rng.chancePermille(800) ? "email" : "sms";
}

struct OpenException
{
    qint64 id = 0;
    int type = 0;
    qint64 triggerMs = 0;
    qint64 firstActionWindowMs = 0;
    QString country;
};

class Applier
{
public:
    explicit Applier(const Database &database) : m_applier(database) {}

    // Applies one edit at `atMs`; false with `error` when the store failed or the edit
    // was refused (the team's own edits are always valid, so a refusal is a defect).
    bool apply(qint64 id, const char *opName, const QByteArray &params, const QString &agent, qint64 atMs,
               QString *error)
    {
        const EditOp *op = EditCatalog::find(EntityKind::Exception, QString::fromLatin1(opName));
        Q_ASSERT(op);
        const std::optional<json::Value> parsed = m_parser.parse(params.constData(), params.size());
        Q_ASSERT(parsed);
        const EditOutcome outcome =
            m_applier.apply(EntityKind::Exception, id, *op, *parsed, agent, atMs, EditApplier::Mode::Authoritative);
        if (outcome.ok())
            return true;
        if (error)
            *error = QStringLiteral("the demo team's %1 of exception %2 failed: %3")
                         .arg(QLatin1String(opName))
                         .arg(id)
                         .arg(outcome.detail.isEmpty() && !outcome.errors.isEmpty()
                                  ? outcome.errors.first().field + QLatin1String(": ") + outcome.errors.first().detail
                                  : outcome.detail);
        return false;
    }

private:
    EditApplier m_applier;
    json::Parser m_parser;
};

QByteArray object(std::initializer_list<std::pair<const char *, QString>> fields)
{
    json::Writer out;
    out.beginObject();
    for (const auto &[name, value] : fields)
        out.key(name).value(value);
    out.endObject();
    return out.take();
}

} // namespace

QStringList DemoTeamWork::agents()
{
    return {QStringLiteral("amara.okafor"), QStringLiteral("bruno.costa"), QStringLiteral("chloe.martin"),
            QStringLiteral("deepak.rao"),   QStringLiteral("elena.weber"), QStringLiteral("farid.haddad")};
}

bool DemoTeamWork::run(const Database &database, const DemoOptions &options,
                       const std::function<void(qint64, qint64)> &progress, Result *result, QString *error)
{
    const qint64 nowMs = options.now.toMSecsSinceEpoch();
    QList<OpenException> open;
    {
        auto query = SqlStatement::prepare(
            database,
            QStringLiteral("SELECT x.id, x.type, x.trigger_at_ms, x.first_action_due_ms - x.trigger_at_ms, s.dest_country "
                           "FROM exceptions x JOIN shipments s ON s.id = x.shipment_id "
                           "WHERE x.status = 0 AND x.assignee = '' AND x.first_action_at_ms IS NULL "
                           "AND x.trigger_at_ms < ? ORDER BY x.id"),
            error);
        if (!query)
            return false;
        query->bind(0, nowMs);
        if (!query->exec(error))
            return false;
        while (query->next())
            open.append({query->int64(0), static_cast<int>(query->int64(1)), query->int64(2),
                         std::max<qint64>(Hour, query->int64(3)), query->text(4)});
        query->finish();
    }

    const QStringList team = agents();
    // Some agents carry more of the queue than others (part-timers, leads).
    const std::array<int, 6> share = {5, 5, 4, 4, 3, 2};
    Result local;
    local.considered = open.size();
    Applier applier(database);
    for (qsizetype start = 0; start < open.size(); start += Batch) {
        Transaction transaction(database.connection());
        if (!transaction.begin(error))
            return false;
        const qsizetype end = std::min<qsizetype>(open.size(), start + Batch);
        for (qsizetype i = start; i < end; ++i) {
            const OpenException &x = open.at(i);
            DemoRandom rng(options.seed, TeamStream + static_cast<quint64>(x.id));
            // Most are picked up well inside their first-action window; one in fourteen
            // waits three to eight times as long (a busy day, a night, a weekend).
            double firstAction = rng.lognormal(0.4 * static_cast<double>(x.firstActionWindowMs), 0.8);
            if (rng.chancePermille(70))
                firstAction *= 3.0 + 5.0 * rng.uniform();
            const qint64 claimAt = x.triggerMs + std::max<qint64>(5 * Minute, static_cast<qint64>(firstAction));
            const qint64 actAt = claimAt + rng.uniformInt64(2 * Minute, 15 * Minute);
            if (actAt >= nowMs)
                continue; // still waiting in the queue
            const QString &agent = team.at(rng.weighted(std::span<const int>(share)));
            const TypePlan plan = planFor(exceptionTypeFromInt(x.type).value_or(ExceptionType::Delayed));
            if (!applier.apply(x.id, "claim", QByteArrayLiteral("{}"), agent, claimAt, error))
                return false;
            ++local.claimed;
            QByteArray params;
            if (plan.templateFamily) {
                const QLatin1String channel(channelFor(x.country, rng));
                params = object({{"template", QLatin1String(plan.templateFamily) + QLatin1Char('_') + channel},
                                 {"channel", channel}});
            } else {
                params = object({{"reason", QLatin1String(plan.reshipReason)}});
            }
            if (!applier.apply(x.id, plan.templateFamily ? "contact_customer" : "reship", params, agent, actAt, error))
                return false;
            ++local.actioned;
            const qint64 resolveAt = actAt + static_cast<qint64>(rng.lognormal(plan.resolveMedianHours * Hour, 0.9));
            if (resolveAt >= nowMs)
                continue; // in hand, not closed yet
            const QByteArray status = plan.note
                ? object({{"status", QStringLiteral("resolved")}, {"reason", QLatin1String(plan.reason)},
                          {"note", QLatin1String(plan.note)}})
                : object({{"status", QStringLiteral("resolved")}, {"reason", QLatin1String(plan.reason)}});
            if (!applier.apply(x.id, "status", status, agent, resolveAt, error))
                return false;
            ++local.resolved;
        }
        if (!transaction.commit(error))
            return false;
        if (progress)
            progress(end, open.size());
    }
    if (result)
        *result = local;
    return true;
}

} // namespace ct
