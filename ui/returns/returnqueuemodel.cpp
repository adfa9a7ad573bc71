// SPDX-License-Identifier: MIT
#include "returnqueuemodel.h"

#include "domain/carriers.h"
#include "domain/tag.h"
#include "returns/returnautoapproval.h"
#include "returns/returnitems.h"
#include "returns/returnlabelexpiry.h"
#include "shell/clock.h"
#include "widgets/displaytext.h"
#include "widgets/statuspalette.h"

#include <QFont>

namespace ct {

ReturnQueueModel::ReturnQueueModel(const Database &database, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock), m_query(database), m_edits(database)
{
}

ReturnQueueModel::~ReturnQueueModel() = default;

int ReturnQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReturnQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReturnQueueModel::reverseText(const ReturnQueueRow &r)
{
    if (r.reverseTrackingNumber.isEmpty())
        return tr("No label yet");
    const QString where = r.reverseTag ? tagLabel(static_cast<Tag>(*r.reverseTag)) : tr("Not tracked yet");
    return QStringLiteral("%1 · %2").arg(carrierDisplayName(r.reverseCarrier), where);
}

QString ReturnQueueModel::verdictText(const ReturnQueueRow &r, const QString &policyInForce)
{
    if (!r.eligibility)
        return tr("Not judged yet");
    QString text = returnEligibilityLabel(*r.eligibility);
    if (r.autoApprove)
        text += tr(" · auto");
    if (!policyInForce.isEmpty() && r.judgedByAnotherPolicy(policyInForce))
        text += tr(" · judged under policy v%1").arg(r.verdictPolicyVersion);
    return text;
}

void ReturnQueueModel::setPolicyInForce(const QString &digest)
{
    if (digest == m_policyInForce)
        return;
    m_policyInForce = digest;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Verdict), index(static_cast<int>(m_rows.size()) - 1, Verdict));
}

void ReturnQueueModel::setLabelExpiryDays(int days)
{
    if (days == m_labelExpiryDays)
        return;
    m_labelExpiryDays = days;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Status), index(static_cast<int>(m_rows.size()) - 1, Status));
}

QString ReturnQueueModel::labelText(const ReturnQueueRow &r, int expiryDays, qint64 nowMs)
{
    const ReturnLabelStanding label = ReturnLabelExpiry::standing(r.status, r.labelIssuedAtMs, expiryDays, nowMs);
    switch (label.kind) {
    case ReturnLabelStanding::Kind::NoLabel: return {};
    //: A return label whose issue time the store does not know: it never expires on its own.
    case ReturnLabelStanding::Kind::Unknown: return tr("Label issued · issue time unknown");
    case ReturnLabelStanding::Kind::Running: return tr("Label expires in %n days", nullptr, label.daysLeft);
    case ReturnLabelStanding::Kind::Expired: return tr("Label expired");
    }
    return {};
}

QString ReturnQueueModel::labelToolTip(const ReturnQueueRow &r, int expiryDays, qint64 nowMs)
{
    const ReturnLabelStanding label = ReturnLabelExpiry::standing(r.status, r.labelIssuedAtMs, expiryDays, nowMs);
    switch (label.kind) {
    case ReturnLabelStanding::Kind::NoLabel: return {};
    case ReturnLabelStanding::Kind::Unknown:
        return tr("The store does not know when this return label was issued, so it never expires on its own.");
    case ReturnLabelStanding::Kind::Running:
        //: %1 and %2 are times; %n is the return policy's label expiry in days.
        return tr("Label issued %1; unused, it expires %2 (the return policy's %n days).", nullptr, expiryDays)
            .arg(DisplayText::userTime(*r.labelIssuedAtMs), DisplayText::userTime(label.expiresAtMs));
    case ReturnLabelStanding::Kind::Expired:
        //: %1 and %2 are times; %n is the return policy's label expiry in days.
        return tr("Label issued %1; unused, it expired %2 (the return policy's %n days): the return is closed at the "
                  "next refresh.", nullptr, expiryDays)
            .arg(DisplayText::userTime(*r.labelIssuedAtMs), DisplayText::userTime(label.expiresAtMs));
    }
    return {};
}

QString ReturnQueueModel::statusText(const ReturnQueueRow &r, int labelExpiryDays, qint64 nowMs)
{
    const QString label = labelText(r, labelExpiryDays, nowMs);
    QString text = label.isEmpty() ? returnStatusLabel(r.status) : label;
    if (r.decidedBy == ReturnAutoApproval::actor())
        text += tr(" · by policy");
    if (!r.inspectionGrade.isEmpty())
        text += tr(" · grade %1").arg(r.inspectionGrade);
    return text;
}

QString ReturnQueueModel::decidedByText(const ReturnQueueRow &r)
{
    if (r.decidedBy.isEmpty())
        return {};
    return r.decidedBy == ReturnAutoApproval::actor() ? tr("Decided by the return policy, without an agent.")
                                                      : tr("Decided by %1.").arg(r.decidedBy);
}

