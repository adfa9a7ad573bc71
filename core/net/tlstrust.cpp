// SPDX-License-Identifier: MIT
#include "tlstrust.h"

#include <QFile>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace ct::tls {

std::optional<QList<QSslCertificate>> readCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read it: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QStringLiteral("%1: holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\")").arg(path);
        return std::nullopt;
    }
    return certificates;
}

void trust(QNetworkRequest &request, const QList<QSslCertificate> &extraCas)
{
    if (extraCas.isEmpty())
        return;
    QSslConfiguration configuration = request.sslConfiguration();
    configuration.addCaCertificates(extraCas);
    request.setSslConfiguration(configuration);
}

} // namespace ct::tls
