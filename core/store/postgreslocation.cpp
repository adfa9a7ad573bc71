// SPDX-License-Identifier: MIT
#include "postgreslocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace ct {

bool PostgresLocation::isUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
           || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<PostgresLocation> PostgresLocation::parse(const QString &url, QString *error)
{
    const QString shape = QStringLiteral("postgresql://[user[:password]@]host[:port]/dbname");
    auto fail = [&](const QString &what) -> std::optional<PostgresLocation> {
        if (error)
            *error = QStringLiteral("%1 (expected %2)").arg(what, shape);
        return std::nullopt;
    };
    if (!isUrl(url))
        return fail(QStringLiteral("not a PostgreSQL URL"));
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return fail(QStringLiteral("not a valid URL: %1").arg(parsed.errorString()));
    PostgresLocation location;
    location.user = parsed.userName(QUrl::FullyDecoded);
    location.password = parsed.password(QUrl::FullyDecoded);
    location.passwordInUrl = !location.password.isEmpty();
    if (location.password.isEmpty())
        location.password = qEnvironmentVariable("PGPASSWORD");
    location.host = parsed.host(QUrl::FullyDecoded);
    location.port = parsed.port(5432);
    location.database = parsed.path(QUrl::FullyDecoded).mid(1);
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/')))
        return fail(QStringLiteral("the URL names no database"));
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            if (!value.startsWith(QLatin1Char('/')))
                return fail(QStringLiteral("?host= must be a Unix socket's directory (an absolute path)"));
            location.host = value;
        } else {
            return fail(QStringLiteral("unknown parameter \"%1\"; only ?host=/socket/dir is understood").arg(key));
        }
    }
    return location;
}

QString PostgresLocation::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    if (!host.startsWith(QLatin1Char('/')))
        text += host;
    if (port != 5432)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + database;
    if (host.startsWith(QLatin1Char('/')))
        text += QStringLiteral("?host=") + host;
    return text;
}

} // namespace ct