QVariant ReturnQueueModel::display(const ReturnQueueRow &r, int column) const
{
    switch (column) {
    case Rma: return r.rma;
    case Order: return r.orderKnown() ? r.orderId : tr("%1 (not in the store)").arg(r.orderId);
    case Customer: return r.customerName.isEmpty() ? r.customerEmail : r.customerName;
    case Items: return returnItemsSummary(r.items);
    case Reason:
        return r.reasonNote.isEmpty() ? returnReasonLabel(r.reason)
                                      : QStringLiteral("%1 — “%2”").arg(returnReasonLabel(r.reason), r.reasonNote);
    case Value: return DisplayText::money(r.amountCents, r.currency);
    case RequestedAt: return DisplayText::userTime(r.requestedAtMs);
    case Age: {
        const int days = r.ageDays(m_clock.nowMs());
        return days == 0 ? tr("today") : tr("%n days", nullptr, days);
    }
    case Verdict: return verdictText(r, m_policyInForce);
    case Recommended: return r.recommended == ReturnResolution::None ? QString() : returnResolutionLabel(r.recommended);
    case Status: {
        QString text = statusText(r, m_labelExpiryDays, m_clock.nowMs());
        switch (editState(r.returnId).kind) {
        case EditState::Kind::Pending: text += tr(" · edit waiting"); break;
        case EditState::Kind::Refused: text += tr(" · refused by the server"); break;
        case EditState::Kind::Conflict: text += tr(" · conflict"); break;
        case EditState::Kind::None: break;
        }
        return text;
    }
    case ReverseShipment: return reverseText(r);
    default: return {};
    }
}

QString ReturnQueueModel::toolTip(const ReturnQueueRow &r, int column) const
{
    switch (column) {
    case Order:
        return r.orderKnown() ? QString()
                              : tr("The order of this return is not in the store: no outbound shipment matches it.");
    case Customer: return r.customerEmail;
    case Reason: return r.reasonNote;
    case Verdict:
        if (!m_policyInForce.isEmpty() && r.judgedByAnotherPolicy(m_policyInForce))
            return tr("%1\nJudged under policy version %2, before the policy in force; being judged again.")
                .arg(r.verdictDetail)
                .arg(r.verdictPolicyVersion);
        return r.verdictDetail;
    case Recommended: return r.recommendation;
    case Status: {
        const EditState state = editState(r.returnId);
        switch (state.kind) {
        case EditState::Kind::Pending: return tr("Your decision (%1) waits to be sent to the team server.").arg(state.op);
        case EditState::Kind::Refused: return tr("The team server refused your decision (%1): %2").arg(state.op, state.detail);
        case EditState::Kind::Conflict:
            return tr("Your decision (%1) conflicts with a change on the team server: decide in the outbox "
                      "(Ctrl+Shift+O).").arg(state.op);
        case EditState::Kind::None: break;
        }
        QStringList lines;
        if (r.status == ReturnStatus::LabelIssued)
            lines << labelToolTip(r, m_labelExpiryDays, m_clock.nowMs());
        lines << decidedByText(r) << r.decisionNote;
        lines.removeAll(QString());
        return lines.join(QLatin1Char('\n'));
    }
    case ReverseShipment: return r.reverseTrackingNumber;
    default: return {};
    }
}

QVariant ReturnQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReturnQueueRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case ReturnIdRole: return r.returnId;
    case EditStateRole: return static_cast<int>(editState(r.returnId).kind);
    case Qt::DisplayRole: return display(r, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(r, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        if (column == Status) {
            const EditState::Kind kind = editState(r.returnId).kind;
            if (kind == EditState::Kind::Refused || kind == EditState::Kind::Conflict)
                return StatusPalette::errorText();
        }
        if (column == Order && !r.orderKnown())
            return StatusPalette::warningText();
        if (column == Verdict && r.eligibility == ReturnEligibility::Ineligible)
            return StatusPalette::errorText();
        return {};
    case Qt::FontRole:
        if (column == Verdict && r.eligibility == ReturnEligibility::NeedsReview) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (column == Status) {
            switch (editState(r.returnId).kind) {
            case EditState::Kind::Pending: return StatusPalette::dot(Tag::InTransit);
            case EditState::Kind::Refused:
            case EditState::Kind::Conflict: return StatusPalette::dot(Tag::Exception);
            case EditState::Kind::None: break;
            }
        }
        if (column == ReverseShipment && r.reverseTag)
            return StatusPalette::dot(static_cast<Tag>(*r.reverseTag));
        return {};
    case Qt::TextAlignmentRole:
        return column == Value || column == Age ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default: return {};
    }
}

