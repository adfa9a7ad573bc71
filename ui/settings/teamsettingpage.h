// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace ct {

class TeamSettingDraft;

// One page of Team Settings, for one team setting (its TeamSettingKind): the draft it
// edits, how it names itself in the page list and in the dialog's messages, a read-only
// mode for those who may not change it, and a way to show the field of an error.
// AssignmentSettingsPage and ReturnPolicySettingsPage are the pages.
class TeamSettingPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual TeamSettingDraft &settingDraft() const = 0;
    // The TeamSettingKind's name: "assignment", "return_policy".
    virtual QString settingName() const = 0;
    // "Assignment rules", for the page list and the messages.
    virtual QString title() const = 0;
    // What is in force when nobody saved this setting yet.
    virtual QString neverSavedText() const = 0;
    // What a saved version now does ("New exceptions are assigned by it from now on.").
    virtual QString inForceText(bool onServer) const = 0;

    virtual void setReadOnly(bool readOnly) = 0;
    virtual bool isReadOnly() const = 0;
    // Shows the field of an error (its path in the document) and gives it the keyboard.
    virtual void goTo(const QString &path) = 0;
};

} // namespace ct
