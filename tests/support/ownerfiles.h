// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

namespace ct::test {

// The first of `files` that is missing, or that its group or others may read, write or
// run, as a message; empty when every one is its owner's only (mode 0600 or stricter).
inline QString notOwnersOnly(const QStringList &files)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString &name : files) {
        if (!QFile::exists(name))
            return QStringLiteral("%1: missing").arg(name);
        const QFileDevice::Permissions mode = QFile::permissions(name);
        if ((mode & others) || !(mode & QFileDevice::ReadOwner) || !(mode & QFileDevice::WriteOwner))
            return QStringLiteral("%1: mode %2").arg(name).arg(int(mode), 0, 16);
    }
    return {};
}

} // namespace ct::test
