// SPDX-License-Identifier: MIT
#pragma once

#include "drafttablemodel.h"

namespace ct {

// The draft's roster, one agent a row: name (a rename follows into the teams and rules that
// name them), active, daily cap, time zone.
class AssignmentAgentsModel final : public DraftTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Active, DailyCap, TimeZone, ColumnCount };

    explicit AssignmentAgentsModel(AssignmentDraft &draft, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList pathsOf(int row, int column) const override;

protected:
    int count(const AssignmentRules &rules) const override;
    void removeFrom(AssignmentRules &rules, int row) const override;
    void appendTo(AssignmentRules &rules) const override;
    QVariant cell(int row, int column, int role) const override;
    bool isCheckable(int column) const override { return column == Active; }
};

} // namespace ct
