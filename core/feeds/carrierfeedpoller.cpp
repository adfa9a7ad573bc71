// SPDX-License-Identifier: MIT
#include "carrierfeedpoller.h"

#include "ingest/contentsniffer.h"
#include "ingest/feedimporter.h"
#include "ingest/xmlfeedreader.h"
#include "json/parser.h"
#include "net/tokenbucket.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <limits>
#include <vector>

namespace ct {

struct CarrierFeedPoller::Feed
{
    Feed(CarrierFeedConfig c, qint64 nowMs)
        : config(std::move(c)), bucket(config.requestsPerSecond, config.burst, nowMs), retry(config.retry)
    {
        timer.setSingleShot(true);
        // Never sooner than asked: a coarse timer may fire 5 % early, before Retry-After.
        timer.setTimerType(Qt::PreciseTimer);
    }

    CarrierFeedConfig config;
    TokenBucket bucket;
    RetryPolicy retry;
    QUrl pageUrl;
    int page = 1;
    int attempt = 0; // attempts made at the current page
    QSet<QUrl> visited;
    QPointer<QNetworkReply> reply;
    QTimer timer; // waits: for a token, or before a retry
    FeedProgress progress;
};

struct CarrierFeedPoller::Private
{
    Private(const Database &database, RulesConfig rules) : importer(database, std::move(rules))
    {
        // A page is one transaction, however many shipments it lists.
        importer.setBatchSize(std::numeric_limits<int>::max());
        monotonic.start();
    }

