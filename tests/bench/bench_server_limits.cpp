// SPDX-License-Identifier: MIT
// The server's resident memory and /v1/health latency while it is attacked at the HTTP
// level, against a real controltower-server process on loopback:
//   - N slow connections (slowloris): each sends part of a request head, then one byte a
//     second, and opens again when the server cuts it off; spread over client addresses
//     127.0.0.10 and up, `per-address` each (the server caps connections per address);
//   - M uploads of a 400 MB body each (half declared with Content-Length, half chunked),
//     sent as fast as the server takes them, again whenever the server closes;
//   - one client asking for /v1/health every 50 ms on its own connection.
// Reports the server's peak resident memory (VmHWM) against its resident memory before,
// what the uploads managed to send, how often the server cut the slow connections, and
// /v1/health p50/p99/max. Fails when the peak passes the documented bound (--bound-mb, 256
// MB: docs/SERVER.md) or /v1/health never answers (the run waits up to 30 s past its length
// for a first answer); times are reported, never asserted.
// Linux only (/proc). Run by hand; CTest runs a short smoke.
#include "benchserver.h"
#include "processfigures.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

using ct::bench::percentile;
using ct::bench::statusKiB;

ct::bench::BenchServer *benchServer = nullptr;
bool measuring = true; // false once the run is over: closes then are the bench's own

[[noreturn]] void die(const QString &message)
{
    if (benchServer)
        benchServer->die(message);
    std::fprintf(stderr, "bench_server_limits: %s\n", qPrintable(message));
    std::exit(1);
}

struct Counters
{
    qint64 slowOpened = 0;
    qint64 slowCut = 0;
    qint64 uploadsStarted = 0;
    qint64 uploadedBytes = 0;
    qint64 uploadAnswers413 = 0;
    qint64 healthFailures = 0;
    std::vector<qint64> healthMs;
};

// One slow client: part of a head, then a byte a second, reopened when cut off.
class SlowClient final : public QObject
{
public:
    SlowClient(const QUrl &server, const QHostAddress &from, Counters &counters)
        : m_server(server), m_from(from), m_counters(counters)
    {
        m_drip.setInterval(1000);
        QObject::connect(&m_drip, &QTimer::timeout, this, [this] {
            if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
                m_socket->write("a");
        });
        m_drip.start();
        open();
    }

private:
    void open()
    {
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->bind(m_from);
        QObject::connect(m_socket.get(), &QTcpSocket::connected, this, [this] {
            ++m_counters.slowOpened;
            m_socket->write("GET /v1/health HTTP/1.1\r\nHost: bench\r\nX-Slow: ");
        });
        QObject::connect(m_socket.get(), &QTcpSocket::readyRead, this, [this] { m_socket->readAll(); });
        QObject::connect(m_socket.get(), &QTcpSocket::disconnected, this, [this] {
            if (!measuring)
                return;
            ++m_counters.slowCut;
            QTimer::singleShot(100, this, [this] { open(); });
        });
        m_socket->connectToHost(m_server.host(), static_cast<quint16>(m_server.port()));
    }

    QUrl m_server;
    QHostAddress m_from;
    Counters &m_counters;
    std::unique_ptr<QTcpSocket> m_socket;
    QTimer m_drip;
};

// One client uploading a 400 MB body as fast as it is taken, again when closed.
class Uploader final : public QObject
{
public:
    Uploader(const QUrl &server, const QHostAddress &from, bool chunked, Counters &counters)
        : m_server(server), m_from(from), m_chunked(chunked), m_counters(counters), m_block(1024 * 1024, ' ')
    {
        open();
    }

private:
    static constexpr qint64 BodyBytes = 400LL * 1000 * 1000;

