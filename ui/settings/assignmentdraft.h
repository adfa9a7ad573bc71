// SPDX-License-Identifier: MIT
#pragma once

#include "assignment/assignmentrules.h"
#include "teamsettings/teamsetting.h"

#include <QObject>

#include <functional>

namespace ct {

// The assignment rules being edited in the settings page: the version they were loaded
// from, the rules as edited so far, and every error the document has now, by path, found
// by the same check the server and the store make (AssignmentRules::fromJson) or given by
// the server when it refused a save. The three tables of the page and its form are views
// of one draft.
class AssignmentDraft final : public QObject
{
    Q_OBJECT

public:
    explicit AssignmentDraft(QObject *parent = nullptr);

    // Starts again from a stored version. One this build cannot read (saved by a newer
    // one) shows the defaults and isReadable() says so: it must not be saved over.
    void load(const TeamSetting &setting);
    bool isReadable() const { return m_readable; }
    const TeamSetting &base() const { return m_base; }
    const AssignmentRules &rules() const { return m_rules; }

    // Every change goes through here: `change` edits the rules, the errors are found
    // again, and changed() says so.
    void edit(const std::function<void(AssignmentRules &)> &change);

    QByteArray document() const { return m_rules.toJson(); }
    // Edited since it was loaded (the document differs from the one in force).
    bool isDirty() const;
    bool isValid() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }
    // The errors of one place: the field at `path` and everything inside it
    // ("rules[2].when.carriers" has "rules[2].when.carriers[0]" but not "rules[20]...").
    QStringList errorsAt(const QString &path) const;
    // The server refused the document with these (they stand until the next change).
    void setServerErrors(const QList<FieldError> &errors);

    // A new rule's id: "rule-N", the first one not taken.
    QString newRuleId() const;

Q_SIGNALS:
    void changed();

private:
    void check();

    TeamSetting m_base;
    AssignmentRules m_rules;
    QByteArray m_baseDocument; // the base in normal form
    QList<FieldError> m_errors;
    bool m_readable = true;
};

} // namespace ct
