// SPDX-License-Identifier: MIT
#include "tilecache.h"

#include <QDir>
#include <QNetworkDiskCache>
#include <QStandardPaths>

namespace ct::map::tilecache {

QString directory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("tiles"));
}

qint64 bytesUsed(const QString &folder)
{
    if (!QDir(folder).exists())
        return 0;
    QNetworkDiskCache cache;
    cache.setMaximumCacheSize(qint64(1) << 50); // measuring must not expire anything
    cache.setCacheDirectory(folder);
    return cache.cacheSize();
}

void clear(const QString &folder)
{
    if (!QDir(folder).exists())
        return;
    QNetworkDiskCache cache;
    cache.setCacheDirectory(folder);
    cache.clear();
}

} // namespace ct::map::tilecache
