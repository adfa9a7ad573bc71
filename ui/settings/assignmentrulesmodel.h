// SPDX-License-Identifier: MIT
#pragma once

#include "drafttablemodel.h"

namespace ct {

// The rules of the draft in priority order, one row each (the row's number in the vertical
// header is its priority): on or off, name, the conditions, whom it hands exceptions to.
class AssignmentRulesModel final : public DraftTableModel
{
    Q_OBJECT

public:
    enum Column { Enabled, Name, Types, NdrReasons, Carriers, PaymentModes, MinAttempts, MaxAttempts, AssignTo, ColumnCount };

    explicit AssignmentRulesModel(AssignmentDraft &draft, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;
    QStringList pathsOf(int row, int column) const override;

    // Moves a rule one place up (-1) or down (+1); false at the end of the list.
    bool moveRule(int row, int by);

protected:
    int count(const AssignmentRules &rules) const override;
    void removeFrom(AssignmentRules &rules, int row) const override;
    void appendTo(AssignmentRules &rules) const override;
    QVariant cell(int row, int column, int role) const override;
    bool isCheckable(int column) const override { return column == Enabled; }
};

} // namespace ct
