// SPDX-License-Identifier: MIT
// The desktop's standalone feeds in core: the schedule (FeedSchedule) at hand-set
// instants, the feeds file the app and `controltower-cli poll` share (CarrierFeedFile),
// and the words a feed test (FeedProbe::describe) puts on what a carrier answered.
#include "feeds/carrierfeedfile.h"
#include "feeds/feedprobe.h"
#include "feeds/feedschedule.h"
#include "support/testclock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

constexpr qint64 Minute = 60000;

CarrierFeedConfig feed(const QString &name, int pollMinutes)
{
    CarrierFeedConfig c;
    c.name = name;
    c.url = QUrl(QStringLiteral("https://tracking.example/%1/feed").arg(name));
    c.pollMinutes = pollMinutes;
    return c;
}

} // namespace

class TestStandaloneFeeds final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newFeedsAreDueAtOnceUnlessManual()
    {
        const qint64 t0 = test::fixedNowMs();
        FeedSchedule schedule;
        schedule.setFeeds({feed(QStringLiteral("ups"), 15), feed(QStringLiteral("manual"), 0)}, t0);
        QCOMPARE(schedule.due(t0), QStringList{QStringLiteral("ups")});
        QCOMPARE(schedule.nextWakeMs(), t0);
        QCOMPARE(schedule.state(QStringLiteral("manual")).nextDueMs, 0);
        QVERIFY(schedule.state(QStringLiteral("nope")).name.isEmpty());
    }

    void nextPollCountsFromTheEnd_data()
    {
        QTest::addColumn<int>("pollMinutes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("endAfterMs");
        QTest::addColumn<qint64>("nextDueAfterStartMs");
        // Started at t0; due again pollMinutes after it ended, success or not.
        QTest::newRow("15 min, ok, 2 s poll") << 15 << true << qint64(2000) << qint64(2000 + 15 * Minute);
        QTest::newRow("15 min, failed after 40 s") << 15 << false << qint64(40000) << qint64(40000 + 15 * Minute);
        QTest::newRow("every minute") << 1 << true << qint64(500) << qint64(500 + Minute);
        QTest::newRow("manual only") << 0 << true << qint64(500) << qint64(-1);
    }

    void nextPollCountsFromTheEnd()
    {
        QFETCH(int, pollMinutes);
        QFETCH(bool, ok);
        QFETCH(qint64, endAfterMs);
        QFETCH(qint64, nextDueAfterStartMs);
        const qint64 t0 = test::fixedNowMs();
        FeedSchedule schedule;
        schedule.setFeeds({feed(QStringLiteral("ups"), pollMinutes)}, t0);
        schedule.requestNow(QStringLiteral("ups"), t0);
        QCOMPARE(schedule.due(t0), QStringList{QStringLiteral("ups")});
        schedule.started(QStringLiteral("ups"), t0);
        QVERIFY(schedule.due(t0 + 100 * Minute).isEmpty()); // never twice at once
        QCOMPARE(schedule.nextWakeMs(), 0);
        schedule.finished(QStringLiteral("ups"), t0 + endAfterMs, ok, QStringLiteral("msg"));
        const FeedSchedule::State s = schedule.state(QStringLiteral("ups"));
        QCOMPARE(s.lastStartMs, t0);
        QCOMPARE(s.lastEndMs, t0 + endAfterMs);
        QCOMPARE(s.lastOk, ok);
        QCOMPARE(s.lastMessage, QStringLiteral("msg"));
        QCOMPARE(s.nextDueMs, nextDueAfterStartMs < 0 ? 0 : t0 + nextDueAfterStartMs);
        if (nextDueAfterStartMs >= 0) {
            QVERIFY(schedule.due(t0 + nextDueAfterStartMs - 1).isEmpty());
            QCOMPARE(schedule.due(t0 + nextDueAfterStartMs), QStringList{QStringLiteral("ups")});
        }
    }

    void pollNowWhileRunningRunsAgainAfterwards()
    {
        const qint64 t0 = test::fixedNowMs();
        FeedSchedule schedule;
        schedule.setFeeds({feed(QStringLiteral("ups"), 60)}, t0);
        schedule.started(QStringLiteral("ups"), t0);
        schedule.waiting(QStringLiteral("ups"), t0 + 1000, 30000, QStringLiteral("HTTP 429"));
        QCOMPARE(schedule.state(QStringLiteral("ups")).waitUntilMs, t0 + 31000);
        QCOMPARE(schedule.state(QStringLiteral("ups")).waitReason, QStringLiteral("HTTP 429"));
        schedule.requestNow(QStringLiteral("ups"), t0 + 2000);
        QVERIFY(schedule.due(t0 + 2000).isEmpty());
        schedule.finished(QStringLiteral("ups"), t0 + 40000, true, {});
        QCOMPARE(schedule.state(QStringLiteral("ups")).waitUntilMs, 0);
        QCOMPARE(schedule.due(t0 + 40000), QStringList{QStringLiteral("ups")});
    }

    void changedFeedsKeepTheirState()
    {
        const qint64 t0 = test::fixedNowMs();
        FeedSchedule schedule;
        schedule.setFeeds({feed(QStringLiteral("ups"), 15), feed(QStringLiteral("dhl"), 15)}, t0);
        schedule.started(QStringLiteral("ups"), t0);
        schedule.finished(QStringLiteral("ups"), t0 + 1000, false, QStringLiteral("HTTP 500"));
        // ups now every 60 min (from its last end), dhl removed, fedex added (due now).
        schedule.setFeeds({feed(QStringLiteral("ups"), 60), feed(QStringLiteral("fedex"), 5)}, t0 + 5000);
        QCOMPARE(schedule.states().size(), 2);
        const FeedSchedule::State ups = schedule.state(QStringLiteral("ups"));
        QCOMPARE(ups.lastMessage, QStringLiteral("HTTP 500"));
        QCOMPARE(ups.nextDueMs, t0 + 1000 + 60 * Minute);
        QCOMPARE(schedule.state(QStringLiteral("fedex")).nextDueMs, t0 + 5000);
        QVERIFY(schedule.state(QStringLiteral("dhl")).name.isEmpty());
        // Turned to manual: no longer scheduled.
        schedule.setFeeds({feed(QStringLiteral("ups"), 0)}, t0 + 6000);
        QCOMPARE(schedule.nextWakeMs(), 0);
    }

    void feedsFileRoundTripsAndKeepsOtherMembers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/feeds.json"));
        QString error;
        const auto none = CarrierFeedFile::load(path, &error);
        QVERIFY2(none && none->isEmpty(), qPrintable(error)); // no file yet: no feeds

        CarrierFeedConfig ups = feed(QStringLiteral("ups"), 30);
        ups.requestsPerSecond = 0.5;
        ups.burst = 2;
        ups.timeoutMs = 9000;
        ups.authEnv = QStringLiteral("CT_UPS_AUTH");
        ups.authHeader = "Bearer secret"; // never written
        ups.retry.maxAttempts = 3;
        CarrierFeedConfig dhl = feed(QStringLiteral("dhl"), 0);
        QVERIFY2(CarrierFeedFile::save(path, {ups, dhl}, &error), qPrintable(error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("secret"));
        QVERIFY(text.contains("\n  \"carrier_feeds\": ["));
        file.close();

        const auto back = CarrierFeedFile::load(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), 2);
        const CarrierFeedConfig &u = back->at(0);
        QCOMPARE(u.name, QStringLiteral("ups"));
        QCOMPARE(u.url, ups.url);
        QCOMPARE(u.pollMinutes, 30);
        QCOMPARE(u.requestsPerSecond, 0.5);
        QCOMPARE(u.burst, 2.0);
        QCOMPARE(u.timeoutMs, 9000);
        QCOMPARE(u.authEnv, QStringLiteral("CT_UPS_AUTH"));
        QCOMPARE(u.retry.maxAttempts, 3);
        QCOMPARE(u.retry.initialDelayMs, RetryPolicy::Options().initialDelayMs);
        QVERIFY(u.authHeader.isEmpty());
        QCOMPARE(back->at(1).pollMinutes, 0);
        QVERIFY(back->at(1).authEnv.isEmpty());

        // A server config file: its other members survive a save.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"listen\": \"127.0.0.1:8787\", \"carrier_feeds\": []}");
        file.close();
        QVERIFY2(CarrierFeedFile::save(path, {dhl}, &error), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QCOMPARE(root.value(QStringLiteral("listen")).toString(), QStringLiteral("127.0.0.1:8787"));
        QCOMPARE(root.value(QStringLiteral("carrier_feeds")).toArray().size(), 1);
    }

    void feedsFileErrorsAreLocated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("feeds.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"carrier_feeds\": [{\"name\": \"ups\", \"url\": \"https://a.example/f\", \"poll_minutes\": -1}]}");
        file.close();
        QString error;
        QVERIFY(!CarrierFeedFile::load(path, &error));
        QCOMPARE(error, path + QStringLiteral(": carrier_feeds[0].poll_minutes: expected a whole number of at least 0"));

        // Not an object: saving would lose it, so nothing is written.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[1, 2");
        file.close();
        QVERIFY(!CarrierFeedFile::save(path, {feed(QStringLiteral("ups"), 5)}, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": not saved, because the file is not a JSON object")),
                 qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("[1, 2"));
    }

    void probeWords_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("detail");
        using O = FeedProbe::Answer::Outcome;
        QTest::newRow("401 with an error member")
            << 401 << QByteArray("{\"status\": 401, \"error\": \"missing or wrong Authorization\"}") << QByteArray()
            << int(O::Unauthorized) << QStringLiteral("HTTP 401: the carrier refused the credential (missing or wrong)")
            << QStringLiteral("missing or wrong Authorization");
        QTest::newRow("403 with errors[0].message")
            << 403 << QByteArray("{\"errors\": [{\"code\": \"X\", \"message\": \"Key expired\"}]}") << QByteArray()
            << int(O::Unauthorized) << QStringLiteral("HTTP 403: the carrier refused the credential (missing or wrong)")
            << QStringLiteral("Key expired");
        QTest::newRow("429 with Retry-After seconds")
            << 429 << QByteArray("{\"error\": \"Too Many Requests\"}") << QByteArray("30") << int(O::RateLimited)
            << QStringLiteral("HTTP 429: rate-limited; the carrier asks to wait 30 seconds")
            << QStringLiteral("Too Many Requests");
        // fixedNow is Wed 17 Jun 2026 14:00:00 GMT; the date is 90 s later.
        QTest::newRow("429 with an HTTP-date")
            << 429 << QByteArray() << QByteArray("Wed, 17 Jun 2026 14:01:30 GMT") << int(O::RateLimited)
            << QStringLiteral("HTTP 429: rate-limited; the carrier asks to wait 90 seconds") << QString();
        QTest::newRow("200 with an HTML page")
            << 200 << QByteArray("<!DOCTYPE html>\n<html><head><title>Access denied</title></head></html>")
            << QByteArray() << int(O::NotJson) << QStringLiteral("HTTP 200, but the answer is not tracking data")
            << QStringLiteral("it looks like an HTML page (\"Access denied\"), not tracking data: an error page "
                              "from a proxy or a login page?");
        QTest::newRow("200 with cut-off JSON")
            << 200 << QByteArray("{\"trackResponse\": {\"shipment\": [") << QByteArray() << int(O::NotJson)
            << QStringLiteral("HTTP 200, but the answer is not tracking data")
            << QStringLiteral("the JSON is cut off or damaged (32 bytes)");
        QTest::newRow("200 with other JSON")
            << 200 << QByteArray("{\"hello\": \"world\"}") << QByteArray() << int(O::OtherJson)
            << QStringLiteral("HTTP 200, but no supported tracking format reads the answer") << QString();
        QTest::newRow("404 plain text")
            << 404 << QByteArray("Not Found\nmore") << QByteArray() << int(O::HttpError) << QStringLiteral("HTTP 404")
            << QStringLiteral("Not Found");
    }

    void probeWords()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, outcome);
        QFETCH(QString, headline);
        QFETCH(QString, detail);
        const FeedProbe::Answer answer = FeedProbe::describe(status, body, retryAfter, test::fixedNowMs());
        QCOMPARE(int(answer.outcome), outcome);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.headline, headline);
        QCOMPARE(answer.detail, detail);
    }
};

QTEST_GUILESS_MAIN(TestStandaloneFeeds)
#include "tst_standalonefeeds.moc"
