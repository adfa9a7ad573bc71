// SPDX-License-Identifier: MIT
#pragma once

#include "editmacro.h"
#include "edits/editcatalog.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ct {

// A saved macro that no longer reads (an edit renamed, a parameter that changed, a
// hand-edited file): where and why, and the macro's own JSON, kept so nothing is lost.
struct MacroProblem
{
    int index = -1;   // which macro of the list; -1 for the whole document
    QString name;     // the macro's name when it has one
    QString location; // "macros[1].steps[0].params.date"
    QString message;
    QByteArray raw;   // the macro as saved (the whole document for index -1)

    QString text() const; // "macros[1].steps[0].params.date: ..."
};

// The agent's macros as JSON (the typed setting AppSettings::ExceptionMacros), with
// located errors, the defaults offered before any is saved, and the resolution of
// relative dates when a macro runs. A macro's dates are always relative: it runs on
// other days than the one it was written on.
class EditMacros final
{
public:
    static constexpr int MaxSlots = 9;
    static constexpr int MaxRelativeDays = 60;

    struct Loaded
    {
        QList<EditMacro> macros;      // those that read, in order
        QList<MacroProblem> problems; // those that do not, each with its raw JSON
    };

    // A few macros for common cases, until the agent saves their own.
    static QList<EditMacro> defaults();

    // Reads {"macros": [{"name", "slot"?, "steps": [{"op", "params"?}]}]}. Every macro
    // that reads is kept; one that does not is reported with its raw JSON. `nowMs` is
    // the instant relative values are tried at, to check them against the catalog.
    static Loaded fromJson(const QByteArray &json, qint64 nowMs);
    // The document for `macros`, followed by `kept` (raw macros that did not read), so
    // saving never drops what the agent has not fixed or deleted.
    static QByteArray toJson(const QList<EditMacro> &macros, const QList<QByteArray> &kept = {});

    // The problems of one step, field by field ("op", "params.date"), as fromJson finds them.
    static QList<FieldError> checkStep(const MacroStep &step, qint64 nowMs);
    // The problems of a whole macro (name, slot, each step as "steps[1].params.date"),
    // `others` being the rest of the list (for duplicate names and slots).
    static QList<FieldError> check(const EditMacro &macro, const QList<EditMacro> &others, qint64 nowMs);

    // The step's parameters with relative values made absolute for a run at `nowMs`:
    // dates from `today` (the user's calendar date, never before the UTC date the
    // catalog counts from; "next_delivery_day" is the first day after it that `carrier`
    // delivers), instants from `nowMs`. nullopt with `error` for a value that is not one.
    static std::optional<QByteArray> resolve(const MacroStep &step, qint64 nowMs, QDate today, QStringView carrier,
                                             QString *error);

    // "today", "tomorrow", "+3d", "next_delivery_day"; "+4h", "+2d".
    static bool isRelativeDate(QStringView text);
    static bool isRelativeInstant(QStringView text);
};

} // namespace ct
