// SPDX-License-Identifier: MIT
#pragma once

#include "auth/authservice.h"
#include "http/apimessage.h"

namespace ct {
class Database;
struct TeamSettingKind;
}

namespace ct::server {

// GET and PUT /v1/settings/{name} (docs/API.md, "Team settings"): a team setting as it
// stands, with its version as the ETag, and saving a whole new document against the
// version it was edited on. Checks in order: media type (415), If-Match (428 when missing,
// 400 when not a version), the document (400, every error with its path; the one in force
// stays), the version (412 with the setting as it stands). A saved document is in the
// audit log and, through the change log, on every replica's next page of the feed.
class SettingsService final
{
public:
    explicit SettingsService(const Database &database);

    ApiReply get(const ApiRequest &request, const TeamSettingKind &kind);
    ApiReply put(const ApiRequest &request, const AuthUser &user, const TeamSettingKind &kind, qint64 nowMs);

private:
    // The advisory lock taken per setting name on PostgreSQL while one is saved.
    static constexpr int SettingLockKey = 7004;

    const Database &m_database;
};

} // namespace ct::server
