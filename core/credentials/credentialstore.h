// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ct {

// Secrets (carrier API credentials, the team server's token) in the operating system's
// keychain through QtKeychain: the Keychain on macOS, the Credential Manager on Windows,
// the Secret Service (GNOME Keyring, KWallet) on Linux. Never in a plain file: the
// keychain's insecure fallback is off.
//
// Each call runs to completion before it returns (a local event loop, bounded by
// timeoutMs), so call it from a thread with no latency-critical work of its own: the
// command line, or the desktop's worker jobs. On headless Linux, with no session bus or
// no Secret Service, every call answers Unavailable with the reason; callers then say so
// and fall back to the environment for that run only (see FeedCredentials).
class CredentialStore final
{
public:
    struct Result
    {
        enum class Status : quint8 {
            Ok,          // read: found; write/remove: done
            NotFound,    // no secret under that key
            Unavailable, // no keychain service here (message says why)
            Denied,      // the keychain is locked or the user refused
            Failed,      // anything else (message says what)
        };
        Status status = Status::Failed;
        QString secret; // read, when Ok
        QString message;

        bool ok() const { return status == Status::Ok; }
    };

    // `service` groups the entries in the keychain ("Control Tower" in the products).
    explicit CredentialStore(QString service = QStringLiteral("Control Tower"), int timeoutMs = 15'000);

    Result read(const QString &key) const;
    Result write(const QString &key, const QString &secret) const;
    Result remove(const QString &key) const;

    const QString &service() const { return m_service; }

    // The key a carrier feed's Authorization value is stored under ("carrier-feed/ups").
    static QString feedKey(const QString &feedName);
    // The key the team server's token for `serverUrl` is stored under ("server-token/<url>").
    static QString serverTokenKey(const QString &serverUrl);

private:
    QString m_service;
    int m_timeoutMs;
};

} // namespace ct
