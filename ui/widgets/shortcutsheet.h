// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QTreeWidget;

namespace ct {

// A sheet of a view's keyboard shortcuts, read from its QActions (their text and every
// shortcut they answer to) and from keys that are not actions (the arrows of a table),
// grouped under headings. Opened with ? or F1; Escape closes it.
class ShortcutSheet final : public QDialog
{
    Q_OBJECT

public:
    struct Key
    {
        QString keys; // "J, Down"
        QString what;
    };
    struct Group
    {
        QString title;
        QList<Key> keys;
    };

    ShortcutSheet(const QString &title, const QList<Group> &groups, QWidget *parent = nullptr);

    // The sheet's lines for `actions`: those with a shortcut, in order, without their
    // mnemonic's &; an action's several shortcuts on one line.
    static QList<Key> keysOf(const QList<QAction *> &actions);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace ct
