// SPDX-License-Identifier: MIT
// The carrier simulator over real loopback HTTP: feed pages with RFC 8288 Link headers in
// every format, the track endpoint and the carriers' not-found bodies, and each injected
// fault kind happening, counted and visible in /stats.
#include "carriersimulator.h"
#include "formatencoder.h"
#include "simtestsupport.h"

#include "adapters/adapterregistry.h"
#include "ingest/feedreader.h"
#include "json/parser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace ct;
using ct::sim::CarrierSimulator;
using ct::sim::FaultPlan;

namespace {

struct Read
{
    QStringList trackingNumbers;
    int events = 0;
    int notFound = 0;
    int errors = 0;
};

Read readBody(const QString &source, const QByteArray &body)
{
    Read read;
    FeedReader reader(AdapterRegistry::standard());
    const FeedReadSummary summary = reader.readData(
        source, body,
        [&](ShipmentRecord &&s) {
            read.trackingNumbers.append(s.trackingNumber);
            read.events += static_cast<int>(s.events.size());
        },
        {});
    read.notFound = summary.notFound;
    read.errors = summary.errors;
    return read;
}

QStringList numbers(const QList<ShipmentRecord> &shipments)
{
    QStringList list;
    for (const ShipmentRecord &s : shipments)
        list.append(s.trackingNumber);
    return list;
}

QUrl endpoint(const CarrierSimulator &sim, const QString &path)
{
    QUrl url = sim.baseUrl();
    url.setPath(path);
    return url;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void feedPages_data()
    {
        QTest::addColumn<QString>("format");
        for (const ct::sim::FormatEncoder *encoder : ct::sim::allEncoders())
            QTest::newRow(qPrintable(encoder->formatId())) << encoder->formatId();
    }

    // Following Link rel="next" from page 1 reads every shipment of the format once, in
    // the format's own documents.
    void feedPages()
    {
        QFETCH(QString, format);
        CarrierSimulator sim(simtest::options(240, 3));
        QString error;
        QVERIFY2(sim.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const int pages = sim.pageCount(format);
        QVERIFY2(pages >= 2, "the test wants several pages per format");

        QStringList seen;
        QUrl url = sim.feedUrl(format);
        for (int page = 1; page <= pages; ++page) {
            const simtest::RawReply reply = simtest::rawGet(url);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.headers.value("content-type"), QByteArray("application/json"));
            const Read read = readBody(url.toString(), reply.body);
            QCOMPARE(read.errors, 0);
            const qsizetype expected = page < pages ? 3 : sim.shipments(format).size() - 3 * (pages - 1);
            QCOMPARE(read.trackingNumbers.size(), expected);
            seen += read.trackingNumbers;
            const QByteArray link = reply.headers.value("link");
            if (page == pages) {
                QVERIFY2(link.isEmpty(), link.constData());
                break;
            }
            // An absolute URL of the next page.
            QUrl next = sim.feedUrl(format);
            next.setQuery(QStringLiteral("page=%1").arg(page + 1));
            QCOMPARE(link, QByteArray('<' + next.toEncoded() + ">; rel=\"next\""));
            url = next;
        }
        QCOMPARE(seen, numbers(sim.shipments(format)));

        // Page 1 is the default; pages past the end and nonsense are refused.
        QCOMPARE(simtest::rawGet(sim.feedUrl(format)).body,
                 simtest::rawGet(QUrl(sim.feedUrl(format).toString() + QStringLiteral("?page=1"))).body);
        QUrl past = sim.feedUrl(format);
        past.setQuery(QStringLiteral("page=%1").arg(pages + 1));
        QCOMPARE(simtest::rawGet(past).status, 404);
        past.setQuery(QStringLiteral("page=zero"));
        QCOMPARE(simtest::rawGet(past).status, 400);
    }

    void trackAndNotFound_data() { feedPages_data(); }

    void trackAndNotFound()
    {
        QFETCH(QString, format);
        CarrierSimulator sim(simtest::options(120, 50));
        QString error;
        QVERIFY2(sim.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const ShipmentRecord &one = sim.shipments(format).constLast();
        const simtest::RawReply found =
            simtest::rawGet(endpoint(sim, QLatin1Char('/') + format + QStringLiteral("/track/") + one.trackingNumber));
        QCOMPARE(found.status, 200);
        const Read read = readBody(format, found.body);
        QCOMPARE(read.trackingNumbers, QStringList{one.trackingNumber});
        QCOMPARE(read.events, static_cast<int>(one.events.size()));

        const simtest::RawReply missing =
            simtest::rawGet(endpoint(sim, QLatin1Char('/') + format + QStringLiteral("/track/NOSUCH0001")));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.body, ct::sim::encoderFor(format)->notFoundBody(QStringLiteral("NOSUCH0001")));
        // Another format's number is not this format's.
        const QString other = format == QLatin1String("ups") ? QStringLiteral("fedex") : QStringLiteral("ups");
        const simtest::RawReply wrong = simtest::rawGet(
            endpoint(sim, QLatin1Char('/') + format + QStringLiteral("/track/")
                              + sim.shipments(other).constFirst().trackingNumber));
        QCOMPARE(wrong.status, 404);
    }

    void healthStatsAndErrors()
    {
        CarrierSimulator sim(simtest::options(50, 10));
        QString error;
        QVERIFY2(sim.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const simtest::RawReply health = simtest::rawGet(endpoint(sim, QStringLiteral("/health")));
        QCOMPARE(health.status, 200);
        const QJsonObject h = QJsonDocument::fromJson(health.body).object();
        QCOMPARE(h.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(h.value(QStringLiteral("shipments")).toInt(), 50);
        QCOMPARE(simtest::rawGet(endpoint(sim, QStringLiteral("/nosuch/feed"))).status, 404);
        QCOMPARE(simtest::rawGet(endpoint(sim, QStringLiteral("/ups/nosuch"))).status, 404);
        const simtest::RawReply stats = simtest::rawGet(endpoint(sim, QStringLiteral("/stats")));
        QCOMPARE(stats.status, 200);
        const QJsonObject s = QJsonDocument::fromJson(stats.body).object();
        QCOMPARE(s.value(QStringLiteral("requests")).toInt(), 1); // /ups/nosuch; not health or stats
        QCOMPARE(s.value(QStringLiteral("faulted_requests")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("faults")).toObject().size(), FaultPlan::KindCount);
        // Listening on a port in use fails with a message.
        CarrierSimulator second(simtest::options(1, 10));
        QVERIFY(!second.listen(QHostAddress::LocalHost, static_cast<quint16>(sim.baseUrl().port()), &error));
        QVERIFY2(error.contains(QString::number(sim.baseUrl().port())), qPrintable(error));
    }

    void faultSpec()
    {
        QString error;
        const auto options = FaultPlan::parse(
            QStringLiteral("latency=0.05:200,429=0.05,500=0.05,reset=0.03,truncate=0.03,duplicate=0.1,shuffle=0.1"),
            &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->probability[static_cast<size_t>(FaultPlan::Kind::Latency)], 0.05);
        QCOMPARE(options->latencyMs, 200);
        QCOMPARE(options->retryAfterSeconds, 1);
        QCOMPARE(options->probability[static_cast<size_t>(FaultPlan::Kind::Shuffle)], 0.1);
        QVERIFY(FaultPlan::parse(QString(), &error));
        QCOMPARE(FaultPlan::parse(QStringLiteral("429=0.5:3"), &error)->retryAfterSeconds, 3);
        QVERIFY(!FaultPlan::parse(QStringLiteral("latency=0.1,teleport=0.2"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("fault \"teleport=0.2\": unknown kind")), qPrintable(error));
        QVERIFY(!FaultPlan::parse(QStringLiteral("500=1.5"), &error));
        QVERIFY2(error.contains(QStringLiteral("from 0 to 1")), qPrintable(error));
        QVERIFY(!FaultPlan::parse(QStringLiteral("reset=0.1:20"), &error));
        QVERIFY(!FaultPlan::parse(QStringLiteral("latency=0.1:soon"), &error));
        QVERIFY(!FaultPlan::parse(QStringLiteral("shuffle"), &error));
    }

    // With every kind likely, a fixed seed and one request at a time, each fault happens,
    // does what it says, and the counts (accessor and /stats) match what the client saw.
    void everyFaultKindHappens()
    {
        CarrierSimulator::Options o = simtest::options(60, 6);
        o.faults.probability.fill(0.25);
        o.faults.latencyMs = 40;
        o.faults.retryAfterSeconds = 2;
        CarrierSimulator sim(o);
        QString error;
        QVERIFY2(sim.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const QString format = QStringLiteral("ups");
        QList<ShipmentRecord> page1 = sim.shipments(format).mid(0, 6);
        QByteArray clean;
        QVERIFY(ct::sim::encoderFor(format)->encode(page1, &clean));
        const int cleanEvents = readBody(format, clean).events;

        std::array<int, FaultPlan::KindCount> seen{};
        auto saw = [&](FaultPlan::Kind k) { ++seen[static_cast<size_t>(k)]; };
        json::Parser parser;
        constexpr int Requests = 70;
        for (int i = 0; i < Requests; ++i) {
            const simtest::RawReply r = simtest::rawGet(sim.feedUrl(format));
            const QList<QByteArray> applied = r.headers.value("x-simulator-faults").split(',');
            // A delayed reset has no header to say so; it is the only slow one.
            if (applied.contains("latency") || (r.reset && r.elapsedMs >= 40)) {
                saw(FaultPlan::Kind::Latency);
                QVERIFY2(r.elapsedMs >= 40, qPrintable(QString::number(r.elapsedMs)));
            }
            if (r.reset) {
                saw(FaultPlan::Kind::Reset);
                continue;
            }
            if (r.status == 429) {
                saw(FaultPlan::Kind::TooManyRequests);
                QCOMPARE(r.headers.value("retry-after"), QByteArray("2"));
                continue;
            }
            if (r.status == 500) {
                saw(FaultPlan::Kind::ServerError);
                continue;
            }
            QCOMPARE(r.status, 200);
            QCOMPARE(r.headers.value("content-length").toLongLong(), r.body.size());
            if (applied.contains("html")) {
                saw(FaultPlan::Kind::HtmlPage);
                QVERIFY(r.headers.value("content-type").startsWith("text/html"));
                QVERIFY(r.body.startsWith("<!DOCTYPE html>"));
                continue;
            }
            for (FaultPlan::Kind kind : {FaultPlan::Kind::Truncate, FaultPlan::Kind::Duplicate,
                                         FaultPlan::Kind::Shuffle}) {
                if (applied.contains(FaultPlan::kindName(kind).toLatin1()))
                    saw(kind);
            }
            if (applied.contains("truncate")) {
                QVERIFY(!parser.parse(r.body.constData(), r.body.size()));
                continue;
            }
            QVERIFY(parser.parse(r.body.constData(), r.body.size()));
            const Read read = readBody(format, r.body);
            QCOMPARE(read.trackingNumbers, numbers(page1));
            if (applied.contains("duplicate"))
                QVERIFY(read.events > cleanEvents);
            else
                QCOMPARE(read.events, cleanEvents);
            if (applied.contains("shuffle"))
                QVERIFY(r.body != clean);
            else if (!applied.contains("duplicate"))
                QCOMPARE(r.body, clean);
        }
        const FaultPlan &plan = sim.faults();
        QCOMPARE(plan.requests(), Requests);
        const QJsonObject stats = QJsonDocument::fromJson(simtest::rawGet(endpoint(sim, QStringLiteral("/stats"))).body).object();
        QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), Requests);
        QCOMPARE(stats.value(QStringLiteral("faulted_requests")).toInt(), plan.faultedRequests());
        for (FaultPlan::Kind kind : FaultPlan::AllKinds) {
            const QString name = FaultPlan::kindName(kind);
            QVERIFY2(plan.count(kind) > 0, qPrintable(name));
            QVERIFY2(plan.count(kind) == seen[static_cast<size_t>(kind)], qPrintable(name));
            QCOMPARE(stats.value(QStringLiteral("faults")).toObject().value(name).toInt(), plan.count(kind));
        }
        QVERIFY(plan.faultedRequests() * 10 >= Requests);
        qInfo("%d of %d requests faulted", plan.faultedRequests(), Requests);
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
