// SPDX-License-Identifier: MIT
#include "simtestsupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>

namespace simtest {

ct::sim::CarrierSimulator::Options options(int shipments, int pageSize)
{
    ct::sim::CarrierSimulator::Options o;
    o.shipments = shipments;
    o.pageSize = pageSize;
    o.demo.seed = 424242;
    o.demo.now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
    o.faultSeed = 7;
    return o;
}

namespace {

// True once `buffer` holds a whole reply (headers and Content-Length bytes of body).
bool complete(const QByteArray &buffer, RawReply &reply)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
    reply.status = statusLine.size() > 1 ? statusLine.at(1).toInt() : 0;
    reply.headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            reply.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = reply.headers.value("content-length").toLongLong();
    if (buffer.size() - (end + 4) < length)
        return false;
    reply.body = buffer.mid(end + 4, length);
    return true;
}

} // namespace

RawReply rawGet(const QUrl &url, int timeoutMs)
{
    RawReply reply;
    QElapsedTimer timer;
    timer.start();
    QTcpSocket socket;
    socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    QByteArray buffer;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::connected, &socket, [&] {
        socket.write("GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                     + " HTTP/1.1\r\nHost: " + url.authority().toLatin1() + "\r\n\r\n");
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        buffer += socket.readAll();
        if (complete(buffer, reply))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit); // a timeout shows as an incomplete reply
    loop.exec();
    buffer += socket.readAll();
    if (!complete(buffer, reply))
        reply.reset = buffer.isEmpty();
    reply.elapsedMs = timer.elapsed();
    return reply;
}

} // namespace simtest
