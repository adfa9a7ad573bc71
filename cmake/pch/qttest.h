// SPDX-License-Identifier: MIT
// Added to a test's precompiled headers (cmake/PrecompiledHeaders.cmake): Qt Test and
// the Qt Core helpers most suites use.
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
