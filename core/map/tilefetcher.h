// SPDX-License-Identifier: MIT
#pragma once

#include "tiletemplate.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>

#include <deque>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace ct::map {

// Fetches raster tiles from a tile server (docs/MAP.md#raster-tiles), asynchronously on the
// thread it lives in, through a disk cache (QNetworkDiskCache, its size limited) that is
// preferred to the network: a tile once fetched is not asked for again. At most a few
// requests are in flight; want() replaces what is wanted, and a request for a tile no
// longer wanted is aborted. Every outcome is a signal: tileArrived with the bytes (the
// caller decodes them), or tileFailed with the reason (an HTTP status, a timeout, an
// unreachable server). Requests name Control Tower and its version (User-Agent).
class TileFetcher final : public QObject
{
    Q_OBJECT

public:
    TileFetcher(TileTemplate tiles, const QString &cacheFolder, qint64 cacheBytes, QObject *parent = nullptr);
    ~TileFetcher() override;

    // The tiles wanted now, most wanted first. Those in flight stay; those in flight and
    // not wanted are aborted (no signal); the rest wait their turn. A tile in
    // `askedBefore` was wanted by the caller's last call too: it is kept where it is (in
    // flight or waiting) and never asked for anew, since its answer may be on its way to
    // the caller already (a caller on another thread has not seen it yet).
    void want(const std::vector<TileId> &tiles, const QSet<quint64> &askedBefore = {});
    int inFlight() const { return int(m_replies.size()); }
    int queued() const { return int(m_queue.size()); }
    // A request that takes longer than this fails as timed out (default 10 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxInFlight(int n) { m_maxInFlight = std::max(1, n); }
    const TileTemplate &tileTemplate() const { return m_template; }

Q_SIGNALS:
    void tileArrived(ct::map::TileId tile, const QByteArray &bytes, bool fromCache);
    void tileFailed(ct::map::TileId tile, const QString &reason);

private:
    void startNext();
    void finished(QNetworkReply *reply);

    TileTemplate m_template;
    QNetworkAccessManager *m_network;
    QHash<quint64, QNetworkReply *> m_replies;
    std::deque<TileId> m_queue;
    QByteArray m_userAgent;
    int m_timeoutMs = 10000;
    int m_maxInFlight = 6;
};

} // namespace ct::map
