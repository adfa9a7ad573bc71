// SPDX-License-Identifier: MIT
#include "returnautoapproval.h"

#include "returncasequery.h"
#include "returnpolicy.h"
#include "returnpolicyengine.h"
#include "returnsystemedit.h"
#include "returnverdictstore.h"

#include "domain/returnstatus.h"
#include "edits/editcatalog.h"
#include "json/jsonwriter.h"
#include "store/database.h"
#include "store/sqlstatement.h"

#include <QHash>

namespace ct {

namespace {

// The longest note an approval takes (EditCatalog: `note` is 1 to 500 characters).
constexpr qsizetype MaxNote = 500;

} // namespace

QString ReturnAutoApproval::actor()
{
    return QStringLiteral("policy");
}

QString ReturnAutoApproval::note(int policyVersion, const QString &detail)
{
    QString text = QStringLiteral("Approved by policy v%1 (auto_approve): %2").arg(policyVersion).arg(detail);
    if (text.size() > MaxNote)
        text = text.left(MaxNote - 1) + QChar(0x2026);
    return text;
}

bool ReturnAutoApproval::appliesHere(QString *error) const
{
    // The key SyncStore binds a replica with (docs/SYNC.md); a standalone store and a team
    // server's own store have none.
    auto q = SqlStatement::prepare(m_db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'sync.server_id' AND value <> ''"),
                                   error);
    if (!q || !q->exec(error) || !q->next())
        return false;
    const bool replica = q->int64(0) > 0;
    q->finish();
    if (error)
        error->clear();
    return !replica;
}

std::optional<QList<ReturnAutoApprovalCandidate>> ReturnAutoApproval::keptCandidates(const ReturnPolicy &policy,
                                                                                     QString *error) const
{
    auto q = SqlStatement::prepare(m_db,
                                   QStringLiteral("SELECT r.id, v.policy_version, v.detail FROM returns r"
                                                  " JOIN return_verdicts v ON v.return_id = r.id"
                                                  " WHERE r.status = ? AND v.auto_approve = 1 AND v.policy_digest = ?"
                                                  " ORDER BY r.id"),
                                   error);
    if (!q)
        return std::nullopt;
    q->bind(0, static_cast<int>(ReturnStatus::Requested));
    q->bind(1, policy.digest());
    if (!q->exec(error))
        return std::nullopt;
    QList<ReturnAutoApprovalCandidate> candidates;
    while (q->next())
        candidates << ReturnAutoApprovalCandidate{q->int64(0), note(static_cast<int>(q->int64(1)), q->text(2))};
    q->finish();
    return candidates;
}

std::optional<QList<ReturnAutoApprovalCandidate>> ReturnAutoApproval::judgedCandidates(
    const ReturnPolicy &policy, const std::optional<QList<qint64>> &ids, QString *error) const
{
    QList<qint64> requested;
    {
        auto q = SqlStatement::prepare(m_db, QStringLiteral("SELECT id FROM returns WHERE status = ? ORDER BY id"), error);
        if (!q)
            return std::nullopt;
        q->bind(0, static_cast<int>(ReturnStatus::Requested));
        if (!q->exec(error))
            return std::nullopt;
        while (q->next()) {
            const qint64 id = q->int64(0);
            if (!ids || ids->contains(id))
                requested << id;
        }
        q->finish();
    }
    QList<ReturnAutoApprovalCandidate> candidates;
    if (requested.isEmpty())
        return candidates;
    const auto cases = ReturnCaseQuery(m_db).some(requested, policy.serialReturner.days, error);
    if (!cases)
        return std::nullopt;
    const ReturnPolicyEngine engine(policy);
    for (const ReturnCase &c : *cases) {
        if (c.request.status != ReturnStatus::Requested)
            continue;
        const ReturnVerdict verdict = engine.evaluate(c);
        if (verdict.autoApprove)
            candidates << ReturnAutoApprovalCandidate{c.returnId, note(policy.version, verdict.detail)};
    }
    return candidates;
}

std::optional<int> ReturnAutoApproval::approve(const QList<ReturnAutoApprovalCandidate> &candidates, qint64 nowMs,
                                               QString *error, const Applied &applied) const
{
    const EditOp *approveOp = EditCatalog::find(EntityKind::Return, u"approve");
    Q_ASSERT(approveOp);
    QList<ReturnSystemEdit::Target> targets;
    QHash<qint64, const ReturnAutoApprovalCandidate *> byId;
    targets.reserve(candidates.size());
    for (const ReturnAutoApprovalCandidate &candidate : candidates) {
        json::Writer writer;
        writer.beginObject().key("note").value(candidate.note).endObject();
        targets << ReturnSystemEdit::Target{candidate.returnId, writer.take()};
        byId.insert(candidate.returnId, &candidate);
    }
    ReturnSystemEdit::Applied each;
    if (applied)
        each = [&](const ReturnSystemEdit::Target &target, const EditOutcome &outcome, QString *why) {
            return applied(*byId.value(target.returnId), outcome, why);
        };
    return ReturnSystemEdit::apply(m_db, *approveOp, targets, nowMs, "approving", error, each);
}

std::optional<int> ReturnAutoApproval::approveJudged(const ReturnPolicy &policy, qint64 nowMs, QString *error) const
{
    QString why;
    if (!appliesHere(&why)) {
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return std::nullopt;
        }
        return 0;
    }
    const auto candidates = keptCandidates(policy, error);
    if (!candidates)
        return std::nullopt;
    return approve(*candidates, nowMs, error);
}

std::optional<ReturnAutoApproval::Work> ReturnAutoApproval::pendingWork(const ReturnPolicy &policy, QString *error) const
{
    Work work;
    const auto stale = ReturnVerdictStore(m_db).staleCount(policy, error);
    if (!stale)
        return std::nullopt;
    work.stale = *stale;
    QString why;
    if (appliesHere(&why)) {
        const auto candidates = keptCandidates(policy, error);
        if (!candidates)
            return std::nullopt;
        work.approvals = candidates->size();
    } else if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return work;
}

std::optional<qint64> ReturnAutoApproval::newestReturnId(QString *error) const
{
    auto q = SqlStatement::prepare(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM returns"), error);
    if (!q || !q->exec(error) || !q->next())
        return std::nullopt;
    return q->int64(0);
}

std::optional<int> ReturnAutoApproval::judgeAndApprove(const ReturnPolicy &policy, qint64 nowMs, QString *error,
                                                       const std::function<void(int, int)> &progress) const
{
    const ReturnVerdictStore verdicts(m_db);
    const auto stale = verdicts.staleCount(policy, error);
    if (!stale)
        return std::nullopt;
    if (*stale > 0 && !verdicts.judgeAll(policy, nowMs, error, progress))
        return std::nullopt;
    return approveJudged(policy, nowMs, error);
}

} // namespace ct
