// SPDX-License-Identifier: MIT
#include "syncengine.h"

#include "json/jsonvalue.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "net/tlstrust.h"
#include "syncstore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

namespace ct {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The problem's "detail", or the body's start when it is not problem+json.
QString problemDetail(const QByteArray &body)
{
    json::Parser parser;
    const auto parsed = parser.parse(body.constData(), body.size());
    if (parsed && (*parsed)["detail"].isString())
        return (*parsed)["detail"].toString();
    return QString::fromUtf8(body.left(200));
}

} // namespace

SyncEngine::SyncEngine(const Database &database, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(std::move(options))
    , m_store(std::make_unique<SyncStore>(database))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_retry(m_options.retry)
{
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setState(State state, const QString &detail)
{
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}

QString SyncEngine::describe(const Response &response) const
{
    if (response.status == 0)
        return response.networkError;
    return QStringLiteral("HTTP %1: %2").arg(response.status).arg(problemDetail(response.body));
}

void SyncEngine::start()
{
    m_report = {};
    m_failure = Failure::None;
    m_batches = m_options.pushBatch > 1;
    m_batchAttempt = 1;
    connectToServer();
}

bool SyncEngine::runToEnd(QString *message)
{
    bool ok = false;
    QEventLoop loop;
    connect(this, &SyncEngine::finished, &loop, [&](bool success, const QString &text) {
        ok = success;
        if (message)
            *message = text;
        loop.quit();
    });
    start();
    if (m_state != State::Finished && m_state != State::Failed)
        loop.exec();
    return ok;
}

void SyncEngine::send(const QByteArray &method, const QString &path, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers, Handler handler, int attempt)
{
    QUrl url = m_options.server;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_options.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_options.token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    tls::trust(request, m_options.caCertificates);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            // Not a passing fault: asking again meets the same certificate.
            fail(QStringLiteral("TLS handshake with %1 failed: %2. Nothing was sent or stored; trust the "
                                "certificate that signed the server's (controltower-cli --ca-file FILE) or fix "
                                "the server's certificate.")
                     .arg(url.toString(QUrl::RemovePath | QUrl::RemoveQuery), reply->errorString()));
            return;
        }
        Response response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        if (response.status == 0)
            response.networkError = reply->errorString();
        const bool retryable = response.status == 0 || RetryPolicy::isRetryableStatus(response.status);
        if (!retryable) {
            handler(response);
            return;
        }
        if (!m_retry.mayAttempt(attempt + 1)) {
            m_failure = Failure::Unreachable;
            fail(QStringLiteral("%1 %2 failed %3 times; last: %4. Nothing was lost: run sync again later.")
                     .arg(QString::fromLatin1(method), url.toString(QUrl::RemoveQuery)).arg(attempt).arg(describe(response)));
            return;
        }
        const auto retryAfter = RetryPolicy::parseRetryAfterMs(reply->rawHeader("Retry-After"),
                                                               QDateTime::currentDateTimeUtc());
        const int delay = m_retry.delayMs(attempt, retryAfter);
        ++m_report.retries;
        Q_EMIT retryScheduled(delay, describe(response));
        const State resumeState = m_state;
        setState(State::Waiting, QStringLiteral("%1; retrying in %2 ms").arg(describe(response)).arg(delay));
        QTimer::singleShot(delay, this, [=, this] {
            setState(resumeState);
            send(method, path, body, headers, handler, attempt + 1);
        });
    });
}

void SyncEngine::fail(const QString &message)
{
    if (m_failure == Failure::None)
        m_failure = Failure::Other;
    setState(State::Failed, message);
    Q_EMIT finished(false, message);
}

void SyncEngine::finish()
{
    setState(State::Finished);
    QString error;
    const int open = m_store->openConflictCount(&error);
    Q_EMIT finished(true, QStringLiteral("caught up: %1 changes pulled, %2 edits pushed, %3 new conflicts, "
                                         "%4 refused; %5 open conflicts in all")
                              .arg(m_report.pulled).arg(m_report.pushed).arg(m_report.conflicts)
                              .arg(m_report.failed).arg(open));
}

