// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

class QNetworkRequest;

namespace ct {

// Certificates a client trusts for one run besides the system's CA store, e.g. a team
// server's self-signed certificate (controltower-cli --ca-file, SyncOptions).
namespace tls {

// Every certificate of a PEM file; nullopt and a message naming the file when it cannot be
// read or holds none.
std::optional<QList<QSslCertificate>> readCaFile(const QString &path, QString *error);

// Makes `request` trust `extraCas` as well as the default CA certificates. No-op when empty.
void trust(QNetworkRequest &request, const QList<QSslCertificate> &extraCas);

} // namespace tls

} // namespace ct
