// SPDX-License-Identifier: MIT
#include "exceptionqueuemodel.h"

#include "domain/carriers.h"
#include "shell/clock.h"
#include "widgets/countdowndelegate.h"
#include "widgets/displaytext.h"
#include "widgets/slacountdown.h"
#include "widgets/statuspalette.h"

#include <QFont>
#include <QSet>

#include <algorithm>

namespace ct {

namespace {
constexpr qint64 HourMs = 3'600'000;
constexpr int MaxPage = 1000; // ExceptionQueueQuery's largest page

QueueSortColumn sortColumnOf(int column)
{
    switch (column) {
    case ExceptionQueueModel::Priority: return QueueSortColumn::Priority;
    case ExceptionQueueModel::FirstActionSla: return QueueSortColumn::FirstActionDue;
    case ExceptionQueueModel::ResolveSla: return QueueSortColumn::ResolveDue;
    case ExceptionQueueModel::Type: return QueueSortColumn::Type;
    case ExceptionQueueModel::Carrier: return QueueSortColumn::Carrier;
    case ExceptionQueueModel::TrackingNumber: return QueueSortColumn::TrackingNumber;
    case ExceptionQueueModel::Customer: return QueueSortColumn::Customer;
    case ExceptionQueueModel::Destination: return QueueSortColumn::Destination;
    case ExceptionQueueModel::OrderValue: return QueueSortColumn::OrderValue;
    case ExceptionQueueModel::Payment: return QueueSortColumn::PaymentMode;
    case ExceptionQueueModel::Attempts: return QueueSortColumn::Attempts;
    case ExceptionQueueModel::Age: return QueueSortColumn::Opened;
    case ExceptionQueueModel::Assignee: return QueueSortColumn::Assignee;
    case ExceptionQueueModel::Status: return QueueSortColumn::Status;
    default: return QueueSortColumn::Priority;
    }
}
} // namespace

ExceptionQueueModel::ExceptionQueueModel(const Database &database, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock), m_query(database), m_edits(database)
{
}

ExceptionQueueModel::~ExceptionQueueModel() = default;

ExceptionQueueContext ExceptionQueueModel::context() const
{
    return {m_clock.nowMs(), m_user};
}

int ExceptionQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ExceptionQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExceptionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Priority: return tr("Priority band (P1 most urgent) and score (0–100)");
        case FirstActionSla: return tr("Time left to the first-action SLA; red once breached, amber when due soon");
        case ResolveSla: return tr("Time left to the resolution SLA; red once breached, amber when due soon");
        case Type: return tr("Exception type · NDR reason — who must act");
        case Age: return tr("Since the condition began");
        case Attempts: return tr("Failed delivery attempts");
        case PredictedP50: return tr("Predicted delivery: half of parcels like this one arrive by this date");
        case PredictedP90: return tr("Predicted delivery: nine in ten parcels like this one arrive by this date");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Priority: return tr("Priority");
    case FirstActionSla: return tr("First action");
    case ResolveSla: return tr("Resolution");
    case Type: return tr("Exception");
    case Carrier: return tr("Carrier");
    case TrackingNumber: return tr("Tracking number");
    case Customer: return tr("Customer");
    case Destination: return tr("Destination");
    case OrderValue: return tr("Order value");
    case Payment: return tr("Payment");
    case Attempts: return tr("Attempts");
    case Age: return tr("Age");
    case Assignee: return tr("Assignee");
    case Status: return tr("Status");
    case PredictedP50: return tr("P50");
    case PredictedP90: return tr("P90");
    default: return {};
    }
}

QString ExceptionQueueModel::priorityText(const ExceptionQueueRow &row)
{
    return tr("P%1 · %2").arg(row.priorityBand).arg(row.priorityScore);
}

QString ExceptionQueueModel::typeText(const ExceptionQueueRow &row)
{
    QString text = exceptionTypeLabel(row.type);
    if (row.reason != NdrReason::None)
        text += QStringLiteral(" · ") + ndrReasonLabel(row.reason);
    return tr("%1 — %2").arg(text, responsiblePartyLabel(row.party));
}

