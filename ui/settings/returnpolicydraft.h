// SPDX-License-Identifier: MIT
#pragma once

#include "teamsettingdraft.h"

#include "returns/returnpolicy.h"

#include <QString>

#include <functional>
#include <optional>

class QUndoStack;

namespace ct {

// The return policy being edited on its page of Team Settings (docs/RETURNS.md): the
// version it was loaded from, the policy as edited so far in the form or typed in the
// JSON view, and every error by its path, found by the check the store and the server
// make (the return_policy TeamSettingKind). JSON typed that does not read is kept as
// typed, with its errors, so nothing typed is lost; the form waits until it reads. Every
// change is a step on the page's undo stack (changes of one field one after another are
// one step). A form change moves the policy's own `version` past the loaded one.
class ReturnPolicyDraft final : public TeamSettingDraft
{
    Q_OBJECT

public:
    explicit ReturnPolicyDraft(QObject *parent = nullptr);

    void load(const TeamSetting &setting) override;
    const ReturnPolicy &policy() const { return m_policy; }
    // The policy as it was loaded.
    const ReturnPolicy &basePolicy() const { return m_basePolicy; }

    // A change in the form; `field` names what changed ("windows[1].days").
    void edit(const QString &field, const std::function<void(ReturnPolicy &)> &change);
    // The JSON view's text: one that reads becomes the policy; one that does not is kept.
    void setText(const QString &text);
    // JSON typed that does not read (the form shows the last policy that did).
    const std::optional<QString> &unreadText() const { return m_text; }
    // What the JSON view shows: the unread text, or the policy laid out.
    QString text() const;

    QByteArray document() const override;
    bool isDirty() const override;
    bool takeDocument(const QByteArray &document) override;

    QUndoStack *undoStack() const { return m_undo; }

    struct State
    {
        ReturnPolicy policy;
        std::optional<QString> text;
    };
    // Puts back a state of the undo stack (ReturnPolicyEditCommand).
    void restore(const State &state);
    State state() const;

private:
    void push(const State &before, const QString &field);
    void check();

    ReturnPolicy m_policy;
    ReturnPolicy m_basePolicy;
    QByteArray m_baseDocument; // the base in normal form
    std::optional<QString> m_text;
    QUndoStack *m_undo;
};

} // namespace ct
