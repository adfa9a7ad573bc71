// SPDX-License-Identifier: MIT
#pragma once

#include "policytablemodel.h"

namespace ct {

// The return policy's item conditions as rows: for some categories, what an item the
// customer reports worn, opened or without its tags does (allow, review, refuse).
class ConditionRulesModel final : public PolicyTableModel
{
    Q_OBJECT

public:
    enum Column { Categories, Worn, Opened, TagsRemoved, ColumnCount };

    using PolicyTableModel::PolicyTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList pathsOf(int row, int column) const override;

    static QString effectLabel(int effect); // "Allow", "Needs review", "Refuse"

protected:
    QString listName() const override { return QStringLiteral("conditions"); }
    int count(const ReturnPolicy &policy) const override;
    void removeFrom(ReturnPolicy &policy, int row) const override;
    void appendTo(ReturnPolicy &policy) const override;
    QVariant cell(int row, int column, int role) const override;
};

} // namespace ct
