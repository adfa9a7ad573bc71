// SPDX-License-Identifier: MIT
#include "passwordhasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace ct::server {

namespace {

constexpr int HashBytes = 32;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, HashBytes);
}

// Compares without stopping at the first difference, so timing says nothing about how
// much of a guess was right.
bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

PasswordHasher::Hash PasswordHasher::hash(const QString &password, int iterations)
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray salt(reinterpret_cast<const char *>(words), sizeof words);
    return {derive(password, salt, iterations), salt, iterations};
}

bool PasswordHasher::verify(const QString &password, const Hash &stored)
{
    if (stored.iterations <= 0 || stored.salt.isEmpty())
        return false;
    return equalConstantTime(derive(password, stored.salt, stored.iterations), stored.hash);
}

} // namespace ct::server
