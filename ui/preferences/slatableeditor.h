// SPDX-License-Identifier: MIT
#pragma once

#include "domain/exceptiontype.h"
#include "rules/rulesconfig.h"

#include <QWidget>

#include <array>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace ct {

// The first-action and resolution SLA of every exception type, as a table in Edit >
// Preferences… > Rules (docs/DESKTOP.md, "Preferences"): a row per type with its two
// deadlines in hours and the documented default beside them (a changed value is bold).
// Each value is checked as it is typed with the rules' own bounds (1 h to a year) and
// their rule that the first action comes no later than the resolution; the reason shows
// under the table, and problem() says it to the dialog, which refuses to save meanwhile.
// The table is a view of the `sla` part of the rules JSON (RulesConfig): the dialog sets
// it from the JSON and writes it back into the JSON on edited().
class SlaTableEditor final : public QWidget
{
    Q_OBJECT

public:
    using Slas = std::array<SlaPolicy, ExceptionTypeCount>;
    enum Column { Type, FirstAction, Resolve, Default, ColumnCount };

    explicit SlaTableEditor(QWidget *parent = nullptr);
    ~SlaTableEditor() override;

    // Shows `slas` without saying edited().
    void setSlas(const Slas &slas);
    Slas slas() const;
    // Why the values cannot be saved ("Lost: the first action (80 h) comes after the
    // resolution (72 h)"); empty when they can.
    QString problem() const;

    QTableWidget *table() const { return m_table; }
    QSpinBox *spinBox(ExceptionType type, Column column) const;
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    // The user changed a value.
    void edited();

private:
    void refresh();

    QTableWidget *m_table;
    QLabel *m_problem;
    bool m_setting = false;
};

} // namespace ct
