// SPDX-License-Identifier: MIT
// The column mapping of a custom storefront's CSV in the app (CsvMappingDialog,
// CsvMappingPrompt; docs/storefronts/csv.md), with real widgets on the fixture
// tests/fixtures/orders/csv/custom-orders.csv: the preview and the guess, required fields
// marked, a wrong mapping keeping Import disabled with the rows that failed, the mapping
// saved by header and offered next time, and File > Import Files… reading the CSV by it
// into a real store.
#include "dialogtestsupport.h"
#include "import/importdialog.h"
#include "mainwindow.h"
#include "orders/csvmappingdialog.h"
#include "orders/csvmappingprompt.h"
#include "orders/orderfilereader.h"
#include "orders/orderqueries.h"
#include "settings/appsettings.h"
#include "shell/clock.h"
#include "store/database.h"
#include "support/testclock.h"
#include "windowsettings.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ct;
using Field = CsvOrderMapping::Field;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CT_FIXTURES_DIR "/orders/") + QString::fromLatin1(name);
}

QByteArray head(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.read(OrderFileReader::HeadBytes);
}

void choose(QComboBox *combo, const QString &column)
{
    const int index = combo->findData(column);
    QVERIFY2(index >= 0 || column.isEmpty(), qPrintable(column));
    combo->setCurrentIndex(std::max(0, index));
}

// The label of a field's combo in its form.
QLabel *labelOf(const CsvMappingDialog &dialog, QComboBox *combo)
{
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy() == combo)
            return label;
    }
    return nullptr;
}

} // namespace