QString ExceptionQueueModel::statusText(const ExceptionQueueRow &row)
{
    switch (row.status) {
    case QueueStatus::Open:
        //: An exception's status: not resolved yet (not the verb).
        return row.backFromSnooze ? tr("Open · back from snooze") : tr("Open");
    case QueueStatus::Snoozed:
        return tr("Snoozed until %1").arg(row.snoozedUntilMs ? DisplayText::userTime(*row.snoozedUntilMs) : QString());
    case QueueStatus::Resolved:
        if (row.resolutionReason != ResolutionReason::None)
            return tr("Resolved · %1").arg(resolutionReasonLabel(row.resolutionReason));
        return row.resolution == ExceptionResolution::ConditionCleared ? tr("Resolved · condition cleared")
                                                                       : tr("Resolved");
    }
    return {};
}

QVariant ExceptionQueueModel::display(const ExceptionQueueRow &r, int column) const
{
    const qint64 now = m_clock.nowMs();
    switch (column) {
    case Priority: return priorityText(r);
    case FirstActionSla:
        if (r.firstActionAtMs)
            return tr("Met");
        if (r.status == QueueStatus::Resolved)
            return QStringLiteral("—");
        return SlaCountdown::text(r.firstActionDueMs, now);
    case ResolveSla:
        if (r.status == QueueStatus::Resolved)
            return tr("Resolved");
        return SlaCountdown::text(r.resolveDueMs, now);
    case Type: return typeText(r);
    case Carrier: return carrierDisplayName(r.carrier);
    case TrackingNumber: return r.trackingNumber;
    case Customer: return r.customerName;
    case Destination: return DisplayText::place(r.destinationCity, {}, {}, r.destinationCountry);
    case OrderValue: return DisplayText::money(r.orderValueCents, r.currency);
    case Payment: return r.paymentMode == PaymentMode::Unknown ? QString() : paymentModeLabel(r.paymentMode);
    case Attempts: return r.attempts;
    case Age: return SlaCountdown::span(std::max<qint64>(0, now - r.openedAtMs));
    case Assignee: return r.assignee.isEmpty() ? tr("Unassigned") : r.assignee;
    case PredictedP50: return r.predictedP50.isValid() ? DisplayText::date(r.predictedP50) : QString();
    case PredictedP90: return r.predictedP90.isValid() ? DisplayText::date(r.predictedP90) : QString();
    case Status: {
        QString text = statusText(r);
        switch (editState(r.exceptionId).kind) {
        case EditState::Kind::Pending: text += tr(" · edit waiting"); break;
        case EditState::Kind::Refused: text += tr(" · edit refused"); break;
        case EditState::Kind::Conflict: text += tr(" · conflict"); break;
        case EditState::Kind::None: break;
        }
        return text;
    }
    default: return {};
    }
}

