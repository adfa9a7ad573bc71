// SPDX-License-Identifier: MIT
#pragma once

#include "policytablemodel.h"

namespace ct {

// The return policy's windows as rows: the categories they cover, how many days, and
// the date they count from (the order, the hand-over to the carrier, the delivery).
class ReturnWindowsModel final : public PolicyTableModel
{
    Q_OBJECT

public:
    enum Column { Categories, Days, From, ColumnCount };

    using PolicyTableModel::PolicyTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList pathsOf(int row, int column) const override;

    // "the delivery" for WindowStart::Delivery.
    static QString startLabel(int start);

protected:
    QString listName() const override { return QStringLiteral("windows"); }
    int count(const ReturnPolicy &policy) const override;
    void removeFrom(ReturnPolicy &policy, int row) const override;
    void appendTo(ReturnPolicy &policy) const override;
    QVariant cell(int row, int column, int role) const override;
};

} // namespace ct
