// SPDX-License-Identifier: MIT
#pragma once

#include "teamsettingdraft.h"

#include "assignment/assignmentrules.h"

#include <functional>

namespace ct {

// The assignment rules being edited in the settings page: the version they were loaded
// from, the rules as edited so far, and every error the document has now, by path, found
// by the same check the server and the store make (AssignmentRules::fromJson) or given by
// the server when it refused a save. The three tables of the page and its form are views
// of one draft.
class AssignmentDraft final : public TeamSettingDraft
{
    Q_OBJECT

public:
    explicit AssignmentDraft(QObject *parent = nullptr);

    void load(const TeamSetting &setting) override;
    const AssignmentRules &rules() const { return m_rules; }

    // Every change goes through here: `change` edits the rules, the errors are found
    // again, and changed() says so.
    void edit(const std::function<void(AssignmentRules &)> &change);

    QByteArray document() const override { return m_rules.toJson(); }
    bool isDirty() const override;
    bool takeDocument(const QByteArray &document) override;

    // A new rule's id: "rule-N", the first one not taken.
    QString newRuleId() const;

private:
    void check();

    AssignmentRules m_rules;
    QByteArray m_baseDocument; // the base in normal form
};

} // namespace ct
