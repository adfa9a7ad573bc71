// SPDX-License-Identifier: MIT
#include "returnlabelexpiry.h"

#include "returnautoapproval.h"
#include "returnpolicy.h"
#include "returnsystemedit.h"

#include "domain/tag.h"
#include "domain/timestamp.h"
#include "edits/editcatalog.h"
#include "json/jsonwriter.h"
#include "store/database.h"
#include "store/sqlstatement.h"

namespace ct {

namespace {

const EditParam ExpireParams[] = {{"reason", ParamType::Text, true, 1, 500}};
const EditOp ExpireLabelOp{EntityKind::Return, "expire_label", RoleSet{0}, ExpireParams,
                           "Close a return whose label expired unused (the return policy's own edit)"};

// Whether the store holds a carrier scan of the reverse parcel: an event of the shipment
// tracked under the return's label beyond the label's creation (pending, info received).
const char ReverseScanned[] = "EXISTS (SELECT 1 FROM shipments s JOIN events e ON e.shipment_id = s.id"
                              " WHERE r.reverse_tracking_number <> '' AND s.tracking_number = r.reverse_tracking_number"
                              " AND s.carrier = r.reverse_carrier AND e.tag NOT IN (%1, %2))";

} // namespace

QString ReturnLabelExpiry::reason()
{
    return QStringLiteral("label expired unused");
}

const EditOp &ReturnLabelExpiry::op()
{
    return ExpireLabelOp;
}

QString ReturnLabelExpiry::refusal(ReturnStatus status)
{
    if (status == ReturnStatus::LabelIssued)
        return {};
    return QStringLiteral("a return that is %1 has no unused label to expire; only a return in label issued can be "
                          "closed so")
        .arg(returnStatusLabel(status).toLower());
}

ReturnLabelStanding ReturnLabelExpiry::standing(ReturnStatus status, std::optional<qint64> issuedAtMs, int expiryDays,
                                                qint64 nowMs)
{
    ReturnLabelStanding out;
    if (status != ReturnStatus::LabelIssued)
        return out;
    if (!issuedAtMs) {
        out.kind = ReturnLabelStanding::Kind::Unknown;
        return out;
    }
    out.expiresAtMs = *issuedAtMs + qint64(expiryDays) * MsPerDay;
    if (nowMs >= out.expiresAtMs) {
        out.kind = ReturnLabelStanding::Kind::Expired;
        return out;
    }
    out.kind = ReturnLabelStanding::Kind::Running;
    const qint64 left = out.expiresAtMs - nowMs; // > 0
    out.daysLeft = static_cast<int>((left + MsPerDay - 1) / MsPerDay);
    return out;
}

std::optional<ReturnLabelExpiry::Due> ReturnLabelExpiry::due(const ReturnPolicy &policy, qint64 nowMs,
                                                             QString *error) const
{
    const QString scanned = QString::fromLatin1(ReverseScanned)
                                .arg(static_cast<int>(Tag::Pending))
                                .arg(static_cast<int>(Tag::InfoReceived));
    // Expired when now >= issued + days x 24 h, that is issued <= now - days x 24 h. The
    // second column: 0 due, 1 issue time unknown, 2 due but the reverse parcel was scanned.
    auto q = SqlStatement::prepare(m_db,
                                   QStringLiteral("SELECT r.id, CASE WHEN r.label_issued_at_ms IS NULL THEN 1 "
                                                  "WHEN %1 THEN 2 ELSE 0 END FROM returns r WHERE r.status = ? "
                                                  "AND (r.label_issued_at_ms IS NULL OR r.label_issued_at_ms <= ?) "
                                                  "ORDER BY r.id")
                                       .arg(scanned),
                                   error);
    if (!q)
        return std::nullopt;
    const qint64 issuedBy = nowMs - qint64(policy.labelExpiryDays) * MsPerDay;
    q->bind(0, static_cast<int>(ReturnStatus::LabelIssued));
    q->bind(1, issuedBy);
    if (!q->exec(error))
        return std::nullopt;
    Due due;
    while (q->next()) {
        switch (q->int64(1)) {
        case 0: due.returnIds << q->int64(0); break;
        case 1: ++due.unknownIssueTime; break;
        default: ++due.scanned; break;
        }
    }
    q->finish();
    return due;
}

std::optional<int> ReturnLabelExpiry::close(const QList<qint64> &returnIds, qint64 nowMs, QString *error,
                                            const Applied &applied) const
{
    json::Writer writer;
    writer.beginObject().key("reason").value(reason()).endObject();
    const QByteArray params = writer.take();
    QList<ReturnSystemEdit::Target> targets;
    targets.reserve(returnIds.size());
    for (qint64 id : returnIds)
        targets << ReturnSystemEdit::Target{id, params};
    ReturnSystemEdit::Applied each;
    if (applied)
        each = [&](const ReturnSystemEdit::Target &target, const EditOutcome &outcome, QString *why) {
            return applied(target.returnId, outcome, why);
        };
    return ReturnSystemEdit::apply(m_db, op(), targets, nowMs, "closing", error, each);
}

std::optional<ReturnLabelExpiry::Outcome> ReturnLabelExpiry::expireDue(const ReturnPolicy &policy, qint64 nowMs,
                                                                       QString *error) const
{
    Outcome outcome;
    QString why;
    if (!ReturnAutoApproval(m_db).appliesHere(&why)) {
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return std::nullopt;
        }
        outcome.replica = true;
        return outcome;
    }
    const auto found = due(policy, nowMs, error);
    if (!found)
        return std::nullopt;
    outcome.unknownIssueTime = found->unknownIssueTime;
    outcome.scanned = found->scanned;
    const auto closed = close(found->returnIds, nowMs, error);
    if (!closed)
        return std::nullopt;
    outcome.closed = *closed;
    return outcome;
}

} // namespace ct
