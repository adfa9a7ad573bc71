// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ct {

// One action of a macro: an exception edit of the catalog and its parameters (a JSON
// object). Dates and instants are relative, resolved when the macro runs
// (EditMacros::resolve): "today", "tomorrow", "+2d", "next_delivery_day" for a date,
// "+4h", "+1d" for an instant.
struct MacroStep
{
    QString op; // "note", "reattempt"...
    QByteArray params;

    bool operator==(const MacroStep &) const = default;
};

// A named sequence of actions an agent runs on the selected exceptions in one go
// (docs/DESKTOP.md, "Macros"): "note + re-attempt tomorrow + SMS the customer".
struct EditMacro
{
    QString name;
    int slot = 0; // 1..9: run with Ctrl+Alt+slot; 0: from the menu only
    QList<MacroStep> steps;

    bool operator==(const EditMacro &) const = default;
};

} // namespace ct
