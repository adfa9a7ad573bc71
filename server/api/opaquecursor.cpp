// SPDX-License-Identifier: MIT
#include "opaquecursor.h"

#include <QByteArray>

namespace ct::server {

QString encodeCursor(const char *kind, qint64 position)
{
    const QByteArray plain = QByteArray(kind) + ':' + QByteArray::number(position);
    return QString::fromLatin1(plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeCursor(const char *kind, const QString &cursor)
{
    if (cursor.isEmpty())
        return 0;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray prefix = QByteArray(kind) + ':';
    if (!decoded || !(*decoded).startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const qint64 position = (*decoded).mid(prefix.size()).toLongLong(&ok);
    if (!ok || position < 0)
        return std::nullopt;
    return position;
}

} // namespace ct::server
