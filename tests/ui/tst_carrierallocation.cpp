// SPDX-License-Identifier: MIT
// Store > Carrier Allocation… on a small demo store with a policy and a rate card set
// through core: the scorecard tab fills with the allocator's cells, the Recommend tab's
// ranking and trace are CarrierAllocator's for the same order, bad input is refused beside
// its field with nothing run, a store without a policy says how to set one, the form is
// kept, and the menu keeps one dialog.

#include "allocation/allocationorderform.h"
#include "allocation/allocationscorecardmodel.h"
#include "allocation/allocationwhatifpane.h"
#include "allocation/carrierallocationdialog.h"
#include "mainwindow.h"
#include "shell/appearance.h"
#include "shell/clock.h"

#include "allocation/allocationsettings.h"
#include "allocation/carrierallocator.h"
#include "allocation/allocationwhatif.h"
#include "analytics/analyticsrunner.h"
#include "edits/editcatalog.h"
#include "allocation/ratecard.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "teamsettings/teamsettingsstore.h"

#include "snapshot.h"
#include "support/demostore.h"
#include "support/testclock.h"
#include "windowsettings.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ct;
using Field = AllocationOrderForm::Field;

namespace {

// Three of the demo data's US services, anywhere to anywhere; a short window and a low
// threshold so a 400-shipment store has history.
const char *const Policy = R"({
  "version": 1,
  "time_zone": "America/New_York",
  "scorecard": {"days": 30, "min_shipments": 3},
  "carriers": [
    {"carrier": "ups", "service": "UPS Ground", "cod": false, "max_weight_kg": 30},
    {"carrier": "fedex", "service": "FedEx Home Delivery", "cod": true},
    {"carrier": "usps", "service": "USPS Ground Advantage", "cod": false, "max_weight_kg": 1}
  ]
})";

// One zone per carrier for the whole of the US, a 1 kg and a 5 kg slab, 1 kg steps above.
const char *const Rates = "kind,carrier,service,origin_country,origin_prefix,destination_country,"
                          "destination_prefix,zone,up_to_kg,step_kg,"
                          "price,fixed,percent,currency\n"
                          "zone,ups,,US,,US,,1,,,,,,\n"
                          "slab,ups,*,,,,,1,1,,9.50,,,USD\n"
                          "slab,ups,*,,,,,1,5,,14.00,,,USD\n"
                          "increment,ups,*,,,,,1,,1,2.00,,,USD\n"
                          "zone,fedex,,US,,US,,A,,,,,,\n"
                          "slab,fedex,*,,,,,A,1,,8.75,,,USD\n"
                          "slab,fedex,*,,,,,A,5,,15.25,,,USD\n"
                          "increment,fedex,*,,,,,A,,1,2.50,,,USD\n"
                          "cod,fedex,*,,,,,,,,,5.00,2,USD\n"
                          "zone,usps,,US,,US,,N,,,,,,\n"
                          "slab,usps,*,,,,,N,1,,6.10,,,USD\n";

} // namespace

