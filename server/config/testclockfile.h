// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <atomic>
#include <optional>

namespace ct::server {

// Tests only (`test_clock_file`): the server's clock reads the instant (UTC ms, a decimal
// integer) written in a file, read again at each reading, so that a test passes time for a
// server process exactly, at any machine speed: nothing moves until the test writes a later
// instant (write it whole, e.g. with QSaveFile). A reading that finds the file unreadable
// or malformed (a writer halfway through) gets the last good instant. Thread-safe.
class TestClockFile final
{
public:
    explicit TestClockFile(QString path);

    // The instant in the file; nullopt with `error` naming the file and what is wrong.
    std::optional<qint64> read(QString *error) const;
    // read(), or the last instant read well.
    qint64 now() const;

private:
    QString m_path;
    mutable std::atomic<qint64> m_last{0};
};

} // namespace ct::server