    void open()
    {
        m_sent = 0;
        m_answer.clear();
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->bind(m_from);
        QObject::connect(m_socket.get(), &QTcpSocket::connected, this, [this] {
            ++m_counters.uploadsStarted;
            m_socket->write(QByteArray("POST /v1/auth/token HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n")
                            + (m_chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                                         : "Content-Length: " + QByteArray::number(BodyBytes) + "\r\n")
                            + "\r\n");
            pump();
        });
        QObject::connect(m_socket.get(), &QTcpSocket::bytesWritten, this, [this](qint64 bytes) {
            m_counters.uploadedBytes += bytes;
            pump();
        });
        QObject::connect(m_socket.get(), &QTcpSocket::readyRead, this, [this] {
            m_answer += m_socket->readAll();
            if (m_answer.startsWith("HTTP/1.1 413") && !m_counted) {
                m_counted = true;
                ++m_counters.uploadAnswers413;
            }
        });
        QObject::connect(m_socket.get(), &QTcpSocket::disconnected, this, [this] {
            if (!measuring)
                return;
            m_counted = false;
            QTimer::singleShot(100, this, [this] { open(); });
        });
        m_socket->connectToHost(m_server.host(), static_cast<quint16>(m_server.port()));
    }

    // Keeps about 4 MB queued in the socket, no more.
    void pump()
    {
        while (m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesToWrite() < 4 * 1024 * 1024
               && m_sent < BodyBytes) {
            if (m_chunked)
                m_socket->write(QByteArray::number(m_block.size(), 16) + "\r\n" + m_block + "\r\n");
            else
                m_socket->write(m_block);
            m_sent += m_block.size();
        }
    }

    QUrl m_server;
    QHostAddress m_from;
    bool m_chunked;
    Counters &m_counters;
    QByteArray m_block;
    std::unique_ptr<QTcpSocket> m_socket;
    qint64 m_sent = 0;
    QByteArray m_answer;
    bool m_counted = false;
};

