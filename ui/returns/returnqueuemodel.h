// SPDX-License-Identifier: MIT
#pragma once

#include "returns/returnqueuefilter.h"
#include "returns/returnqueuequery.h"
#include "returns/returnqueuerow.h"
#include "sync/editstatequery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace ct {

class Clock;
class Database;

// The returns queue for a table view (docs/DESKTOP.md, "Returns"): the rows of
// ReturnQueueQuery for a filter and a sort, a page at a time as the view scrolls
// (canFetchMore/fetchMore over keyset pages). Sorting is the query's (SQL); changing the
// filter or the sort resets the model, nothing else does: after a decision refresh(ids)
// reads those rows again, updating each in place or removing it when it no longer passes
// the filter, with exact row signals. Each row carries its latest edit's state from the
// outbox (waiting, refused by the server with its detail, in conflict). Display roles only.
class ReturnQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Rma,
        Order,
        Customer,
        Items,
        Reason,
        Value,
        RequestedAt,
        Age,
        Verdict,
        Recommended,
        Status,
        ReverseShipment,
        ColumnCount
    };
    static constexpr int ReturnIdRole = Qt::UserRole + 1;
    static constexpr int EditStateRole = Qt::UserRole + 2; // int(EditState::Kind)
    static constexpr int PageSize = 100;

    ReturnQueueModel(const Database &database, const Clock &clock, QObject *parent = nullptr);
    ~ReturnQueueModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Resets, and reads the first page, when the filter or the sort differs (or nothing
    // was read yet).
    void setQuery(const ReturnQueueFilter &filter, const ReturnQueueSort &sort);
    const ReturnQueueFilter &filter() const { return m_filter; }
    const ReturnQueueSort &querySort() const { return m_sort; }
    // The order a header section sorts by; nullopt for a column that does not sort.
    static std::optional<ReturnQueueSort> sortForSection(int column, Qt::SortOrder order);
    static std::pair<int, Qt::SortOrder> sortSection(const ReturnQueueSort &sort);

    // Reads these returns again after a decision or a sync.
    void refresh(const QList<qint64> &returnIds);
    // Reads the first page again (the store changed under every row: verdicts judged).
    void reload();

    const ReturnQueueRow &row(int row) const { return m_rows.at(row); }
    int rowOf(qint64 returnId) const;
    EditState editState(qint64 returnId) const { return m_editStates.value(returnId); }
    const QString &lastError() const { return m_error; }

    // The digest of the policy in force (ReturnPolicy::digest): a kept verdict judged by
    // another says so ("judged under policy v3") until it is judged again.
    void setPolicyInForce(const QString &digest);
    // The policy's label_expiry_days, for a label-issued return's "Label expires in 5 days".
    void setLabelExpiryDays(int days);

    // The texts the cells show, for the detail pane too.
    static QString reverseText(const ReturnQueueRow &row);
    // With `policyInForce`, a verdict judged by another policy says which.
    static QString verdictText(const ReturnQueueRow &row, const QString &policyInForce = {});
    // A label-issued return reads as its label stands at `nowMs` (labelText).
    static QString statusText(const ReturnQueueRow &row, int labelExpiryDays, qint64 nowMs);
    // A label-issued return's label under a policy of `expiryDays` at `nowMs`
    // (ReturnLabelExpiry::standing): "Label expires in 5 days", "Label expired", or that
    // its issue time is unknown; empty for any other status.
    static QString labelText(const ReturnQueueRow &row, int expiryDays, qint64 nowMs);
    // The label's times in a sentence: when it was issued and when it expires (or why it
    // never does); empty for a return not in label issued.
    static QString labelToolTip(const ReturnQueueRow &row, int expiryDays, qint64 nowMs);
    // Who decided it: "Decided by the return policy, without an agent." or "Decided by
    // maria."; empty while nobody has.
    static QString decidedByText(const ReturnQueueRow &row);

Q_SIGNALS:
    void queryFailed(const QString &message);

private:
    void loadFirstPage();
    void readEditStates(const QList<qint64> &ids);
    void fail(const QString &message);
    QVariant display(const ReturnQueueRow &r, int column) const;
    QString toolTip(const ReturnQueueRow &r, int column) const;

    const Clock &m_clock;
    ReturnQueueQuery m_query;
    EditStateQuery m_edits;
    ReturnQueueFilter m_filter;
    ReturnQueueSort m_sort;
    QList<ReturnQueueRow> m_rows;
    QHash<qint64, EditState> m_editStates;
    int m_labelExpiryDays = 28;
    QString m_policyInForce;
    bool m_loaded = false;
    bool m_atEnd = true;
    QString m_error;
};

} // namespace ct
