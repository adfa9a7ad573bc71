// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

class QGridLayout;
class QLabel;
class QWidget;

namespace ct {

// The name–value rows of a detail pane ("Ordered   14/03/2026 10:05"): each value plain
// text that wraps and can be selected, its name beside its first line, a row hidden with
// its value. The labels belong to `owner`; the layout goes where the pane puts it.
class FactGrid final
{
public:
    explicit FactGrid(QWidget *owner);

    QGridLayout *layout() const { return m_grid; }
    // A new row named `label`; its value label, named `objectName`.
    QLabel *add(const char *objectName, const QString &label);
    // The value's text (and tooltip). Empty: the row hidden with `hideWhenEmpty`, else "—".
    void set(QLabel *value, const QString &text, bool hideWhenEmpty);

    // A value label as the rows have them, for a pane's other texts (titles, notes).
    static QLabel *valueLabel(QWidget *parent);

private:
    QWidget *m_owner;
    QGridLayout *m_grid;
    QHash<QLabel *, QLabel *> m_names; // value -> its name
};

} // namespace ct
