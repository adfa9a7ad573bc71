// SPDX-License-Identifier: MIT
#pragma once

#include "edits/editcatalog.h"
#include "teamsettings/teamsetting.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>

namespace ct {

// One team setting being edited on a page of Team Settings: the version it was loaded
// from, the document as edited so far, and every error the document has now, by path,
// found by the same check the server and the store make or given by the server when it
// refused a save. TeamSettingsDialog loads, saves and reports conflicts through this,
// whatever the setting is (AssignmentDraft, ReturnPolicyDraft).
class TeamSettingDraft : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts again from a stored version. One this build cannot read (saved by a newer
    // one) shows the defaults and isReadable() says so: it must not be saved over.
    virtual void load(const TeamSetting &setting) = 0;
    bool isReadable() const { return m_readable; }
    const TeamSetting &base() const { return m_base; }

    // The document as it would be saved.
    virtual QByteArray document() const = 0;
    // Edited since it was loaded (the document differs from the one in force).
    virtual bool isDirty() const = 0;
    // Takes `document` as an edit of the loaded version (mine saved over theirs after a
    // conflict); a document that does not read is refused with false.
    virtual bool takeDocument(const QByteArray &document) = 0;

    bool isValid() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }
    // The errors of one place: the field at `path` and everything inside it
    // ("rules[2].when.carriers" has "rules[2].when.carriers[0]" but not "rules[20]...").
    QStringList errorsAt(const QString &path) const;
    // The server refused the document with these (they stand until the next change).
    void setServerErrors(const QList<FieldError> &errors);

Q_SIGNALS:
    void changed();

protected:
    TeamSetting m_base;
    QList<FieldError> m_errors;
    bool m_readable = true;
};

} // namespace ct
