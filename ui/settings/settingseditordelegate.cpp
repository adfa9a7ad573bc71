// SPDX-License-Identifier: MIT
#include "settingseditordelegate.h"

#include "settingsroles.h"

#include "widgets/statuspalette.h"

#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QSpinBox>
#include <QTableView>

namespace ct {

namespace {

using SettingsRoles::Editor;

Editor editorOf(const QModelIndex &index)
{
    return static_cast<Editor>(index.data(SettingsRoles::EditorKind).toInt());
}

bool isTeam(const QListWidgetItem *item)
{
    return item->data(Qt::UserRole).toString().startsWith(QLatin1String(SettingsRoles::TeamPrefix));
}

} // namespace

void SettingsEditorDelegate::setUpTable(QTableView *view, QAbstractItemModel *model, const char *name)
{
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setItemDelegate(new SettingsEditorDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(false);
}

QWidget *SettingsEditorDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    switch (editorOf(index)) {
    case Editor::Number: {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("numberEditor"));
        spin->setRange(index.data(SettingsRoles::Minimum).toInt(), index.data(SettingsRoles::Maximum).toInt());
        spin->setSpecialValueText(index.data(SettingsRoles::SpecialText).toString());
        return spin;
    }
    case Editor::Choice: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("choiceEditor"));
        for (const QVariant &choice : index.data(SettingsRoles::Choices).toList()) {
            const QVariantList pair = choice.toList();
            combo->addItem(pair.value(1).toString(), pair.value(0));
        }
        return combo;
    }
    case Editor::Money: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setObjectName(QStringLiteral("moneyEditor"));
        spin->setDecimals(2);
        spin->setRange(-0.01, index.data(SettingsRoles::Maximum).toDouble() / 100.0);
        spin->setSpecialValueText(index.data(SettingsRoles::SpecialText).toString());
        return spin;
    }
    case Editor::Choices: {
        auto *list = new QListWidget(parent);
        list->setObjectName(QStringLiteral("choicesEditor"));
        for (const QVariant &choice : index.data(SettingsRoles::Choices).toList()) {
            const QVariantList pair = choice.toList();
            auto *item = new QListWidgetItem(pair.value(1).toString(), list);
            item->setData(Qt::UserRole, pair.value(0));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        list->setCurrentRow(0);
        // A team, or agents: ticking one kind clears the other.
        connect(list, &QListWidget::itemChanged, list, [list](QListWidgetItem *changed) {
            if (changed->checkState() != Qt::Checked)
                return;
            const QSignalBlocker blocker(list);
            for (int i = 0; i < list->count(); ++i) {
                QListWidgetItem *other = list->item(i);
                if (other != changed && (isTeam(changed) || isTeam(other)))
                    other->setCheckState(Qt::Unchecked);
            }
        });
        return list;
    }
    case Editor::Text:
        break;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setObjectName(QStringLiteral("textEditor"));
        const QStringList completions = index.data(SettingsRoles::Completions).toStringList();
        if (!completions.isEmpty()) {
            auto *completer = new QCompleter(completions, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
        }
    }
    return editor;
}

void SettingsEditorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    if (auto *money = qobject_cast<QDoubleSpinBox *>(editor)) {
        const qint64 cents = index.data(Qt::EditRole).toLongLong();
        money->setValue(cents < 0 ? money->minimum() : static_cast<double>(cents) / 100.0);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        const QStringList chosen = index.data(Qt::EditRole).toStringList();
        const QSignalBlocker blocker(list);
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(chosen.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                          : Qt::Unchecked);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SettingsEditorDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *money = qobject_cast<QDoubleSpinBox *>(editor)) {
        money->interpretText();
        const double value = money->value();
        model->setData(index, value < 0 ? qint64(-1) : qRound64(value * 100.0), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        QStringList chosen;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                chosen << list->item(i)->data(Qt::UserRole).toString();
        model->setData(index, chosen, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void SettingsEditorDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                  const QModelIndex &index) const
{
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        // A list of choices opens below its cell, as tall as its choices (up to 12).
        const int rows = qMin(12, list->count());
        const int height = rows * list->sizeHintForRow(0) + 2 * list->frameWidth();
        const int width = qMax(option.rect.width(), list->sizeHintForColumn(0) + 40);
        list->setGeometry(option.rect.left(), option.rect.top(), width, qMax(height, option.rect.height()));
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

void SettingsEditorDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.data(SettingsRoles::Error).toString().isEmpty())
        return;
    // A bar on the cell's left edge: the error is here (its text is the tooltip).
    painter->save();
    painter->fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()), StatusPalette::errorText());
    QPen pen(StatusPalette::errorText());
    pen.setWidth(1);
    painter->setPen(pen);
    painter->drawRect(option.rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace ct
