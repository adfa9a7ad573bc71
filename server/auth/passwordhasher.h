// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace ct::server {

// Slow salted password hashes: PBKDF2-HMAC-SHA256 with a random 16-byte salt and a
// configurable iteration count (stored per user, so raising it later keeps old hashes
// verifiable). OWASP's 2023 guidance for PBKDF2-HMAC-SHA256 is 600,000 iterations.
class PasswordHasher final
{
public:
    static constexpr int DefaultIterations = 600'000;

    struct Hash
    {
        QByteArray hash;
        QByteArray salt;
        int iterations = 0;
    };

    static Hash hash(const QString &password, int iterations);
    static bool verify(const QString &password, const Hash &stored);
};

} // namespace ct::server
