// SPDX-License-Identifier: MIT
#pragma once

#include "teamsetting.h"

#include "edits/editcatalog.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace ct {

class Database;
namespace json {
class Value;
}

// The team settings in a store (table team_settings; docs/ASSIGNMENT.md, docs/SYNC.md):
// read with their defaults, saved whole against the version they were edited on (a
// document with any error is refused and the one in force stays), and, in a replica,
// written from the server's representation. The team server and a standalone desktop
// save here; a replica receives the server's through the change feed. Use from the
// Database's thread.
class TeamSettingsStore final
{
public:
    explicit TeamSettingsStore(const Database &database);

    // The setting as it stands (version 0 with the built-in default when never saved);
    // nullopt with `error` for a name no kind has (the message lists the known ones) or
    // a store failure.
    std::optional<TeamSetting> read(QStringView name, QString *error) const;
    // A stored setting by its row (the change feed's entries); nullopt with `error` empty
    // when there is none, set when the store fails.
    std::optional<TeamSetting> readId(qint64 id, QString *error) const;

    struct PutOutcome
    {
        enum class Status : quint8 {
            Saved,
            UnknownSetting,  // `detail` names the known ones
            Invalid,         // `errors` by path; nothing changed
            VersionMismatch, // someone saved since `baseVersion`; `setting` is theirs
            StoreError,      // `detail`
        };
        Status status = Status::StoreError;
        TeamSetting setting; // saved: the new version; otherwise the one in force
        TeamSetting before;  // saved: the version it replaced
        QList<FieldError> errors;
        QString detail;

        bool ok() const { return status == Status::Saved; }
    };

    // Checks and saves `document` as the next version of `name`, if the stored one is
    // still `baseVersion` (0: never saved). In the caller's transaction.
    PutOutcome put(QStringView name, QByteArrayView document, qint64 baseVersion, const QString &actor, qint64 nowMs);
    // put() in a transaction of its own (a standalone desktop's save).
    PutOutcome save(QStringView name, QByteArrayView document, qint64 baseVersion, const QString &actor, qint64 nowMs);

    // A replica: keeps the server's representation unless the stored version is newer
    // (a page read twice changes nothing); version 0 (the server's default) removes the
    // local row. In the caller's transaction; false with `error` naming the bad field.
    bool applyReplica(const json::Value &data, QString *error);
    bool applyReplica(const TeamSetting &incoming, QString *error);
    // Forgets every stored setting (a store binding to a team server takes the team's).
    bool clear(QString *error);

private:
    const Database &m_database;
};

} // namespace ct
