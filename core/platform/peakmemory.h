// SPDX-License-Identifier: MIT
// The process's peak resident memory, the same figure on every platform the app ships on
// (docs/PERFORMANCE.md quotes it for cold start and the benches).
#pragma once

#include <QtGlobal>

namespace ct::platform {

// The most resident memory this process has held since it started, in bytes: Linux and
// macOS from getrusage (whose ru_maxrss is in KiB on Linux and in bytes on macOS), Windows
// from the peak working set. 0 where the platform cannot tell.
qint64 peakResidentBytes();

// The same in whole MiB, as the command line reports it.
inline qint64 peakResidentMiB()
{
    return peakResidentBytes() / (1024 * 1024);
}

} // namespace ct::platform
