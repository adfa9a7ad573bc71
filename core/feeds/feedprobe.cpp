// SPDX-License-Identifier: MIT
#include "feedprobe.h"

#include "adapters/adapterregistry.h"
#include "adapters/trackingadapter.h"
#include "ingest/contentsniffer.h"
#include "json/jsonvalue.h"
#include "json/parser.h"
#include "net/retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>

namespace ct {

namespace {

using Outcome = FeedProbe::Answer::Outcome;

// The first string among the members carriers put their error in.
QString errorIn(const json::Value &value, int depth = 0)
{
    if (depth > 3)
        return {};
    if (value.isString())
        return value.toString().trimmed();
    if (value.isArray()) {
        for (const json::Value &element : value.elements())
            return errorIn(element, depth + 1);
        return {};
    }
    if (!value.isObject())
        return {};
    for (const char *key : {"detail", "message", "error_description", "error", "errors", "title", "description",
                            "response"}) {
        const QString found = errorIn(value[key], depth + 1);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QString seconds(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    return s == 1 ? QStringLiteral("1 second") : QStringLiteral("%1 seconds").arg(QLocale::c().toString(s));
}

} // namespace

FeedProbe::FeedProbe(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    qRegisterMetaType<ct::FeedProbe::Answer>();
}

FeedProbe::~FeedProbe()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void FeedProbe::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

void FeedProbe::start(const CarrierFeedConfig &feed)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    QNetworkRequest request(feed.url);
    request.setTransferTimeout(feed.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ControlTower-FeedProbe"));
    if (!feed.authHeader.isEmpty())
        request.setRawHeader("Authorization", feed.authHeader);
    m_timeoutMs = feed.timeoutMs;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &FeedProbe::onReply);
}

void FeedProbe::onReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (status == 0) {
        Answer answer;
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                              || reply->error() == QNetworkReply::TimeoutError;
        answer.headline = timedOut ? QStringLiteral("No answer within %1").arg(seconds(m_timeoutMs))
                                   : QStringLiteral("No answer from %1").arg(reply->url().authority());
        answer.detail = timedOut ? QStringLiteral("the feed sent nothing for %1 ms").arg(m_timeoutMs)
                                 : reply->errorString();
        emit finished(answer);
        return;
    }
    emit finished(describe(status, reply->readAll(), reply->rawHeader("Retry-After"), m_now()));
}

FeedProbe::Answer FeedProbe::describe(int status, const QByteArray &body, const QByteArray &retryAfter, qint64 nowMs)
{
    Answer answer;
    answer.status = status;
    if (status >= 200 && status < 300) {
        json::Parser parser;
        const std::optional<json::Value> document = parser.parse(body.constData(), body.size());
        if (!document) {
            answer.outcome = Outcome::NotJson;
            answer.headline = QStringLiteral("HTTP %1, but the answer is not tracking data").arg(status);
            const ContentSniffer::Result sniffed = ContentSniffer::sniff(body);
            answer.detail = sniffed.kind == ContentSniffer::Kind::Json
                                ? QStringLiteral("the JSON is cut off or damaged (%1 bytes)").arg(body.size())
                                : QStringLiteral("it %1").arg(sniffed.message());
            return answer;
        }
        const json::Value first = document->isArray() && document->size() > 0 ? (*document)[0] : *document;
        if (const TrackingAdapter *adapter = AdapterRegistry::installed().detect(first)) {
            answer.outcome = Outcome::TrackingData;
            answer.format = adapter->formatName();
            answer.headline = QStringLiteral("HTTP %1: tracking data in the %2 format").arg(status).arg(answer.format);
            return answer;
        }
        answer.outcome = Outcome::OtherJson;
        answer.headline = QStringLiteral("HTTP %1, but no supported tracking format reads the answer").arg(status);
        answer.detail = firstError(body);
        return answer;
    }
    answer.detail = firstError(body);
    if (status == 401 || status == 403) {
        answer.outcome = Outcome::Unauthorized;
        answer.headline = QStringLiteral("HTTP %1: the carrier refused the credential (missing or wrong)").arg(status);
    } else if (status == 429) {
        answer.outcome = Outcome::RateLimited;
        answer.retryAfterMs = RetryPolicy::parseRetryAfterMs(retryAfter, QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()));
        answer.headline = answer.retryAfterMs
                              ? QStringLiteral("HTTP 429: rate-limited; the carrier asks to wait %1").arg(seconds(*answer.retryAfterMs))
                              : QStringLiteral("HTTP 429: rate-limited");
    } else {
        answer.outcome = Outcome::HttpError;
        answer.headline = QStringLiteral("HTTP %1").arg(status);
    }
    return answer;
}

QString FeedProbe::firstError(const QByteArray &body)
{
    json::Parser parser;
    if (const std::optional<json::Value> document = parser.parse(body.constData(), body.size())) {
        QString found = errorIn(*document);
        return found.left(300);
    }
    const ContentSniffer::Result sniffed = ContentSniffer::sniff(body);
    if (sniffed.kind == ContentSniffer::Kind::Text)
        return QString::fromUtf8(body.left(300)).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (sniffed.kind == ContentSniffer::Kind::Blank)
        return {};
    return QStringLiteral("the body %1").arg(sniffed.message());
}

} // namespace ct
