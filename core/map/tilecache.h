// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

namespace ct::map::tilecache {

// The raster tiles' disk cache (a QNetworkDiskCache folder): "tiles" in the app's cache
// location (QStandardPaths::CacheLocation).
QString directory();
// Bytes the cache in `folder` holds now.
qint64 bytesUsed(const QString &folder);
// Empties the cache in `folder`.
void clear(const QString &folder);

} // namespace ct::map::tilecache
