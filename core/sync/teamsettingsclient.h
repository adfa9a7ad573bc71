// SPDX-License-Identifier: MIT
#pragma once

#include "edits/editcatalog.h"
#include "teamsettings/teamsetting.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace ct {

// Reads and saves a team setting on the team server (GET and PUT /v1/settings/{name};
// docs/SYNC.md says why a save goes straight to the server rather than through the
// outbox). The answer comes by `finished`; nothing blocks. One request at a time: a new
// one abandons the one before (its answer is never reported).
class TeamSettingsClient final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum class Status : quint8 {
            Ok,          // `setting` is the server's (after a save: the new version)
            Invalid,     // 400: `errors` by path; nothing was saved
            Conflict,    // 412: someone saved since; `setting` is theirs
            Refused,     // 401 or 403: `message` says why (a role that may not save)
            Unreachable, // no answer, or 5xx/429: nothing is known to have changed
            Failed,      // any other answer, or one that is not a setting
        };
        Status status = Status::Failed;
        TeamSetting setting;
        QList<FieldError> errors;
        QString message; // for people
        QString role;    // fetchRole(): the user's role ("manager")
        int httpStatus = 0;

        bool ok() const { return status == Status::Ok; }
    };

    TeamSettingsClient(QUrl server, QByteArray token, QObject *parent = nullptr);
    ~TeamSettingsClient() override;

    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setCaCertificates(QList<QSslCertificate> cas) { m_cas = std::move(cas); }

    void fetch(const QString &name);
    // Who the token's user is (GET /v1/me): `role` in the result.
    void fetchRole();
    // Saves `document` as the version after `baseVersion`. A save whose answer was lost
    // and is sent again meets its own version: a 412 whose current document is this one
    // is reported as Ok.
    void save(const QString &name, const QByteArray &document, qint64 baseVersion);

Q_SIGNALS:
    void finished(const ct::TeamSettingsClient::Result &result);

private:
    void send(const QByteArray &method, const QString &name, const QByteArray &body, qint64 baseVersion);

    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_server;
    QByteArray m_token;
    QList<QSslCertificate> m_cas;
    int m_timeoutMs = 30'000;
    quint64 m_generation = 0;
};

} // namespace ct

Q_DECLARE_METATYPE(ct::TeamSettingsClient::Result)