QString ExceptionQueueModel::toolTip(const ExceptionQueueRow &r, int column) const
{
    const qint64 now = m_clock.nowMs();
    switch (column) {
    case FirstActionSla:
        if (r.firstActionAtMs)
            return tr("First action taken %1").arg(DisplayText::userTime(*r.firstActionAtMs));
        return r.status == QueueStatus::Resolved ? QString() : SlaCountdown::toolTip(r.firstActionDueMs, now);
    case ResolveSla: return r.status == QueueStatus::Resolved ? QString() : SlaCountdown::toolTip(r.resolveDueMs, now);
    case Type: {
        QString text = tr("%1 must act.").arg(responsiblePartyLabel(r.party));
        if (!r.detail.isEmpty())
            text = r.detail + QLatin1Char('\n') + text;
        return text;
    }
    case Carrier: return r.service;
    case Payment:
        if (r.paymentMode == PaymentMode::CashOnDelivery && r.codAmountCents > 0)
            return tr("Collect %1 at the door").arg(DisplayText::money(r.codAmountCents, r.currency));
        return {};
    case Age: return tr("Opened %1").arg(DisplayText::userTime(r.openedAtMs));
    case Status: {
        const EditState state = editState(r.exceptionId);
        switch (state.kind) {
        case EditState::Kind::Pending: return tr("Your edit (%1) waits to be sent to the team server.").arg(state.op);
        case EditState::Kind::Refused:
            return tr("The team server refused your edit (%1): %2").arg(state.op, state.detail);
        case EditState::Kind::Conflict:
            return tr("Your edit (%1) conflicts with a change on the team server: decide in the outbox "
                      "(Ctrl+Shift+O).").arg(state.op);
        case EditState::Kind::None: break;
        }
        if (r.backFromSnooze && r.snoozedUntilMs)
            return tr("Snoozed until %1").arg(DisplayText::userTime(*r.snoozedUntilMs));
        return r.resolutionNote;
    }
    default: return {};
    }
}

QVariant ExceptionQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ExceptionQueueRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case ExceptionIdRole: return r.exceptionId;
    case ShipmentIdRole: return r.shipmentId;
    case EditStateRole: return static_cast<int>(editState(r.exceptionId).kind);
    case Qt::DisplayRole: return display(r, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(r, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case CountdownDelegate::DueRole:
        if (r.status == QueueStatus::Resolved)
            return {};
        if (column == FirstActionSla && !r.firstActionAtMs)
            return r.firstActionDueMs;
        if (column == ResolveSla)
            return r.resolveDueMs;
        return {};
    case CountdownDelegate::NearRole: return static_cast<qint64>(m_filter.dueWithinHours) * HourMs;
    case Qt::ForegroundRole: {
        const QVariant due = data(index, CountdownDelegate::DueRole);
        if (due.isValid()) {
            const QColor color = SlaCountdown::color(
                SlaCountdown::urgency(due.toLongLong(), m_clock.nowMs(), static_cast<qint64>(m_filter.dueWithinHours) * HourMs));
            return color.isValid() ? QVariant(color) : QVariant();
        }
        if (column == Status) {
            const EditState::Kind kind = editState(r.exceptionId).kind;
            if (kind == EditState::Kind::Refused || kind == EditState::Kind::Conflict)
                return StatusPalette::errorText();
        }
        if ((column == FirstActionSla && r.firstActionAtMs) || r.status == QueueStatus::Resolved)
            return QVariant(); // the palette's own text
        return {};
    }
    case Qt::FontRole:
        if ((column == Status && r.backFromSnooze) || (column == Priority && r.priorityBand == 1)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (column == Status) {
            switch (editState(r.exceptionId).kind) {
            case EditState::Kind::Pending: return StatusPalette::dot(Tag::InTransit);
            case EditState::Kind::Refused:
            case EditState::Kind::Conflict: return StatusPalette::dot(Tag::Exception);
            case EditState::Kind::None: break;
            }
            if (r.backFromSnooze)
                return StatusPalette::dot(Tag::OutForDelivery);
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case FirstActionSla:
        case ResolveSla:
        case OrderValue:
        case Attempts:
        case Age: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    default: return {};
    }
}

bool ExceptionQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ExceptionQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    QString error;
    const auto page = m_query.nextPage(m_filter, m_sort, m_rows.constLast(), PageSize, context(), &error);
    if (!page) {
        m_atEnd = true;
        fail(error);
        return;
    }
    m_atEnd = page->atEnd || page->rows.size() < PageSize;
    if (page->rows.isEmpty())
        return;
    QList<qint64> ids;
    for (const ExceptionQueueRow &r : std::as_const(page->rows))
        ids << r.exceptionId;
    readEditStates(ids);
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->rows.size()) - 1);
    m_rows.append(page->rows);
    endInsertRows();
}

