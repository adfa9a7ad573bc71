// SPDX-License-Identifier: MIT
// core's CarrierFeedPoller against the carrier simulator over real loopback HTTP: with
// every kind of fault injected the store ends up holding exactly the generated shipments;
// a dead server, a permanent 500, timeouts, cut bodies and 404s end a feed with a located
// message without holding up the others.
#include "carriersimulator.h"
#include "simtestsupport.h"

#include "feeds/carrierfeedpoller.h"
#include "json/parser.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using ct::sim::CarrierSimulator;
using ct::sim::FaultPlan;

namespace {

RetryPolicy::Options quickRetries(int maxAttempts)
{
    RetryPolicy::Options o;
    o.initialDelayMs = 5;
    o.maxDelayMs = 40;
    o.maxAttempts = maxAttempts;
    return o;
}

// JSON written with single quotes, for readability in C++ strings.
QByteArray jsonText(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

CarrierFeedConfig feed(const QString &name, const QUrl &url, int maxAttempts = 10)
{
    CarrierFeedConfig c;
    c.name = name;
    c.url = url;
    c.requestsPerSecond = 500;
    c.burst = 20;
    c.retry = quickRetries(maxAttempts);
    return c;
}

QList<CarrierFeedConfig> everyFeed(const CarrierSimulator &sim)
{
    QList<CarrierFeedConfig> feeds;
    for (const QString &format : sim.formats())
        feeds.append(feed(format, sim.feedUrl(format)));
    return feeds;
}

struct Outcome
{
    QHash<QString, std::pair<bool, QString>> finished; // feed -> ok, message
    QHash<QString, CarrierFeedPoller::FeedProgress> progress;
    IngestCounts stored; // summed from pageStored
    int pages = 0;
    bool allFinished = false;
};

Outcome poll(const Database &db, const QList<CarrierFeedConfig> &feeds, qint64 nowMs)
{
    CarrierFeedPoller poller(db, feeds);
    poller.setClock([nowMs] { return nowMs; });
    Outcome out;
    QObject::connect(&poller, &CarrierFeedPoller::pageStored, &poller,
                     [&](const QString &, int, const IngestCounts &counts) {
                         out.stored += counts;
                         ++out.pages;
                     });
    QObject::connect(&poller, &CarrierFeedPoller::feedFinished, &poller,
                     [&](const QString &name, bool ok, const QString &message) {
                         out.finished.insert(name, {ok, message});
                     });
    QSignalSpy done(&poller, &CarrierFeedPoller::finished);
    poller.start();
    out.allFinished = done.wait(30000);
    for (const CarrierFeedConfig &c : feeds)
        out.progress.insert(c.name, poller.progress(c.name));
    return out;
}

struct StoreContents
{
    QHash<QString, int> shipmentsByCarrier;
    QSet<QString> trackingNumbers;
    int events = 0;
};

StoreContents contents(const Database &db)
{
    StoreContents c;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT carrier, tracking_number FROM shipments"));
    while (q.next()) {
        ++c.shipmentsByCarrier[q.value(0).toString()];
        c.trackingNumbers.insert(q.value(1).toString());
    }
    q.exec(QStringLiteral("SELECT COUNT(*) FROM events"));
    if (q.next())
        c.events = q.value(0).toInt();
    return c;
}

StoreContents generated(const CarrierSimulator &sim)
{
    StoreContents c;
    for (const QString &format : sim.formats()) {
        for (const ShipmentRecord &s : sim.shipments(format)) {
            ++c.shipmentsByCarrier[s.carrier];
            c.trackingNumbers.insert(s.trackingNumber);
            c.events += static_cast<int>(s.events.size());
        }
    }
    return c;
}

qint64 demoNow()
{
    return simtest::options(0, 1).demo.now.toMSecsSinceEpoch();
}

// A port nobody listens on.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// A loopback HTTP server that answers every request with one body: what a carrier's XML
// API sends (the simulator speaks JSON only).
class FixedBodyServer
{
public:
    explicit FixedBodyServer(QByteArray body, QByteArray contentType = "application/xml")
        : m_body(std::move(body)), m_contentType(std::move(contentType))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_requests[socket] += socket->readAll();
                    if (!m_requests[socket].contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + m_contentType + "\r\nContent-Length: "
                                  + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/track").arg(m_server.serverPort())); }

private:
    QTcpServer m_server;
    QByteArray m_body;
    QByteArray m_contentType;
    QHash<QTcpSocket *, QByteArray> m_requests;
};

// A USPS Web Tools answer of two entries.
QByteArray uspsWebToolsBody()
{
    QByteArray body = "<?xml version=\"1.0\"?>\n<TrackResponse>\n";
    for (const char *id : {"9400100000000000000017", "9400100000000000000024"})
        body += QByteArray("<TrackInfo ID=\"") + id
                + "\"><Class>Priority Mail</Class><DestinationState>CO</DestinationState><StatusCategory>In Transit"
                  "</StatusCategory><TrackSummary><EventTime>9:05 am</EventTime><EventDate>June 16, 2026</EventDate>"
                  "<Event>Arrived at USPS Regional Facility</Event><EventCity>DENVER</EventCity><EventState>CO"
                  "</EventState><EventZIPCode>80202</EventZIPCode><EventCode>10</EventCode></TrackSummary></TrackInfo>\n";
    return body + "</TrackResponse>\n";
}

} // namespace

class TestFeedPoller : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Database> open(const char *name)
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QString::fromLatin1(name)), &error);
        if (!db)
            qWarning("%s", qPrintable(error));
        return db;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void configFromJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("minimal") << jsonText("{'carrier_feeds': [{'name': 'ups', 'url': 'https://x.test/ups'}]}")
                                 << QString();
        QTest::newRow("full") << jsonText("{'carrier_feeds': [{'name': 'ups', 'url': 'http://127.0.0.1:9/ups/feed', "
                                        "'requests_per_second': 0.5, 'burst': 2, 'timeout_ms': 5000, 'auth_env': 'CT_UPS_AUTH', "
                                        "'retry': {'initial_delay_ms': 100, 'max_delay_ms': 2000, 'multiplier': 3, 'max_attempts': 4}}]}")
                              << QString();
        QTest::newRow("not an array") << jsonText("{'carrier_feeds': {}}")
                                      << QStringLiteral("carrier_feeds: expected an array of feeds, found object");
        QTest::newRow("missing url") << jsonText("{'carrier_feeds': [{'name': 'a', 'url': 'https://a.test'}, {'name': 'b'}]}")
                                     << QStringLiteral("carrier_feeds[1].url: required");
        QTest::newRow("bad url")
            << jsonText("{'carrier_feeds': [{'name': 'a', 'url': 'https://a.test'}, {'name': 'b', 'url': 'x'}, "
                       "{'name': 'c', 'url': 'ftp://c.test/feed'}]}")
            << QStringLiteral("carrier_feeds[1].url: expected an absolute http or https URL, found \"x\"");
        QTest::newRow("repeated name")
            << jsonText("{'carrier_feeds': [{'name': 'a', 'url': 'https://a.test'}, {'name': 'a', 'url': 'https://b.test'}]}")
            << QStringLiteral("carrier_feeds[1].name: \"a\" is already the name of carrier_feeds[0]");
        QTest::newRow("bad rate") << jsonText("{'carrier_feeds': [{'name': 'a', 'url': 'https://a.test', 'requests_per_second': 0}]}")
                                  << QStringLiteral("carrier_feeds[0].requests_per_second: expected a number of at least 0.001");
        QTest::newRow("bad retry")
            << jsonText("{'carrier_feeds': [{'name': 'a', 'url': 'https://a.test', 'retry': {'max_attempts': 0}}]}")
            << QStringLiteral("carrier_feeds[0].retry.max_attempts: expected a whole number of at least 1");
        QTest::newRow("unknown key")
            << jsonText("{'carrier_feeds': [{'name': 'a', 'url': 'https://a.test', 'password': 'hunter2'}]}")
            << QStringLiteral("carrier_feeds[0].password: unknown setting");
    }

    void configFromJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        json::Parser parser;
        const auto root = parser.parse(json.constData(), json.size());
        QVERIFY(root);
        QString message;
        const auto feeds = CarrierFeedConfig::fromJson((*root)["carrier_feeds"], &message);
        QCOMPARE(message, error);
        QCOMPARE(feeds.has_value(), error.isEmpty());
        if (!feeds)
            return;
        QCOMPARE(feeds->size(), 1);
        const CarrierFeedConfig &c = feeds->constFirst();
        QCOMPARE(c.name, QStringLiteral("ups"));
        QVERIFY(c.authHeader.isEmpty()); // never from the file
        if (QByteArray(QTest::currentDataTag()) == "full") {
            QCOMPARE(c.url, QUrl(QStringLiteral("http://127.0.0.1:9/ups/feed")));
            QCOMPARE(c.requestsPerSecond, 0.5);
            QCOMPARE(c.burst, 2.0);
            QCOMPARE(c.timeoutMs, 5000);
            QCOMPARE(c.retry.maxAttempts, 4);
            QCOMPARE(c.retry.multiplier, 3.0);
            QCOMPARE(c.authEnv, QStringLiteral("CT_UPS_AUTH"));
            qputenv("CT_UPS_AUTH", "Bearer t0ken");
            QCOMPARE(c.authHeaderFromEnvironment(), QByteArray("Bearer t0ken"));
            qunsetenv("CT_UPS_AUTH");
        } else {
            QCOMPARE(c.requestsPerSecond, 2.0);
            QCOMPARE(c.burst, 4.0);
            QCOMPARE(c.timeoutMs, 15000);
            QCOMPARE(c.retry.maxAttempts, RetryPolicy::Options().maxAttempts);
        }
    }

    void nextLink()
    {
        const QUrl base(QStringLiteral("http://h.test/ups/feed?page=1"));
        QCOMPARE(CarrierFeedPoller::nextLink("<http://h.test/ups/feed?page=2>; rel=\"next\"", base),
                 QUrl(QStringLiteral("http://h.test/ups/feed?page=2")));
        QCOMPARE(CarrierFeedPoller::nextLink("</ups/feed?page=3>; rel=next", base),
                 QUrl(QStringLiteral("http://h.test/ups/feed?page=3")));
        QCOMPARE(CarrierFeedPoller::nextLink(
                     "<http://h.test/a,b>; rel=\"prev\"; title=\"x, y\", <http://h.test/n>; rel=\"last NEXT\"", base),
                 QUrl(QStringLiteral("http://h.test/n")));
        QVERIFY(CarrierFeedPoller::nextLink("<http://h.test/p>; rel=\"prev\"", base).isEmpty());
        QVERIFY(CarrierFeedPoller::nextLink("", base).isEmpty());
        QVERIFY(CarrierFeedPoller::nextLink("garbage", base).isEmpty());
    }

    // The acceptance test: every fault kind injected into at least a tenth of the
    // requests, and the store ends up exactly as after a clean run.
    void storesEverythingDespiteFaults()
    {
        const CarrierSimulator::Options options = simtest::options(320, 4);
        StoreContents clean;
        {
            CarrierSimulator sim(options);
            QString error;
            QVERIFY2(sim.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
            auto db = open("clean.db");
            QVERIFY(db);
            const Outcome first = poll(*db, everyFeed(sim), demoNow());
            QVERIFY(first.allFinished);
            for (auto it = first.finished.cbegin(); it != first.finished.cend(); ++it)
                QVERIFY2(it->first, qPrintable(it->second));
            QCOMPARE(first.finished.size(), sim.formats().size());
            clean = contents(*db);
            const StoreContents expected = generated(sim);
            QCOMPARE(clean.shipmentsByCarrier, expected.shipmentsByCarrier);
            QCOMPARE(clean.trackingNumbers, expected.trackingNumbers);
            QCOMPARE(clean.events, expected.events); // one stored event per demo scan
            QCOMPARE(first.stored.shipmentsNew, options.shipments);
            QCOMPARE(first.stored.eventsNew, expected.events);
            int pages = 0;
            for (const QString &format : sim.formats())
                pages += sim.pageCount(format);
            QCOMPARE(first.pages, pages);

            // Polling again adds nothing.
            const Outcome again = poll(*db, everyFeed(sim), demoNow());
            QVERIFY(again.allFinished);
            QCOMPARE(again.stored.shipmentsNew, 0);
            QCOMPARE(again.stored.eventsNew, 0);
            QCOMPARE(again.stored.eventsDuplicate, expected.events);
            QCOMPARE(contents(*db).events, clean.events);
        }

        CarrierSimulator::Options faulty = options;
        QString error;
        // Likely enough that every kind shows up in the ~150 requests of a run (the order of
        // requests between feeds varies from run to run, so which request draws what does too).
        faulty.faults = *FaultPlan::parse(QStringLiteral("latency=0.1:20,429=0.1:0,500=0.1,reset=0.1,"
                                                         "truncate=0.1,duplicate=0.15,shuffle=0.15,html=0.05"),
                                          &error);
        CarrierSimulator sim(faulty);
        QVERIFY2(sim.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        auto db = open("faults.db");
        QVERIFY(db);
        // A page fails about 4 times in 10 here: 20 attempts make giving up a 1e-7 event.
        QList<CarrierFeedConfig> feeds = everyFeed(sim);
        for (CarrierFeedConfig &c : feeds)
            c.retry.maxAttempts = 20;
        const Outcome run = poll(*db, feeds, demoNow());
        QVERIFY(run.allFinished);
        int retries = 0;
        for (const QString &format : sim.formats()) {
            QVERIFY2(run.finished.value(format).first, qPrintable(run.finished.value(format).second));
            retries += run.progress.value(format).retries;
        }
        const FaultPlan &plan = sim.faults();
        for (FaultPlan::Kind kind : FaultPlan::AllKinds)
            QVERIFY2(plan.count(kind) > 0, qPrintable(FaultPlan::kindName(kind)));
        QVERIFY2(plan.faultedRequests() * 10 >= plan.requests(),
                 qPrintable(QStringLiteral("%1 of %2").arg(plan.faultedRequests()).arg(plan.requests())));
        QVERIFY(retries > 0);
        const StoreContents stored = contents(*db);
        QCOMPARE(stored.shipmentsByCarrier, clean.shipmentsByCarrier);
        QCOMPARE(stored.trackingNumbers, clean.trackingNumbers);
        QCOMPARE(stored.events, clean.events); // duplicates and reorderings deduplicated
        qInfo("%d of %d requests faulted, %d retries", plan.faultedRequests(), plan.requests(), retries);
    }

    // A feed whose server is down ends with a located error; the others are not held up.
    void deadServerDoesNotBlockOthers()
    {
        CarrierSimulator sim(simtest::options(60, 10));
        QString error;
        QVERIFY2(sim.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const QUrl dead(QStringLiteral("http://127.0.0.1:%1/ups/feed").arg(closedPort()));
        auto db = open("dead.db");
        QVERIFY(db);
        const Outcome run = poll(*db, {feed(QStringLiteral("dead"), dead, 3),
                                       feed(QStringLiteral("usps"), sim.feedUrl(QStringLiteral("usps")))},
                                 demoNow());
        QVERIFY(run.allFinished);
        const auto [ok, message] = run.finished.value(QStringLiteral("dead"));
        QVERIFY(!ok);
        const QString prefix = QStringLiteral("feed dead: page 1 (%1): network error: ").arg(dead.toString());
        QVERIFY2(message.startsWith(prefix) && message.endsWith(QStringLiteral(" after 3 attempts")),
                 qPrintable(message));
        QCOMPARE(run.progress.value(QStringLiteral("dead")).retries, 2);
        QVERIFY(run.finished.value(QStringLiteral("usps")).first);
        QCOMPARE(contents(*db).shipmentsByCarrier.value(QStringLiteral("usps")),
                 static_cast<int>(sim.shipments(QStringLiteral("usps")).size()));
    }

    void givesUpAfterMaxAttempts_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<QString>("reason");
        QTest::newRow("permanent 500") << QStringLiteral("500=1") << 15000 << QStringLiteral("HTTP 500");
        QTest::newRow("always 429") << QStringLiteral("429=1:0") << 15000 << QStringLiteral("HTTP 429");
        QTest::newRow("always cut") << QStringLiteral("truncate=1") << 15000
                                    << QStringLiteral("the body is not valid JSON");
        QTest::newRow("a proxy's page") << QStringLiteral("html=1") << 15000
                                        << QStringLiteral("the body is not JSON: it looks like an HTML page "
                                                          "(\"Access denied\"), not tracking data");
        QTest::newRow("too slow") << QStringLiteral("latency=1:400") << 60 << QStringLiteral("no data for 60 ms");
    }

    void givesUpAfterMaxAttempts()
    {
        QFETCH(QString, faults);
        QFETCH(int, timeoutMs);
        QFETCH(QString, reason);
        CarrierSimulator::Options options = simtest::options(40, 50);
        QString error;
        options.faults = *FaultPlan::parse(faults, &error);
        CarrierSimulator sim(options);
        QVERIFY2(sim.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        auto db = open("gives-up.db");
        QVERIFY(db);
        CarrierFeedConfig ups = feed(QStringLiteral("ups"), sim.feedUrl(QStringLiteral("ups")), 4);
        ups.timeoutMs = timeoutMs;
        const Outcome run = poll(*db, {ups}, demoNow());
        QVERIFY(run.allFinished);
        const auto [ok, message] = run.finished.value(QStringLiteral("ups"));
        QVERIFY(!ok);
        const QString expected =
            QStringLiteral("feed ups: page 1 (%1): ").arg(ups.url.toString()) + reason;
        QVERIFY2(message.startsWith(expected) && message.endsWith(QStringLiteral(" after 4 attempts")),
                 qPrintable(message));
        QCOMPARE(run.progress.value(QStringLiteral("ups")).requests, 4);
        QCOMPARE(run.progress.value(QStringLiteral("ups")).retries, 3);
        QCOMPARE(run.progress.value(QStringLiteral("ups")).message, message);
        QCOMPARE(run.pages, 0);
        if (faults == QLatin1String("500=1"))
            QCOMPARE(sim.faults().count(FaultPlan::Kind::ServerError), 4);
    }

    // An XML carrier API's page is stored by the XML formats; a cut-off one is retried.
    void xmlBodiesAreRead()
    {
        FixedBodyServer server(uspsWebToolsBody());
        QVERIFY(server.listen());
        auto db = open("xml.db");
        QVERIFY(db);
        const Outcome run = poll(*db, {feed(QStringLiteral("usps-xml"), server.url(), 2)}, demoNow());
        QVERIFY(run.allFinished);
        QVERIFY2(run.finished.value(QStringLiteral("usps-xml")).first,
                 qPrintable(run.finished.value(QStringLiteral("usps-xml")).second));
        QCOMPARE(run.pages, 1);
        const StoreContents stored = contents(*db);
        QCOMPARE(stored.shipmentsByCarrier.value(QStringLiteral("usps")), 2);
        QVERIFY(stored.trackingNumbers.contains(QStringLiteral("9400100000000000000024")));

        const QByteArray whole = uspsWebToolsBody();
        FixedBodyServer cut(whole.left(whole.size() / 2));
        QVERIFY(cut.listen());
        auto cutDb = open("xml-cut.db");
        QVERIFY(cutDb);
        const Outcome cutRun = poll(*cutDb, {feed(QStringLiteral("usps-xml"), cut.url(), 2)}, demoNow());
        QVERIFY(cutRun.allFinished);
        const auto [ok, message] = cutRun.finished.value(QStringLiteral("usps-xml"));
        QVERIFY(!ok);
        QVERIFY2(message.endsWith(QStringLiteral("the XML body is cut off (%1 bytes) after 2 attempts").arg(whole.size() / 2)),
                 qPrintable(message));
        QCOMPARE(contents(*cutDb).trackingNumbers.size(), 0);
    }

    // Retry-After wins over a shorter backoff.
    void honoursRetryAfter()
    {
        CarrierSimulator::Options options = simtest::options(20, 50);
        QString error;
        options.faults = *FaultPlan::parse(QStringLiteral("429=1:1"), &error);
        CarrierSimulator sim(options);
        QVERIFY2(sim.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        auto db = open("retry-after.db");
        QVERIFY(db);
        QElapsedTimer timer;
        timer.start();
        const Outcome run = poll(*db, {feed(QStringLiteral("fedex"), sim.feedUrl(QStringLiteral("fedex")), 2)},
                                 demoNow());
        QVERIFY(run.allFinished);
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(run.finished.value(QStringLiteral("fedex")).second.endsWith(QStringLiteral("HTTP 429 after 2 attempts")));
    }

    // Statuses that will not change on a retry end the feed at once.
    void notFoundIsNotRetried()
    {
        CarrierSimulator sim(simtest::options(20, 50));
        QString error;
        QVERIFY2(sim.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QUrl url = sim.feedUrl(QStringLiteral("dhl"));
        url.setQuery(QStringLiteral("page=99"));
        auto db = open("not-found.db");
        QVERIFY(db);
        const Outcome run = poll(*db, {feed(QStringLiteral("dhl"), url)}, demoNow());
        QVERIFY(run.allFinished);
        QCOMPARE(run.finished.value(QStringLiteral("dhl")).second,
                 QStringLiteral("feed dhl: page 1 (%1): HTTP 404").arg(url.toString()));
        QCOMPARE(run.progress.value(QStringLiteral("dhl")).requests, 1);
    }
};

QTEST_GUILESS_MAIN(TestFeedPoller)
#include "tst_feedpoller.moc"
