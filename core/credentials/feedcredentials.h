// SPDX-License-Identifier: MIT
#pragma once

#include "feeds/carrierfeedconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ct {

class CredentialStore;

// Where a carrier feed's Authorization value comes from in standalone mode (no team
// server; the app or `controltower-cli poll` polls the carriers itself):
//   - the OS keychain, under CredentialStore::feedKey(name); nothing there = no header;
//   - only when no keychain service runs (headless Linux, no Secret Service), the
//     environment variable the feed's `auth_env` names, for this run only: it is never
//     written anywhere, and a notice says so.
// Never a plain file. A keychain that is present but refuses (locked, denied) is an error:
// falling back to the environment then would hide the problem.
class FeedCredentials final
{
public:
    struct Outcome
    {
        bool ok = true;
        bool keychainAvailable = true;
        QStringList notices; // one line per feed whose source is worth telling the user
        QString error;       // when !ok: which feed, and why
    };

    // Sets `authHeader` on every feed from the keychain or, without a keychain service,
    // from the environment.
    static Outcome resolve(QList<CarrierFeedConfig> &feeds, const CredentialStore &keychain);
};

} // namespace ct
