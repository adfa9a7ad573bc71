// SPDX-License-Identifier: MIT
#include "returnpolicyeditcommand.h"

namespace ct {

ReturnPolicyEditCommand::ReturnPolicyEditCommand(ReturnPolicyDraft &draft, ReturnPolicyDraft::State before,
                                                 ReturnPolicyDraft::State after, QString field, const QString &text)
    : QUndoCommand(text)
    , m_draft(draft)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(std::move(field))
{
}

bool ReturnPolicyEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ReturnPolicyEditCommand *>(other);
    if (next->m_field != m_field || m_field.isEmpty())
        return false;
    m_after = next->m_after;
    return true;
}

void ReturnPolicyEditCommand::undo()
{
    m_draft.restore(m_before);
}

void ReturnPolicyEditCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    m_draft.restore(m_after);
}

} // namespace ct
