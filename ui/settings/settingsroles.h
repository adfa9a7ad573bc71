// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

namespace ct {

// What the settings tables tell their editor delegate (SettingsEditorDelegate) about a
// cell, and what they say about its errors.
namespace SettingsRoles {

enum Role {
    EditorKind = Qt::UserRole + 1, // SettingsRoles::Editor
    Choices,                       // QVariantList of {code, label} QVariantLists
    Minimum,                       // int
    Maximum,                       // int
    SpecialText,                   // the text of Minimum ("any", "team's")
    Completions,                   // QStringList for a text
    Error,                         // the cell's errors, one per line (empty: none)
};

enum class Editor : int {
    Text,    // a line (with Completions)
    Number,  // Minimum..Maximum, Minimum showing SpecialText
    Choices, // some of Choices; EditRole is a QStringList of codes
    Choice,  // one of Choices; EditRole is its code
    Money,   // an amount in minor units (cents), EditRole a qint64; -1 is none, shown as SpecialText
};

// Codes of the Choices that stand for a team ("team:NDR desk"): choosing one leaves the
// others out.
inline constexpr char TeamPrefix[] = "team:";

} // namespace SettingsRoles

} // namespace ct
