// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

class QTableView;

namespace ct {

// Edits a cell of the settings tables as the model says (SettingsRoles): a line of text
// with completions, a number in a range, an amount of money, one choice of a few, or a
// list of choices to tick (Space ticks,
// Enter keeps, Escape leaves it as it was); choosing a team among agents leaves the
// agents out, and the other way round. Cells with errors are drawn with the error's
// colour on their left edge.
class SettingsEditorDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // A settings table as every settings page has it: `model` shown in `view` (named
    // `name`), cells edited by this delegate on F2, a double click or typing, one cell
    // selected at a time.
    static void setUpTable(QTableView *view, QAbstractItemModel *model, const char *name);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ct
