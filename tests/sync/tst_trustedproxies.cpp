// SPDX-License-Identifier: MIT
// The server behind reverse proxies (config `trusted_proxies`, docs/SERVER.md "Behind a
// reverse proxy"): a request from a trusted proxy is counted against the client its
// X-Forwarded-For names, walked from the right past every trusted proxy; a client cannot
// choose its address by sending the header itself; a trusted proxy's malformed header is a
// 400 naming it; bad config entries are named. Which address a request was counted against
// is read from the per-address limits over real HTTP on loopback (the test's peer is
// 127.0.0.1): a burst of one request per address, so a second request on the same address
// gets 429 and one on another address does not.
#include "rawclient.h"
#include "syncsupport.h"

#include "config/serverconfig.h"
#include "http/trustedproxies.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::server;
using namespace ct::synctest;

namespace {

QList<QPair<QByteArray, QByteArray>> forwardedFor(const QByteArray &value)
{
    return {qMakePair(QByteArrayLiteral("X-Forwarded-For"), value)};
}

QByteArray loginBody(const char *name, const QString &password)
{
    return QStringLiteral(R"({"username":"%1","password":"%2"})").arg(QLatin1String(name), password).toUtf8();
}

const QList<QPair<QByteArray, QByteArray>> &jsonType()
{
    static const QList<QPair<QByteArray, QByteArray>> headers{
        qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"))};
    return headers;
}

TrustedProxies proxies(const QStringList &entries)
{
    QString error;
    std::optional<TrustedProxies> parsed = TrustedProxies::parse(entries, &error);
    if (!parsed)
        qFatal("%s", qPrintable(error));
    return *parsed;
}

} // namespace

class TestTrustedProxies : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A server on a new store whose unauthenticated requests are limited to one per address
    // (it never refills during a test), with `trusted` as its proxies.
    std::unique_ptr<TestServer> serverTrusting(const QStringList &trusted)
    {
        ServerConfig config = testConfig();
        config.requestBurst = 1;
        config.requestsPerSecond = 0.1 / 3600;
        config.trustedProxies = proxies(trusted);
        return startServer(m_dir.filePath(QStringLiteral("%1-server.db").arg(++m_files)), 0, config);
    }