void SyncEngine::connectToServer()
{
    setState(State::Connecting, m_options.server.toString());
    send("GET", QStringLiteral("/v1/me"), {}, {}, [this](const Response &me) {
        if (me.status == 401 || me.status == 403) {
            m_failure = Failure::TokenRefused;
            fail(QStringLiteral("the server refused the token (%1); log in again with "
                                "controltower-cli login").arg(problemDetail(me.body)));
            return;
        }
        if (me.status != 200) {
            fail(QStringLiteral("the server did not answer as a Control Tower server: %1").arg(describe(me)));
            return;
        }
        send("GET", QStringLiteral("/v1/health"), {}, {}, [this](const Response &health) {
            json::Parser parser;
            const auto parsed = parser.parse(health.body.constData(), health.body.size());
            const QString serverId = parsed ? (*parsed)["server_id"].toString() : QString();
            if (health.status != 200 || serverId.isEmpty()) {
                fail(QStringLiteral("the server's health check failed: %1").arg(describe(health)));
                return;
            }
            QString error;
            if (!m_store->bindToServer(m_options.server.toString(), serverId, &error)) {
                fail(error);
                return;
            }
            setState(State::Pushing);
            pushNext();
        });
    });
}

void SyncEngine::pushNext()
{
    QString error;
    Outbox outbox(m_database);
    const auto pending = m_batches ? outbox.nextPending(m_options.pushBatch, &error) : outbox.nextPending(&error);
    if (!pending) {
        fail(QStringLiteral("reading the outbox failed: %1").arg(error));
        return;
    }
    if (pending->isEmpty()) {
        setState(State::Pulling);
        pullNext();
        return;
    }
    if (m_batches) {
        pushBatch(*pending);
        return;
    }
    const OutboxEntry entry = pending->first();
    // Counted before it leaves: from here on the server may have it, so it is no longer
    // taken back. An entry taken back meanwhile is no longer pending: skip it.
    if (!m_store->beginPush(entry, nowMs(), &error)) {
        if (!error.isEmpty()) {
            fail(QStringLiteral("marking edit %1 as sent failed: %2").arg(entry.id).arg(error));
            return;
        }
        pushNext();
        return;
    }
    const QString path = QStringLiteral("/v1/%1/%2/%3").arg(entityCollection(entry.entity)).arg(entry.entityId).arg(entry.op);
    ++m_report.pushRequests;
    send("POST", path, entry.params,
         {{"If-Match", '"' + QByteArray::number(entry.baseVersion) + '"'},
          {"Idempotency-Key", entry.idempotencyKey.toLatin1()}},
         [this, entry](const Response &response) { handlePushAnswer(entry, response); });
}

void SyncEngine::handlePushAnswer(const OutboxEntry &entry, const Response &response)
{
    if (response.status == 401) {
        m_failure = Failure::TokenRefused;
        fail(QStringLiteral("the server refused the token while pushing (%1); log in again")
                 .arg(problemDetail(response.body)));
        return;
    }
    json::Parser parser;
    const auto parsed = parser.parse(response.body.constData(), response.body.size());
    const json::Value body = parsed.value_or(json::Value());
    QString error;
    bool stored = false;
    if (response.status == 200) {
        stored = m_store->acceptEdit(entry, body, nowMs(), &error);
        ++m_report.pushed;
    } else if (response.status == 412) {
        stored = m_store->recordConflict(entry, body["current"], problemDetail(response.body), nowMs(), &error);
        ++m_report.conflicts;
    } else {
        // Refused for good: bring back the server's state of the entity, then close the edit.
        const QString detail = describe(response);
        ++m_report.failed;
        send("GET", QStringLiteral("/v1/%1/%2").arg(entityCollection(entry.entity)).arg(entry.entityId), {}, {},
             [this, entry, detail](const Response &current) {
                 json::Parser currentParser;
                 const auto representation = current.status == 200
                     ? currentParser.parse(current.body.constData(), current.body.size())
                     : std::nullopt;
                 QString failError;
                 if (!m_store->failEdit(entry, detail, representation ? &*representation : nullptr, nowMs(), &failError)) {
                     fail(QStringLiteral("storing the server's answer failed: %1").arg(failError));
                     return;
                 }
                 Q_EMIT progress(m_report.pulled, m_report.pushed);
                 pushNext();
             });
        return;
    }
    if (!stored) {
        fail(QStringLiteral("storing the server's answer to edit %1 failed: %2").arg(entry.id).arg(error));
        return;
    }
    Q_EMIT progress(m_report.pulled, m_report.pushed);
    pushNext();
}

