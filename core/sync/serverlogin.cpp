// SPDX-License-Identifier: MIT
#include "serverlogin.h"

#include "json/jsonvalue.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "net/tlstrust.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace ct {

namespace {

using Status = ServerLogin::Result::Status;

QUrl endpoint(QUrl base, const QString &path)
{
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    base.setPath(prefix + path);
    base.setQuery(QString());
    return base;
}

// A reply without an HTTP status, described for a person.
ServerLogin::Result noAnswer(const QNetworkReply &reply, const QUrl &url)
{
    ServerLogin::Result result;
    if (reply.error() == QNetworkReply::SslHandshakeFailedError) {
        result.status = Status::Tls;
        result.message = QStringLiteral("the secure connection to %1 failed: %2").arg(url.host(), reply.errorString());
        return result;
    }
    result.status = Status::Unreachable;
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        result.message = QStringLiteral("nothing answers at %1 (connection refused): is the server running, "
                                        "and is the port right?").arg(url.authority());
        break;
    case QNetworkReply::HostNotFoundError:
        result.message = QStringLiteral("the host %1 is unknown: check the address").arg(url.host());
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        result.message = QStringLiteral("%1 did not answer in time").arg(url.authority());
        break;
    default:
        result.message = QStringLiteral("%1 cannot be reached: %2").arg(url.authority(), reply.errorString());
        break;
    }
    return result;
}

QString problemDetail(const std::optional<json::Value> &body, int status)
{
    if (body && (*body)["detail"].isString())
        return (*body)["detail"].toString();
    return QStringLiteral("HTTP %1").arg(status);
}

} // namespace

ServerLogin::ServerLogin(QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
}

ServerLogin::~ServerLogin() = default;

QUrl ServerLogin::normalizedServerUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QStringLiteral("http://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return {};
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

void ServerLogin::report(Result result)
{
    m_running = false;
    Q_EMIT finished(result);
}

ServerLogin::Result ServerLogin::runToEnd(const QUrl &server, const QString &user, const QString &password)
{
    Result result;
    bool done = false;
    QEventLoop loop;
    const QMetaObject::Connection connection = connect(this, &ServerLogin::finished, &loop, [&](const Result &answer) {
        result = answer;
        done = true;
        loop.quit();
    });
    start(server, user, password);
    if (!done)
        loop.exec();
    disconnect(connection);
    return result;
}

void ServerLogin::start(const QUrl &server, const QString &user, const QString &password)
{
    const quint64 generation = ++m_generation;
    m_running = true;
    if (!server.isValid() || server.host().isEmpty()
        || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https"))) {
        Result result;
        result.status = Status::BadUrl;
        result.message = QStringLiteral("\"%1\" is not a server address; it looks like http://127.0.0.1:8787 "
                                        "or https://ct.example.com").arg(server.toString());
        QMetaObject::invokeMethod(this, [this, result, generation] {
            if (generation == m_generation)
                report(result);
        }, Qt::QueuedConnection);
        return;
    }

    json::Writer body;
    body.beginObject().key("username").value(user).key("password").value(password).endObject();
    const QUrl tokenUrl = endpoint(server, QStringLiteral("/v1/auth/token"));
    QNetworkRequest request(tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    tls::trust(request, m_cas);
    QNetworkReply *reply = m_network->post(request, body.data());
    connect(reply, &QNetworkReply::finished, this, [this, reply, server, tokenUrl, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            report(noAnswer(*reply, tokenUrl));
            return;
        }
        const QByteArray answer = reply->readAll();
        json::Parser parser;
        const auto parsed = parser.parse(answer.constData(), answer.size());
        Result result;
        if (status == 401) {
            result.status = Status::Refused;
            result.message = QStringLiteral("the server refused the sign-in: %1").arg(problemDetail(parsed, status));
            report(result);
            return;
        }
        if (status != 200 || !parsed || !(*parsed)["token"].isString()) {
            result.status = Status::NotAServer;
            result.message = QStringLiteral("%1 did not answer as a Control Tower server: %2")
                                 .arg(tokenUrl.toString(), problemDetail(parsed, status));
            report(result);
            return;
        }
        result.token = (*parsed)["token"].toString().toLatin1();
        result.role = (*parsed)["user"]["role"].toString();
        result.expiresAtMs = (*parsed)["expires_at_ms"].toInt().value_or(0);

        QNetworkRequest healthRequest(endpoint(server, QStringLiteral("/v1/health")));
        healthRequest.setRawHeader("Accept", "application/json");
        healthRequest.setTransferTimeout(m_timeoutMs);
        tls::trust(healthRequest, m_cas);
        QNetworkReply *health = m_network->get(healthRequest);
        connect(health, &QNetworkReply::finished, this, [this, health, result, generation]() mutable {
            health->deleteLater();
            if (generation != m_generation)
                return;
            const int healthStatus = health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (healthStatus == 0) {
                report(noAnswer(*health, health->url()));
                return;
            }
            const QByteArray text = health->readAll();
            json::Parser healthParser;
            const auto document = healthParser.parse(text.constData(), text.size());
            result.serverId = document ? (*document)["server_id"].toString() : QString();
            if (healthStatus != 200 || result.serverId.isEmpty()) {
                Result failed;
                failed.status = Status::NotAServer;
                failed.message = QStringLiteral("the server's health check failed: %1")
                                     .arg(problemDetail(document, healthStatus));
                report(failed);
                return;
            }
            result.status = Status::Ok;
            report(result);
        });
    });
}

} // namespace ct
