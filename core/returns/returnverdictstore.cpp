// SPDX-License-Identifier: MIT
#include "returnverdictstore.h"

#include "returncasequery.h"
#include "returnpolicy.h"
#include "returnpolicyengine.h"
#include "store/database.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"

#include <QSet>

#include <algorithm>

namespace ct {

namespace {

constexpr int WriteBatch = 5000;

QString categoriesOf(const ReturnRecord &r)
{
    QStringList categories;
    for (const ReturnItem &item : r.items)
        if (!item.category.isEmpty() && !categories.contains(item.category))
            categories << item.category;
    categories.sort();
    return categories.isEmpty() ? QString() : QLatin1Char('|') + categories.join(QLatin1Char('|')) + QLatin1Char('|');
}

bool write(const Database &db, const QList<ReturnCase> &cases, const ReturnPolicy &policy, qint64 nowMs, bool replaceAll,
           QString *error, const std::function<void(int, int)> &progress)
{
    Transaction transaction(db.connection());
    if (!transaction.begin(error))
        return false;
    if (replaceAll) {
        auto clear = SqlStatement::prepare(db, QStringLiteral("DELETE FROM return_verdicts"), error);
        if (!clear || !clear->exec(error))
            return false;
    }
    auto upsert = SqlStatement::prepare(
        db,
        QStringLiteral("INSERT INTO return_verdicts (return_id, policy_version, eligibility, rule, detail, auto_approve,"
                       " recommended, recommendation, eligible_value_cents, categories, judged_at_ms, policy_digest)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (return_id) DO UPDATE SET policy_version = excluded.policy_version,"
                       " policy_digest = excluded.policy_digest,"
                       " eligibility = excluded.eligibility, rule = excluded.rule, detail = excluded.detail,"
                       " auto_approve = excluded.auto_approve, recommended = excluded.recommended,"
                       " recommendation = excluded.recommendation, eligible_value_cents = excluded.eligible_value_cents,"
                       " categories = excluded.categories, judged_at_ms = excluded.judged_at_ms"),
        error);
    if (!upsert)
        return false;
    const ReturnPolicyEngine engine(policy);
    const QString digest = policy.digest();
    int done = 0;
    for (const ReturnCase &c : cases) {
        const ReturnVerdict v = engine.evaluate(c);
        int i = 0;
        upsert->bind(i++, c.returnId);
        upsert->bind(i++, policy.version);
        upsert->bind(i++, static_cast<int>(v.eligibility));
        upsert->bind(i++, v.rule);
        upsert->bind(i++, v.detail);
        upsert->bind(i++, v.autoApprove ? 1 : 0);
        upsert->bind(i++, static_cast<int>(v.recommended));
        upsert->bind(i++, v.recommendation);
        upsert->bind(i++, v.eligibleValueCents);
        upsert->bind(i++, categoriesOf(c.request));
        upsert->bind(i++, nowMs);
        upsert->bind(i++, digest);
        if (!upsert->exec(error))
            return false;
        if (progress && (++done % WriteBatch == 0 || done == cases.size()))
            progress(done, static_cast<int>(cases.size()));
    }
    upsert.reset();
    return transaction.commit(error);
}

} // namespace

bool ReturnVerdictStore::judgeAll(const ReturnPolicy &policy, qint64 nowMs, QString *error,
                                  const std::function<void(int, int)> &progress) const
{
    const auto cases = ReturnCaseQuery(m_db).all(policy.serialReturner.days, error);
    return cases && write(m_db, *cases, policy, nowMs, true, error, progress);
}

bool ReturnVerdictStore::judge(const QList<qint64> &ids, const ReturnPolicy &policy, qint64 nowMs, QString *error) const
{
    if (ids.isEmpty())
        return true;
    const auto cases = ReturnCaseQuery(m_db).some(ids, policy.serialReturner.days, error);
    return cases && write(m_db, *cases, policy, nowMs, false, error, {});
}

std::optional<StoredReturnVerdict> ReturnVerdictStore::verdict(qint64 returnId, QString *error) const
{
    auto q = SqlStatement::prepare(m_db,
                                   QStringLiteral("SELECT policy_version, eligibility, rule, detail, auto_approve, recommended,"
                                                  " recommendation, eligible_value_cents, categories, judged_at_ms,"
                                                  " policy_digest FROM return_verdicts WHERE return_id = ?"),
                                   error);
    if (!q)
        return std::nullopt;
    q->bind(0, returnId);
    if (!q->exec(error))
        return std::nullopt;
    if (!q->next()) {
        if (error)
            error->clear();
        return std::nullopt;
    }
    StoredReturnVerdict v;
    v.returnId = returnId;
    v.policyVersion = static_cast<int>(q->int64(0));
    v.eligibility = static_cast<ReturnEligibility>(std::clamp<qint64>(q->int64(1), 0, 2));
    v.rule = q->text(2);
    v.detail = q->text(3);
    v.autoApprove = q->int64(4) != 0;
    v.recommended = returnResolutionFromInt(static_cast<int>(q->int64(5))).value_or(ReturnResolution::None);
    v.recommendation = q->text(6);
    v.eligibleValueCents = q->int64(7);
    v.categories = q->text(8).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    v.judgedAtMs = q->int64(9);
    v.policyDigest = q->text(10);
    q->finish();
    return v;
}

std::optional<qint64> ReturnVerdictStore::staleCount(const ReturnPolicy &policy, QString *error) const
{
    auto q = SqlStatement::prepare(m_db,
                                   QStringLiteral("SELECT count(*) FROM returns r LEFT JOIN return_verdicts v ON v.return_id = r.id"
                                                  " WHERE v.return_id IS NULL OR v.policy_digest <> ?"),
                                   error);
    if (!q)
        return std::nullopt;
    q->bind(0, policy.digest());
    if (!q->exec(error) || !q->next())
        return std::nullopt;
    const qint64 n = q->int64(0);
    q->finish();
    return n;
}

} // namespace ct
