// SPDX-License-Identifier: MIT
// Store > Carrier Feeds… against the carrier simulator (tools/carrier-simulator) on
// loopback, the real HTTP peer: a feed set up by the form with a wrong credential (401)
// and the right one, a rate-limited feed (429 and its wait), a proxy's HTML page, a plain
// HTTP URL off loopback refused unless confirmed, Poll Now ingesting into the store with
// the views reloaded, a poll waiting on Retry-After, the schedule following the window's
// clock, and removal. Run where no keychain service is (CTest sets an unreachable session
// bus): credentials are kept for the session, and the dialogs say so. The clock is fixed
// (tests/support/testclock.h).
#include "carriersimulator.h"

#include "feeds/carrierfeededitor.h"
#include "feeds/carrierfeedfile.h"
#include "feeds/carrierfeeds.h"
#include "feeds/carrierfeedsdialog.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "shell/appearance.h"
#include "shell/clock.h"
#include "store/database.h"
#include "store/shipmentqueries.h"
#include "support/testclock.h"
#include "widgets/statuspalette.h"
#include "dialogtestsupport.h"
#include "windowsettings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace ct;
using ct::test::answerMessageBox;
using ct::test::child;
using ct::test::snapshot;
using ct::sim::CarrierSimulator;
using ct::sim::FaultPlan;

namespace {

const QByteArray GoodCredential = QByteArrayLiteral("Bearer sim-good-token");


CarrierSimulator::Options simOptions(const QString &faults = {})
{
    CarrierSimulator::Options o;
    o.shipments = 40;
    o.pageSize = 3;
    o.demo.seed = 1818;
    o.demo.now = test::fixedNow();
    o.authorization = GoodCredential;
    QString error;
    if (!faults.isEmpty())
        o.faults = *FaultPlan::parse(faults, &error);
    return o;
}



CredentialStore keychain()
{
    return CredentialStore(QStringLiteral("Control Tower Tests"));
}

// A simulator on loopback (with `faults`), a store, the fixed clock, and the feeds over them.
struct Rig
{
    Rig(std::unique_ptr<Database> store, const QString &faults)
        : sim(simOptions(faults)), db(std::move(store)), feeds(*db, clock, keychain())
    {
        QString error;
        if (!sim.listen(QHostAddress::LocalHost, 0, &error) || !feeds.load(&error))
            qFatal("rig: %s", qPrintable(error));
    }

    CarrierSimulator sim;
    std::unique_ptr<Database> db;
    Clock clock{test::fixedNow()};
    CarrierFeeds feeds;
};

} // namespace

