// SPDX-License-Identifier: MIT
// The server's HTTP/1.1 front under bad and slow clients, over real sockets on loopback:
// raw bytes written by hand, half-sent requests, oversized heads, bodies declared far
// over the limit and never sent, chunked bodies, timeouts, connection caps, keep-alive,
// pipelining and HEAD. Each case asserts the answer (status and problem type) or the
// closed connection, and that the server still answers /v1/health to another client
// meanwhile. Timeouts are set short here; no case measures how long anything took.
#include "rawclient.h"
#include "syncsupport.h"

#include "support/testclock.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace ct;
using namespace ct::server;
using namespace ct::synctest;

namespace {

QByteArray loginBody()
{
    return QStringLiteral(R"({"username":"maria","password":"%1"})").arg(Password).toUtf8();
}

} // namespace

class TestHttpFront : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<TestServer> m_server; // short timeouts, default caps

    QString path(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(name)); }

    static ServerConfig frontConfig()
    {
        ServerConfig config = testConfig();
        config.http.headerTimeoutMs = 400;
        config.http.bodyTimeoutMs = 400;
        config.http.idleTimeoutMs = 400;
        return config;
    }

    // /v1/health on a connection of its own, from `from`, answers 200.
    static bool healthAnswers(const TestServer &server, const QHostAddress &from = QHostAddress(QStringLiteral("127.0.0.2")))
    {
        RawClient other(server.url, from);
        if (!other.waitConnected())
            return false;
        other.send(rawGet("/v1/health"));
        const std::optional<RawResponse> answer = other.response();
        return answer && answer->status == 200
            && QJsonDocument::fromJson(answer->body).object().value(QStringLiteral("status")).toString() == QLatin1String("ok");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = startServer(path(QStringLiteral("server.db")), 0, frontConfig());
    }

    void cleanupTestCase() { m_server.reset(); }

    // Requests the front refuses before any work: answered with the problem, then closed.
    void refusedRequests_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");

        const QByteArray host = "Host: 127.0.0.1\r\n";
        QTest::newRow("not a request line") << QByteArray("hello there\r\n\r\n") << 400 << "malformed-request";
        QTest::newRow("no version") << QByteArray("GET /v1/health\r\n" + host + "\r\n") << 400 << "malformed-request";
        QTest::newRow("HTTP/2.0") << QByteArray("GET /v1/health HTTP/2.0\r\n" + host + "\r\n") << 505 << "http-version-not-supported";
        QTest::newRow("no Host") << QByteArray("GET /v1/health HTTP/1.1\r\n\r\n") << 400 << "malformed-request";
        QTest::newRow("two Hosts") << QByteArray("GET /v1/health HTTP/1.1\r\n" + host + host + "\r\n") << 400 << "malformed-request";
        QTest::newRow("space before colon") << QByteArray("GET /v1/health HTTP/1.1\r\nHost : x\r\n\r\n") << 400 << "malformed-request";
        QTest::newRow("folded header") << QByteArray("GET /v1/health HTTP/1.1\r\n" + host + "X-A: a\r\n b\r\n\r\n") << 400 << "malformed-request";
        QTest::newRow("NUL in a value") << QByteArray("GET /v1/health HTTP/1.1\r\n" + host + QByteArray("X-A: a\0b\r\n\r\n", 12)) << 400 << "malformed-request";
        QTest::newRow("target not a path") << QByteArray("GET v1/health HTTP/1.1\r\n" + host + "\r\n") << 400 << "malformed-request";
        QTest::newRow("control in target") << QByteArray("GET /v1/\x01 HTTP/1.1\r\n" + host + "\r\n") << 400 << "malformed-request";
        QTest::newRow("both framings") << QByteArray("POST /v1/auth/token HTTP/1.1\r\n" + host +
                                                     "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n") << 400 << "malformed-request";
        QTest::newRow("gzip coding") << QByteArray("POST /v1/auth/token HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip, chunked\r\n\r\n")
                                     << 501 << "not-implemented";
        QTest::newRow("length not a number") << QByteArray("POST /v1/auth/token HTTP/1.1\r\n" + host + "Content-Length: 12abc\r\n\r\n")
                                             << 400 << "malformed-request";
        QTest::newRow("two lengths") << QByteArray("POST /v1/auth/token HTTP/1.1\r\n" + host + "Content-Length: 5\r\nContent-Length: 6\r\n\r\n")
                                     << 400 << "malformed-request";
        QTest::newRow("headers over 16 KiB") << QByteArray("GET /v1/health HTTP/1.1\r\n" + host + "X-Pad: " + QByteArray(17'000, 'p') + "\r\n\r\n")
                                             << 431 << "header-too-large";
        QByteArray fields;
        for (int i = 0; i < 101; ++i)
            fields += "X-" + QByteArray::number(i) + ": 1\r\n";
        QTest::newRow("101 header fields") << QByteArray("GET /v1/health HTTP/1.1\r\n" + host + fields + "\r\n") << 431 << "header-too-large";
        QTest::newRow("request line over 16 KiB") << QByteArray("GET /v1/" + QByteArray(17'000, 'a') + " HTTP/1.1\r\n" + host + "\r\n")
                                                  << 414 << "uri-too-long";
        QTest::newRow("a body for a GET") << QByteArray("GET /v1/health HTTP/1.1\r\n" + host + "Content-Length: 5\r\n\r\nhello")
                                          << 413 << "payload-too-large";
        QTest::newRow("400 MB declared, never sent") << QByteArray("POST /v1/auth/token HTTP/1.1\r\n" + host +
                                                                   "Content-Type: application/json\r\nContent-Length: 400000000\r\n\r\n")
                                                     << 413 << "payload-too-large";
        QTest::newRow("chunked past the limit") << QByteArray("POST /v1/auth/token HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n"
                                                              "8000\r\n" + QByteArray(0x8000, ' ') + "\r\n8000\r\n" + QByteArray(0x8000, ' ') +
                                                              "\r\n10\r\n")
                                                << 413 << "payload-too-large";
        QTest::newRow("one chunk past the limit") << QByteArray("POST /v1/auth/token HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n"
                                                                "ffffffffffff\r\n")
                                                  << 413 << "payload-too-large";
        QTest::newRow("not a chunk size") << QByteArray("POST /v1/auth/token HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\nzz\r\n")
                                          << 400 << "malformed-request";
        QTest::newRow("a body for no route") << QByteArray("POST /v1/nothing HTTP/1.1\r\n" + host + "Content-Length: 5\r\n\r\n")
                                             << 404 << "not-found";
    }

    void refusedRequests()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, type);
        RawClient client(m_server->url);
        QVERIFY(client.waitConnected());
        client.send(bytes);
        const std::optional<RawResponse> answer = client.response();
        QVERIFY2(answer, client.unread().constData());
        QCOMPARE(answer->status, status);
        QCOMPARE(answer->header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(answer->problemType(), type);
        QCOMPARE(answer->header("connection"), QByteArray("close"));
        // The server goes on serving others while this connection is being closed.
        QVERIFY(healthAnswers(*m_server));
        QVERIFY(client.closesWithoutMore());
    }

    // A 400 MB body is refused from its Content-Length alone: the client has sent only
    // the head when the answer comes, and the body is never read.
    void hugeDeclaredBodyIsRefusedBeforeItIsSent()
    {
        RawClient client(m_server->url);
        QVERIFY(client.waitConnected());
        client.send("POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    "Expect: 100-continue\r\nContent-Length: 400000000\r\n\r\n");
        const std::optional<RawResponse> answer = client.response();
        QVERIFY(answer);
        QCOMPARE(answer->status, 413); // not 100 Continue
        QCOMPARE(answer->detail(),
                 QStringLiteral("the request body has 400000000 bytes; the limit is 65536"));
        QVERIFY(healthAnswers(*m_server));
    }

    // Bodies within the limit are served, whole or chunked, with 100 Continue when asked.
    void bodiesWithinTheLimitAreServed_data()
    {
        QTest::addColumn<QByteArray>("framing");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("expectContinue");
        const QByteArray json = loginBody();
        const QByteArray length = "Content-Length: " + QByteArray::number(json.size()) + "\r\n";
        const QByteArray chunked = QByteArray::number(10, 16) + ";ext=1\r\n" + json.first(10) + "\r\n"
            + QByteArray::number(json.size() - 10, 16) + "\r\n" + json.sliced(10) + "\r\n0\r\nX-Trailer: 1\r\n\r\n";
        QTest::newRow("Content-Length") << length << json << false;
        QTest::newRow("Content-Length, 100-continue") << QByteArray(length + "Expect: 100-continue\r\n") << json << true;
        QTest::newRow("chunked, extension and trailer") << QByteArray("Transfer-Encoding: chunked\r\n") << chunked << false;
    }

    void bodiesWithinTheLimitAreServed()
    {
        QFETCH(QByteArray, framing);
        QFETCH(QByteArray, body);
        QFETCH(bool, expectContinue);
        RawClient client(m_server->url);
        QVERIFY(client.waitConnected());
        client.send("POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + framing + "\r\n");
        if (expectContinue) {
            const std::optional<RawResponse> proceed = client.response();
            QVERIFY(proceed);
            QCOMPARE(proceed->status, 100);
        }
        client.send(body);
        const std::optional<RawResponse> answer = client.response();
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QVERIFY(QJsonDocument::fromJson(answer->body).object().value(QStringLiteral("token")).toString().startsWith(QLatin1String("ct_")));
        QCOMPARE(answer->header("connection"), QByteArray()); // kept open
        client.send(rawGet("/v1/health"));
        const std::optional<RawResponse> next = client.response();
        QVERIFY(next);
        QCOMPARE(next->status, 200);
    }

    // A head that never ends, dripped a byte at a time: the deadline counts from its first
    // byte, so progress does not keep the connection (slowloris).
    void slowHeadIsCutOff()
    {
        RawClient client(m_server->url);
        QVERIFY(client.waitConnected());
        client.send("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        int dripped = 0;
        QTimer drip;
        QObject::connect(&drip, &QTimer::timeout, [&] {
            if (!client.isClosed()) {
                client.send("a");
                ++dripped;
            }
        });
        drip.start(40);
        QVERIFY(healthAnswers(*m_server));
        const std::optional<RawResponse> answer = client.response();
        drip.stop();
        QVERIFY2(answer, client.unread().constData());
        QCOMPARE(answer->status, 408);
        QCOMPARE(answer->problemType(), QStringLiteral("request-timeout"));
        QVERIFY(client.closesWithoutMore());
        QVERIFY(dripped > 0);
    }

    // Half-sent bodies: a Content-Length and part (or none) of the body, then silence.
    void halfSentBodyIsCutOff_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("Content-Length only") << QByteArray("POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\n");
        QTest::newRow("part of the body") << QByteArray("POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                        "Content-Type: application/json\r\nContent-Length: 40\r\n\r\n{\"user");
        QTest::newRow("chunked, unfinished") << QByteArray("POST /v1/auth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                           "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"use");
    }

    void halfSentBodyIsCutOff()
    {
        QFETCH(QByteArray, bytes);
        RawClient client(m_server->url);
        QVERIFY(client.waitConnected());
        client.send(bytes);
        QVERIFY(healthAnswers(*m_server));
        const std::optional<RawResponse> answer = client.response();
        QVERIFY(answer);
        QCOMPARE(answer->status, 408);
        QVERIFY2(answer->detail().contains(QLatin1String("body")),
                 answer->body.constData());
        QVERIFY(client.closesWithoutMore());
    }

    // A connection that sends nothing, or nothing more after an answer, is closed quietly.
    void idleConnectionsAreClosed()
    {
        RawClient silent(m_server->url);
        QVERIFY(silent.waitConnected());
        RawClient done(m_server->url);
        QVERIFY(done.waitConnected());
        done.send(rawGet("/v1/health"));
        const std::optional<RawResponse> answer = done.response();
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QVERIFY(healthAnswers(*m_server));
        QVERIFY(silent.closesWithoutMore());
        QVERIFY(done.closesWithoutMore());
    }

    // Requests in one write are answered in order on the one connection; Connection: close
    // and HTTP/1.0 end it after the answer.
    void keepAliveAndPipelining()
    {
        RawClient client(m_server->url);
        QVERIFY(client.waitConnected());
        client.send(rawGet("/v1/health") + "HEAD /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + rawGet("/v1/nothing") + rawGet("/v1/me"));
        const std::optional<RawResponse> first = client.response();
        const std::optional<RawResponse> head = client.response(true);
        const std::optional<RawResponse> missing = client.response();
        const std::optional<RawResponse> me = client.response();
        QVERIFY(first && head && missing && me);
        QCOMPARE(first->status, 200);
        QCOMPARE(head->status, 200);
        QCOMPARE(head->header("content-length").toLongLong(), first->body.size());
        QCOMPARE(missing->status, 404);
        QCOMPARE(me->status, 401);
        QVERIFY(client.unread().isEmpty()); // the HEAD answer had no body
        QVERIFY(!client.isClosed());

        client.send(rawGet("/v1/health", "Connection: close\r\n"));
        std::optional<RawResponse> last = client.response();
        QVERIFY(last);
        QCOMPARE(last->status, 200);
        QCOMPARE(last->header("connection"), QByteArray("close"));
        QVERIFY(client.closesWithoutMore());

        RawClient old(m_server->url);
        QVERIFY(old.waitConnected());
        old.send("GET /v1/health HTTP/1.0\r\n\r\n");
        last = old.response();
        QVERIFY(last);
        QCOMPARE(last->status, 200);
        QVERIFY(old.closesWithoutMore());
    }

    // HEAD is GET without the body, on every GET route, with GET's status and length; 405
    // names HEAD wherever it names GET.
    void headIsServedWhereGetIs_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<bool>("withToken");
        QTest::newRow("health") << QByteArray("/v1/health") << false;
        QTest::newRow("me") << QByteArray("/v1/me") << true;
        QTest::newRow("me without a token") << QByteArray("/v1/me") << false;
        QTest::newRow("changes") << QByteArray("/v1/changes?limit=3") << true;
        QTest::newRow("a missing shipment") << QByteArray("/v1/shipments/999") << true;
        QTest::newRow("users, as an agent") << QByteArray("/v1/users") << true;
    }

    void headIsServedWhereGetIs()
    {
        QFETCH(QByteArray, path);
        QFETCH(bool, withToken);
        const QByteArray auth = withToken ? "Authorization: Bearer " + login(m_server->url, "maria") + "\r\n" : QByteArray();
        RawClient client(m_server->url);
        QVERIFY(client.waitConnected());
        client.send(rawGet(path.constData(), auth));
        const std::optional<RawResponse> full = client.response();
        client.send("HEAD " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n");
        const std::optional<RawResponse> head = client.response(true);
        QVERIFY(full && head);
        QCOMPARE(head->status, full->status);
        QCOMPARE(head->header("content-type"), full->header("content-type"));
        QCOMPARE(head->header("content-length").toLongLong(), full->body.size());
        client.send(rawGet("/v1/health"));
        const std::optional<RawResponse> after = client.response();
        QVERIFY(after);
        QCOMPARE(after->status, 200); // nothing of a body came between
    }

    void methodNotAllowedNamesTheMethods_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("DELETE on a GET route") << QByteArray("DELETE /v1/health") << QByteArray("GET, HEAD");
        QTest::newRow("HEAD on a POST route") << QByteArray("HEAD /v1/auth/token") << QByteArray("POST");
        QTest::newRow("PUT on GET and POST") << QByteArray("PUT /v1/users") << QByteArray("GET, HEAD, POST");
        QTest::newRow("OPTIONS") << QByteArray("OPTIONS /v1/changes") << QByteArray("GET, HEAD");
    }

    void methodNotAllowedNamesTheMethods()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, allow);
        RawClient client(m_server->url);
        QVERIFY(client.waitConnected());
        client.send(request + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const std::optional<RawResponse> answer = client.response(request.startsWith("HEAD"));
        QVERIFY(answer);
        QCOMPARE(answer->status, 405);
        QCOMPARE(answer->header("allow"), allow);
    }

    // Connections are capped per client address (429) and in all (503); a freed place is
    // taken again. Other addresses are served while one is at its cap.
    void connectionsAreCapped()
    {
        ServerConfig config = testConfig();
        config.http.maxConnectionsPerAddress = 3;
        config.http.maxConnections = 5;
        auto server = startServer(path(QStringLiteral("capped.db")), 0, config);
        std::vector<std::unique_ptr<RawClient>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<RawClient>(server->url));
            QVERIFY(held.back()->waitConnected());
        }
        QTRY_COMPARE(server->http->openConnections(), 3);
        RawClient over(server->url);
        QVERIFY(over.waitConnected());
        std::optional<RawResponse> answer = over.response();
        QVERIFY(answer);
        QCOMPARE(answer->status, 429);
        QCOMPARE(answer->problemType(), QStringLiteral("rate-limited"));
        QCOMPARE(answer->header("retry-after"), QByteArray("1"));
        QVERIFY(over.closesWithoutMore());

        QVERIFY(healthAnswers(*server, QHostAddress(QStringLiteral("127.0.0.2"))));
        RawClient fourth(server->url, QHostAddress(QStringLiteral("127.0.0.3")));
        QVERIFY(fourth.waitConnected());
        RawClient fifth(server->url, QHostAddress(QStringLiteral("127.0.0.4")));
        QVERIFY(fifth.waitConnected());
        QTRY_COMPARE(server->http->openConnections(), 5);
        RawClient full(server->url, QHostAddress(QStringLiteral("127.0.0.5")));
        QVERIFY(full.waitConnected());
        answer = full.response();
        QVERIFY(answer);
        QCOMPARE(answer->status, 503);
        QCOMPARE(answer->problemType(), QStringLiteral("overloaded"));
        QCOMPARE(server->http->refusedConnections(), 2);

        held.front()->close();
        fifth.close();
        QTRY_COMPARE(server->http->openConnections(), 3);
        RawClient again(server->url);
        QVERIFY(again.waitConnected());
        again.send(rawGet("/v1/health"));
        answer = again.response();
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
    }

    // Over TLS the same: a client that connects and never completes its handshake is cut
    // off by the header deadline, and an oversized head gets 431.
    void tlsClientsGetTheSameLimits()
    {
        const QString certificate = path(QStringLiteral("tls.crt"));
        const QString key = path(QStringLiteral("tls.key"));
        QString error;
        QVERIFY2(makeCertificate(certificate, key, &error), qPrintable(error));
        ServerConfig config = frontConfig();
        config.tlsCertificate = certificate;
        config.tlsKey = key;
        auto server = startServer(path(QStringLiteral("tls.db")), 0, config);
        QCOMPARE(server->url.scheme(), QStringLiteral("https"));

        QTcpSocket plain; // TCP only: the handshake never starts
        bool plainClosed = false;
        QObject::connect(&plain, &QTcpSocket::disconnected, [&] { plainClosed = true; });
        plain.connectToHost(server->url.host(), static_cast<quint16>(server->url.port()));
        QTRY_VERIFY(plain.state() == QAbstractSocket::ConnectedState);
        QTRY_COMPARE(server->http->openConnections(), 1);
        QVERIFY(healthAnswers(*server));
        QTRY_VERIFY_WITH_TIMEOUT(plainClosed, 10'000);

        RawClient client(server->url);
        QVERIFY(client.waitConnected());
        client.send("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + QByteArray(17'000, 'p') + "\r\n\r\n");
        const std::optional<RawResponse> answer = client.response();
        QVERIFY(answer);
        QCOMPARE(answer->status, 431);
        QVERIFY(client.closesWithoutMore());
    }
};

QTEST_GUILESS_MAIN(TestHttpFront)
#include "tst_httpfront.moc"
