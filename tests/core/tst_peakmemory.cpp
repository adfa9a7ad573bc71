// SPDX-License-Identifier: MIT
// platform::peakResidentBytes: the peak resident memory the app and the benches report.
#include "platform/peakmemory.h"

#include <QTest>

#include <cstring>
#include <memory>

using namespace ct;

class TestPeakMemory : public QObject
{
    Q_OBJECT

private slots:
    void isTheProcessesOwnSize();
    void growsWhenMemoryIsTouched();
    void neverShrinks();
};

// A running Qt test holds at least a few MiB resident (the binary, Qt Core, the heap) and
// far less than 4 GiB: a figure in the wrong unit (KiB taken as bytes, or bytes as KiB)
// falls outside.
void TestPeakMemory::isTheProcessesOwnSize()
{
    const qint64 bytes = platform::peakResidentBytes();
    QVERIFY2(bytes > 2LL * 1024 * 1024, qPrintable(QString::number(bytes)));
    QVERIFY2(bytes < 4LL * 1024 * 1024 * 1024, qPrintable(QString::number(bytes)));
    QCOMPARE(platform::peakResidentMiB(), bytes / (1024 * 1024));
}

// Writing to 128 MiB makes every page of it resident: the peak rises by at least 100 MiB
// (the rest is slack: the peak before may stand above what is resident now).
void TestPeakMemory::growsWhenMemoryIsTouched()
{
    const qint64 before = platform::peakResidentBytes();
    constexpr std::size_t Size = 128u * 1024 * 1024;
    auto block = std::make_unique<char[]>(Size);
    std::memset(block.get(), 0x5a, Size);
    QCOMPARE(block[Size - 1], char(0x5a)); // keeps the writes from being optimised away
    const qint64 after = platform::peakResidentBytes();
    QVERIFY2(after - before >= 100LL * 1024 * 1024,
             qPrintable(QStringLiteral("before %1, after %2").arg(before).arg(after)));
}

// A peak: freeing memory does not lower it.
void TestPeakMemory::neverShrinks()
{
    qint64 peak = 0;
    {
        constexpr std::size_t Size = 32u * 1024 * 1024;
        auto block = std::make_unique<char[]>(Size);
        std::memset(block.get(), 1, Size);
        QCOMPARE(block[0], char(1));
        peak = platform::peakResidentBytes();
    }
    QVERIFY(platform::peakResidentBytes() >= peak);
}

QTEST_GUILESS_MAIN(TestPeakMemory)
#include "tst_peakmemory.moc"
