// SPDX-License-Identifier: MIT
#include "smtpsender.h"

#include <curl/curl.h>

#include <cstring>

namespace ct::server {

namespace {

struct Upload
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype room = static_cast<qsizetype>(size * count);
    const qsizetype n = std::min(room, upload->data->size() - upload->offset);
    if (n > 0)
        std::memcpy(buffer, upload->data->constData() + upload->offset, static_cast<size_t>(n));
    upload->offset += n;
    return static_cast<size_t>(n);
}

} // namespace

SmtpSender::SmtpSender(SmtpConfig config) : m_config(std::move(config))
{
    if (!m_config.passwordEnv.isEmpty())
        m_password = qgetenv(m_config.passwordEnv.toLocal8Bit().constData());
    m_curl = curl_easy_init();
}

SmtpSender::~SmtpSender()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

SendOutcome SmtpSender::send(const MimeMessage &message)
{
    auto *curl = static_cast<CURL *>(m_curl);
    if (!curl)
        return SendOutcome::transient(QStringLiteral("libcurl could not be started"));
    const QByteArray data = message.build();
    Upload upload{&data};
    char errorText[CURL_ERROR_SIZE] = {};
    const QByteArray url = m_config.url.toUtf8();
    const QByteArray from = '<' + m_config.fromAddress.toUtf8() + '>';
    const QByteArray to = '<' + message.toAddress.toUtf8() + '>';
    const QByteArray user = m_config.username.toUtf8();
    const QByteArray ca = m_config.caFile.toLocal8Bit();
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     m_config.tls == QLatin1String("required") ? CURLUSESSL_ALL
                     : m_config.tls == QLatin1String("try")    ? CURLUSESSL_TRY
                                                               : CURLUSESSL_NONE);
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, m_password.constData());
    }
    if (!ca.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(m_config.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(std::min(m_config.timeoutMs, 10'000)));
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);

    const CURLcode result = curl_easy_perform(curl);
    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    curl_slist_free_all(recipients);
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, nullptr);
    curl_easy_setopt(curl, CURLOPT_READDATA, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);

    const QString why = QString::fromUtf8(errorText[0] ? errorText : curl_easy_strerror(result));
    if (result == CURLE_OK)
        return SendOutcome::sent(QStringLiteral("SMTP %1: accepted by %2").arg(code).arg(m_config.url));
    const QString answer = code > 0 ? QStringLiteral("SMTP %1: %2").arg(code).arg(why) : QStringLiteral("SMTP: %1").arg(why);
    if (code >= 500 && code < 600 && code != 535 && result != CURLE_LOGIN_DENIED)
        return SendOutcome::permanent(answer);
    return SendOutcome::transient(answer);
}

} // namespace ct::server
