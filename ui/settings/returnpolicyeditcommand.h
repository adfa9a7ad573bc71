// SPDX-License-Identifier: MIT
#pragma once

#include "returnpolicydraft.h"

#include <QUndoCommand>

namespace ct {

// One step of the return policy page's undo stack: the draft before and after a change
// of one field. Changes of the same field one after another merge into one step, so
// typing a number or a list is undone whole.
class ReturnPolicyEditCommand final : public QUndoCommand
{
public:
    ReturnPolicyEditCommand(ReturnPolicyDraft &draft, ReturnPolicyDraft::State before, ReturnPolicyDraft::State after,
                            QString field, const QString &text);

    int id() const override { return 0x5250; }
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

private:
    ReturnPolicyDraft &m_draft;
    ReturnPolicyDraft::State m_before;
    ReturnPolicyDraft::State m_after;
    QString m_field;
    bool m_done = true; // made by the draft before it was pushed
};

} // namespace ct
