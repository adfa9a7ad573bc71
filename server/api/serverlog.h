// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

namespace ct::server {

// The server's log: whole lines on standard error, "controltower-server: <text>", each
// written at once and flushed (a server runs for months; a buffered line is a lost one),
// from any thread. Tests take the lines instead with setSink().
class ServerLog final
{
public:
    using Sink = std::function<void(const QString &line)>; // the line without the prefix
    static void write(const QString &text);
    // Lines go to `sink` instead of standard error (an empty sink: back to standard error).
    static void setSink(Sink sink);
};

} // namespace ct::server
