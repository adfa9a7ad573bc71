// SPDX-License-Identifier: MIT
#include "passwordpolicy.h"

#include <QFile>
#include <QSet>

namespace ct::server {

namespace {

const QSet<QString> &commonPasswords()
{
    static const QSet<QString> list = [] {
        QSet<QString> out;
        QFile file(QStringLiteral(":/server/commonpasswords.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("controltower-server: the bundled list of common passwords is missing");
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.isEmpty() && !line.startsWith('#'))
                out.insert(QString::fromUtf8(line));
        return out;
    }();
    return list;
}

} // namespace

std::optional<QString> PasswordPolicy::problem(const QString &name, const QString &password)
{
    if (password.toUcs4().size() < MinimumLength)
        return QStringLiteral("the password must be at least %1 characters long").arg(MinimumLength);
    if (password.trimmed().isEmpty())
        return QStringLiteral("the password must not be only spaces");
    if (password.compare(name, Qt::CaseInsensitive) == 0)
        return QStringLiteral("the password must not be the user name");
    if (commonPasswords().contains(password.toLower()))
        return QStringLiteral("the password is one of the most common passwords; choose another");
    return std::nullopt;
}

int PasswordPolicy::commonPasswordCount()
{
    return static_cast<int>(commonPasswords().size());
}

} // namespace ct::server
