// SPDX-License-Identifier: MIT
#include "labelexpiries.h"

#include "policyapprovals.h"

#include "edits/editcatalog.h"
#include "json/jsonwriter.h"
#include "returns/returnlabelexpiry.h"
#include "returns/returnpolicyinforce.h"
#include "store/database.h"

namespace ct::server {

std::optional<LabelExpiries::Outcome> LabelExpiries::run(qint64 nowMs, QString *error)
{
    const ReturnPolicy policy = ReturnPolicyInForce::read(m_database);
    const ReturnLabelExpiry expiry(m_database);
    const auto due = expiry.due(policy, nowMs, error);
    if (!due)
        return std::nullopt;
    json::Writer writer;
    writer.beginObject().key("reason").value(ReturnLabelExpiry::reason()).endObject();
    const QByteArray params = writer.take();
    const auto closed = expiry.close(due->returnIds, nowMs, error,
                                     [&](qint64 returnId, const EditOutcome &outcome, QString *why) {
                                         return PolicyApprovals::appendAudit(m_database, nowMs, returnId,
                                                                             ReturnLabelExpiry::op().name, params,
                                                                             outcome, why);
                                     });
    if (!closed)
        return std::nullopt;
    return Outcome{*closed, due->unknownIssueTime};
}

} // namespace ct::server
