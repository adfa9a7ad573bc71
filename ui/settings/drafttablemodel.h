// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace ct {

class AssignmentDraft;
struct AssignmentRules;

// What the settings page's tables share: one list of the draft as rows (the rules, the
// agents, the teams), edited through the draft so every change is checked at once, each
// cell's errors (SettingsRoles::Error, the tooltip) found by its path in the document,
// and a read-only mode for those who may not change the settings.
class DraftTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    DraftTableModel(AssignmentDraft &draft, QObject *parent = nullptr);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // The document's path of a cell's value ("rules[2].when.carriers"): its errors are
    // shown there. Several paths for a cell that shows more than one value.
    virtual QStringList pathsOf(int row, int column) const = 0;
    // Appends a new row (a new rule, agent or team) and returns it.
    int appendRow();

protected:
    AssignmentDraft &draft() const { return m_draft; }
    // Rows, in the draft's rules.
    virtual int count(const AssignmentRules &rules) const = 0;
    virtual void removeFrom(AssignmentRules &rules, int row) const = 0;
    virtual void appendTo(AssignmentRules &rules) const = 0;
    // A cell's value for `role` (the base adds errors, tooltips and flags).
    virtual QVariant cell(int row, int column, int role) const = 0;
    virtual bool isCheckable(int column) const { Q_UNUSED(column) return false; }
    // Edits the draft; the tables' refresh comes from the draft's changed().
    void edit(const std::function<void(AssignmentRules &)> &change);
    // Edits the draft between a model's begin/end of inserting, removing or moving rows,
    // then refresh() when they are over.
    void editStructure(const std::function<void(AssignmentRules &)> &change);
    void refresh();

private:

    AssignmentDraft &m_draft;
    int m_rows = 0;
    bool m_readOnly = false;
    bool m_structuring = false; // inside an insert, remove or move of our own
};

} // namespace ct
