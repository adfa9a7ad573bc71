// SPDX-License-Identifier: MIT
#pragma once

#include "carrierfeedconfig.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;


namespace ct {

// One real request to a carrier feed's first page, to check a feed before relying on it
// (the desktop's Test button): the HTTP status and what it means, in words. No retries,
// nothing stored. The answer's headline names the outcome; its detail gives the first
// error the carrier sent (its JSON "error", "message", "detail"... or the first line), or
// what a body that is not JSON looks like (ContentSniffer: an HTML page from a proxy).
class FeedProbe final : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        enum class Outcome : quint8 {
            TrackingData, // 2xx with a document a supported format reads
            OtherJson,    // 2xx with JSON no format recognises
            NotJson,      // 2xx with a body that is not JSON (HTML, XML, text...)
            Unauthorized, // 401, 403: the credential is missing or wrong
            RateLimited,  // 429 (retryAfterMs: how long the carrier asks to wait)
            HttpError,    // another status
            NoAnswer,     // no HTTP reply: refused, unknown host, TLS, timeout
        };
        Outcome outcome = Outcome::NoAnswer;
        int status = 0;                   // 0 when there was no HTTP reply
        QString headline;                 // "HTTP 401: the carrier refused the credential"
        QString detail;                   // the first error, or what the body looks like
        QString format;                   // TrackingData: the format's name
        std::optional<qint64> retryAfterMs;

        bool ok() const { return outcome == Outcome::TrackingData; }
    };

    explicit FeedProbe(QObject *parent = nullptr);
    ~FeedProbe() override;

    // "Now" for an HTTP-date Retry-After, in UTC milliseconds; the system clock unless set.
    void setClock(std::function<qint64()> nowMs);

    // Asks `feed.url` once, with `feed.authHeader` when set, giving up after
    // `feed.timeoutMs` without data. A probe already running is abandoned.
    void start(const CarrierFeedConfig &feed);
    bool isRunning() const { return m_reply != nullptr; }

    // The answer for a reply (public for tests of the wording).
    static Answer describe(int status, const QByteArray &body, const QByteArray &retryAfter, qint64 nowMs);
    // The first error message of a carrier's error body, or its first line; empty if none.
    static QString firstError(const QByteArray &body);

signals:
    void finished(const ct::FeedProbe::Answer &answer);

private:
    void onReply();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = 0;
    std::function<qint64()> m_now;
};

} // namespace ct