class TestCarrierFeeds final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    std::unique_ptr<Database> openStore()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_stores)), &error);
        if (!db)
            qFatal("store: %s", qPrintable(error));
        return db;
    }

    static qint64 shipments(const Database &db)
    {
        QString error;
        return ShipmentQueries(db).shipmentCount(&error);
    }

    static CarrierFeedConfig feedOf(const CarrierSimulator &sim, const QString &format, int pollMinutes = 0)
    {
        CarrierFeedConfig c;
        c.name = format;
        c.url = sim.feedUrl(format);
        c.pollMinutes = pollMinutes;
        c.requestsPerSecond = 200;
        c.burst = 20;
        c.retry.initialDelayMs = 5;
        c.retry.maxDelayMs = 20;
        return c;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerTests"));
        QVERIFY(m_dir.isValid());
        test::resetWindowSettings();
    }

    void init()
    {
        // Each test its own feeds file.
        AppSettings::CarrierFeedsFile.setValue(m_dir.filePath(QStringLiteral("feeds-%1.json").arg(++m_stores)));
    }

    void cleanup()
    {
        AppSettings::CarrierFeedsFile.reset();
        test::resetWindowSettings();
    }

    void noFeedsYetSaysWhatToDo()
    {
        auto db = openStore();
        Clock clock(test::fixedNow());
        MainWindow window(*db, clock, keychain());
        window.showCarrierFeeds();
        auto *dialog = window.findChild<CarrierFeedsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(child<QLabel>(*dialog, "empty")->isVisible());
        QVERIFY(!child<QTreeWidget>(*dialog, "feeds")->isVisible());
        QVERIFY(child<QLabel>(*dialog, "file")->text().contains(QLatin1String("controltower-cli poll --feeds")));
        QVERIFY(!child<QPushButton>(*dialog, "pollNow")->isEnabled());
        // The welcome page's button calls this slot: a second call raises the same dialog.
        window.showCarrierFeeds();
        QCOMPARE(window.findChildren<CarrierFeedsDialog *>().size(), 1);
        snapshot(*dialog, QStringLiteral("carrier-feeds-empty"));
    }

    // A new feed: a wrong credential is a 401, the right one reads as tracking data; saved,
    // the feed is in the shared file (without the credential), kept for this session.
    void setUpAFeedWithTheSimulator()
    {
        QString error;
        Rig rig(openStore(), {});
        CarrierSimulator &sim = rig.sim;
        Database *db = rig.db.get();
        CarrierFeeds &feeds = rig.feeds;
        QVERIFY(!feeds.keychainAvailable()); // no session bus here

        CarrierFeedEditor editor(feeds, std::nullopt);
        editor.show();
        QVERIFY(child<QLabel>(editor, "keychainNote")->isVisible());
        QVERIFY(child<QLabel>(editor, "keychainNote")->text().contains(QLatin1String("for this session only")));
        child<QLineEdit>(editor, "name")->setText(QStringLiteral("ups"));
        child<QLineEdit>(editor, "url")->setText(sim.feedUrl(QStringLiteral("ups")).toString());
        child<QSpinBox>(editor, "pollMinutes")->setValue(0);
        auto *credential = child<QLineEdit>(editor, "credential");
        QCOMPARE(credential->echoMode(), QLineEdit::Password);
        credential->setText(QStringLiteral("Bearer wrong"));
        auto *result = child<QLabel>(editor, "probeResult");
        QTest::mouseClick(child<QPushButton>(editor, "test"), Qt::LeftButton);
        QTRY_VERIFY(result->text().startsWith(QLatin1String("HTTP 401")));
        QCOMPARE(result->text(), QStringLiteral("HTTP 401: the carrier refused the credential (missing or wrong)\n"
                                                "missing or wrong Authorization"));
        snapshot(editor, QStringLiteral("carrier-feed-editor-401"));

        credential->setText(QString::fromLatin1(GoodCredential));
        QTest::mouseClick(child<QPushButton>(editor, "test"), Qt::LeftButton);
        QTRY_VERIFY(result->text().startsWith(QLatin1String("HTTP 200")));
        QCOMPARE(result->text(), QStringLiteral("HTTP 200: tracking data in the UPS Track API format"));
        QVERIFY(shipments(*db) == 0); // a test stores nothing

        editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(feeds.feeds().size(), 1);
        QCOMPARE(feeds.credential(QStringLiteral("ups")), CarrierFeeds::Credential::Session);
        QFile file(feeds.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("\"name\": \"ups\""));
        QVERIFY(!saved.contains("sim-good-token"));
        file.close();
        const auto reread = CarrierFeedFile::load(feeds.filePath(), &error);
        QVERIFY2(reread && reread->size() == 1, qPrintable(error));
        QCOMPARE(reread->constFirst().url, sim.feedUrl(QStringLiteral("ups")));

        // Edited again: the saved credential is not shown, only replaced.
        CarrierFeedEditor again(feeds, feeds.feed(QStringLiteral("ups")));
        again.show();
        QVERIFY(!child<QLineEdit>(again, "credential")->isVisible());
        QVERIFY(child<QLineEdit>(again, "credential")->text().isEmpty());
        QCOMPARE(child<QLabel>(again, "credentialState")->text(), QStringLiteral("Kept for this session only."));
        QVERIFY(child<QPushButton>(again, "replaceCredential")->isVisible());
        // Its Test uses the saved credential.
        QTest::mouseClick(child<QPushButton>(again, "test"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(again, "probeResult")->text().startsWith(QLatin1String("HTTP 200")));
        snapshot(again, QStringLiteral("carrier-feed-editor-saved"));
    }

    void testAnswers_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<QString>("expected");
        QTest::newRow("429 with its wait") << QStringLiteral("429=1:7")
                                           << QStringLiteral("HTTP 429: rate-limited; the carrier asks to wait 7 "
                                                             "seconds\nToo Many Requests");
        QTest::newRow("a proxy's HTML page")
            << QStringLiteral("html=1")
            << QStringLiteral("HTTP 200, but the answer is not tracking data\nit looks like an HTML page (\"Access "
                              "denied\"), not tracking data: an error page from a proxy or a login page?");
        QTest::newRow("a server error") << QStringLiteral("500=1")
                                        << QStringLiteral("HTTP 500\nInternal Server Error");
    }

    // The list's Test, on a saved feed, with its saved credential.
    void testAnswers()
    {
        QFETCH(QString, faults);
        QFETCH(QString, expected);
        QString error;
        Rig rig(openStore(), faults);
        CarrierSimulator &sim = rig.sim;
        Database *db = rig.db.get();
        Clock &clock = rig.clock;
        CarrierFeeds &feeds = rig.feeds;
        QVERIFY2(feeds.saveFeed(feedOf(sim, QStringLiteral("fedex")), {}, QString::fromLatin1(GoodCredential), &error),
                 qPrintable(error));
        CarrierFeedsDialog dialog(feeds, clock);
        dialog.show();
        QCOMPARE(dialog.currentFeed(), QStringLiteral("fedex"));
        QTest::mouseClick(child<QPushButton>(dialog, "test"), Qt::LeftButton);
        auto *result = child<QLabel>(dialog, "testResult");
        QTRY_VERIFY(!result->text().startsWith(QLatin1String("Testing")));
        QCOMPARE(result->text(), QStringLiteral("Test: ") + expected);
        QCOMPARE(shipments(*db), 0);
    }

    void plainHttpOffLoopbackNeedsConfirmation()
    {
        auto db = openStore();
        Clock clock(test::fixedNow());
        CarrierFeeds feeds(*db, clock, keychain());
        QString error;
        QVERIFY(feeds.load(&error));
        QVERIFY(CarrierFeedEditor::isInsecure(QUrl(QStringLiteral("http://tracking.example/ups"))));
        QVERIFY(CarrierFeedEditor::isInsecure(QUrl(QStringLiteral("http://10.0.0.5:8080/ups"))));
        QVERIFY(!CarrierFeedEditor::isInsecure(QUrl(QStringLiteral("http://127.0.0.1:8080/ups"))));
        QVERIFY(!CarrierFeedEditor::isInsecure(QUrl(QStringLiteral("http://localhost/ups"))));
        QVERIFY(!CarrierFeedEditor::isInsecure(QUrl(QStringLiteral("http://[::1]:99/ups"))));
        QVERIFY(!CarrierFeedEditor::isInsecure(QUrl(QStringLiteral("https://tracking.example/ups"))));

        CarrierFeedEditor editor(feeds, std::nullopt);
        editor.show();
        child<QLineEdit>(editor, "name")->setText(QStringLiteral("dhl"));
        child<QLineEdit>(editor, "url")->setText(QStringLiteral("ftp://tracking.example/dhl"));
        QPushButton *save = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        save->click();
        // Core's reader of the feeds file refuses it, at the form.
        QCOMPARE(child<QLabel>(editor, "error")->text(),
                 QStringLiteral("URL: expected an absolute http or https URL, found \"ftp://tracking.example/dhl\""));
        child<QLineEdit>(editor, "url")->setText(QStringLiteral("http://tracking.example/dhl"));
        answerMessageBox("insecureFeed", "none: cancel");
        save->click();
        QVERIFY(editor.isVisible());
        QVERIFY(feeds.feeds().isEmpty());
        QVERIFY(child<QLabel>(editor, "error")->text().startsWith(QLatin1String("URL: not saved: plain HTTP")));
        answerMessageBox("insecureFeed", "useHttpAnyway");
        save->click();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(feeds.feeds().size(), 1);
        QCOMPARE(feeds.feeds().constFirst().url, QUrl(QStringLiteral("http://tracking.example/dhl")));
    }

    // Poll Now in the dialog: the feed's pages are stored through the store's ingest path
    // off the GUI thread, the window reloads, and the row says how the poll went.
    void pollNowIngests()
    {
        QString error;
        CarrierSimulator sim(simOptions());
        QVERIFY2(sim.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        auto db = openStore();
        Clock clock(test::fixedNow());
        MainWindow window(*db, clock, keychain());
        // The format with the most shipments: several pages.
        QString format = sim.formats().constFirst();
        for (const QString &f : sim.formats()) {
            if (sim.shipments(f).size() > sim.shipments(format).size())
                format = f;
        }
        QVERIFY(sim.pageCount(format) >= 2);
        CarrierFeeds &feeds = *window.carrierFeeds();
        QVERIFY2(feeds.saveFeed(feedOf(sim, format), {}, QString::fromLatin1(GoodCredential), &error),
                 qPrintable(error));
        window.show();
        window.showCarrierFeeds();
        auto *dialog = window.findChild<CarrierFeedsDialog *>();
        QVERIFY(dialog);
        auto *list = child<QTreeWidget>(*dialog, "feeds");
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("Not yet"));
        QCOMPARE(list->topLevelItem(0)->text(5), QStringLiteral("When asked"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("This session only"));
        QTest::mouseClick(child<QPushButton>(*dialog, "pollNow"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(feeds.schedule().state(format).lastEndMs > 0, 30000);
        const FeedSchedule::State state = feeds.schedule().state(format);
        QVERIFY2(state.lastOk, qPrintable(state.lastMessage));
        const qint64 expected = sim.shipments(format).size();
        QVERIFY(expected > 0);
        QCOMPARE(shipments(*db), expected);
        QVERIFY2(state.lastMessage.startsWith(QStringLiteral("%1 pages, %2 new and 0 updated shipments, ")
                                                  .arg(sim.pageCount(format))
                                                  .arg(expected)),
                 qPrintable(state.lastMessage));
        QVERIFY(state.lastMessage.endsWith(QLatin1String(" new events, 0 retries")));
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("14:00:00")); // TZ=UTC
        QCOMPARE(list->topLevelItem(0)->text(6), state.lastMessage);
        // The window reloaded: its counts say the new shipments.
        QTRY_VERIFY(window.statusBar()->findChild<QLabel *>(QStringLiteral("counts"))->text().startsWith(
            QStringLiteral("%1 shipments").arg(expected)));
        snapshot(*dialog, QStringLiteral("carrier-feeds-polled"));

        // Polling again stores nothing twice.
        QTest::mouseClick(child<QPushButton>(*dialog, "pollNow"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!feeds.isPolling(format) && sim.faults().requests() >= 2 * sim.pageCount(format), 30000);
        QTRY_VERIFY(feeds.schedule().state(format).lastMessage.contains(QLatin1String(" 0 new and 0 updated")));
        QCOMPARE(shipments(*db), expected);
    }

    // A wrong credential ends the poll with the 401, located; a 429 shows its wait.
    void pollFailuresAreShown()
    {
        QString error;
        Rig rig(openStore(), QStringLiteral("429=1:30"));
        CarrierSimulator &sim = rig.sim;
        Clock &clock = rig.clock;
        CarrierFeeds &feeds = rig.feeds;
        QVERIFY(feeds.saveFeed(feedOf(sim, QStringLiteral("usps")), {}, QStringLiteral("Bearer nope"), &error));
        QVERIFY(feeds.saveFeed(feedOf(sim, QStringLiteral("ups")), {}, QString::fromLatin1(GoodCredential), &error));
        CarrierFeedsDialog dialog(feeds, clock);
        dialog.show();
        auto *list = child<QTreeWidget>(dialog, "feeds");

        feeds.pollNow(QStringLiteral("usps"));
        QTRY_VERIFY_WITH_TIMEOUT(feeds.schedule().state(QStringLiteral("usps")).lastEndMs > 0, 30000);
        const FeedSchedule::State usps = feeds.schedule().state(QStringLiteral("usps"));
        QVERIFY(!usps.lastOk);
        QVERIFY2(usps.lastMessage.startsWith(QStringLiteral("feed usps: page 1 (%1): HTTP 401")
                                                 .arg(sim.feedUrl(QStringLiteral("usps")).toString())),
                 qPrintable(usps.lastMessage));
        const QString where = QStringLiteral("page 1 (%1): HTTP 401").arg(sim.feedUrl(QStringLiteral("usps")).toString());
        QCOMPARE(list->topLevelItem(0)->text(6), QStringLiteral("Failed: ") + where);
        dialog.setCurrentFeed(QStringLiteral("usps"));
        QCOMPARE(child<QLabel>(dialog, "feedDetail")->text(),
                 QStringLiteral("usps — last poll: 14:00:00 · next poll: When asked\nFailed: ") + where);
        QCOMPARE(list->topLevelItem(0)->foreground(6).color(), StatusPalette::errorText());

        // The simulator answers 429 with Retry-After: 30 to every request.
        feeds.pollNow(QStringLiteral("ups"));
        QTRY_VERIFY_WITH_TIMEOUT(feeds.schedule().state(QStringLiteral("ups")).waitUntilMs > 0, 30000);
        const FeedSchedule::State ups = feeds.schedule().state(QStringLiteral("ups"));
        QVERIFY(ups.running);
        QCOMPARE(ups.waitUntilMs, test::fixedNowMs() + 30000); // the fixed clock: exactly Retry-After
        QVERIFY2(ups.waitReason.endsWith(QLatin1String(": HTTP 429")), qPrintable(ups.waitReason));
        QTRY_COMPARE(list->topLevelItem(1)->text(6),
                     QStringLiteral("Waiting 30 s to retry: page 1 (%1): HTTP 429").arg(sim.feedUrl(QStringLiteral("ups")).toString()));
        QCOMPARE(list->topLevelItem(1)->text(5), QStringLiteral("Polling…"));
        QVERIFY(!child<QPushButton>(dialog, "pollNow")->isEnabled() || dialog.currentFeed() != QStringLiteral("ups"));
        snapshot(dialog, QStringLiteral("carrier-feeds-waiting"));
    }

    // A scheduled feed is polled when it falls due on the window's clock, not before.
    void scheduleFollowsTheClock()
    {
        QString error;
        Rig rig(openStore(), {});
        CarrierSimulator &sim = rig.sim;
        Clock &clock = rig.clock;
        CarrierFeeds &feeds = rig.feeds;
        QVERIFY(feeds.saveFeed(feedOf(sim, QStringLiteral("shippo"), 5), {}, QString::fromLatin1(GoodCredential), &error));
        // New and scheduled: due at once.
        QTRY_VERIFY_WITH_TIMEOUT(feeds.schedule().state(QStringLiteral("shippo")).lastEndMs > 0, 30000);
        const int pages = sim.pageCount(QStringLiteral("shippo"));
        QCOMPARE(sim.faults().requests(), pages);
        QCOMPARE(feeds.schedule().state(QStringLiteral("shippo")).nextDueMs, test::fixedNowMs() + 5 * 60000);
        clock.advance(5 * 60000 - 1);
        QTest::qWait(50);
        QVERIFY(!feeds.isPolling(QStringLiteral("shippo")));
        QCOMPARE(sim.faults().requests(), pages);
        clock.advance(1);
        QTRY_COMPARE_WITH_TIMEOUT(sim.faults().requests(), 2 * pages, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(feeds.schedule().state(QStringLiteral("shippo")).lastEndMs,
                                  test::fixedNowMs() + 5 * 60000, 30000);
    }

    void removeAskedFirst()
    {
        auto db = openStore();
        Clock clock(test::fixedNow());
        CarrierFeeds feeds(*db, clock, keychain());
        QString error;
        QVERIFY(feeds.load(&error));
        CarrierFeedConfig c;
        c.name = QStringLiteral("dhl");
        c.url = QUrl(QStringLiteral("https://tracking.example/dhl"));
        c.pollMinutes = 0;
        QVERIFY(feeds.saveFeed(c, {}, QStringLiteral("Bearer x"), &error));
        CarrierFeedsDialog dialog(feeds, clock);
        dialog.show();
        answerMessageBox("confirmRemove", "none: cancel");
        QTest::mouseClick(child<QPushButton>(dialog, "remove"), Qt::LeftButton);
        QCOMPARE(feeds.feeds().size(), 1);
        answerMessageBox("confirmRemove", "confirm");
        QTest::mouseClick(child<QPushButton>(dialog, "remove"), Qt::LeftButton);
        QVERIFY(feeds.feeds().isEmpty());
        QCOMPARE(feeds.credential(QStringLiteral("dhl")), CarrierFeeds::Credential::None);
        const auto reread = CarrierFeedFile::load(feeds.filePath(), &error);
        QVERIFY(reread && reread->isEmpty());
        QVERIFY(child<QLabel>(dialog, "empty")->isVisible());
    }
};

QTEST_MAIN(TestCarrierFeeds)
#include "tst_carrierfeeds.moc"