    FeedImporter importer;
    json::Parser parser;
    QNetworkAccessManager network;
    QElapsedTimer monotonic;
    std::function<qint64()> now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    std::vector<std::unique_ptr<Feed>> feeds;
    int running = 0;
};

CarrierFeedPoller::CarrierFeedPoller(const Database &database, QList<CarrierFeedConfig> feeds,
                                     RulesConfig rules, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(database, std::move(rules)))
{
    for (CarrierFeedConfig &config : feeds) {
        auto feed = std::make_unique<Feed>(std::move(config), d->monotonic.elapsed());
        Feed *f = feed.get();
        connect(&f->timer, &QTimer::timeout, this, [this, f] { request(*f); });
        d->feeds.push_back(std::move(feed));
    }
}

CarrierFeedPoller::~CarrierFeedPoller()
{
    for (const auto &feed : d->feeds) {
        feed->timer.stop();
        if (feed->reply) {
            feed->reply->disconnect(this);
            feed->reply->abort();
        }
    }
}

void CarrierFeedPoller::setClock(std::function<qint64()> nowMs)
{
    d->now = std::move(nowMs);
}

QList<CarrierFeedConfig> CarrierFeedPoller::feeds() const
{
    QList<CarrierFeedConfig> list;
    for (const auto &feed : d->feeds)
        list.append(feed->config);
    return list;
}

CarrierFeedPoller::FeedProgress CarrierFeedPoller::progress(const QString &feedName) const
{
    for (const auto &feed : d->feeds) {
        if (feed->config.name == feedName)
            return feed->progress;
    }
    return {};
}

bool CarrierFeedPoller::isRunning() const
{
    return d->running > 0;
}

void CarrierFeedPoller::start()
{
    if (isRunning())
        return;
    if (d->feeds.empty()) {
        QMetaObject::invokeMethod(this, [this] { emit finished(); }, Qt::QueuedConnection);
        return;
    }
    for (const auto &feed : d->feeds) {
        feed->progress = FeedProgress();
        feed->progress.running = true;
        feed->pageUrl = feed->config.url;
        feed->page = 1;
        feed->attempt = 0;
        feed->visited = {feed->pageUrl};
        ++d->running;
    }
    for (const auto &feed : d->feeds)
        request(*feed);
}

void CarrierFeedPoller::stop()
{
    for (const auto &feed : d->feeds) {
        if (feed->progress.running)
            finish(*feed, false, where(*feed) + QStringLiteral(": stopped"));
    }
}

QString CarrierFeedPoller::where(const Feed &feed) const
{
    return QStringLiteral("feed %1: page %2 (%3)")
        .arg(feed.config.name)
        .arg(feed.page)
        .arg(feed.pageUrl.toString());
}

void CarrierFeedPoller::request(Feed &feed)
{
    if (!feed.progress.running)
        return;
    const qint64 wait = feed.bucket.tryTake(d->monotonic.elapsed());
    if (wait > 0) {
        feed.timer.start(static_cast<int>(std::min<qint64>(wait, std::numeric_limits<int>::max())));
        return;
    }
    ++feed.attempt;
    ++feed.progress.requests;
    QNetworkRequest request(feed.pageUrl);
    request.setTransferTimeout(feed.config.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ControlTower-FeedPoller"));
    if (!feed.config.authHeader.isEmpty())
        request.setRawHeader("Authorization", feed.config.authHeader);
    feed.reply = d->network.get(request);
    Feed *f = &feed;
    connect(feed.reply, &QNetworkReply::finished, this, [this, f] { onReply(*f); });
}

void CarrierFeedPoller::onReply(Feed &feed)
{
    QNetworkReply *reply = feed.reply;
    feed.reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (!feed.progress.running)
        return;

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const bool ok = reply->error() == QNetworkReply::NoError;
    if (status >= 200 && status < 300 && ok) {
        const QByteArray body = reply->readAll();
        json::Parser::Error parseError;
        if (!d->parser.parse(body.constData(), body.size(), &parseError)) {
            // Cut-off JSON is worth another try; so is a proxy's page, but say what it was.
            const ContentSniffer::Result sniffed = ContentSniffer::sniff(body);
            // An XML carrier API's answer is read by the XML formats, unless it is cut off.
            if (sniffed.kind == ContentSniffer::Kind::Xml) {
                if (XmlFeedReader::isComplete(body)) {
                    storePage(feed, body, nextLink(reply->rawHeader("Link"), reply->url()));
                    return;
                }
                retryLater(feed, QStringLiteral("the XML body is cut off (%1 bytes)").arg(body.size()), std::nullopt);
                return;
            }
            retryLater(feed,
                       sniffed.kind == ContentSniffer::Kind::Json
                           ? QStringLiteral("the body is not valid JSON (%1 bytes; %2)").arg(body.size()).arg(parseError.message)
                           : QStringLiteral("the body is not JSON: it %1 (%2 bytes)").arg(sniffed.message()).arg(body.size()),
                       std::nullopt);
            return;
        }
        storePage(feed, body, nextLink(reply->rawHeader("Link"), reply->url()));
        return;
    }
    if (status == 0 || (status >= 200 && status < 300)) {
        // No complete HTTP reply: the connection failed, was reset, or went quiet.
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                              || reply->error() == QNetworkReply::TimeoutError;
        retryLater(feed,
                   timedOut ? QStringLiteral("no data for %1 ms").arg(feed.config.timeoutMs)
                            : QStringLiteral("network error: %1").arg(reply->errorString()),
                   std::nullopt);
        return;
    }
    if (RetryPolicy::isRetryableStatus(status)) {
        retryLater(feed, QStringLiteral("HTTP %1").arg(status),
                   RetryPolicy::parseRetryAfterMs(reply->rawHeader("Retry-After"),
                                                  QDateTime::currentDateTimeUtc()));
        return;
    }
    finish(feed, false, where(feed) + QStringLiteral(": HTTP %1").arg(status));
}

void CarrierFeedPoller::retryLater(Feed &feed, const QString &reason, std::optional<qint64> retryAfterMs)
{
    if (!feed.retry.mayAttempt(feed.attempt + 1)) {
        finish(feed, false,
               where(feed) + QStringLiteral(": %1 after %2 attempts").arg(reason).arg(feed.attempt));
        return;
    }
    ++feed.progress.retries;
    const int delay = feed.retry.delayMs(feed.attempt, retryAfterMs);
    feed.timer.start(delay);
    emit retryScheduled(feed.config.name, delay, where(feed) + QStringLiteral(": ") + reason);
}

void CarrierFeedPoller::storePage(Feed &feed, const QByteArray &body, const QUrl &next)
{
    FeedImporter::Result result;
    QString error;
    int readErrors = 0;
    const bool stored = d->importer.importData(
        feed.pageUrl.toString(), body, d->now(), &result,
        [&](const FeedIssue &issue) { readErrors += issue.severity == FeedIssue::Severity::Error; },
        &error);
    if (!stored) {
        finish(feed, false, where(feed) + QStringLiteral(": the store failed: %1").arg(error));
        return;
    }
    ++feed.progress.pagesStored;
    feed.progress.stored += result.stored;
    feed.progress.readErrors += readErrors;
    emit pageStored(feed.config.name, feed.page, result.stored);
    if (!feed.progress.running)
        return; // stopped by a slot
    if (next.isEmpty()) {
        finish(feed, true,
               QStringLiteral("feed %1: %2 pages stored").arg(feed.config.name).arg(feed.progress.pagesStored));
        return;
    }
    if (feed.visited.contains(next)) {
        finish(feed, false,
               where(feed) + QStringLiteral(": Link rel=\"next\" leads back to %1").arg(next.toString()));
        return;
    }
    feed.visited.insert(next);
    feed.pageUrl = next;
    ++feed.page;
    feed.attempt = 0;
    request(feed);
}

void CarrierFeedPoller::finish(Feed &feed, bool ok, const QString &message)
{
    feed.timer.stop();
    if (QNetworkReply *reply = feed.reply) {
        feed.reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    feed.progress.running = false;
    feed.progress.finished = true;
    feed.progress.ok = ok;
    feed.progress.message = ok ? QString() : message;
    --d->running;
    emit feedFinished(feed.config.name, ok, message);
    if (d->running == 0)
        emit finished();
}

QUrl CarrierFeedPoller::nextLink(const QByteArray &linkHeader, const QUrl &base)
{
    // Link: <url>; rel="next"; title="x", <url2>; rel="prev last" (RFC 8288). Commas may
    // appear inside <...> and quoted strings, so split by hand.
    qsizetype i = 0;
    const qsizetype n = linkHeader.size();
    while (i < n) {
        const qsizetype open = linkHeader.indexOf('<', i);
        if (open < 0)
            break;
        const qsizetype close = linkHeader.indexOf('>', open + 1);
        if (close < 0)
            break;
        const QByteArray target = linkHeader.mid(open + 1, close - open - 1).trimmed();
        // The parameters run to the next comma outside quotes.
        qsizetype end = close + 1;
        bool quoted = false;
        for (; end < n; ++end) {
            const char c = linkHeader.at(end);
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
                break;
        }
        for (const QByteArray &raw : linkHeader.mid(close + 1, end - close - 1).split(';')) {
            const QByteArray param = raw.trimmed();
            const qsizetype eq = param.indexOf('=');
            if (eq < 0 || param.left(eq).trimmed().toLower() != "rel")
                continue;
            QByteArray value = param.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            for (const QByteArray &rel : value.simplified().split(' ')) {
                if (rel.toLower() == "next")
                    return base.resolved(QUrl::fromEncoded(target));
            }
        }
        i = end + 1;
    }
    return {};
}

QString CarrierFeedPoller::FeedProgress::summary() const
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return QStringLiteral("%1 %2, %3 new and %4 updated shipments, %5 new events, %6 retries")
        .arg(english.toString(pagesStored), pagesStored == 1 ? QStringLiteral("page") : QStringLiteral("pages"),
             english.toString(stored.shipmentsNew), english.toString(stored.shipmentsUpdated),
             english.toString(stored.eventsNew), english.toString(retries));
}

} // namespace ct
