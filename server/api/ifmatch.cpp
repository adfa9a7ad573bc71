// SPDX-License-Identifier: MIT
#include "ifmatch.h"

#include "http/problem.h"

#include <QStringBuilder>

namespace ct::server {

QByteArray etagOf(qint64 version)
{
    return QByteArrayLiteral("\"") + QByteArray::number(version) + '"';
}

std::optional<qint64> parseIfMatch(QByteArray value)
{
    value = value.trimmed();
    if (value.startsWith("W/"))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    bool ok = false;
    const qint64 version = value.toLongLong(&ok);
    return ok && version >= 0 ? std::optional<qint64>(version) : std::nullopt;
}

ApiReply malformedIfMatch(const ApiRequest &request, const QByteArray &value)
{
    Problem p = Problem::make(request, 400, "validation",
                              QStringLiteral("If-Match \"%1\" is not a version such as \"7\"").arg(QString::fromLatin1(value)));
    p.errors << FieldError{QStringLiteral("If-Match"), p.detail};
    return p.reply();
}

} // namespace ct::server
