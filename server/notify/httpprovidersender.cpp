// SPDX-License-Identifier: MIT
#include "httpprovidersender.h"

#include "json/jsonwriter.h"
#include "json/parser.h"

#include <QUrl>

#include <curl/curl.h>

namespace ct::server {

namespace {

size_t collect(char *data, size_t size, size_t count, void *user)
{
    static_cast<QByteArray *>(user)->append(data, static_cast<qsizetype>(size * count));
    return size * count;
}

} // namespace

HttpProviderSender::HttpProviderSender(MessageChannel channel, ProviderConfig config)
    : m_channel(channel), m_config(std::move(config))
{
    if (m_config.body.isEmpty())
        m_config.body = ProviderConfig::defaultBody(channel);
    if (!m_config.passwordEnv.isEmpty())
        m_password = qgetenv(m_config.passwordEnv.toLocal8Bit().constData());
    m_curl = curl_easy_init();
}

HttpProviderSender::~HttpProviderSender()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

QByteArray HttpProviderSender::requestBody(const QString &to, const RenderedNotification &message) const
{
    const bool json = m_config.contentType == QLatin1String("application/json");
    const auto encode = [&](const QString &value) -> QByteArray {
        if (!json)
            return QUrl::toPercentEncoding(value);
        QByteArray quoted;
        json::Writer::appendEscaped(quoted, value);
        return quoted;
    };
    // WhatsApp's variables as the JSON object Twilio's ContentVariables takes: {"1": ..., "2": ...}.
    json::Writer variables;
    variables.beginObject();
    for (qsizetype i = 0; i < message.whatsappVariables.size(); ++i) {
        const QByteArray key = QByteArray::number(i + 1);
        variables.key(key.constData()).value(message.whatsappVariables.at(i));
    }
    variables.endObject();
    const QByteArray variablesJson = variables.take();
    const std::pair<const char *, QByteArray> fields[] = {
        {"{{to}}", encode(to)},
        {"{{from}}", encode(m_config.from)},
        {"{{text}}", encode(message.text)},
        {"{{template}}", encode(message.whatsappTemplate)},
        {"{{language}}", encode(message.language)},
        // In JSON the object itself; in a form, its text percent-encoded.
        {"{{variables}}", json ? variablesJson : QUrl::toPercentEncoding(QString::fromUtf8(variablesJson))},
    };
    QByteArray body = m_config.body.toUtf8();
    // One pass, left to right, so a value holding "{{...}}" is never filled again.
    QByteArray out;
    for (qsizetype i = 0; i < body.size();) {
        bool replaced = false;
        for (const auto &[name, value] : fields) {
            if (body.mid(i, qsizetype(qstrlen(name))) == name) {
                out += value;
                i += qsizetype(qstrlen(name));
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out += body.at(i++);
    }
    return out;
}

SendOutcome HttpProviderSender::send(const QString &to, const RenderedNotification &message)
{
    auto *curl = static_cast<CURL *>(m_curl);
    if (!curl)
        return SendOutcome::transient(QStringLiteral("libcurl could not be started"));
    const QByteArray body = requestBody(to, message);
    const QByteArray url = m_config.url.toUtf8();
    const QByteArray user = m_config.username.toUtf8();
    const QByteArray ca = m_config.caFile.toLocal8Bit();
    curl_slist *headers = curl_slist_append(nullptr, QByteArray("Content-Type: " + m_config.contentType.toUtf8()).constData());
    headers = curl_slist_append(headers, "Accept: application/json");
    for (const auto &[name, value] : m_config.headers)
        headers = curl_slist_append(headers, QByteArray(name.toUtf8() + ": " + value.toUtf8()).constData());
    QByteArray answer;
    char errorText[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, m_password.constData());
    }
    if (!ca.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(m_config.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    const CURLcode result = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    if (result != CURLE_OK)
        return SendOutcome::transient(QStringLiteral("%1: %2").arg(m_config.url,
                                                                  QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(result))));
    const QString shown = QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(answer.left(500)).trimmed());
    if (status >= 200 && status < 300) {
        QString id;
        json::Parser parser;
        if (const auto parsed = parser.parse(answer.constData(), answer.size()); parsed && parsed->isObject())
            id = (*parsed)[m_config.messageIdField.toUtf8().constData()].toString();
        return SendOutcome::sent(shown, id);
    }
    if (status == 408 || status == 429 || status >= 500)
        return SendOutcome::transient(shown);
    return SendOutcome::permanent(shown);
}

} // namespace ct::server
