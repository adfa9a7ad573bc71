// SPDX-License-Identifier: MIT
#pragma once

#include "carrierfeedconfig.h"
#include "rules/rulesconfig.h"
#include "store/ingestcounts.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace ct {

class Database;

// Polls carrier tracking feeds over HTTP into the store, one pass per start(): every feed
// from its first page, following RFC 8288 `Link: <...>; rel="next"` to the last page. Each
// page body goes through FeedImporter exactly as `controltower-cli ingest` reads a file
// (format detection, one transaction per page, run log); re-polling a feed stores nothing
// twice (the store deduplicates shipments and events).
//
// Feeds run side by side, each behind its own token bucket. A page that fails with a
// network error, a timeout, a retryable status (RetryPolicy::isRetryableStatus: 429,
// 5xx...) or a body that is not parseable JSON (cut off) is asked again after
// RetryPolicy's backoff, never sooner than Retry-After; after maxAttempts the feed gives
// up with a located message ("feed ups: page 3 (<url>): HTTP 500 after 8 attempts") and
// the other feeds go on. Other statuses (404...) end the feed at once.
//
// Lives on the thread that opened the Database (it stores through it); headless: QtCore,
// QtNetwork and the store only.
class CarrierFeedPoller final : public QObject
{
    Q_OBJECT

public:
    struct FeedProgress
    {
        int pagesStored = 0;
        int requests = 0;
        int retries = 0;        // requests repeated after a failure
        IngestCounts stored;    // summed over the stored pages
        int readErrors = 0;     // data errors reported while reading pages (stored anyway)
        bool running = false;
        bool finished = false;
        bool ok = false;
        QString message;        // why the feed stopped, when it did not finish

        // "3 pages, 120 new and 0 updated shipments, 1,402 new events, 2 retries"
        QString summary() const;
    };

    CarrierFeedPoller(const Database &database, QList<CarrierFeedConfig> feeds,
                      RulesConfig rules = {}, QObject *parent = nullptr);
    ~CarrierFeedPoller() override;

    // The clock stored shipments are evaluated at (exception rules), in UTC milliseconds;
    // the system clock unless set.
    void setClock(std::function<qint64()> nowMs);

    // Starts one pass over every feed. Ignored while a pass is running.
    void start();
    // Stops every feed now (requests aborted, timers dropped); each unfinished feed
    // reports feedFinished(false, "stopped"), then finished() is emitted.
    void stop();
    bool isRunning() const;

    QList<CarrierFeedConfig> feeds() const;
    FeedProgress progress(const QString &feedName) const;
    int retries(const QString &feedName) const { return progress(feedName).retries; }

    // The target of `rel="next"` in a Link header value, resolved against `base`; empty
    // when there is none.
    static QUrl nextLink(const QByteArray &linkHeader, const QUrl &base);

signals:
    void pageStored(const QString &feedName, int pageNumber, const ct::IngestCounts &counts);
    // A page failed and is asked again in `delayMs` (Retry-After honoured: a 429's wait);
    // `reason` is located ("feed ups: page 2 (<url>): HTTP 429").
    void retryScheduled(const QString &feedName, int delayMs, const QString &reason);
    void feedFinished(const QString &feedName, bool ok, const QString &message);
    void finished();

private:
    struct Feed;
    void request(Feed &feed);
    void onReply(Feed &feed);
    void retryLater(Feed &feed, const QString &reason, std::optional<qint64> retryAfterMs);
    void storePage(Feed &feed, const QByteArray &body, const QUrl &next);
    void finish(Feed &feed, bool ok, const QString &message);
    QString where(const Feed &feed) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ct
