// SPDX-License-Identifier: MIT
#include "testclockfile.h"

#include <QFile>

namespace ct::server {

TestClockFile::TestClockFile(QString path)
    : m_path(std::move(path))
{
}

std::optional<qint64> TestClockFile::read(QString *error) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("test_clock_file %1: cannot read it: %2").arg(m_path, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.read(64).trimmed();
    bool ok = false;
    const qint64 instant = text.toLongLong(&ok);
    if (!ok || instant < 0) {
        if (error)
            *error = QStringLiteral("test_clock_file %1: \"%2\" is not an instant in UTC milliseconds")
                         .arg(m_path, QString::fromLatin1(text.left(32)));
        return std::nullopt;
    }
    m_last.store(instant);
    return instant;
}

qint64 TestClockFile::now() const
{
    return read(nullptr).value_or(m_last.load());
}

} // namespace ct::server