std::pair<int, Qt::SortOrder> ExceptionQueueModel::sortSection(const ExceptionQueueSort &sort)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortColumnOf(column) != sort.column)
            continue;
        // Age is the time since opening: the oldest (the earliest opened) is the largest age.
        const bool descending = column == Age ? !sort.descending : sort.descending;
        return {column, descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    }
    return {-1, Qt::AscendingOrder};
}

std::optional<ExceptionQueueSort> ExceptionQueueModel::sortForSection(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || column == PredictedP50 || column == PredictedP90)
        return std::nullopt;
    const bool descending = order == Qt::DescendingOrder;
    return ExceptionQueueSort{sortColumnOf(column), column == Age ? !descending : descending};
}

void ExceptionQueueModel::sort(int column, Qt::SortOrder order)
{
    if (const auto sort = sortForSection(column, order))
        setQuery(m_filter, *sort);
}

void ExceptionQueueModel::setCurrentUser(const QString &user)
{
    if (user == m_user)
        return;
    beginResetModel();
    m_user = user;
    if (m_loaded)
        loadFirstPage();
    endResetModel();
}

void ExceptionQueueModel::setQuery(const ExceptionQueueFilter &filter, const ExceptionQueueSort &sort)
{
    if (m_loaded && filter == m_filter && sort == m_sort)
        return;
    beginResetModel();
    m_filter = filter;
    m_sort = sort;
    loadFirstPage();
    endResetModel();
}

void ExceptionQueueModel::fail(const QString &message)
{
    m_error = message;
    Q_EMIT queryFailed(message);
}

void ExceptionQueueModel::loadFirstPage()
{
    m_rows.clear();
    m_editStates.clear();
    m_error.clear();
    m_atEnd = true;
    m_loaded = true;
    QString error;
    const auto page = m_query.firstPage(m_filter, m_sort, PageSize, context(), &error);
    if (!page) {
        fail(error);
        return;
    }
    m_rows = page->rows;
    m_atEnd = page->atEnd || page->rows.size() < PageSize;
    QList<qint64> ids;
    for (const ExceptionQueueRow &r : std::as_const(m_rows))
        ids << r.exceptionId;
    readEditStates(ids);
}

void ExceptionQueueModel::readEditStates(const QList<qint64> &ids)
{
    QString error;
    const auto states = m_edits.latest(EntityKind::Exception, ids, &error);
    if (!states) {
        fail(error);
        return;
    }
    for (qint64 id : ids)
        m_editStates.remove(id);
    m_editStates.insert(*states);
}

int ExceptionQueueModel::rowOf(qint64 exceptionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).exceptionId == exceptionId)
            return i;
    }
    return -1;
}

int ExceptionQueueModel::insertionPoint(const ExceptionQueueRow &row) const
{
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), row,
                                     [this](const ExceptionQueueRow &a, const ExceptionQueueRow &b) {
                                         return m_sort.lessThan(a, b);
                                     });
    if (it == m_rows.cend() && !m_atEnd)
        return -1; // the next page brings it
    return static_cast<int>(it - m_rows.cbegin());
}

void ExceptionQueueModel::place(qint64 exceptionId, const std::optional<ExceptionQueueRow> &fresh)
{
    const int at = rowOf(exceptionId);
    if (!fresh) {
        if (at < 0)
            return;
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        endRemoveRows();
        return;
    }
    if (at < 0) {
        const int to = insertionPoint(*fresh);
        if (to < 0)
            return;
        beginInsertRows({}, to, to);
        m_rows.insert(to, *fresh);
        endInsertRows();
        return;
    }
    const int last = static_cast<int>(m_rows.size()) - 1;
    const bool inPlace = (at == 0 || m_sort.lessThan(m_rows.at(at - 1), *fresh))
                         && (at == last || m_sort.lessThan(*fresh, m_rows.at(at + 1)));
    if (inPlace) {
        if (m_rows.at(at) != *fresh) {
            m_rows[at] = *fresh;
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        }
        return;
    }
    // Its sort key changed: it moves (the view keeps it selected), or leaves the loaded
    // rows when its new place is past the last of them.
    const ExceptionQueueRow old = m_rows.takeAt(at);
    const int to = insertionPoint(*fresh);
    m_rows.insert(at, old);
    if (to < 0) {
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        endRemoveRows();
        return;
    }
    // `to` counts the rows without this one; beginMoveRows counts them with it.
    beginMoveRows({}, at, at, {}, to >= at ? to + 1 : to);
    m_rows.removeAt(at);
    m_rows.insert(to, *fresh);
    endMoveRows();
    Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
}

