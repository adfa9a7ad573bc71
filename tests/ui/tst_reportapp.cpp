// SPDX-License-Identifier: MIT
// controltower-report as a scheduled job runs it (the real executable, offscreen): the PDF
// of a store built by hand, paginated; CSV and Excel as controltower-cli writes them; and
// bad input: an impossible range, a path that cannot be written, options a PDF cannot
// honour. Each failure says what is wrong, exits non-zero and leaves no file behind.
#include "store/database.h"
#include "store/shipmentingestor.h"

#include "cli/clirun.h"
#include "support/testclock.h"
#include "support/texasparcel.h"
#include "support/trackingevents.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

using Run = test::CliRun;

Run report(const QStringList &arguments)
{
    return test::runCli(arguments); // CT_CLI_PATH is controltower-report here
}

ShipmentRecord parcel(const char *carrier, const char *tracking, const char *accepted, const char *delivered,
                      const char *promised)
{
    return test::texasParcel(carrier, tracking,
                             {test::eventAt(accepted, Subtag::InTransitAccepted), test::eventAt(delivered, Subtag::Delivered)},
                             promised);
}

// The pages of a PDF as QPdfWriter writes them: one "/Type /Page" object each.
int pageCount(const QByteArray &pdf)
{
    int n = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0; at = pdf.indexOf("/Type /Page", at + 1)) {
        if (pdf.mid(at + 11, 1) != "s")
            ++n;
    }
    return n;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestReportApp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QStringList args(const QString &out, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--from"), QStringLiteral("2026-06-01"),
                           QStringLiteral("--to"), QStringLiteral("2026-06-14"), QStringLiteral("--now"),
                           QStringLiteral("2026-06-17T14:00:00Z"), QStringLiteral("--out"), out}
               + more;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("report.db"));
        QString error;
        auto db = Database::open(m_db, &error);
        QVERIFY2(db, qPrintable(error));
        // Two carriers, three parcels in June: ups on time and late, fedex on time.
        const QList<ShipmentRecord> shipments{
            parcel("ups", "U1", "2026-06-08T09:00:00-05:00", "2026-06-09T14:00:00-05:00", "2026-06-10"),
            parcel("ups", "U2", "2026-06-08T09:00:00-05:00", "2026-06-11T14:00:00-05:00", "2026-06-10"),
            parcel("fedex", "F1", "2026-06-08T09:00:00-05:00", "2026-06-10T14:00:00-05:00", "2026-06-12"),
        };
        QVERIFY2(ShipmentIngestor(*db).ingest(shipments, test::fixedNowMs(), nullptr, &error), qPrintable(error));
    }

    void pdfOfTheAnalyticsPage()
    {
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("june.pdf"));
        const Run run = report(args(path, {QStringLiteral("--by"), QStringLiteral("day")}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Summary, trends, bars and the scorecard (two carriers fit one page).
        QCOMPARE(run.out, QStringLiteral("%1: 4 pages for 2026-06-01 to 2026-06-14\n").arg(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pageCount(pdf), 4);
        QCOMPARE(filesIn(out.path()), QStringList{QStringLiteral("june.pdf")});

        // One carrier: the same pages, and the format taken from --format.
        const QString ups = out.filePath(QStringLiteral("ups.report"));
        const Run one = report(args(ups, {QStringLiteral("--carrier"), QStringLiteral("ups"), QStringLiteral("--format"),
                                          QStringLiteral("pdf")}));
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        QFile upsFile(ups);
        QVERIFY(upsFile.open(QIODevice::ReadOnly));
        QCOMPARE(pageCount(upsFile.readAll()), 4);
    }

    void csvAndExcelAsTheCliWritesThem()
    {
        QTemporaryDir out;
        const Run csv = report(args(out.filePath(QStringLiteral("june.csv"))));
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QFile file(out.filePath(QStringLiteral("june.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("kpi,label,"));
        const Run xlsx = report(args(out.filePath(QStringLiteral("june.xlsx"))));
        QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
        QFile book(out.filePath(QStringLiteral("june.xlsx")));
        QVERIFY(book.open(QIODevice::ReadOnly));
        QVERIFY(book.read(4) == QByteArray("PK\x03\x04"));
    }

    void badInputSaysWhatAndLeavesNoFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString db = QStringLiteral("--db");
        QTest::newRow("from after to")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-06-14"), QStringLiteral("--to"),
                           QStringLiteral("2026-06-01")}
            << 2 << "2026-06-14";
        QTest::newRow("not a day") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-13-01")} << 2
                                   << "--from must be a day such as 2026-06-01, not \"2026-13-01\"";
        QTest::newRow("two carriers")
            << QStringList{QStringLiteral("--carrier"), QStringLiteral("ups,fedex")} << 2 << "all carriers or one";
        QTest::newRow("a cut") << QStringList{QStringLiteral("--cut"), QStringLiteral("lane")} << 2
                               << "--cut shapes the CSV and Excel tables";
        QTest::newRow("bad period") << QStringList{QStringLiteral("--by"), QStringLiteral("year")} << 2
                                    << "--by must be day, week or month, not \"year\"";
        QTest::newRow("no such store") << QStringList{db, QStringLiteral("/nonexistent/folder/store.db")} << 3 << "";
        QTest::newRow("folder does not exist") << QStringList{QStringLiteral("--out"), QStringLiteral("{dir}/missing/r.pdf")}
                                               << 6 << "missing";
        QTest::newRow("out is a folder")
            << QStringList{QStringLiteral("--out"), QStringLiteral("{dir}"), QStringLiteral("--format"), QStringLiteral("pdf")}
            << 6
                                         << "it is a folder";
    }
    void badInputSaysWhatAndLeavesNoFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir out;
        for (QString &a : arguments)
            a.replace(QLatin1String("{dir}"), out.path());
        // Later options win: the row's replace the defaults.
        QStringList all = args(out.filePath(QStringLiteral("r.pdf")));
        for (int i = 0; i + 1 < arguments.size(); i += 2) {
            const qsizetype at = all.indexOf(arguments.at(i));
            if (at >= 0)
                all[at + 1] = arguments.at(i + 1);
            else
                all << arguments.at(i) << arguments.at(i + 1);
        }
        const Run run = report(all);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.startsWith(QLatin1String("controltower-report: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.out, QString());
        QCOMPARE(filesIn(out.path()), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestReportApp)
#include "tst_reportapp.moc"