    // GET /v1/me without a token: 401 while the address it is counted against has its
    // request left, then 429.
    static int anonymousGet(const TestServer &server, const QByteArray &header)
    {
        return request(server.url, "GET", QStringLiteral("/v1/me"), {}, {},
                       header.isNull() ? QList<QPair<QByteArray, QByteArray>>{} : forwardedFor(header))
            .status;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The walk itself, computed by hand for each row.
    void clientAddress_data()
    {
        QTest::addColumn<QStringList>("trusted");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QByteArray>("header"); // null: absent
        QTest::addColumn<QString>("client");    // empty: malformed

        const QStringList loopback{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
        const QStringList chain{QStringLiteral("127.0.0.1"), QStringLiteral("10.0.0.0/8"), QStringLiteral("fd00::/8")};
        QTest::newRow("untrusted peer: header ignored") << loopback << "192.0.2.9" << QByteArray("203.0.113.1") << "192.0.2.9";
        QTest::newRow("no proxies: header ignored") << QStringList() << "127.0.0.1" << QByteArray("203.0.113.1") << "127.0.0.1";
        QTest::newRow("trusted peer, no header: the proxy itself") << loopback << "127.0.0.1" << QByteArray() << "127.0.0.1";
        QTest::newRow("one hop") << loopback << "127.0.0.1" << QByteArray("203.0.113.1") << "203.0.113.1";
        QTest::newRow("one hop over IPv6 loopback") << loopback << "::1" << QByteArray("2001:db8::7") << "2001:db8::7";
        QTest::newRow("client-written items left of it ignored")
            << loopback << "127.0.0.1" << QByteArray("1.1.1.1, 203.0.113.1") << "203.0.113.1";
        QTest::newRow("client-written junk left of it ignored")
            << loopback << "127.0.0.1" << QByteArray("<script>, 203.0.113.1") << "203.0.113.1";
        QTest::newRow("chained: past the inner proxy")
            << chain << "127.0.0.1" << QByteArray("198.51.100.7, 10.1.2.3") << "198.51.100.7";
        QTest::newRow("chained: past two, IPv6 inner")
            << chain << "127.0.0.1" << QByteArray("198.51.100.7,10.9.9.9 ,\tfd12::1") << "198.51.100.7";
        QTest::newRow("chained: a spoofed item before the first untrusted one")
            << chain << "127.0.0.1" << QByteArray("10.0.0.5, 198.51.100.7, 10.1.2.3") << "198.51.100.7";
        QTest::newRow("chained: all trusted, the farthest") << chain << "127.0.0.1" << QByteArray("10.0.0.5, 10.1.2.3")
                                                            << "10.0.0.5";
        QTest::newRow("ports and brackets")
            << chain << "127.0.0.1" << QByteArray("[2001:db8::1]:4711, 10.1.2.3:80") << "2001:db8::1";
        QTest::newRow("IPv4 with a port") << loopback << "127.0.0.1" << QByteArray("203.0.113.1:5000") << "203.0.113.1";
        QTest::newRow("IPv6 written longhand is one address")
            << loopback << "127.0.0.1" << QByteArray("2001:DB8:0:0::1") << "2001:db8::1";
        QTest::newRow("IPv4-mapped IPv6 counts as IPv4")
            << loopback << "127.0.0.1" << QByteArray("::ffff:203.0.113.1") << "203.0.113.1";
        QTest::newRow("malformed: a name") << loopback << "127.0.0.1" << QByteArray("client.example") << "";
        QTest::newRow("malformed: empty item") << loopback << "127.0.0.1" << QByteArray("203.0.113.1, ") << "";
        QTest::newRow("malformed: short IPv4") << loopback << "127.0.0.1" << QByteArray("10.1") << "";
        QTest::newRow("malformed: octet over 255") << loopback << "127.0.0.1" << QByteArray("203.0.113.256") << "";
        QTest::newRow("malformed: port over 65535") << loopback << "127.0.0.1" << QByteArray("203.0.113.1:65536") << "";
        QTest::newRow("malformed: unclosed bracket") << loopback << "127.0.0.1" << QByteArray("[2001:db8::1") << "";
        QTest::newRow("malformed: IPv4 in brackets") << loopback << "127.0.0.1" << QByteArray("[203.0.113.1]") << "";
        QTest::newRow("malformed: a zone") << loopback << "127.0.0.1" << QByteArray("fe80::1%eth0") << "";
        QTest::newRow("malformed behind a trusted item")
            << chain << "127.0.0.1" << QByteArray("nonsense, 10.1.2.3") << "";
    }

    void clientAddress()
    {
        QFETCH(QStringList, trusted);
        QFETCH(QString, peer);
        QFETCH(QByteArray, header);
        QFETCH(QString, client);
        QString error;
        const std::optional<QString> found = proxies(trusted).clientAddress(peer, header, &error);
        if (client.isEmpty()) {
            QVERIFY2(!found, qPrintable(found.value_or(QString())));
            QVERIFY2(error.startsWith(QStringLiteral("X-Forwarded-For from the trusted proxy %1: item ").arg(peer)),
                     qPrintable(error));
            QVERIFY2(error.endsWith(QStringLiteral("is not an IP address")), qPrintable(error));
            return;
        }
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(*found, client);
    }

    void malformedItemIsNamed()
    {
        QString error;
        QVERIFY(!proxies({QStringLiteral("127.0.0.1")}).clientAddress(QStringLiteral("127.0.0.1"), "203.0.113.1, bad, 127.0.0.1", &error));
        QCOMPARE(error, QStringLiteral("X-Forwarded-For from the trusted proxy 127.0.0.1: item 2 of 3, \"bad\", is not an IP address"));
    }

    void rangesMatch_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("inside");
        QTest::newRow("/8 first") << "10.0.0.0/8" << "10.0.0.0" << true;
        QTest::newRow("/8 last") << "10.0.0.0/8" << "10.255.255.255" << true;
        QTest::newRow("/8 next") << "10.0.0.0/8" << "11.0.0.0" << false;
        QTest::newRow("/12 inside") << "172.16.0.0/12" << "172.31.255.1" << true;
        QTest::newRow("/12 outside") << "172.16.0.0/12" << "172.32.0.1" << false;
        QTest::newRow("single address") << "192.0.2.7" << "192.0.2.7" << true;
        QTest::newRow("single address, neighbour") << "192.0.2.7" << "192.0.2.8" << false;
        QTest::newRow("/0 is everything") << "0.0.0.0/0" << "198.51.100.1" << true;
        QTest::newRow("IPv4 range, IPv6 address") << "0.0.0.0/0" << "2001:db8::1" << false;
        QTest::newRow("IPv6 /48 inside") << "2001:db8:aa::/48" << "2001:db8:aa:ffff::1" << true;
        QTest::newRow("IPv6 /48 outside") << "2001:db8:aa::/48" << "2001:db8:ab::1" << false;
        QTest::newRow("mapped peer against IPv4 range") << "10.0.0.0/8" << "::ffff:10.1.1.1" << true;
        QTest::newRow("mapped range against IPv4 peer") << "::ffff:10.0.0.0/104" << "10.1.1.1" << true;
        QTest::newRow("mapped range, outside") << "::ffff:10.0.0.0/104" << "11.1.1.1" << false;
    }

    void rangesMatch()
    {
        QFETCH(QString, entry);
        QFETCH(QString, address);
        QFETCH(bool, inside);
        QCOMPARE(proxies({entry}).contains(QHostAddress(address)), inside);
    }

    // Every entry is checked at start; an error names its index and says what is wrong.
    void configEntries_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("good") << QByteArray(R"({"trusted_proxies": ["127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8"]})")
                              << QString();
        QTest::newRow("empty list") << QByteArray(R"({"trusted_proxies": []})") << QString();
        QTest::newRow("not a list") << QByteArray(R"({"trusted_proxies": "127.0.0.1"})")
                                    << QStringLiteral("trusted_proxies: must be a list of addresses and ranges");
        QTest::newRow("a number") << QByteArray(R"({"trusted_proxies": ["127.0.0.1", 10]})")
                                  << QStringLiteral("trusted_proxies[1]: must be a string (an address or ADDRESS/PREFIX)");
        QTest::newRow("a host name") << QByteArray(R"({"trusted_proxies": ["proxy.example"]})")
                                     << QStringLiteral("trusted_proxies[0]: \"proxy.example\" is not an IPv4 or IPv6 address "
                                                       "(or ADDRESS/PREFIX)");
        QTest::newRow("short IPv4") << QByteArray(R"({"trusted_proxies": ["10/8"]})")
                                    << QStringLiteral("trusted_proxies[0]: \"10/8\" is not an IPv4 or IPv6 address "
                                                      "(or ADDRESS/PREFIX)");
        QTest::newRow("IPv4 prefix too long") << QByteArray(R"({"trusted_proxies": ["::1", "10.0.0.0/33"]})")
                                              << QStringLiteral("trusted_proxies[1]: \"10.0.0.0/33\" has a prefix length "
                                                                "that is not a number from 0 to 32");
        QTest::newRow("IPv6 prefix too long") << QByteArray(R"({"trusted_proxies": ["fd00::/129"]})")
                                              << QStringLiteral("trusted_proxies[0]: \"fd00::/129\" has a prefix length "
                                                                "that is not a number from 0 to 128");
        QTest::newRow("empty prefix") << QByteArray(R"({"trusted_proxies": ["10.0.0.0/"]})")
                                      << QStringLiteral("trusted_proxies[0]: \"10.0.0.0/\" has a prefix length "
                                                        "that is not a number from 0 to 32");
        QTest::newRow("netmask, not a prefix") << QByteArray(R"({"trusted_proxies": ["10.0.0.0/255.0.0.0"]})")
                                               << QStringLiteral("trusted_proxies[0]: \"10.0.0.0/255.0.0.0\" has a prefix "
                                                                 "length that is not a number from 0 to 32");
        QTest::newRow("host bits set") << QByteArray(R"({"trusted_proxies": ["10.1.2.3/8"]})")
                                       << QStringLiteral("trusted_proxies[0]: \"10.1.2.3/8\" has bits set past its /8 "
                                                         "prefix (the range starts at 10.0.0.0)");
        QTest::newRow("IPv6 host bits set") << QByteArray(R"({"trusted_proxies": ["fd00::1/8"]})")
                                            << QStringLiteral("trusted_proxies[0]: \"fd00::1/8\" has bits set past its /8 "
                                                              "prefix (the range starts at fd00::)");
        QTest::newRow("a zone") << QByteArray(R"({"trusted_proxies": ["fe80::1%eth0"]})")
                                << QStringLiteral("trusted_proxies[0]: \"fe80::1%eth0\" is not an IPv4 or IPv6 address "
                                                  "(or ADDRESS/PREFIX)");
    }

