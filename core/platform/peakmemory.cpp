// SPDX-License-Identifier: MIT
#include "platform/peakmemory.h"

#if defined(Q_OS_WIN)
#include <windows.h>
// After windows.h, which it needs. PSAPI_VERSION 2 (the default since Windows 7) maps
// GetProcessMemoryInfo to K32GetProcessMemoryInfo in kernel32: no psapi.lib to link.
#include <psapi.h>
#elif defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace ct::platform {

qint64 peakResidentBytes()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters{};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return 0;
    return static_cast<qint64>(counters.PeakWorkingSetSize);
#elif defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
#if defined(Q_OS_DARWIN)
    return static_cast<qint64>(usage.ru_maxrss);
#else
    return static_cast<qint64>(usage.ru_maxrss) * 1024;
#endif
#else
    return 0;
#endif
}

} // namespace ct::platform