QVariant ReturnQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rma: return tr("RMA");
    case Order: return tr("Order");
    case Customer: return tr("Customer");
    case Items: return tr("Items");
    case Reason: return tr("Reason");
    case Value: return tr("Value");
    case RequestedAt: return tr("Requested");
    case Age: return tr("Age");
    case Verdict: return tr("Verdict");
    case Recommended: return tr("Recommended");
    case Status: return tr("Status");
    case ReverseShipment: return tr("Return parcel");
    default: return {};
    }
}

bool ReturnQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ReturnQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    QString error;
    const auto page = m_query.nextPage(m_filter, m_sort, m_rows.constLast(), PageSize, m_clock.nowMs(), &error);
    if (!page) {
        m_atEnd = true;
        fail(error);
        return;
    }
    m_atEnd = page->atEnd;
    if (page->rows.isEmpty())
        return;
    QList<qint64> ids;
    for (const ReturnQueueRow &r : std::as_const(page->rows))
        ids << r.returnId;
    readEditStates(ids);
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->rows.size()) - 1);
    m_rows.append(page->rows);
    endInsertRows();
}

std::optional<ReturnQueueSort> ReturnQueueModel::sortForSection(int column, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    switch (column) {
    case Rma: return ReturnQueueSort{ReturnSortColumn::Rma, descending};
    case Value: return ReturnQueueSort{ReturnSortColumn::Value, descending};
    case RequestedAt: return ReturnQueueSort{ReturnSortColumn::RequestedAt, descending};
    case Age: return ReturnQueueSort{ReturnSortColumn::RequestedAt, !descending}; // the oldest is the longest waiting
    case Verdict: return ReturnQueueSort{ReturnSortColumn::Verdict, descending};
    case Status: return ReturnQueueSort{ReturnSortColumn::Status, descending};
    default: return std::nullopt;
    }
}

std::pair<int, Qt::SortOrder> ReturnQueueModel::sortSection(const ReturnQueueSort &sort)
{
    const Qt::SortOrder order = sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    switch (sort.column) {
    case ReturnSortColumn::Rma: return {Rma, order};
    case ReturnSortColumn::Value: return {Value, order};
    case ReturnSortColumn::RequestedAt: return {RequestedAt, order};
    case ReturnSortColumn::Verdict: return {Verdict, order};
    case ReturnSortColumn::Status: return {Status, order};
    }
    return {RequestedAt, order};
}

void ReturnQueueModel::sort(int column, Qt::SortOrder order)
{
    if (const auto s = sortForSection(column, order))
        setQuery(m_filter, *s);
}

void ReturnQueueModel::setQuery(const ReturnQueueFilter &filter, const ReturnQueueSort &sort)
{
    if (m_loaded && filter == m_filter && sort == m_sort)
        return;
    beginResetModel();
    m_filter = filter;
    m_sort = sort;
    loadFirstPage();
    endResetModel();
}

void ReturnQueueModel::reload()
{
    beginResetModel();
    loadFirstPage();
    endResetModel();
}

void ReturnQueueModel::refresh(const QList<qint64> &returnIds)
{
    QList<qint64> changed;
    for (qint64 id : returnIds) {
        const int at = rowOf(id);
        if (at < 0)
            continue; // not loaded: a later page or a reload brings it where it belongs
        QString error;
        const auto passes = m_query.matches(m_filter, id, m_clock.nowMs(), &error);
        const auto fresh = passes && *passes ? m_query.row(id, &error) : std::nullopt;
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
        if (!fresh) {
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            m_editStates.remove(id);
            endRemoveRows();
            continue;
        }
        // A decision changes no sort key but the status: the row keeps its place until
        // the next reset, so it never jumps away from the agent's eyes.
        m_rows[at] = *fresh;
        changed << id;
    }
    readEditStates(changed);
    for (qint64 id : std::as_const(changed)) {
        const int at = rowOf(id);
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    }
}

int ReturnQueueModel::rowOf(qint64 returnId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).returnId == returnId)
            return i;
    }
    return -1;
}

void ReturnQueueModel::fail(const QString &message)
{
    m_error = message;
    Q_EMIT queryFailed(message);
}

void ReturnQueueModel::loadFirstPage()
{
    m_rows.clear();
    m_editStates.clear();
    m_error.clear();
    m_atEnd = true;
    m_loaded = true;
    QString error;
    const auto page = m_query.firstPage(m_filter, m_sort, PageSize, m_clock.nowMs(), &error);
    if (!page) {
        fail(error);
        return;
    }
    m_rows = page->rows;
    m_atEnd = page->atEnd;
    QList<qint64> ids;
    for (const ReturnQueueRow &r : std::as_const(m_rows))
        ids << r.returnId;
    readEditStates(ids);
}

void ReturnQueueModel::readEditStates(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    QString error;
    const auto states = m_edits.latest(EntityKind::Return, ids, &error);
    if (!states) {
        fail(error);
        return;
    }
    for (qint64 id : ids)
        m_editStates.remove(id);
    m_editStates.insert(*states);
}

} // namespace ct