void ExceptionQueueModel::refresh(const QList<qint64> &exceptionIds)
{
    const ExceptionQueueContext ctx = context();
    for (qint64 id : exceptionIds) {
        QString error;
        std::optional<ExceptionQueueRow> fresh = m_query.row(id, ctx, &error);
        if (!fresh && !error.isEmpty()) {
            fail(error);
            continue;
        }
        if (fresh) {
            const std::optional<bool> matches = m_query.matches(m_filter, id, ctx, &error);
            if (!matches) {
                fail(error);
                continue;
            }
            if (!*matches)
                fresh.reset();
        }
        place(id, fresh);
    }
    readEditStates(exceptionIds);
    for (qint64 id : exceptionIds) {
        const int at = rowOf(id);
        if (at >= 0)
            Q_EMIT dataChanged(index(at, Status), index(at, Status));
    }
}

void ExceptionQueueModel::reload()
{
    // The head of the queue as it is now, as far as the loaded rows reached.
    const qsizetype wanted = std::max<qsizetype>(PageSize, m_rows.size());
    const ExceptionQueueContext ctx = context();
    QString error;
    QList<ExceptionQueueRow> fresh;
    std::optional<ExceptionQueuePage> page = m_query.firstPage(m_filter, m_sort, MaxPage, ctx, &error);
    bool atEnd = false;
    while (page) {
        fresh += page->rows;
        atEnd = page->atEnd || page->rows.size() < MaxPage;
        if (atEnd || fresh.size() >= wanted)
            break;
        page = m_query.nextPage(m_filter, m_sort, fresh.constLast(), MaxPage, ctx, &error);
    }
    if (!page) {
        fail(error);
        return;
    }
    m_error.clear();
    if (fresh.size() > wanted) {
        fresh.resize(wanted);
        atEnd = false;
    }
    // The loaded rows become `fresh`, with exact signals: rows that left are removed, the
    // others moved to their new place, new ones inserted, changed ones updated.
    QSet<qint64> freshIds;
    for (const ExceptionQueueRow &r : std::as_const(fresh))
        freshIds.insert(r.exceptionId);
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
        if (freshIds.contains(m_rows.at(i).exceptionId))
            continue;
        int first = i;
        while (first > 0 && !freshIds.contains(m_rows.at(first - 1).exceptionId))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first;
    }
    for (int i = 0; i < fresh.size(); ++i) {
        const ExceptionQueueRow &want = fresh.at(i);
        if (i < m_rows.size() && m_rows.at(i).exceptionId == want.exceptionId) {
            if (m_rows.at(i) != want) {
                m_rows[i] = want;
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        int from = -1;
        for (int j = i + 1; j < m_rows.size(); ++j) {
            if (m_rows.at(j).exceptionId == want.exceptionId) {
                from = j;
                break;
            }
        }
        if (from < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, want);
            endInsertRows();
            continue;
        }
        beginMoveRows({}, from, from, {}, i);
        m_rows.remove(from);
        m_rows.insert(i, want);
        endMoveRows();
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
    m_atEnd = atEnd;
    QList<qint64> ids;
    for (const ExceptionQueueRow &r : std::as_const(m_rows))
        ids << r.exceptionId;
    readEditStates(ids);
    // The edit marks may have changed on any row.
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Status), index(static_cast<int>(m_rows.size()) - 1, Status));
}

} // namespace ct
