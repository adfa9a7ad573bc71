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

std::optional<int> PolicyApprovals::run(qint64 nowMs, QString *error)
{
    const ReturnPolicy policy = ReturnPolicyInForce::read(m_database);
    const ReturnAutoApproval approval(m_database);
    const auto candidates = approval.judgedCandidates(policy, std::nullopt, error);
    if (!candidates)
        return std::nullopt;
    const AuthUser policyActor{0, ReturnAutoApproval::actor(), Role::Agent};
    return approval.approve(*candidates, nowMs, error,
                            [&](const ReturnAutoApprovalCandidate &candidate, const EditOutcome &outcome, QString *why) {
                                json::Writer params;
                                params.beginObject().key("note").value(candidate.note).endObject();
                                const AuditEntry entry{nowMs, policyActor, QStringLiteral("return"), candidate.returnId,
                                                 QStringLiteral("approve"), params.take(), outcome.changes, QString(),
                                                 outcome.versionBefore, outcome.versionAfter};
                                return entry.append(m_database, why, auditRole());
                            });
}

} // namespace ct::server