    void configEntries()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const QString file = m_dir.filePath(QStringLiteral("%1-server.json").arg(++m_files));
        QString why;
        const std::optional<ServerConfig> config = configFromFile(file, json, &why);
        QCOMPARE(config ? QString() : why, error.isEmpty() ? QString() : file + QStringLiteral(": ") + error);
        if (!config)
            return;
        const bool listed = json.contains("127.0.0.1");
        QCOMPARE(config->trustedProxies.contains(QHostAddress(QStringLiteral("127.0.0.1"))), listed);
        QCOMPARE(config->trustedProxies.contains(QHostAddress(QStringLiteral("10.200.0.1"))), listed);
        QCOMPARE(config->trustedProxies.contains(QHostAddress(QStringLiteral("fdff::2"))), listed);
        QVERIFY(!config->trustedProxies.contains(QHostAddress(QStringLiteral("11.0.0.1"))));
    }

    // From a peer that is not a trusted proxy the header is ignored, whatever it says: every
    // request counts against 127.0.0.1.
    void spoofingFromAnUntrustedPeerIsIgnored()
    {
        auto server = serverTrusting({QStringLiteral("10.0.0.0/8")});
        QCOMPARE(anonymousGet(*server, "203.0.113.1"), 401);
        QCOMPARE(anonymousGet(*server, "203.0.113.2"), 429);
        QCOMPARE(anonymousGet(*server, QByteArray()), 429);
        // Not even a malformed one is looked at.
        QCOMPARE(anonymousGet(*server, "not an address"), 429);
    }

    // Through a trusted proxy, each forwarded address has its own limit before log-in, and
    // the proxy's own requests (no header) theirs.
    void forwardedAddressesAreCountedApart_data()
    {
        QTest::addColumn<QByteArray>("header");   // the first request's
        QTest::addColumn<QByteArray>("sameAs");   // a header naming the address it must have counted against
        QTest::addColumn<QByteArray>("other");    // one naming an address it must not have
        QTest::newRow("one hop") << QByteArray("203.0.113.1") << QByteArray("203.0.113.1") << QByteArray("203.0.113.2");
        QTest::newRow("chained") << QByteArray("198.51.100.7, 10.1.2.3") << QByteArray("198.51.100.7")
                                 << QByteArray("10.1.2.3");
        QTest::newRow("chained, spoofed left part") << QByteArray("203.0.113.99, 198.51.100.7, 10.1.2.3")
                                                    << QByteArray("198.51.100.7") << QByteArray("203.0.113.99");
        QTest::newRow("no header: the proxy") << QByteArray() << QByteArray("127.0.0.1") << QByteArray("203.0.113.1");
        QTest::newRow("IPv6, spelled two ways") << QByteArray("2001:db8::1") << QByteArray("[2001:DB8:0::1]:443")
                                                << QByteArray("2001:db8::2");
    }

    void forwardedAddressesAreCountedApart()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, sameAs);
        QFETCH(QByteArray, other);
        auto server = serverTrusting({QStringLiteral("127.0.0.1"), QStringLiteral("10.0.0.0/8")});
        QCOMPARE(anonymousGet(*server, header), 401);
        QCOMPARE(anonymousGet(*server, sameAs), 429);
        QCOMPARE(anonymousGet(*server, other), 401);
        QCOMPARE(anonymousGet(*server, other), 429);
    }

    // Two clients behind one proxy: one using up its log-in attempts (logins_per_minute),
    // or failing until its address is locked (login_lockout_after_per_address), leaves the
    // other's untouched, and the proxy's own.
    void forwardedAddressesGetSeparateLogInLimits_data()
    {
        QTest::addColumn<bool>("lockout"); // false: the attempt rate
        QTest::addColumn<QString>("detail");
        QTest::newRow("attempt rate") << false
                                      << QStringLiteral("too many log-in attempts from this address; try again in 10 s");
        QTest::newRow("lockout") << true << QStringLiteral("too many failed log-ins from this address; try again in 30 s");
    }

    void forwardedAddressesGetSeparateLogInLimits()
    {
        QFETCH(bool, lockout);
        QFETCH(QString, detail);
        ServerConfig config = testConfig();
        config.loginsPerMinute = lockout ? 10'000 : 6; // a burst of 3, then one every 10 s
        config.loginFailuresPerAddress = 3;
        config.loginFailuresPerName = 1000;
        config.trustedProxies = proxies({QStringLiteral("127.0.0.1")});
        auto server = startServer(m_dir.filePath(QStringLiteral("%1-login.db").arg(++m_files)), 0, config);
        const auto logIn = [&](const QByteArray &from, const QString &password) {
            return request(server->url, "POST", QStringLiteral("/v1/auth/token"), {}, loginBody("maria", password),
                           from.isNull() ? jsonType() : jsonType() + forwardedFor(from));
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(logIn("203.0.113.1", lockout ? QStringLiteral("wrong password") : Password).status, lockout ? 401 : 200);
        // Refused: even the right password, before it is checked.
        const HttpAnswer refused = logIn("203.0.113.1", Password);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json.value(QStringLiteral("detail")).toString(), detail);
        // The other client behind the same proxy, and the proxy's own address, log in.
        QCOMPARE(logIn("203.0.113.2", Password).status, 200);
        QCOMPARE(logIn(QByteArray(), Password).status, 200);
        QCOMPARE(logIn("203.0.113.1", Password).status, 429);
    }

    // One server, two peers: 127.0.0.1 is its proxy, 127.0.0.2 is not and is counted as
    // itself whatever it forwards; the header it sent names no one for the proxy either.
    void onlyTheTrustedPeerIsBelieved()
    {
        auto server = serverTrusting({QStringLiteral("127.0.0.1")});
        const auto rawStatus = [&](const char *from, const QByteArray &header) {
            const std::optional<RawResponse> answer =
                answerTo(server->url, rawGet("/v1/me", "X-Forwarded-For: " + header + "\r\n"), QHostAddress(QLatin1String(from)));
            return answer ? answer->status : 0;
        };
        QCOMPARE(rawStatus("127.0.0.2", "203.0.113.5"), 401);
        QCOMPARE(rawStatus("127.0.0.2", "203.0.113.6"), 429);
        QCOMPARE(rawStatus("127.0.0.1", "203.0.113.5"), 401);
        QCOMPARE(rawStatus("127.0.0.1", "127.0.0.2"), 429);
    }

    // Two X-Forwarded-For lines are one list, in their order (RFC 9110, 5.3).
    void headerLinesAreOneList()
    {
        auto server = serverTrusting({QStringLiteral("127.0.0.1"), QStringLiteral("10.0.0.0/8")});
        const std::optional<RawResponse> answer =
            answerTo(server->url, rawGet("/v1/me", "X-Forwarded-For: 198.51.100.7\r\nX-Forwarded-For: 10.1.2.3\r\n"));
        QVERIFY(answer);
        QCOMPARE(answer->status, 401);
        QCOMPARE(anonymousGet(*server, "198.51.100.7"), 429);
        QCOMPARE(anonymousGet(*server, "10.1.2.3"), 401);
    }

    // The connection caps are applied at the accept, before any header is read: they count
    // the peer, the proxy, however many clients it forwards for.
    void connectionCapsCountThePeer()
    {
        ServerConfig config = testConfig();
        config.http.maxConnectionsPerAddress = 2;
        config.trustedProxies = proxies({QStringLiteral("127.0.0.1")});
        auto server = startServer(m_dir.filePath(QStringLiteral("%1-caps.db").arg(++m_files)), 0, config);
        RawClient first(server->url);
        RawClient second(server->url);
        QVERIFY(first.waitConnected());
        QVERIFY(second.waitConnected());
        first.send(rawGet("/v1/health", "X-Forwarded-For: 203.0.113.1\r\n"));
        second.send(rawGet("/v1/health", "X-Forwarded-For: 203.0.113.2\r\n"));
        QVERIFY(first.response());
        QVERIFY(second.response());
        const std::optional<RawResponse> refused = answerTo(server->url, rawGet("/v1/health", "X-Forwarded-For: 203.0.113.3\r\n"));
        QVERIFY(refused);
        QCOMPARE(refused->status, 429);
        QCOMPARE(refused->detail(), QStringLiteral("127.0.0.1 already has 2 connections open, the limit per address"));
        const std::optional<RawResponse> served =
            answerTo(server->url, rawGet("/v1/health"), QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY(served);
        QCOMPARE(served->status, 200);
    }

    // A trusted proxy that sends a header the server cannot read is misconfigured or not a
    // proxy: 400, naming the header and the item, rather than a guess at the client.
    void malformedHeaderFromATrustedProxyIs400()
    {
        auto server = serverTrusting({QStringLiteral("127.0.0.1")});
        const HttpAnswer answer = request(server->url, "GET", QStringLiteral("/v1/me"), {}, {},
                                          forwardedFor("203.0.113.1, proxy.internal"));
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(answer.json.value(QStringLiteral("type")).toString(), QStringLiteral("urn:controltower:problem:malformed-request"));
        QCOMPARE(answer.json.value(QStringLiteral("detail")).toString(),
                 QStringLiteral("X-Forwarded-For from the trusted proxy 127.0.0.1: item 2 of 2, \"proxy.internal\", "
                                "is not an IP address"));
        // It was refused before any limit: the proxy's own address still has its request.
        QCOMPARE(anonymousGet(*server, QByteArray()), 401);
    }
};

QTEST_GUILESS_MAIN(TestTrustedProxies)
#include "tst_trustedproxies.moc"
