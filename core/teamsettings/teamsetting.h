// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ct {

namespace json {
class Value;
}

// One team setting as it stands: a named, versioned JSON document the team shares
// (docs/API.md, "Team settings"). Version 0 is a setting nobody has saved yet: its
// document is the built-in default, and it has no row in the store.
struct TeamSetting
{
    qint64 id = 0; // the store's row; 0 when never saved
    QString name;
    QByteArray document; // JSON, in the setting's normal form
    qint64 version = 0;
    qint64 updatedAtMs = 0;
    QString updatedBy;

    bool isDefault() const { return version == 0; }

    // The API's representation: {"id", "name", "version", "updated_at_ms", "updated_by",
    // "document"}.
    QByteArray representation() const;
    // Reads a representation (a page of the change feed, a server's answer); nullopt with
    // `error` naming the path of a missing or mistyped field.
    static std::optional<TeamSetting> fromRepresentation(const json::Value &data, QString *error);
};

} // namespace ct
