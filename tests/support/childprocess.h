// SPDX-License-Identifier: MIT
// A server or tool a test starts must not outlive the test: should the test die (qFatal,
// a crash, a sanitizer's stop), the child would hold CTest's output pipe and CTest would
// wait for it (20 minutes once, for a controltower-server that tst_sync had started).
#pragma once

#include <QProcess>

#include <csignal>

#include <sys/prctl.h>

namespace ct::test {

// Call before start(): the child gets SIGKILL when the thread that started it ends.
inline void endWithTest(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

} // namespace ct::test
