// SPDX-License-Identifier: MIT
#include "serverlog.h"

#include <cstdio>
#include <mutex>

namespace ct::server {

namespace {

std::mutex &logMutex()
{
    static std::mutex mutex;
    return mutex;
}

ServerLog::Sink &sink()
{
    static ServerLog::Sink installed;
    return installed;
}

} // namespace

void ServerLog::write(const QString &text)
{
    const std::lock_guard lock(logMutex());
    if (sink()) {
        sink()(text);
        return;
    }
    const QByteArray line = QByteArrayLiteral("controltower-server: ") + text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}

void ServerLog::setSink(Sink installed)
{
    const std::lock_guard lock(logMutex());
    sink() = std::move(installed);
}

} // namespace ct::server
