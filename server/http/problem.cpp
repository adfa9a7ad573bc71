// SPDX-License-Identifier: MIT
#include "problem.h"

#include "json/jsonwriter.h"

namespace ct::server {

QString Problem::title(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not found");
    case 405: return QStringLiteral("Method not allowed");
    case 409: return QStringLiteral("Conflict with the current state");
    case 412: return QStringLiteral("Version mismatch");
    case 413: return QStringLiteral("Payload too large");
    case 415: return QStringLiteral("Unsupported media type");
    case 422: return QStringLiteral("Unprocessable request");
    case 428: return QStringLiteral("Precondition required");
    case 429: return QStringLiteral("Too many requests");
    case 503: return QStringLiteral("Service unavailable");
    default: return QStringLiteral("Internal server error");
    }
}

ApiReply Problem::reply() const
{
    json::Writer out;
    out.beginObject();
    out.key("type").value(QStringLiteral("urn:controltower:problem:") + QLatin1String(slug));
    out.key("title").value(title(status));
    out.key("status").value(status);
    out.key("detail").value(detail);
    out.key("instance").value(instance);
    if (!errors.isEmpty()) {
        out.key("errors").beginArray();
        for (const FieldError &error : errors)
            out.beginObject().key("field").value(error.field).key("detail").value(error.detail).endObject();
        out.endArray();
    }
    if (!current.isEmpty())
        out.key("current").raw(current);
    if (extensions)
        extensions(out);
    out.endObject();
    ApiReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/problem+json");
    reply.body = out.take();
    return reply;
}

QString Problem::shown(const QString &path)
{
    constexpr qsizetype Max = 256;
    if (path.size() <= Max)
        return path;
    qsizetype cut = Max;
    for (qsizetype i = Max - 2; i < Max; ++i)
        if (path.at(i) == QLatin1Char('%'))
            cut = i;
    return path.left(cut);
}

Problem Problem::make(const ApiRequest &request, int status, const char *slug, const QString &detail)
{
    Problem p;
    p.status = status;
    p.slug = slug;
    p.detail = detail;
    p.instance = shown(request.path);
    return p;
}

ApiReply Problem::invalid(const ApiRequest &request, const QList<FieldError> &errors)
{
    const QString first = errors.isEmpty() ? QString()
        : errors.first().field.isEmpty() ? errors.first().detail
                                         : errors.first().field + QLatin1Char(' ') + errors.first().detail;
    Problem p = make(request, 400, "validation", first);
    p.errors = errors;
    return p.reply();
}

ApiReply Problem::rateLimited(const ApiRequest &request, qint64 seconds, const QString &detail)
{
    Problem p = make(request, 429, "rate-limited", detail);
    p.extensions = [seconds](json::Writer &out) { out.key("retry_after_s").value(seconds); };
    ApiReply reply = p.reply();
    reply.headers << qMakePair(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds));
    return reply;
}

ApiReply Problem::overloaded(const ApiRequest &request, const QString &detail)
{
    Problem p = make(request, 503, "overloaded", detail);
    p.extensions = [](json::Writer &out) { out.key("retry_after_s").value(1); };
    ApiReply reply = p.reply();
    reply.headers << qMakePair(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return reply;
}

} // namespace ct::server