// GET /v1/health every 50 ms on one keep-alive connection (reopened when closed).
class HealthProbe final : public QObject
{
public:
    HealthProbe(const QUrl &server, Counters &counters) : m_server(server), m_counters(counters)
    {
        m_tick.setInterval(50);
        QObject::connect(&m_tick, &QTimer::timeout, this, [this] { ask(); });
        m_tick.start();
    }

private:
    void ask()
    {
        if (m_waiting) {
            if (m_clock.elapsed() > 5000) { // no answer in 5 s: a failure, start over
                ++m_counters.healthFailures;
                m_socket.reset();
                m_waiting = false;
            }
            return;
        }
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
            m_socket = std::make_unique<QTcpSocket>();
            m_socket->bind(QHostAddress(QStringLiteral("127.0.0.2")));
            QObject::connect(m_socket.get(), &QTcpSocket::readyRead, this, [this] {
                m_in += m_socket->readAll();
                const qsizetype end = m_in.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const qsizetype lengthAt = m_in.indexOf("Content-Length: ");
                const qint64 length = lengthAt >= 0 ? m_in.mid(lengthAt + 16, m_in.indexOf('\r', lengthAt) - lengthAt - 16).toLongLong() : 0;
                if (m_in.size() < end + 4 + length)
                    return;
                if (m_in.startsWith("HTTP/1.1 200"))
                    m_counters.healthMs.push_back(m_clock.elapsed());
                else
                    ++m_counters.healthFailures;
                m_in.remove(0, end + 4 + length);
                m_waiting = false;
            });
            m_socket->connectToHost(m_server.host(), static_cast<quint16>(m_server.port()));
        }
        m_in.clear();
        m_clock.start(); // connecting counts: a server that cannot accept is slow too
        m_waiting = true;
        m_socket->write("GET /v1/health HTTP/1.1\r\nHost: bench\r\n\r\n");
    }

    QUrl m_server;
    Counters &m_counters;
    std::unique_ptr<QTcpSocket> m_socket;
    QTimer m_tick;
    QElapsedTimer m_clock;
    QByteArray m_in;
    bool m_waiting = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("slow"), QStringLiteral("Slow connections (default 1000)."), QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("per-address"), QStringLiteral("Slow connections per client address (default 25)."), QStringLiteral("N"), QStringLiteral("25")});
    parser.addOption({QStringLiteral("uploads"), QStringLiteral("400 MB uploads at once (default 10)."), QStringLiteral("M"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long (default 30)."), QStringLiteral("S"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("bound-mb"), QStringLiteral("The documented bound on the server's resident memory (default 256, "
                                                                 "docs/SERVER.md); a peak above it fails the run."),
                      QStringLiteral("MB"), QStringLiteral("256")});
    parser.process(app);
    const double boundMb = parser.value(QStringLiteral("bound-mb")).toDouble();
    const int slow = parser.value(QStringLiteral("slow")).toInt();
    const int perAddress = std::max(1, parser.value(QStringLiteral("per-address")).toInt());
    const int uploads = parser.value(QStringLiteral("uploads")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    if (slow < 0 || uploads < 0 || seconds < 1)
        die(QStringLiteral("--slow and --uploads must be 0 or more, --seconds at least 1"));

    ct::bench::BenchServer server("bench_server_limits", R"({"listen": "127.0.0.1:0", "max_connections": 2000})");
    benchServer = &server;
    server.start();
    const QUrl url = server.url();
    const qint64 pid = server.pid();
    const qint64 rssBefore = statusKiB(pid, "VmRSS");

    Counters counters;
    std::vector<std::unique_ptr<QObject>> clients;
    for (int i = 0; i < slow; ++i)
        clients.push_back(std::make_unique<SlowClient>(url, QHostAddress(QHostAddress(QStringLiteral("127.0.0.10")).toIPv4Address()
                                                                       + static_cast<quint32>(i / perAddress)),
                                                       counters));
    for (int i = 0; i < uploads; ++i)
        clients.push_back(std::make_unique<Uploader>(url, QHostAddress(QStringLiteral("127.0.1.%1").arg(i + 1)), i % 2 == 1, counters));
    HealthProbe probe(url, counters);
    qint64 rssPeakSampled = rssBefore;
    QTimer sample;
    QObject::connect(&sample, &QTimer::timeout, &app, [&] { rssPeakSampled = std::max(rssPeakSampled, statusKiB(pid, "VmRSS")); });
    sample.start(200);
    // The run lasts `seconds`, and longer until /v1/health has answered once (at most
    // FirstAnswerGraceSeconds more): on a loaded machine the first answer can take
    // longer than a short smoke run, and being slow is reported, not failed.
    constexpr int FirstAnswerGraceSeconds = 30;
    QElapsedTimer runClock;
    runClock.start();
    QTimer finish;
    QObject::connect(&finish, &QTimer::timeout, &app, [&] {
        if (runClock.elapsed() < seconds * 1000LL)
            return;
        if (!counters.healthMs.empty() || runClock.elapsed() >= (seconds + FirstAnswerGraceSeconds) * 1000LL)
            QCoreApplication::quit();
    });
    finish.start(100);
    QCoreApplication::exec();
    const qint64 hwm = statusKiB(pid, "VmHWM");
    measuring = false;
    clients.clear();
    server.stop();
    benchServer = nullptr;

    std::printf("%d s (%.1f s run): %d slow connections (%d per address), %d uploads of 400 MB\n", seconds, runClock.elapsed() / 1000.0, slow, perAddress, uploads);
    std::printf("server resident memory   before %6.1f MB   peak %6.1f MB (VmHWM; sampled peak %.1f MB)\n",
                rssBefore / 1024.0, hwm / 1024.0, rssPeakSampled / 1024.0);
    std::printf("slow connections         opened %lld, cut off by the server %lld\n",
                static_cast<long long>(counters.slowOpened), static_cast<long long>(counters.slowCut));
    std::printf("uploads                  started %lld, answered 413 %lld, %.1f MB sent in all\n",
                static_cast<long long>(counters.uploadsStarted), static_cast<long long>(counters.uploadAnswers413),
                counters.uploadedBytes / 1e6);
    std::printf("/v1/health               %zu answers, %lld failures, p50 %.0f ms, p99 %.0f ms, max %.0f ms\n",
                counters.healthMs.size(), static_cast<long long>(counters.healthFailures),
                percentile(counters.healthMs, 0.5), percentile(counters.healthMs, 0.99), percentile(counters.healthMs, 1.0));
    const double peakMb = std::max(hwm, rssPeakSampled) / 1024.0;
    std::printf("peak resident memory %.1f MB against the documented bound of %.0f MB: %s\n", peakMb, boundMb,
                peakMb <= boundMb ? "within" : "OVER");
    if (counters.healthMs.empty())
        die(QStringLiteral("/v1/health never answered"));
    // Memory is not a time: the bound holds on any machine, so it is checked.
    if (peakMb > boundMb)
        die(QStringLiteral("the server's resident memory reached %1 MB, over the bound of %2 MB").arg(peakMb, 0, 'f', 1).arg(boundMb));
    return 0;
}
