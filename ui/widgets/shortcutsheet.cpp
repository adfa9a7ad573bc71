// SPDX-License-Identifier: MIT
#include "shortcutsheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ct {

ShortcutSheet::ShortcutSheet(const QString &title, const QList<Group> &groups, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(title);
    m_list->setObjectName(QStringLiteral("shortcuts"));
    //: Column headings of the shortcut sheet: the keys, and what they do.
    m_list->setHeaderLabels({tr("Keys"), tr("Does")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setStretchLastSection(true);
    for (const Group &group : groups) {
        if (group.keys.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem(m_list, {group.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const Key &key : group.keys) {
            auto *line = new QTreeWidgetItem(m_list, {key.keys, key.what});
            line->setFlags(Qt::ItemIsEnabled);
        }
    }
    m_list->resizeColumnToContents(0);
    m_list->setColumnWidth(0, m_list->columnWidth(0) + 24);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 600);
}

QList<ShortcutSheet::Key> ShortcutSheet::keysOf(const QList<QAction *> &actions)
{
    QList<Key> keys;
    for (const QAction *action : actions) {
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        QStringList sequences;
        for (const QKeySequence &sequence : action->shortcuts())
            sequences << sequence.toString(QKeySequence::NativeText);
        QString text = action->text();
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        text.remove(QStringLiteral("…"));
        keys << Key{sequences.join(QStringLiteral(", ")), text};
    }
    return keys;
}

} // namespace ct
