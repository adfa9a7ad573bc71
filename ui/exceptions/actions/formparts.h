// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace ct {

// What every action form and the macro editor share.
namespace FormParts {

// A line in the error colour for what is wrong (hidden until it has something to say).
QLabel *errorLabel(const QString &objectName, QWidget *parent);
// A framed note at the top of a form ("No team server: ..."); in the error colour when
// it says the user cannot do this.
QLabel *notice(const QString &objectName, const QString &text, QWidget *parent, bool error);
// Asks before a form throws away what the user typed: true for Discard. Keep Editing is
// the default and Escape's answer.
bool confirmDiscard(QWidget *parent, const QString &title, const QString &question, const QString &detail);

} // namespace FormParts

} // namespace ct
