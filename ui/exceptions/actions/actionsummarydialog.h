// SPDX-License-Identifier: MIT
#pragma once

#include "actions/editbatch.h"

#include <QDialog>

class QTableWidget;

namespace ct {

// What a bulk action or a macro run did, exception by exception (docs/DESKTOP.md, "Bulk
// actions"): applied, or refused with the action refused and why, and what was not tried
// after it. Undo takes back everything that was applied in one step.
class ActionSummaryDialog final : public QDialog
{
    Q_OBJECT

public:
    // `what`: "Re-attempt Delivery" or the macro's name; `undoable`: anything applied.
    ActionSummaryDialog(const QString &what, const BatchResult &result, bool standalone, QWidget *parent);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace ct
