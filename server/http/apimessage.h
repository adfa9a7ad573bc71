// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace ct::server {

// An HTTP request as the API sees it, independent of the HTTP library.
struct ApiRequest
{
    QByteArray method;                    // "GET"
    QByteArray target;                    // the request-target as sent: "/v1/changes?limit=5"
    QString path;                         // "/v1/changes", normalized (HttpRequestParser::normalizedPath)
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString peer;                         // the client's address: the socket's, or the one a trusted proxy forwarded
    bool loginRateTaken = false;          // a log-in already counted against its address's rate, at the front
    QString requestId;                    // the client's X-Request-Id when well-formed, else the front's own (HttpFrontend)

    QByteArray header(const char *lowerCaseName) const { return headers.value(QByteArray(lowerCaseName)); }
};

struct ApiReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiReply json(int status, QByteArray body)
    {
        ApiReply reply;
        reply.status = status;
        reply.body = std::move(body);
        return reply;
    }
};

} // namespace ct::server
