// SPDX-License-Identifier: MIT
#pragma once

#include "actions/editmacros.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace ct {

// The agent's macros, edited (docs/DESKTOP.md, "Macros"): a list of them; for the one
// chosen its name, its shortcut (Ctrl+Alt+1..9 or none) and its actions, each an edit of
// the catalog and its parameters as JSON, dates relative ({"date":"tomorrow"}). What
// EditMacros::check finds wrong shows under it, located ("steps[1].params.date: ...").
// A saved macro that no longer reads shows as its JSON with the reason, to mend and read
// again, or delete; saving keeps it as it is otherwise. Save refuses while a macro is
// wrong; closing after a change asks first.
class MacroDialog final : public QDialog
{
    Q_OBJECT

public:
    MacroDialog(const EditMacros::Loaded &macros, qint64 nowMs, QWidget *parent);

    // The macros as edited so far (those that read).
    QList<EditMacro> macros() const;
    bool isDirty() const { return m_dirty; }
    // Chooses the macro at `row` of the list.
    void select(int row);

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // Saved: the JSON for AppSettings::ExceptionMacros.
    void saved(const QByteArray &json);

private:
    struct Entry
    {
        EditMacro macro;
        bool broken = false;
        MacroProblem problem;
        QByteArray raw;
    };

    static QString listText(const EditMacro &macro);
    void load(int row);
    void store();
    void refreshList();
    void showErrors();
    void addStepRow(const MacroStep &step);
    MacroStep stepAt(int row) const;
    void changed();
    void moveStep(int by);
    void reread();

    qint64 m_nowMs;
    QList<Entry> m_entries;
    int m_current = -1;
    bool m_loading = false;
    bool m_dirty = false;
    QListWidget *m_list;
    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QComboBox *m_slot;
    QTableWidget *m_steps;
    QLabel *m_errors;
    QPlainTextEdit *m_raw;
    QLabel *m_rawProblem;
};

} // namespace ct
