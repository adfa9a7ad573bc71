// SPDX-License-Identifier: MIT
#include "tilefetcher.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace ct::map {

namespace {
// Set on a reply this fetcher aborts itself: its end is neither an arrival nor a failure.
constexpr const char *AbortedProperty = "ctAbortedByFetcher";
constexpr const char *TileProperty = "ctTile";
} // namespace

TileFetcher::TileFetcher(TileTemplate tiles, const QString &cacheFolder, qint64 cacheBytes, QObject *parent)
    : QObject(parent), m_template(std::move(tiles)), m_network(new QNetworkAccessManager(this))
{
    auto *cache = new QNetworkDiskCache(m_network);
    cache->setCacheDirectory(cacheFolder);
    cache->setMaximumCacheSize(std::max<qint64>(1024 * 1024, cacheBytes));
    m_network->setCache(cache);
    const QString version = QCoreApplication::applicationVersion();
    m_userAgent = "ControlTower/" + (version.isEmpty() ? QByteArray("dev") : version.toUtf8())
                  + " (Qt; raster map tiles)";
}

TileFetcher::~TileFetcher()
{
    // Replies still running end without a signal.
    const auto replies = m_replies;
    m_replies.clear();
    for (QNetworkReply *reply : replies) {
        reply->setProperty(AbortedProperty, true);
        reply->abort();
    }
}

void TileFetcher::want(const std::vector<TileId> &tiles, const QSet<quint64> &askedBefore)
{
    QSet<quint64> waiting;
    for (const TileId &t : m_queue)
        waiting.insert(t.key());
    QSet<quint64> wanted;
    for (const TileId &t : tiles)
        wanted.insert(t.key());
    for (auto it = m_replies.begin(); it != m_replies.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        QNetworkReply *reply = it.value();
        it = m_replies.erase(it);
        reply->setProperty(AbortedProperty, true);
        reply->abort();
    }
    m_queue.clear();
    for (const TileId &t : tiles) {
        if (m_replies.contains(t.key()))
            continue;
        // Asked before and no longer waiting or in flight: answered, the answer on its way.
        if (askedBefore.contains(t.key()) && !waiting.contains(t.key()))
            continue;
        m_queue.push_back(t);
    }
    startNext();
}

void TileFetcher::startNext()
{
    while (int(m_replies.size()) < m_maxInFlight && !m_queue.empty()) {
        const TileId tile = m_queue.front();
        m_queue.pop_front();
        QNetworkRequest request(m_template.url(tile));
        request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
        request.setTransferTimeout(m_timeoutMs);
        QNetworkReply *reply = m_network->get(request);
        reply->setProperty(TileProperty, QVariant::fromValue(tile.key()));
        m_replies.insert(tile.key(), reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
    }
}

void TileFetcher::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply->property(AbortedProperty).toBool())
        return;
    const quint64 key = reply->property(TileProperty).toULongLong();
    m_replies.remove(key);
    const TileId tile{int(key >> 56), int((key >> 28) & 0xFFFFFFF), int(key & 0xFFFFFFF)};
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        const bool fromCache = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
        Q_EMIT tileArrived(tile, reply->readAll(), fromCache);
    } else if (status >= 300) {
        Q_EMIT tileFailed(tile, tr("server answered %1").arg(status));
    } else if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
        Q_EMIT tileFailed(tile, tr("no answer within %1 s").arg(QLocale().toString(m_timeoutMs / 1000.0, 'g', 3)));
    } else {
        Q_EMIT tileFailed(tile, tr("server not reached (%1)").arg(reply->errorString()));
    }
    startNext();
}

} // namespace ct::map