class TestCsvMapping final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Clock m_clock{test::fixedNow()};

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerTests"));
        QVERIFY(m_dir.isValid());
        test::resetWindowSettings();
    }
    void init() { AppSettings::OrderCsvMappings.reset(); }
    void cleanup()
    {
        AppSettings::OrderCsvMappings.reset();
        test::resetWindowSettings();
    }

    void opensOnAPreviewAndAGuess()
    {
        const QString path = fixture("csv/custom-orders.csv");
        CsvMappingDialog dialog(path, head(path), std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The preview: the header and the file's five rows as written.
        auto *preview = test::child<QTableWidget>(dialog, "csvPreview");
        QCOMPARE(preview->columnCount(), 18);
        QCOMPARE(preview->rowCount(), 5);
        QCOMPARE(preview->horizontalHeaderItem(2)->text(), QStringLiteral("AWB"));
        QCOMPARE(preview->item(0, 8)->text(), QStringLiteral("Silk Saree, maroon"));
        QCOMPARE(preview->item(1, 2)->text(), QStringLiteral("BD987654321IN"));
        // The guess from the column names, and the date formats that read the rows.
        QCOMPARE(dialog.combo(Field::OrderId)->currentData().toString(), QStringLiteral("Order No"));
        QCOMPARE(dialog.combo(Field::TrackingNumber)->currentData().toString(), QStringLiteral("AWB"));
        QCOMPARE(dialog.combo(Field::LineQuantity)->currentData().toString(), QStringLiteral("Qty"));
        QCOMPARE(dialog.combo(Field::ShipPostalCode)->currentData().toString(), QStringLiteral("PIN"));
        QCOMPARE(dialog.combo(Field::ExternalId)->currentIndex(), 0); // (none)
        const CsvOrderMapping m = dialog.mapping();
        QCOMPARE(m.dateTimeFormat, QStringLiteral("dd/MM/yyyy HH:mm"));
        QCOMPARE(m.dateFormat, QStringLiteral("dd/MM/yyyy"));
        // Required fields are marked; the others are not.
        QVERIFY(labelOf(dialog, dialog.combo(Field::OrderId))->text().contains(QLatin1String("*")));
        QVERIFY(labelOf(dialog, dialog.combo(Field::TrackingNumber))->text().contains(QLatin1String("*")));
        QVERIFY(!labelOf(dialog, dialog.combo(Field::Carrier))->text().contains(QLatin1String("*")));
        QVERIFY(dialog.fits());
        QCOMPARE(dialog.verdict(), QStringLiteral("The mapping fits the file (rows checked: 5)."));
        QVERIFY(test::child<QPushButton>(dialog, "importButton")->isEnabled());

        test::child<QLineEdit>(dialog, "utcOffset")->setText(QStringLiteral("+05:30"));
        test::child<QLineEdit>(dialog, "currency")->setText(QStringLiteral("INR"));
        QApplication::processEvents();
        test::snapshot(dialog, QStringLiteral("csv-mapping-dialog"));
    }

    void aWrongMappingKeepsImportDisabled()
    {
        const QString path = fixture("csv/custom-orders.csv");
        CsvMappingDialog dialog(path, head(path), std::nullopt);
        auto *import = test::child<QPushButton>(dialog, "importButton");
        QVERIFY(import->isEnabled());
        // The quantity from the title column (which the title leaves): no row's is a number.
        choose(dialog.combo(Field::LineTitle), QString());
        choose(dialog.combo(Field::LineQuantity), QStringLiteral("Item"));
        QVERIFY(!dialog.fits());
        QVERIFY(!import->isEnabled());
        QVERIFY2(dialog.verdict().startsWith(QLatin1String("This mapping does not fit the file:\nline_quantity (column \"Item\") "
                                                           "reads as a whole quantity in 0 of the first 5 rows that have it\n")),
                 qPrintable(dialog.verdict()));
        QVERIFY2(dialog.verdict().contains(QLatin1String("Row 1 (line 2), Item: \"Silk Saree, maroon\" is not a whole "
                                                         "quantity (line_quantity)")),
                 qPrintable(dialog.verdict()));
        test::snapshot(dialog, QStringLiteral("csv-mapping-dialog-refused"));
        choose(dialog.combo(Field::LineQuantity), QStringLiteral("Qty"));
        QVERIFY(import->isEnabled());

        // Month first reads none of the dates.
        auto *dates = test::child<QComboBox>(dialog, "dateTimeFormat");
        dates->setCurrentIndex(dates->findData(QStringLiteral("MM/dd/yyyy HH:mm")));
        QVERIFY(!import->isEnabled());
        QVERIFY2(dialog.verdict().contains(QLatin1String("Row 1 (line 2), Placed: \"14/03/2026 18:45\"")),
                 qPrintable(dialog.verdict()));
        dates->setCurrentIndex(dates->findData(QStringLiteral("dd/MM/yyyy HH:mm")));
        QVERIFY(import->isEnabled());

        // A required field left out, a bad offset, a bad currency.
        choose(dialog.combo(Field::TrackingNumber), QString());
        QVERIFY(!import->isEnabled());
        QVERIFY2(dialog.verdict().contains(QLatin1String("Choose the columns of the fields marked *.")), qPrintable(dialog.verdict()));
        choose(dialog.combo(Field::TrackingNumber), QStringLiteral("AWB"));
        test::child<QLineEdit>(dialog, "utcOffset")->setText(QStringLiteral("IST"));
        QVERIFY(!import->isEnabled());
        test::child<QLineEdit>(dialog, "utcOffset")->setText(QStringLiteral("+05:30"));
        test::child<QLineEdit>(dialog, "currency")->setText(QStringLiteral("RS"));
        QVERIFY(!import->isEnabled());
        test::child<QLineEdit>(dialog, "currency")->setText(QStringLiteral("INR"));
        QVERIFY(import->isEnabled());
    }

    void theMappingIsSavedAndOfferedNextTime()
    {
        const QString csv = fixture("csv/custom-orders.csv");
        const QString json = fixture("shopify/orders.json"); // a known format: no dialog
        int asked = 0;
        CsvOrderMappingBook book = CsvMappingPrompt::ask({json, csv}, nullptr, [&](CsvMappingDialog &dialog) {
            ++asked;
            test::child<QLineEdit>(dialog, "utcOffset")->setText(QStringLiteral("+05:30"));
            test::child<QLineEdit>(dialog, "currency")->setText(QStringLiteral("INR"));
            test::child<QLineEdit>(dialog, "storefront")->setText(QStringLiteral("mystore"));
            return true;
        });
        QCOMPARE(asked, 1);
        const QStringList header = OrderFileReader::csvHeader(head(csv));
        std::optional<CsvOrderMapping> saved = book.find(header);
        QVERIFY(saved);
        QCOMPARE(saved->utcOffsetMinutes, 330);
        QVERIFY(CsvOrderMappingBook::fromJson(AppSettings::OrderCsvMappings.value()).find(header));

        // Next time the dialog opens on it; skipping keeps it saved, unused.
        book = CsvMappingPrompt::ask({csv}, nullptr, [&](CsvMappingDialog &dialog) {
            ++asked;
            [&] {
                QCOMPARE(test::child<QLineEdit>(dialog, "currency")->text(), QStringLiteral("INR"));
                QCOMPARE(test::child<QLineEdit>(dialog, "utcOffset")->text(), QStringLiteral("+05:30"));
                QCOMPARE(test::child<QLineEdit>(dialog, "storefront")->text(), QStringLiteral("mystore"));
            }();
            return false;
        });
        QCOMPARE(asked, 2);
        QVERIFY(!book.find(header)); // skipped: this import reads the file by no mapping
        QVERIFY(CsvOrderMappingBook::fromJson(AppSettings::OrderCsvMappings.value()).find(header)); // still saved
    }

    void importFilesReadsTheCsvByTheMapping()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(QStringLiteral("csv.db")), &error);
        QVERIFY2(db, qPrintable(error));
        MainWindow window(*db, m_clock);
        window.show();
        const QString csv = fixture("csv/custom-orders.csv");
        // The mapping dialog is modal: answered once it shows.
        bool answered = false;
        QTimer::singleShot(0, &window, [&] {
            QTRY_VERIFY(qobject_cast<CsvMappingDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<CsvMappingDialog *>(QApplication::activeModalWidget());
            test::child<QLineEdit>(*dialog, "currency")->setText(QStringLiteral("INR"));
            test::child<QLineEdit>(*dialog, "utcOffset")->setText(QStringLiteral("+05:30"));
            auto *button = test::child<QPushButton>(*dialog, "importButton");
            answered = button->isEnabled();
            if (answered)
                button->click();
            else
                dialog->reject(); // fails below rather than waiting for ever
        });
        window.importFiles({csv});
        QVERIFY(answered);
        ImportDialog *import = nullptr;
        QTRY_VERIFY((import = window.findChild<ImportDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(import->isFinished(), 60000);
        QVERIFY2(import->reportText().contains(QLatin1String("custom-orders.csv: record 4 (line 5): Order No: error: a row "
                                                              "without an order id")),
                 qPrintable(import->reportText()));
        const std::optional<Order> order = OrderQueries(*db).order(QStringLiteral("custom"), QStringLiteral("SO-5001"), &error);
        QVERIFY2(order, qPrintable(error));
        QCOMPARE(order->totalCents, 309800);
        QCOMPARE(order->currency, QStringLiteral("INR"));
        QCOMPARE(order->orderedAt->utcMs, 1773494100000); // 18:45 at +05:30
        QCOMPARE(order->fulfilments.size(), 2);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM orders")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }
};

QTEST_MAIN(TestCsvMapping)
#include "tst_csvmapping.moc"
