// SPDX-License-Identifier: MIT
// The main window on a real store: empty state, demo data seeded on the worker thread,
// search, and settings that persist.
#include "jobs/storejobrunner.h"
#include "mainwindow.h"
#include "models/shipmenttablemodel.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "store/shipmentqueries.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerTests"));
        QVERIFY(m_dir.isValid());
    }

    void emptyStoreExplainsWhatToDo()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("empty.db")), &error);
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        auto *stack = window.findChild<QStackedWidget *>();
        auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(stack && empty);
        QCOMPARE(stack->currentWidget(), empty);
        QVERIFY(empty->text().contains(QLatin1String("No shipments yet")));
        QVERIFY(empty->text().contains(QLatin1String("controltower-cli ingest")));
    }

    void demoDataArrivesWithoutFreezingAndCanBeSearched()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("demo.db")), &error);
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QSignalSpy finished(window.jobs(), &StoreJobRunner::jobFinished);
        QSignalSpy failed(window.jobs(), &StoreJobRunner::jobFailed);
        window.seedDemoData(600);
        QVERIFY(window.jobs()->isBusy());
        // The GUI thread keeps processing events while the worker writes.
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 || failed.count() == 1, 60000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(ShipmentQueries(*db).shipmentCount(&error), 600);
        QCOMPARE(window.shipmentModel()->rowCount(), ShipmentTableModel::PageSize);
        auto *table = window.findChild<QTableView *>(QStringLiteral("shipmentTable"));
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), table);
        QVERIFY(window.statusBar()->findChild<QLabel *>(QStringLiteral("counts"))->text().contains(QLatin1String("600 shipments")));

        const QString tracking = window.shipmentModel()->index(5, ShipmentTableModel::TrackingNumber).data().toString();
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
        QTest::keyClicks(search, tracking);
        QTRY_COMPARE(window.shipmentModel()->rowCount(), 1);
        QCOMPARE(window.shipmentModel()->index(0, ShipmentTableModel::TrackingNumber).data().toString(), tracking);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("zzzz-no-such-thing"));
        QTRY_COMPARE(window.findChild<QStackedWidget *>()->currentWidget(),
                     static_cast<QWidget *>(window.findChild<QLabel *>(QStringLiteral("emptyState"))));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("emptyState"))->text().contains(QLatin1String("No shipment matches")));

        QSignalSpy refreshed(window.jobs(), &StoreJobRunner::jobFinished);
        window.refreshExceptions();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() == 1, 60000);
    }

    void layoutPersists()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("layout.db")), &error);
        {
            MainWindow window(*db);
            window.show();
            window.findChild<QTableView *>(QStringLiteral("shipmentTable"))->setColumnWidth(0, 333);
            window.close();
        }
        QVERIFY(!AppSettings::ShipmentTableHeader.value().isEmpty());
        MainWindow again(*db);
        QCOMPARE(again.findChild<QTableView *>(QStringLiteral("shipmentTable"))->columnWidth(0), 333);
        AppSettings::ShipmentTableHeader.reset();
        AppSettings::MainWindowGeometry.reset();
        AppSettings::MainWindowState.reset();
    }
};

QTEST_MAIN(TestMainWindow)

#include "tst_mainwindow.moc"
