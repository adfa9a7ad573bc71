// SPDX-License-Identifier: MIT
// Importing carrier files in the app, on a real store with the real job runner: a folder
// with bad files among good ones (the result sheet's rows, its located problems, copied
// and saved), a large import cancelled (the store holds exactly what the sheet says),
// files dropped on the window, and the welcome an empty store shows (its buttons).
#include "feeds/carrierfeedsdialog.h"
#include "import/importdialog.h"
#include "import/importreportmodel.h"
#include "jobs/storejobrunner.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "shell/clock.h"
#include "shell/storeswitcher.h"
#include "shell/viewswitcher.h"
#include "store/database.h"
#include "store/shipmentqueries.h"
#include "support/importfixtures.h"
#include "support/testclock.h"
#include "sync/connectdialog.h"
#include "sync/syncstore.h"
#include "welcome/welcomepage.h"
#include "windowsettings.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QDir>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <optional>

using namespace ct;

namespace {

qint64 shipmentsIn(const Database &db)
{
    QString error;
    return ShipmentQueries(db).shipmentCount(&error);
}

QWidget *shown(const MainWindow &window)
{
    return window.centralWidget()->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly)->currentWidget();
}

// The sheet's text in one column: "file|result|new|updated|unchanged|events|opened|resolved|problems".
QString row(const ImportReportModel &model, int r)
{
    QStringList cells;
    for (int c = 0; c < ImportReportModel::ColumnCount; ++c)
        cells.append(model.index(r, c).data().toString());
    return cells.join(QLatin1Char('|'));
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clock m_clock{test::fixedNow()};
    int m_stores = 0;

    std::unique_ptr<Database> openStore()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_stores)), &error);
        if (!db)
            qFatal("store: %s", qPrintable(error));
        return db;
    }

    static ImportDialog *finishedImport(const MainWindow &window)
    {
        ImportDialog *dialog = nullptr;
        const bool found = QTest::qWaitFor([&] { return (dialog = window.findChild<ImportDialog *>()) != nullptr; }, 5000);
        if (!found || !QTest::qWaitFor([&] { return dialog->isFinished(); }, 60000))
            return nullptr;
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerTests"));
        QVERIFY(m_dir.isValid());
        test::resetWindowSettings();
    }

    void cleanup() { test::resetWindowSettings(); }

    void mixedFolderGivesOneRowPerFileWithLocatedProblems()
    {
        const QString folder = m_dir.filePath(QStringLiteral("mixed"));
        QVERIFY(test::writeMixedFolder(folder));
        auto db = openStore();
        MainWindow window(*db, m_clock);
        window.show();
        QVERIFY(window.showsWelcome());
        QCOMPARE(shown(window), static_cast<QWidget *>(window.welcome()));
        auto *switcher = window.findChild<ViewSwitcher *>();
        QVERIFY(switcher && !switcher->isEnabled()); // no view to switch to yet

        window.importFiles({folder});
        ImportDialog *dialog = finishedImport(window);
        QVERIFY(dialog);
        const ImportReportModel &model = *dialog->model();
        // By hand (tests/support/importfixtures.h): 9 new, B1 updated and resolved.
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(row(model, 0), QStringLiteral("a_delivered.jsonl|imported|5|0|0|5|0|0|"));
        QCOMPARE(row(model, 1), QStringLiteral("b_attempt.jsonl|imported|2|0|0|2|2|0|"));
        QVERIFY2(row(model, 2).startsWith(QLatin1String("c_track.xml|not read: format not recognised: XML <soapenv:Envelope>")), qPrintable(row(model, 2)));
        QVERIFY2(row(model, 2).endsWith(QLatin1String("||||||1")), qPrintable(row(model, 2)));
        QVERIFY2(row(model, 3).startsWith(QLatin1String("d_page.json|not read: looks like an HTML page")), qPrintable(row(model, 3)));
        QVERIFY2(row(model, 4).startsWith(QLatin1String("e_empty.json|not read: file is empty")), qPrintable(row(model, 4)));
        QVERIFY2(row(model, 5).startsWith(QLatin1String("f_messy.jsonl|imported; 1 of 3 r")), qPrintable(row(model, 5)));
        QVERIFY2(row(model, 5).endsWith(QLatin1String("|2|0|0|2|0|0|1")), qPrintable(row(model, 5)));
        QCOMPARE(row(model, 6), QStringLiteral("sub/g_resolve.jsonl|imported|0|1|0|1|0|1|"));
        QCOMPARE(shipmentsIn(*db), 9);

        // Every problem located as the CLI prints it, copied and saved alike.
        const QString text = dialog->reportText();
        QVERIFY2(text.contains(folder + QStringLiteral("/f_messy.jsonl: record 2 (line 2): error: record is truncated")),
                 qPrintable(text));
        QVERIFY(text.contains(folder + QStringLiteral("/c_track.xml: error: format not recognised: XML <soapenv:Envelope>")));
        QVERIFY(text.contains(folder + QStringLiteral("/e_empty.json: warning: file is empty")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyReport")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), text);
        const QString saved = m_dir.filePath(QStringLiteral("report.txt"));
        QString error;
        QVERIFY2(dialog->saveReport(saved, &error), qPrintable(error));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), text);

        // The views replace the welcome once the store has shipments.
        QTRY_VERIFY(!window.showsWelcome());
        QVERIFY(shown(window) != window.welcome());
        QVERIFY(switcher->isEnabled());
    }

    void cancelledImportStoresExactlyWhatTheSheetSays()
    {
        const QString big = m_dir.filePath(QStringLiteral("big/many.jsonl"));
        constexpr int Lines = 30000; // 30 batches of 1,000
        QVERIFY(test::writeFile(big, test::deliveredLines(QStringLiteral("Z"), Lines)));
        auto db = openStore();
        MainWindow window(*db, m_clock);
        window.show();
        // Cancel as soon as the first batch is stored.
        connect(window.jobs(), &StoreJobRunner::jobProgress, &window, [&window](const QString &, qint64 done, qint64) {
            if (done > 0)
                if (auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelImport")); cancel && cancel->isEnabled())
                    cancel->click();
        });
        window.importFiles({big});
        ImportDialog *dialog = finishedImport(window);
        QVERIFY(dialog);
        const FileImportOutcome *file = dialog->model()->outcome(0);
        QVERIFY(file);
        QCOMPARE(file->state, FileImportOutcome::State::Cancelled);
        const int stored = file->result.stored.shipmentsNew;
        QVERIFY2(stored > 0 && stored < Lines, qPrintable(QString::number(stored)));
        QCOMPARE(stored % 1000, 0); // whole batches only
        QCOMPARE(shipmentsIn(*db), stored);
        QCOMPARE(dialog->model()->index(0, ImportReportModel::New).data().toString(), QLocale().toString(stored));
        QVERIFY2(file->stateText().startsWith(QLatin1String("cancelled")), qPrintable(file->stateText()));
    }

    void droppedFilesAreImported()
    {
        const QString folder = m_dir.filePath(QStringLiteral("drop"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/one.jsonl"), test::deliveredLines(QStringLiteral("D"), 3)));
        QVERIFY(test::writeFile(folder + QStringLiteral("/two.jsonl"), test::deliveredLines(QStringLiteral("E"), 2)));
        auto db = openStore();
        MainWindow window(*db, m_clock);
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(folder + QStringLiteral("/one.jsonl")),
                      QUrl::fromLocalFile(folder + QStringLiteral("/two.jsonl"))});
        const QPoint at = window.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        // Closed at once, the dialog comes back with the sheet when the import is over.
        QVERIFY(window.findChild<ImportDialog *>()); // made by the drop itself
        window.findChild<ImportDialog *>()->reject();
        ImportDialog *dialog = finishedImport(window);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->model()->rowCount(), 2);
        QCOMPARE(shipmentsIn(*db), 5);

        // A drag of something that is not local files is not taken.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent other(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        other.ignore();
        QApplication::sendEvent(&window, &other);
        QVERIFY(!other.isAccepted());
    }

    void aMissingFileIsOneLineAndTheRestGoesOn()
    {
        const QString good = m_dir.filePath(QStringLiteral("gone/good.jsonl"));
        QVERIFY(test::writeFile(good, test::deliveredLines(QStringLiteral("G"), 2)));
        const QString missing = m_dir.filePath(QStringLiteral("gone/vanished.jsonl"));
        auto db = openStore();
        MainWindow window(*db, m_clock);
        window.show();
        window.importFiles({missing, good});
        ImportDialog *dialog = finishedImport(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->rowCount(), 2);
        QVERIFY2(row(*dialog->model(), 0).startsWith(QLatin1String("vanished.jsonl|not read: ")),
                 qPrintable(row(*dialog->model(), 0)));
        QCOMPARE(row(*dialog->model(), 1), QStringLiteral("good.jsonl|imported|2|0|0|2|0|0|"));
        QVERIFY(dialog->reportText().contains(missing + QStringLiteral(": error: ")));
        QCOMPARE(shipmentsIn(*db), 2);
    }

    void welcomeButtonsEachOpenTheirWayIn()
    {
        auto db = openStore();
        MainWindow window(*db, m_clock);
        window.show();
        WelcomePage *welcome = window.welcome();
        QCOMPARE(shown(window), static_cast<QWidget *>(welcome));

        // Import: the file chooser (closed here without a choice: nothing is imported).
        bool chooserSeen = false;
        QTimer::singleShot(0, &window, [&chooserSeen] {
            if (auto *chooser = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                chooserSeen = true;
                chooser->reject();
            }
        });
        welcome->importButton()->click();
        QVERIFY(chooserSeen);
        QVERIFY(!window.findChild<ImportDialog *>());

        welcome->feedsButton()->click();
        QTRY_VERIFY(window.findChild<CarrierFeedsDialog *>() && window.findChild<CarrierFeedsDialog *>()->isVisible());
        window.findChild<CarrierFeedsDialog *>()->close();

        welcome->connectButton()->click();
        QTRY_VERIFY(window.findChild<ConnectDialog *>() && window.findChild<ConnectDialog *>()->isVisible());
        window.findChild<ConnectDialog *>()->reject();

        // Demo data: on the job runner; the page waits, then the views take over.
        QSignalSpy finished(window.jobs(), &StoreJobRunner::jobFinished);
        // Whether the button waited, seen as the job's start reaches the window (after the
        // page's own slot): a small job may be over before a later look.
        std::optional<bool> enabledWhileRunning;
        connect(window.jobs(), &StoreJobRunner::jobStarted, welcome,
                [&] { enabledWhileRunning = welcome->demoButton()->isEnabled(); });
        welcome->setDemoShipments(300);
        welcome->demoButton()->click();
        // The demo data's job, then the Returns view judging the returns it brought.
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 60000);
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("Generating demo data"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isBusy(), 60000);
        QCOMPARE(enabledWhileRunning, std::optional<bool>(false));
        QCOMPARE(shipmentsIn(*db), 300);
        QTRY_VERIFY(!window.showsWelcome());
    }

    void teamStoreWelcomeConnectsWithItsServerFilledIn()
    {
        auto db = openStore();
        QString error;
        const QString url = QStringLiteral("http://127.0.0.1:9");
        QVERIFY2(SyncStore(*db).bindToServer(url, QStringLiteral("server-1"), &error), qPrintable(error));
        MainWindow window(*db, m_clock);
        window.show();
        WelcomePage *welcome = window.welcome();
        QCOMPARE(shown(window), static_cast<QWidget *>(welcome));
        // Only connecting makes sense for a team's copy.
        QVERIFY(!welcome->demoButton()->isEnabled());
        QVERIFY(!welcome->importButton()->isEnabled());
        QVERIFY(!welcome->feedsButton()->isEnabled());
        QVERIFY(welcome->connectButton()->isEnabled());
        welcome->connectButton()->click();
        auto *dialog = window.findChild<ConnectDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("serverUrl"))->text(), url);
        dialog->reject();

        // A drop on a team's copy is refused with the reason, and nothing is imported.
        const QString file = m_dir.filePath(QStringLiteral("team/one.jsonl"));
        QVERIFY(test::writeFile(file, test::deliveredLines(QStringLiteral("T"), 1)));
        QString refusal;
        QTimer::singleShot(0, &window, [&refusal] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                refusal = box->text();
                box->accept();
            }
        });
        window.importFiles({file});
        QVERIFY2(refusal.startsWith(QLatin1String("This store cannot import files: ")), qPrintable(refusal));
        QVERIFY(!window.findChild<ImportDialog *>());
        QCOMPARE(shipmentsIn(*db), 0);
    }
    void newTeamStoreMakesAnEmptyStoreAndLeavesThisOne()
    {
        auto db = openStore();
        const QString folder = m_dir.filePath(QStringLiteral("keep"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/one.jsonl"), test::deliveredLines(QStringLiteral("K"), 2)));
        MainWindow window(*db, m_clock);
        window.show();
        window.importFiles({folder});
        QVERIFY(finishedImport(window));
        // The sheet shows before the job runner is idle; New Store waits for idle.
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isBusy(), 30'000);
        QSignalSpy switched(&window, &MainWindow::storeSwitchRequested);

        // The path chosen in the file chooser.
        const auto choose = [&window](const QString &path) {
            QTimer::singleShot(0, &window, [path] {
                if (auto *chooser = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                    chooser->selectFile(path);
                    static_cast<QDialog *>(chooser)->accept();
                }
            });
        };
        const QString fresh = m_dir.filePath(QStringLiteral("team-new.db"));
        choose(fresh);
        window.newTeamStore();
        QCOMPARE(switched.count(), 1);
        QCOMPARE(switched.at(0).at(0).toString(), fresh);
        QString error;
        auto made = Database::open(fresh, &error);
        QVERIFY2(made, qPrintable(error));
        QCOMPARE(shipmentsIn(*made), 0);
        QCOMPARE(shipmentsIn(*db), 2); // this store as it was

        // An existing file is never overwritten: refused, no switch.
        QString refusal;
        choose(db->path());
        QTimer boxWatch; // the box opens once the chooser has closed
        boxWatch.setInterval(20);
        connect(&boxWatch, &QTimer::timeout, &window, [&refusal, &boxWatch] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                refusal = box->text();
                boxWatch.stop();
                box->accept();
            }
        });
        boxWatch.start();
        window.newTeamStore();
        QVERIFY2(refusal.contains(QLatin1String("already exists")), qPrintable(refusal));
        QCOMPARE(switched.count(), 1);
        QCOMPARE(shipmentsIn(*db), 2);
    }

    void newTeamStoreSwitchesTheWindowAndKeepsTheOldStore()
    {
        auto db = openStore();
        const QString oldPath = db->path();
        const QString folder = m_dir.filePath(QStringLiteral("switch"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/one.jsonl"), test::deliveredLines(QStringLiteral("S"), 3)));
        StoreSwitcher stores(std::move(db), m_clock);
        QPointer<MainWindow> old = stores.window();
        old->show();
        old->importFiles({folder});
        QVERIFY(finishedImport(*old));
        QTRY_VERIFY_WITH_TIMEOUT(!old->jobs()->isBusy(), 30'000);
        QTRY_VERIFY(!old->showsWelcome());
        QSignalSpy switched(&stores, &StoreSwitcher::switched);

        // File > New Store for a Team Server…, the new file chosen in the chooser.
        const QString fresh = m_dir.filePath(QStringLiteral("switched-team.db"));
        QTimer::singleShot(0, old, [fresh] {
            if (auto *chooser = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                chooser->selectFile(fresh);
                static_cast<QDialog *>(chooser)->accept();
            }
        });
        old->findChild<QAction *>(QStringLiteral("newTeamStore"))->trigger();
        QVERIFY(switched.wait(10'000));
        MainWindow *next = stores.window();
        QCOMPARE(switched.first().first().value<MainWindow *>(), next);
        QVERIFY(next != old);
        // The new window, on the empty new store: the welcome, and Server > Connect… open.
        QCOMPARE(stores.database().path(), fresh);
        QVERIFY(next->isVisible());
        QVERIFY(next->showsWelcome());
        auto *connect = next->findChild<ConnectDialog *>();
        QVERIFY(connect && connect->isVisible());
        QVERIFY2(next->statusBar()->currentMessage().contains(QDir::toNativeSeparators(oldPath)),
                 qPrintable(next->statusBar()->currentMessage()));
        // The old window closes and goes; the app opens the new store next time.
        QTRY_VERIFY(old.isNull());
        QCOMPARE(stores.retiredStores(), 1);
        QCOMPARE(AppSettings::StorePath.value(), fresh);
        // The old store is as it was: its three shipments, not bound to any server.
        QString error;
        auto reopened = Database::open(oldPath, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(shipmentsIn(*reopened), 3);
        QVERIFY(SyncStore(*reopened).serverUrl().isEmpty());
        connect->reject();

        // A store that cannot be opened changes nothing.
        QVERIFY(!stores.switchTo(oldPath + QStringLiteral("/not-a-folder.db"), &error)); // under a file
        QVERIFY(!error.isEmpty());
        QCOMPARE(stores.window(), next);
        QCOMPARE(stores.database().path(), fresh);
        AppSettings::StorePath.reset();
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
