// SPDX-License-Identifier: MIT
#include "teamsettingsclient.h"

#include "json/parser.h"
#include "net/retrypolicy.h"
#include "net/tlstrust.h"
#include "teamsettings/teamsettingkind.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ct {

namespace {

// The errors[] of a problem document.
QList<FieldError> fieldErrors(const json::Value &problem)
{
    QList<FieldError> errors;
    for (const json::Value &e : problem["errors"].elements())
        errors << FieldError{e["field"].toString(), e["detail"].toString()};
    return errors;
}

} // namespace

TeamSettingsClient::TeamSettingsClient(QUrl server, QByteArray token, QObject *parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_server(std::move(server))
    , m_token(std::move(token))
{
}

TeamSettingsClient::~TeamSettingsClient() = default;

void TeamSettingsClient::fetch(const QString &name)
{
    send("GET", name, {}, -1);
}

void TeamSettingsClient::fetchRole()
{
    send("GET", QString(), {}, -1);
}

void TeamSettingsClient::save(const QString &name, const QByteArray &document, qint64 baseVersion)
{
    send("PUT", name, document, baseVersion);
}

void TeamSettingsClient::send(const QByteArray &method, const QString &name, const QByteArray &body, qint64 baseVersion)
{
    // No name: the user (GET /v1/me).
    QUrl url = m_server;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                + (name.isEmpty() ? QStringLiteral("/v1/me") : QStringLiteral("/v1/settings/") + name));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_token);
    if (method == "PUT") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("If-Match", '"' + QByteArray::number(baseVersion) + '"');
    }
    tls::trust(request, m_cas);
    const quint64 generation = ++m_generation;
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        Result result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        const QString where = url.toString(QUrl::RemoveQuery);
        if (result.httpStatus == 0 || RetryPolicy::isRetryableStatus(result.httpStatus)) {
            result.status = Result::Status::Unreachable;
            result.message = result.httpStatus == 0
                ? tr("The team server did not answer (%1): %2").arg(where, reply->errorString())
                : tr("The team server could not take it now (HTTP %1); try again in a moment").arg(result.httpStatus);
            Q_EMIT finished(result);
            return;
        }
        json::Parser parser;
        const std::optional<json::Value> root = parser.parse(answer.constData(), answer.size());
        const QString detail = root ? (*root)["detail"].toString() : QString();
        QString error;
        switch (result.httpStatus) {
        case 200:
            if (name.isEmpty() && root) {
                result.status = Result::Status::Ok;
                result.role = (*root)["role"].toString();
            } else if (const auto setting = root ? TeamSetting::fromRepresentation(*root, &error) : std::nullopt) {
                result.status = Result::Status::Ok;
                result.setting = *setting;
            } else {
                result.message = tr("The answer of %1 is not a team setting: %2").arg(where, error);
            }
            break;
        case 400:
            result.status = Result::Status::Invalid;
            result.errors = root ? fieldErrors(*root) : QList<FieldError>();
            result.message = detail;
            break;
        case 401:
        case 403:
            result.status = Result::Status::Refused;
            result.message = detail.isEmpty() ? tr("The team server refused the request (HTTP %1)").arg(result.httpStatus)
                                              : detail;
            break;
        case 412: {
            const auto theirs = root ? TeamSetting::fromRepresentation((*root)["current"], &error) : std::nullopt;
            if (!theirs) {
                result.message = tr("The team server refused the save as stale but did not say what it has: %1").arg(error);
                break;
            }
            result.setting = *theirs;
            // Our own save, answered once already (the answer was lost): it stands.
            const TeamSettingKind *kind = TeamSettingKinds::find(name);
            const std::optional<QByteArray> ours = kind ? kind->normalize(body, nullptr) : std::nullopt;
            const bool isOurs = ours && *ours == theirs->document && theirs->version == baseVersion + 1;
            result.status = isOurs ? Result::Status::Ok : Result::Status::Conflict;
            result.message = isOurs ? QString() : detail;
            break;
        }
        default:
            result.message = detail.isEmpty() ? tr("The team server answered HTTP %1").arg(result.httpStatus) : detail;
            break;
        }
        Q_EMIT finished(result);
    });
}

} // namespace ct