void SyncEngine::pushBatch(const QList<OutboxEntry> &pending)
{
    // A batch holds each entity once: a later edit of the same entity was made on top of
    // an earlier one, and its base version is only known once the server has answered.
    QList<OutboxEntry> batch;
    QSet<QPair<int, qint64>> entities;
    for (const OutboxEntry &entry : pending) {
        const QPair<int, qint64> entity{static_cast<int>(entry.entity), entry.entityId};
        if (entities.contains(entity))
            break;
        entities.insert(entity);
        batch << entry;
    }
    QString error;
    QList<OutboxEntry> marked;
    // Counted before they leave, as single edits are (pushNext).
    if (!m_store->beginPushes(batch, nowMs(), &marked, &error)) {
        fail(QStringLiteral("marking %1 edits as sent failed: %2").arg(batch.size()).arg(error));
        return;
    }
    if (marked.isEmpty()) {
        pushNext(); // all taken back meanwhile
        return;
    }
    json::Writer body;
    body.beginObject().key("edits").beginArray();
    for (const OutboxEntry &entry : marked)
        body.beginObject()
            .key("entity").value(entityCode(entry.entity))
            .key("id").value(entry.entityId)
            .key("op").value(entry.op)
            .key("if_match").value(entry.baseVersion)
            .key("idempotency_key").value(entry.idempotencyKey)
            .key("params").raw(entry.params)
            .endObject();
    body.endArray().endObject();
    ++m_report.pushRequests;
    send("POST", QStringLiteral("/v1/edits"), body.take(), {},
         [this, marked](const Response &response) { handleBatchAnswer(marked, response); });
}

