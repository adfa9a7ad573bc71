// SPDX-License-Identifier: MIT
#pragma once

#include "carrierfeedconfig.h"

#include <QList>
#include <QString>

#include <optional>

namespace ct {

// The file standalone feeds are kept in: a JSON object whose "carrier_feeds" array is
// what `controltower-cli poll --feeds FILE` reads (CarrierFeedConfig::fromFile), so the
// desktop's Store > Carrier Feeds and the command line share one configuration. Saving
// replaces only "carrier_feeds": other members (a server config's) are kept. Secrets are
// never in it (the keychain holds them, CredentialStore::feedKey).
class CarrierFeedFile final
{
public:
    // The desktop's file: AppSettings::CarrierFeedsFile, or carrier-feeds.json in the
    // app-data folder when that is empty.
    static QString defaultPath();

    // The feeds of `path`; an empty list when the file does not exist yet. A file that
    // cannot be read, or holds a wrong feed, is an error naming the file and the place.
    static std::optional<QList<CarrierFeedConfig>> load(const QString &path, QString *error);

    // Writes `feeds` as the file's "carrier_feeds" (atomically: a failed write leaves the
    // old file whole). Refuses, naming the reason, when the existing file is not a JSON
    // object (it would be lost) or the folder cannot be written.
    static bool save(const QString &path, const QList<CarrierFeedConfig> &feeds, QString *error);
};

} // namespace ct
