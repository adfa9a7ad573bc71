// SPDX-License-Identifier: MIT
#pragma once

#include "carriersimulator.h"

#include <QByteArray>
#include <QMap>
#include <QUrl>

// Shared by the simulator suites: the demo data they serve, and a raw HTTP client that
// sees exactly what the server sent (QNetworkAccessManager quietly resends a request whose
// connection was reset, which would hide the fault under test).
namespace simtest {

// The simulator options the suites use: fixed seed and "now", so the data never changes.
ct::sim::CarrierSimulator::Options options(int shipments, int pageSize);

struct RawReply
{
    bool reset = false; // the connection closed without a byte of reply
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // names lowercased
    QByteArray body;
    qint64 elapsedMs = 0;
};

// GET `url` on a fresh connection, waiting up to `timeoutMs` for the whole reply.
RawReply rawGet(const QUrl &url, int timeoutMs = 5000);

} // namespace simtest
