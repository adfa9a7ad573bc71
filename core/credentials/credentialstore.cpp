// SPDX-License-Identifier: MIT
#include "credentialstore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <utility>

namespace ct {

namespace {

using Status = CredentialStore::Result::Status;

Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    // On Linux QtKeychain reports a missing session bus ("Cannot autolaunch D-Bus without
    // X11 $DISPLAY") or a bus without any Secret Service as OtherError.
    case QKeychain::OtherError:
        return Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return Status::Failed;
}

// Runs `job` to completion (or timeoutMs) and describes the outcome.
CredentialStore::Result run(QKeychain::Job &job, const QString &what, int timeoutMs)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();

    CredentialStore::Result result;
    if (!done) {
        result.status = Status::Unavailable;
        result.message = QStringLiteral("the keychain did not answer within %1 s while %2").arg(timeoutMs / 1000).arg(what);
        return result;
    }
    result.status = statusOf(job.error());
    switch (result.status) {
    case Status::Ok:
        break;
    case Status::NotFound:
        result.message = QStringLiteral("nothing is stored under \"%1\" in the keychain").arg(job.key());
        break;
    case Status::Unavailable:
        result.message = QStringLiteral("no keychain service is available (%1)").arg(job.errorString());
        break;
    case Status::Denied:
    case Status::Failed:
        result.message = QStringLiteral("the keychain refused %1: %2").arg(what, job.errorString());
        break;
    }
    return result;
}

} // namespace

CredentialStore::CredentialStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{
}

CredentialStore::Result CredentialStore::read(const QString &key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    Result result = run(job, QStringLiteral("reading \"%1\"").arg(key), m_timeoutMs);
    if (result.ok())
        result.secret = job.textData();
    return result;
}

CredentialStore::Result CredentialStore::write(const QString &key, const QString &secret) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    return run(job, QStringLiteral("storing \"%1\"").arg(key), m_timeoutMs);
}

CredentialStore::Result CredentialStore::remove(const QString &key) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    return run(job, QStringLiteral("deleting \"%1\"").arg(key), m_timeoutMs);
}

QString CredentialStore::feedKey(const QString &feedName)
{
    return QStringLiteral("carrier-feed/") + feedName;
}

QString CredentialStore::serverTokenKey(const QString &serverUrl)
{
    return QStringLiteral("server-token/") + serverUrl;
}

} // namespace ct