void SyncEngine::handleBatchAnswer(const QList<OutboxEntry> &entries, const Response &response)
{
    if (response.status == 401) {
        m_failure = Failure::TokenRefused;
        fail(QStringLiteral("the server refused the token while pushing (%1); log in again")
                 .arg(problemDetail(response.body)));
        return;
    }
    if (response.status == 403 || response.status == 404 || response.status == 405 || response.status == 413) {
        // A server from before batches, or one with smaller limits: one edit a request.
        // A 403 refuses the whole batch for the user's role (an analyst): sent one at a
        // time, each edit gets its own refusal, shown on its row and in the outbox.
        // The entries stay pending, their tries counted; the same keys go out again.
        m_batches = false;
        pushNext();
        return;
    }
    json::Parser parser;
    const auto parsed = response.status == 200 ? parser.parse(response.body.constData(), response.body.size())
                                               : std::nullopt;
    const json::Value results = parsed ? (*parsed)["results"] : json::Value();
    if (response.status != 200 || !results.isArray() || results.size() != entries.size()) {
        fail(QStringLiteral("the server refused a batch of %1 edits: %2")
                 .arg(entries.size())
                 .arg(response.status == 200 ? QStringLiteral("the answer does not have one result per edit")
                                             : describe(response)));
        return;
    }
    QList<SyncStore::PushResult> verdicts;
    int undecided = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const json::Value result = results[i];
        const int status = static_cast<int>(result["status"].toInt().value_or(0));
        const json::Value problem = result["problem"];
        SyncStore::PushResult verdict{entries.at(i), SyncStore::PushResult::Verdict::Refused, result["current"], {}};
        const QString detail = problem["detail"].isString() ? problem["detail"].toString() : QString();
        if (status == 200) {
            verdict.verdict = SyncStore::PushResult::Verdict::Accepted;
            verdict.representation = result["data"];
            ++m_report.pushed;
        } else if (status == 412) {
            verdict.verdict = SyncStore::PushResult::Verdict::Conflict;
            verdict.representation = problem["current"];
            verdict.detail = detail;
            ++m_report.conflicts;
        } else if (RetryPolicy::isRetryableStatus(status)) {
            verdict.verdict = SyncStore::PushResult::Verdict::Undecided;
            verdict.detail = QStringLiteral("HTTP %1: %2").arg(status).arg(detail);
            ++undecided;
        } else {
            verdict.detail = QStringLiteral("HTTP %1: %2").arg(status).arg(detail);
            ++m_report.failed;
        }
        verdicts << verdict;
    }
    QString error;
    if (!m_store->applyPushResults(verdicts, nowMs(), &error)) {
        fail(QStringLiteral("storing the server's answer to %1 edits failed: %2").arg(entries.size()).arg(error));
        return;
    }
    Q_EMIT progress(m_report.pulled, m_report.pushed);
    if (undecided == 0) {
        m_batchAttempt = 1;
        pushNext();
        return;
    }
    // Edits the server could not decide now stay first in the queue: try again later.
    if (!m_retry.mayAttempt(m_batchAttempt + 1)) {
        m_failure = Failure::Unreachable;
        fail(QStringLiteral("the server could not decide %1 edits %2 times; nothing was lost: run sync again later")
                 .arg(undecided).arg(m_batchAttempt));
        return;
    }
    const int delay = m_retry.delayMs(m_batchAttempt++, std::nullopt);
    ++m_report.retries;
    Q_EMIT retryScheduled(delay, QStringLiteral("%1 edits undecided").arg(undecided));
    QTimer::singleShot(delay, this, [this] { pushNext(); });
}

void SyncEngine::pullNext()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    const QString cursor = m_store->cursor();
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    send("GET", QStringLiteral("/v1/changes?") + query.toString(QUrl::FullyEncoded), {}, {}, [this](const Response &response) {
        if (response.status != 200) {
            if (response.status == 401)
                m_failure = Failure::TokenRefused;
            fail(QStringLiteral("the change feed was refused: %1").arg(describe(response)));
            return;
        }
        json::Parser parser;
        json::Parser::Error parseError;
        const auto page = parser.parse(response.body.constData(), response.body.size(), &parseError);
        if (!page || !(*page)["next_cursor"].isString()) {
            fail(QStringLiteral("the change feed page is not valid: %1")
                     .arg(page ? QStringLiteral("next_cursor missing") : parseError.message));
            return;
        }
        if ((*page)["server_id"].toString() != m_store->serverId()) {
            fail(QStringLiteral("the server's identity changed during sync (%1, expected %2)")
                     .arg((*page)["server_id"].toString(), m_store->serverId()));
            return;
        }
        int applied = 0;
        QString error;
        if (!m_store->applyPage((*page)["changes"], (*page)["next_cursor"].toString(), nowMs(), &applied, &error)) {
            fail(QStringLiteral("storing a change-feed page failed: %1").arg(error));
            return;
        }
        m_report.pulled += applied;
        ++m_report.pages;
        Q_EMIT progress(m_report.pulled, m_report.pushed);
        if ((*page)["has_more"].toBool().value_or(false))
            pullNext();
        else
            finish();
    });
}

} // namespace ct