class TestCarrierAllocation final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;   // demo store with the policy and the rate card
    std::unique_ptr<Database> m_bare; // demo store, never given a policy
    Clock m_clock{test::fixedNow()};

    static void fill(AllocationOrderForm &form, const QString &weight)
    {
        form.field(Field::FromPostal)->setText(QStringLiteral("94105"));
        form.field(Field::FromCountry)->setText(QStringLiteral("US"));
        form.field(Field::FromRegion)->setText(QStringLiteral("CA"));
        form.field(Field::ToPostal)->setText(QStringLiteral("10001"));
        form.field(Field::ToCountry)->setText(QStringLiteral("us"));
        form.field(Field::ToRegion)->setText(QStringLiteral("NY"));
        form.field(Field::Weight)->setText(weight);
        form.cod()->setChecked(true);
        form.field(Field::Value)->setText(QStringLiteral("120.00"));
        form.field(Field::Currency)->setText(QStringLiteral("USD"));
        form.field(Field::Promised)->setText(QStringLiteral("2026-06-20"));
    }

    static AllocationOrder sameOrder(qint64 grams)
    {
        AllocationOrder o;
        o.origin = PostalPlace{QStringLiteral("US"), QStringLiteral("94105"), QStringLiteral("CA")};
        o.destination =
            PostalPlace{QStringLiteral("US"), QStringLiteral("10001"), QStringLiteral("NY")};
        o.weightGrams = grams;
        o.cod = true;
        o.value = Money{12000, QStringLiteral("USD")};
        o.promised = QDate(2026, 6, 20);
        return o;
    }

    // Light, then dark (CT_UI_SCREENSHOTS=DIR), to look at.
    static void snapshots(QWidget &widget, const char *name)
    {
        const QByteArray base(name);
        test::snapshot(widget, QByteArray(base + "-light").constData());
        applyAppearance(Appearance::Dark);
        test::snapshot(widget, QByteArray(base + "-dark").constData());
        applyAppearance(Appearance::System);
    }

    // The policy without USPS, as a file for the What-if tab.
    QString candidateFile() const
    {
        const QString path = m_dir.filePath(QStringLiteral("candidate.json"));
        QByteArray text(Policy);
        text.replace(R"(,
    {"carrier": "usps", "service": "USPS Ground Advantage", "cod": false, "max_weight_kg": 1})",
                     "");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static void waitIdle(CarrierAllocationDialog &dialog)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerTests"));
        QVERIFY(m_dir.isValid());
        QString error;
        m_db = Database::open(m_dir.filePath(QStringLiteral("allocation.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY2(test::seedDemoStore(*m_db, 400, &error), qPrintable(error));
        TeamSettingsStore settings(*m_db);
        QVERIFY(settings
                    .save(QString::fromLatin1(AllocationSettings::PolicyName), QByteArray(Policy),
                          0, QStringLiteral("lead"), test::fixedNowMs())
                    .ok());
        QStringList errors;
        const std::optional<RateCard> card =
            RateCard::fromCsv(QByteArray(Rates), QStringLiteral("rates-us.csv"), &errors);
        QVERIFY2(card, qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(settings
                    .save(QString::fromLatin1(AllocationSettings::RateCardName),
                          AllocationSettings::rateCardDocument(*card), 0, QStringLiteral("lead"),
                          test::fixedNowMs())
                    .ok());
        m_bare = Database::open(m_dir.filePath(QStringLiteral("bare.db")), &error);
        QVERIFY2(m_bare, qPrintable(error));
        QVERIFY2(test::seedDemoStore(*m_bare, 40, &error), qPrintable(error));
    }

    void init()
    {
        test::resetWindowSettings();
        AppSettings::AllocationForm.reset();
        AppSettings::CarrierAllocationGeometry.reset();
        AppSettings::AllocationWhatIfPolicy.reset();
        AppSettings::AllocationWhatIfDays.reset();
        AppSettings::AllocationWhatIfWeight.reset();
    }

    void scorecardTabShowsTheAllocatorsCells()
    {
        QString error;
        const std::optional<CarrierAllocator> core =
            CarrierAllocator::open(*m_db, test::fixedNowMs(), &error);
        QVERIFY2(core, qPrintable(error));
        const QList<CarrierScorecard::Row> rows = core->scorecard().rows();
        QVERIFY(rows.size() >= 3); // at least the three carriers' own cells

        CarrierAllocationDialog dialog(*m_db, m_clock);
        dialog.show();
        waitIdle(dialog);
        QCOMPARE(dialog.scorecardModel()->rowCount(), rows.size());
        // Each row is the core's cell: the n and the on-time figure with its n.
        for (int r = 0; r < rows.size(); ++r) {
            const CarrierScorecard::Row &row = dialog.scorecardModel()->rowAt(r);
            QCOMPARE(row.key, rows.at(r).key);
            QCOMPARE(row.metrics.shipments, rows.at(r).metrics.shipments);
            const QString onTime = dialog.scorecardModel()
                                       ->index(r, AllocationScorecardModel::OnTimeColumn)
                                       .data()
                                       .toString();
            const ScorecardFigure &f = rows.at(r).metrics.onTime;
            QCOMPARE(onTime, f.value ? QStringLiteral("%1 % (%2)")
                                           .arg(QLocale().toString(*f.value * 100, 'f', 1),
                                                QLocale().toString(f.n))
                                     : QStringLiteral("no data"));
        }
        QVERIFY(dialog.scorecardStatus()->text().contains(
            QLocale().toString(QDate(2026, 5, 19), QLocale::ShortFormat)));
        // Sorting by shipments, most first: the view's first row has the largest n.
        dialog.scorecardTable()->sortByColumn(AllocationScorecardModel::ShipmentsColumn,
                                              Qt::DescendingOrder);
        qint64 most = 0;
        for (const CarrierScorecard::Row &r : rows)
            most = std::max(most, r.metrics.shipments);
        QCOMPARE(dialog.scorecardTable()
                     ->model()
                     ->index(0, AllocationScorecardModel::ShipmentsColumn)
                     .data()
                     .toString(),
                 QLocale().toString(most));
        snapshots(dialog, "allocation-scorecard");
    }

    void recommendGivesTheAllocatorsRankingAndTrace_data()
    {
        QTest::addColumn<QString>("weight");
        QTest::addColumn<qint64>("grams");
        QTest::newRow("0.8 kg: every service may take it") << QStringLiteral("0.8") << qint64(800);
        QTest::newRow("1.2 kg: above USPS's 1 kg maximum") << QStringLiteral("1.2") << qint64(1200);
    }

    void recommendGivesTheAllocatorsRankingAndTrace()
    {
        QFETCH(QString, weight);
        QFETCH(qint64, grams);
        QString error;
        const std::optional<CarrierAllocator> core =
            CarrierAllocator::open(*m_db, test::fixedNowMs(), &error);
        QVERIFY2(core, qPrintable(error));
        const std::optional<AllocationResult> expected = core->allocate(sameOrder(grams), &error);
        QVERIFY2(expected, qPrintable(error));
        QVERIFY(expected->best());

        CarrierAllocationDialog dialog(*m_db, m_clock);
        dialog.show();
        waitIdle(dialog);
        dialog.tabs()->setCurrentIndex(1);
        fill(*dialog.orderForm(), weight);
        QSignalSpy shown(&dialog, &CarrierAllocationDialog::recommendationShown);
        // Enter in a field recommends.
        QTest::keyClick(dialog.orderForm()->field(Field::Weight), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        QCOMPARE(dialog.traceView()->toPlainText(), expected->text());
        QCOMPARE(dialog.rankingTable()->rowCount(), expected->ranking.size());
        for (int i = 0; i < expected->ranking.size(); ++i)
            QCOMPARE(dialog.rankingTable()->item(i, 1)->text(),
                     expected->candidates.at(expected->ranking.at(i)).text());
        QVERIFY(dialog.recommendStatus()->text().contains(expected->best()->text()));
        QApplication::clipboard()->clear();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyTrace")),
                          Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), expected->text());
        if (grams > 1000)
            QVERIFY(!dialog.traceView()->toPlainText().isEmpty() &&
                    expected->ranking.size() < expected->candidates.size());
        snapshots(dialog, grams > 1000 ? "allocation-recommend-heavy" : "allocation-recommend");
    }

    void badInputIsRefusedBesideItsField_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("weight not a number") << int(Field::Weight) << QStringLiteral("heavy")
                                             << QStringLiteral("\"heavy\" is not a weight");
        QTest::newRow("weight zero")
            << int(Field::Weight) << QStringLiteral("0") << QStringLiteral("\"0\" is not a weight");
        QTest::newRow("unknown country") << int(Field::ToCountry) << QStringLiteral("ZZ")
                                         << QStringLiteral("\"ZZ\" is not a country code");
        QTest::newRow("postal code") << int(Field::FromPostal) << QStringLiteral("94/105")
                                     << QStringLiteral("\"94/105\" is not a postal code");
        QTest::newRow("date") << int(Field::Promised) << QStringLiteral("20.06.2026")
                              << QStringLiteral("\"20.06.2026\" is not a date");
    }

    void badInputIsRefusedBesideItsField()
    {
        QFETCH(int, field);
        QFETCH(QString, text);
        QFETCH(QString, message);
        CarrierAllocationDialog dialog(*m_db, m_clock);
        dialog.show();
        waitIdle(dialog);
        dialog.tabs()->setCurrentIndex(1);
        fill(*dialog.orderForm(), QStringLiteral("0.8"));
        const auto f = static_cast<Field>(field);
        dialog.orderForm()->field(f)->setText(text);
        QSignalSpy shown(&dialog, &CarrierAllocationDialog::recommendationShown);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("recommendButton")),
                          Qt::LeftButton);
        QCOMPARE(shown.count(), 1); // at once: nothing was sent to the worker
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.orderForm()->error(f)->text().contains(message),
                 qPrintable(dialog.orderForm()->error(f)->text()));
        QVERIFY(dialog.orderForm()->error(f)->isVisible());
        QCOMPARE(dialog.focusWidget(), dialog.orderForm()->field(f)); // the first field in error
        QCOMPARE(dialog.rankingTable()->rowCount(), 0);
        QVERIFY(dialog.traceView()->toPlainText().isEmpty());
        QVERIFY(dialog.recommendStatus()->text().contains(QStringLiteral("Nothing was run")));
        // The other fields carry no message.
        QCOMPARE(dialog.orderForm()
                     ->error(f == Field::Weight ? Field::ToCountry : Field::Weight)
                     ->text(),
                 QString());
        if (f == Field::Weight && text == QStringLiteral("heavy"))
            snapshots(dialog, "allocation-bad-weight");
    }

    void aStoreWithoutAPolicySaysHowToSetOne()
    {
        CarrierAllocationDialog dialog(*m_bare, m_clock);
        dialog.show();
        waitIdle(dialog);
        QCOMPARE(dialog.scorecardModel()->rowCount(), 0);
        QVERIFY(dialog.scorecardStatus()->text().contains(
            QStringLiteral("controltower-cli allocate policy set FILE")));
        QVERIFY(dialog.recommendStatus()->text().contains(QStringLiteral("team server")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("recommendButton"))->isEnabled());
        // Enter in the form does not run an empty recommendation either: it says why.
        dialog.tabs()->setCurrentIndex(1);
        fill(*dialog.orderForm(), QStringLiteral("0.8"));
        QSignalSpy shown(&dialog, &CarrierAllocationDialog::recommendationShown);
        QTest::keyClick(dialog.orderForm()->field(Field::Weight), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        QCOMPARE(dialog.rankingTable()->rowCount(), 0);
        QVERIFY(dialog.recommendStatus()->text().contains(
            QStringLiteral("No allocation policy is in force")));
        snapshots(dialog, "allocation-no-policy");
    }

    void theFormAndTheGeometryAreKept()
    {
        {
            CarrierAllocationDialog dialog(*m_db, m_clock);
            dialog.show();
            waitIdle(dialog);
            fill(*dialog.orderForm(), QStringLiteral("2.5"));
            dialog.resize(1010, 655);
            dialog.close();
        }
        CarrierAllocationDialog again(*m_db, m_clock);
        QCOMPARE(again.orderForm()->field(Field::Weight)->text(), QStringLiteral("2.5"));
        QCOMPARE(again.orderForm()->field(Field::ToCountry)->text(), QStringLiteral("us"));
        QCOMPARE(again.orderForm()->field(Field::Promised)->text(), QStringLiteral("2026-06-20"));
        QVERIFY(again.orderForm()->cod()->isChecked());
        QCOMPARE(again.size(), QSize(1010, 655));
        waitIdle(again);
    }

    // What-if: a candidate that leaves USPS out, over the last 30 days at 1 kg, shows what
    // AllocationWhatIf computes for the same inputs, column by column, and says they are
    // estimates; the file, the days and the weight are kept.
    void whatIfComparesACandidateWithThePolicyInForce()
    {
        const QString path = candidateFile();
        QFile read(path);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QByteArray candidateText = read.readAll();
        QList<FieldError> errors;
        const std::optional<AllocationPolicy> candidate = AllocationPolicy::fromJson(candidateText, &errors);
        QVERIFY(candidate);
        QCOMPARE(candidate->carriers.size(), 2);
        const AllocationSettings::InForce in = AllocationSettings::read(*m_db);
        QString error;
        const std::optional<WhatIfReport> expected =
            AllocationWhatIf::run(*m_db, in.policy, *candidate, in.rateCard, 30, 1000, test::fixedNowMs(), &error);
        QVERIFY2(expected, qPrintable(error));
        QVERIFY(expected->orders > 0);

        CarrierAllocationDialog dialog(*m_db, m_clock);
        dialog.show();
        waitIdle(dialog);
        dialog.tabs()->setCurrentIndex(2);
        AllocationWhatIfPane *pane = dialog.whatIfPane();
        pane->policyFile()->setText(path);
        pane->days()->setValue(30);
        pane->weight()->setText(QStringLiteral("1"));
        QSignalSpy finished(pane, &AllocationWhatIfPane::finished);
        QTest::mouseClick(pane->runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QTableWidget *table = pane->results();
        const QLocale locale;
        const WhatIfOutcome *columns[] = {&expected->asShipped, &expected->inForce, &expected->candidate};
        for (int col = 0; col < 3; ++col) {
            QCOMPARE(table->item(AllocationWhatIfPane::Allocated, col)->text(), locale.toString(columns[col]->allocated));
            QVERIFY(table->item(AllocationWhatIfPane::OnTime, col)->text().contains(
                columns[col]->onTime.estimate ? locale.toString(*columns[col]->onTime.estimate * 100, 'f', 1)
                                              : QStringLiteral("no data")));
        }
        QCOMPARE(table->item(AllocationWhatIfPane::Unallocated, 2)->text(), locale.toString(expected->candidate.unallocated));
        QVERIFY(!table->item(AllocationWhatIfPane::Carriers, 2)->text().contains(QStringLiteral("usps")));
        const QString status = pane->status()->text();
        QVERIFY2(status.startsWith(QStringLiteral("ESTIMATES, not outcomes")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("the candidate sends %1 of them").arg(locale.toString(expected->changed))),
                 qPrintable(status));
        QVERIFY(!pane->isRunning());
        snapshots(dialog, "allocation-whatif");
        dialog.close();
        QCOMPARE(AppSettings::AllocationWhatIfPolicy.value(), path);
        QCOMPARE(AppSettings::AllocationWhatIfDays.value(), 30);
    }

    // A file that is not a policy, or a weight that does not read, is refused with the
    // reason and nothing is run.
    void whatIfRefusesABadPolicyOrWeight()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"version": 1, "carriers": [{"carrier": 7}]})");
        }
        AnalyticsRunner runner(m_db->path());
        AllocationWhatIfPane pane(&runner, m_clock);
        QSignalSpy finished(&pane, &AllocationWhatIfPane::finished);
        pane.policyFile()->setText(path);
        pane.run();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!runner.isBusy());
        QVERIFY2(pane.status()->text().contains(QStringLiteral("carriers[0].carrier")), qPrintable(pane.status()->text()));
        QVERIFY(pane.status()->text().contains(QStringLiteral("Nothing was run.")));
        pane.policyFile()->setText(m_dir.filePath(QStringLiteral("missing.json")));
        pane.run();
        QVERIFY(pane.status()->text().contains(QStringLiteral("cannot be read")));
        pane.policyFile()->setText(candidateFile());
        pane.weight()->setText(QStringLiteral("heavy"));
        pane.run();
        QCOMPARE(finished.count(), 3);
        QVERIFY(pane.status()->text().contains(QStringLiteral("kilograms above 0")));
        QVERIFY(!runner.isBusy());
    }

    // Cancel stops the re-run: the worker is held busy, the re-run asked for and cancelled
    // while it waits, then the worker let go: it stops at once and nothing is compared.
    void whatIfCanBeCancelled()
    {
        AnalyticsRunner runner(m_db->path());
        auto hold = std::make_shared<std::atomic<bool>>(true);
        runner.submit(AnalyticsRunner::Channel::Page, [hold](const Database &) -> AnalyticsRunner::Deliver {
            while (hold->load())
                QThread::msleep(5);
            return {};
        });
        AllocationWhatIfPane pane(&runner, m_clock);
        QSignalSpy finished(&pane, &AllocationWhatIfPane::finished);
        pane.policyFile()->setText(candidateFile());
        pane.weight()->setText(QStringLiteral("1"));
        pane.run();
        QVERIFY(pane.isRunning());
        QVERIFY(pane.cancelButton()->isEnabled());
        QVERIFY(!pane.runButton()->isEnabled());
        QTest::mouseClick(pane.cancelButton(), Qt::LeftButton);
        hold->store(false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(pane.status()->text(), QStringLiteral("Cancelled: nothing was compared."));
        QVERIFY(!pane.isRunning());
        QVERIFY(pane.results()->item(AllocationWhatIfPane::Allocated, 0) == nullptr);
    }

    void theMenuKeepsOneDialog()
    {
        MainWindow window(*m_db, m_clock);
        auto *action = window.findChild<QAction *>(QStringLiteral("carrierAllocation"));
        QVERIFY(action);
        action->trigger();
        action->trigger();
        const QList<CarrierAllocationDialog *> open =
            window.findChildren<CarrierAllocationDialog *>();
        QCOMPARE(open.size(), 1);
        QVERIFY(open.constFirst()->isVisible());
        waitIdle(*open.constFirst());
        open.constFirst()->close();
    }
};

QTEST_MAIN(TestCarrierAllocation)
#include "tst_carrierallocation.moc"
