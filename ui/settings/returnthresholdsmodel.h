// SPDX-License-Identifier: MIT
#pragma once

#include "policytablemodel.h"

namespace ct {

// The return policy's value thresholds as one row per currency: returns worth less than
// "auto-approve below" are approved without an agent, returns worth "needs review from"
// or more go to one; either may be none. A row added and not given an amount yet is kept
// here (it is nothing in the document). Amounts are in the currency's minor units, shown
// with two decimals as everywhere in the app.
class ReturnThresholdsModel final : public PolicyTableModel
{
    Q_OBJECT

public:
    enum Column { Currency, AutoApproveBelow, ReviewFrom, ColumnCount };

    using PolicyTableModel::PolicyTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList pathsOf(int row, int column) const override;
    int rowOf(const QString &path) const override;

    // The currencies, in the rows' order.
    QStringList currencies() const;

Q_SIGNALS:
    // An edit that cannot be made, and why ("EUR has a row already").
    void refused(const QString &why);

protected:
    QString listName() const override { return {}; }
    int count(const ReturnPolicy &policy) const override;
    void removeFrom(ReturnPolicy &policy, int row) const override;
    void appendTo(ReturnPolicy &policy) const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QStringList codes(const ReturnPolicy &policy) const;

    mutable QStringList m_pending; // rows without an amount yet
};

} // namespace ct
