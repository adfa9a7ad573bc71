// SPDX-License-Identifier: MIT
#include "storefailurereply.h"

#include "serverlog.h"
#include "http/problem.h"

#include "json/jsonwriter.h"
#include "store/storefailure.h"

#include <QRandomGenerator>

namespace ct::server {

namespace {

QString transientDetail(StoreFailure::Kind kind)
{
    switch (kind) {
    case StoreFailure::Kind::ConnectionLost:
        return QStringLiteral("the server lost its connection to the database");
    case StoreFailure::Kind::TooManyConnections:
        return QStringLiteral("the database has no connection free");
    case StoreFailure::Kind::Serialization:
        return QStringLiteral("the request collided with another one in the database");
    default:
        return QStringLiteral("the database is busy");
    }
}

} // namespace

QString StoreFailureReply::newErrorId()
{
    return QStringLiteral("e-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

ApiReply StoreFailureReply::make(const ApiRequest &request, const QString &error)
{
    const StoreFailure failure = StoreFailure::last();
    const bool transient = failure.isTransient();
    const QString errorId = newErrorId();
    const QString requestId = request.requestId.isEmpty() ? QStringLiteral("-") : request.requestId;
    Problem p = transient
        ? Problem::make(request, 503, "store-unavailable",
                        QStringLiteral("%1; nothing was applied. Try again in %2 s (error %3)")
                            .arg(transientDetail(failure.kind)).arg(RetryAfterSeconds).arg(errorId))
        : Problem::make(request, 500, "internal",
                        QStringLiteral("the server could not complete the request because of a store error; nothing "
                                       "was applied. The server's log has it as error %1").arg(errorId));
    p.extensions = [transient, errorId, requestId](json::Writer &out) {
        if (transient)
            out.key("retry_after_s").value(RetryAfterSeconds);
        out.key("error_id").value(errorId);
        out.key("request_id").value(requestId);
    };
    ApiReply reply = p.reply();
    if (transient)
        reply.headers << qMakePair(QByteArrayLiteral("Retry-After"), QByteArray::number(RetryAfterSeconds));
    ServerLog::write(QStringLiteral("store error %1 (request %2, %3 %4, answered %5): %6")
                         .arg(errorId, requestId, QString::fromLatin1(request.method), Problem::shown(request.path))
                         .arg(reply.status)
                         .arg(error.isEmpty() ? failure.text : error));
    return reply;
}

} // namespace ct::server
