// SPDX-License-Identifier: MIT
#include "assignmentdraft.h"

#include <algorithm>

namespace ct {

AssignmentDraft::AssignmentDraft(QObject *parent)
    : TeamSettingDraft(parent)
{
}

void AssignmentDraft::load(const TeamSetting &setting)
{
    m_base = setting;
    const std::optional<AssignmentRules> rules = AssignmentRules::fromJson(setting.document, nullptr);
    m_readable = rules.has_value();
    m_rules = rules.value_or(AssignmentRules());
    m_baseDocument = m_rules.toJson();
    check();
    Q_EMIT changed();
}

void AssignmentDraft::edit(const std::function<void(AssignmentRules &)> &change)
{
    change(m_rules);
    check();
    Q_EMIT changed();
}

bool AssignmentDraft::isDirty() const
{
    return document() != m_baseDocument;
}

void AssignmentDraft::check()
{
    m_errors.clear();
    AssignmentRules::fromJson(document(), &m_errors);
}

bool AssignmentDraft::takeDocument(const QByteArray &document)
{
    const std::optional<AssignmentRules> rules = AssignmentRules::fromJson(document, nullptr);
    if (!rules)
        return false;
    edit([&](AssignmentRules &r) { r = *rules; });
    return true;
}

QString AssignmentDraft::newRuleId() const
{
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("rule-%1").arg(n);
        const bool taken = std::any_of(m_rules.rules.cbegin(), m_rules.rules.cend(),
                                       [&](const AssignmentRule &r) { return r.id == id; });
        if (!taken)
            return id;
    }
}

} // namespace ct
