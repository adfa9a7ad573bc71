// SPDX-License-Identifier: MIT
#include "policyapprovals.h"

#include "auditentry.h"

#include "edits/editapplier.h"
#include "json/jsonwriter.h"
#include "returns/returnautoapproval.h"
#include "returns/returnpolicyinforce.h"
#include "store/database.h"

namespace ct::server {

QString PolicyApprovals::auditRole()
{
    return QStringLiteral("system");
}

bool PolicyApprovals::appendAudit(const Database &database, qint64 nowMs, qint64 returnId, const char *op,
                                  const QByteArray &params, const EditOutcome &outcome, QString *error)
{
    const AuthUser policyActor{0, ReturnAutoApproval::actor(), Role::Agent};
    const AuditEntry entry{nowMs, policyActor, QStringLiteral("return"), returnId, QString::fromLatin1(op), params,
                           outcome.changes, QString(), outcome.versionBefore, outcome.versionAfter};
    return entry.append(database, error, auditRole());
}

std::optional<int> PolicyApprovals::run(qint64 nowMs, QString *error)
{
    const ReturnPolicy policy = ReturnPolicyInForce::read(m_database);
    const ReturnAutoApproval approval(m_database);
    const auto candidates = approval.judgedCandidates(policy, std::nullopt, error);
    if (!candidates)
        return std::nullopt;
    return approval.approve(*candidates, nowMs, error,
                            [&](const ReturnAutoApprovalCandidate &candidate, const EditOutcome &outcome, QString *why) {
                                json::Writer params;
                                params.beginObject().key("note").value(candidate.note).endObject();
                                return appendAudit(m_database, nowMs, candidate.returnId, "approve", params.take(),
                                                   outcome, why);
                            });
}

} // namespace ct::server
