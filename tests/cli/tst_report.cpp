// SPDX-License-Identifier: MIT
// controltower-cli report as a scheduled job runs it: the real executable on a store built
// by hand, its CSV against a golden file written by hand, its workbook read back, and its
// messages and exit codes for a bad range, a bad option and a path it cannot write.
#include "store/database.h"
#include "store/shipmentingestor.h"

#include "clirun.h"
#include "support/testclock.h"
#include "support/trackingevents.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;

namespace {

using Run = test::CliRun;

Run cli(const QStringList &arguments)
{
    return test::runCli(arguments);
}

TrackingEvent ev(const char *iso, Subtag subtag)
{
    return test::eventAt(iso, subtag);
}

ShipmentRecord parcel(const char *carrier, const char *tracking, const char *promised, QList<TrackingEvent> events)
{
    ShipmentRecord s;
    s.carrier = QString::fromLatin1(carrier);
    s.trackingNumber = QString::fromLatin1(tracking);
    s.sourceDocument = s.trackingNumber;
    s.service = QStringLiteral("Ground");
    s.origin = {QStringLiteral("Dallas"), QStringLiteral("TX"), QStringLiteral("75201"), QStringLiteral("US")};
    s.destination = {QStringLiteral("Austin"), QStringLiteral("TX"), QStringLiteral("78701"), QStringLiteral("US")};
    s.order.promisedDate = QDate::fromString(QString::fromLatin1(promised), Qt::ISODate);
    s.events = std::move(events);
    s.tag = s.events.constLast().tag;
    s.subtag = s.events.constLast().subtag;
    return s;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QStringList report(const QString &out, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--from"),
                           QStringLiteral("2026-06-01"), QStringLiteral("--to"), QStringLiteral("2026-06-14"),
                           QStringLiteral("--now"), QStringLiteral("2026-06-17T14:00:00Z"), QStringLiteral("--out"), out}
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
        // S1 (ups): picked up Tue 06-02, delivered Thu 06-04 in Austin, promised 06-05: on
        // time, 2 days. S2, whose carrier code someone set to a formula: picked up Mon
        // 06-08, delivered Fri 06-12, promised 06-10: late, 4 days.
        const QList<ShipmentRecord> shipments = {
            parcel("ups", "S1", "2026-06-05",
                   {ev("2026-06-02T09:00:00-05:00", Subtag::InTransitAccepted),
                    ev("2026-06-04T08:00:00-05:00", Subtag::OutForDelivery),
                    ev("2026-06-04T12:00:00-05:00", Subtag::Delivered)}),
            parcel("=evil", "S2", "2026-06-10",
                   {ev("2026-06-08T09:00:00-05:00", Subtag::InTransitAccepted),
                    ev("2026-06-12T08:00:00-05:00", Subtag::OutForDelivery),
                    ev("2026-06-12T12:00:00-05:00", Subtag::Delivered)}),
        };
        QVERIFY2(ShipmentIngestor(*db).ingest(shipments, test::fixedNowMs(), nullptr, &error), qPrintable(error));
    }

    void helpNamesTheOptions()
    {
        const Run r = cli({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--db", "--from", "--to", "--carrier", "--by", "--cut", "--kpi", "--format", "--out", "--now"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    // tests/fixtures/reports/kpi-cells.csv is the expected file, worked out by hand in its
    // comments' place here: see initTestCase for the two shipments.
    void csvMatchesTheGoldenFile()
    {
        const QString out = m_dir.filePath(QStringLiteral("cells.csv"));
        const Run r = cli(report(out, {QStringLiteral("--kpi"), QStringLiteral("on_time_rate,transit_days"),
                                       QStringLiteral("--by"), QStringLiteral("week"), QStringLiteral("--cut"),
                                       QStringLiteral("carrier")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, out + QStringLiteral(": 10 cells for 2026-06-01 to 2026-06-14\n"));
        QCOMPARE(readFile(out), readFile(QStringLiteral(CT_FIXTURES_DIR "/reports/kpi-cells.csv")));

        // --carrier keeps one carrier; --format wins over the extension.
        const QString only = m_dir.filePath(QStringLiteral("ups.txt"));
        const Run u = cli(report(only, {QStringLiteral("--kpi"), QStringLiteral("on_time_rate"), QStringLiteral("--cut"),
                                        QStringLiteral("none"), QStringLiteral("--carrier"), QStringLiteral("ups"),
                                        QStringLiteral("--format"), QStringLiteral("csv")}));
        QVERIFY2(u.exitCode == 0, qPrintable(u.err));
        QVERIFY(!readFile(only).contains("evil"));
        QVERIFY(readFile(only).contains("on_time_rate,On-time delivery rate,range,none,2026-06-01,2026-06-14,"
                                        "2026-06-01/2026-06-14,,,1,1,1,,,share\r\n"));
    }

    void workbookHasEveryTable()
    {
        const QString out = m_dir.filePath(QStringLiteral("report.xlsx"));
        const Run r = cli(report(out));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.endsWith(QStringLiteral(", 11 sheets\n")), qPrintable(r.out));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), out, QStringLiteral("xl/workbook.xml")});
        QVERIFY2(unzip.waitForFinished(), "the unzip command is needed (Debian package unzip)");
        const QByteArray workbook = unzip.readAllStandardOutput();
        for (const char *sheet : {"Summary", "By week", "By carrier", "By service", "By lane", "By destination",
                                  "Open exceptions by type", "Agents", "Retained revenue", "Cells", "Definitions"})
            QVERIFY2(workbook.contains(QByteArray(QByteArray("<sheet name=\"") + sheet + '"')), sheet);
    }

    // `rollups` says whether they are current; a store upgraded from before them is stale,
    // its reports read the events directly, and one rebuild makes it current.
    void rollupsStateAndRebuild()
    {
        Run r = cli({QStringLiteral("rollups"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("rollups: current\n"));

        const QString old = m_dir.filePath(QStringLiteral("old.db"));
        {
            QString error;
            auto db = Database::openAtVersion(old, 7, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(ShipmentIngestor(*db).ingest({parcel("ups", "S9", "2026-06-05",
                                                          {ev("2026-06-02T09:00:00-05:00", Subtag::InTransitAccepted),
                                                           ev("2026-06-04T12:00:00-05:00", Subtag::Delivered)})},
                                                  test::fixedNowMs(), nullptr, &error),
                     qPrintable(error));
        }
        r = cli({QStringLiteral("rollups"), QStringLiteral("--db"), old});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("rollups: stale (run controltower-cli rollups --rebuild)\n"));
        const QString out = m_dir.filePath(QStringLiteral("old.csv"));
        const QStringList reportOld{QStringLiteral("report"), QStringLiteral("--db"), old, QStringLiteral("--from"),
                                    QStringLiteral("2026-06-01"), QStringLiteral("--to"), QStringLiteral("2026-06-14"),
                                    QStringLiteral("--now"), QStringLiteral("2026-06-17T14:00:00Z"), QStringLiteral("--kpi"),
                                    QStringLiteral("on_time_rate"), QStringLiteral("--cut"), QStringLiteral("none"),
                                    QStringLiteral("--out"), out};
        r = cli(reportOld);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("the store's KPI rollups are stale")), qPrintable(r.err));
        const QByteArray direct = readFile(out);
        QVERIFY(direct.contains(",range,none,2026-06-01,2026-06-14,2026-06-01/2026-06-14,,,1,1,1,,,share\r\n"));

        r = cli({QStringLiteral("rollups"), QStringLiteral("--db"), old, QStringLiteral("--rebuild")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("rollups: rebuilt in ")), qPrintable(r.out));
        QCOMPARE(cli({QStringLiteral("rollups"), QStringLiteral("--db"), old}).out, QStringLiteral("rollups: current\n"));
        r = cli(reportOld);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QCOMPARE(readFile(out), direct);
    }

    void badInputGetsAClearMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const auto with = [](std::initializer_list<const char *> args) {
            QStringList out{QStringLiteral("report")};
            for (const char *a : args)
                out << QString::fromLatin1(a);
            return out;
        };
        QTest::newRow("range backwards")
            << with({"--db", "DB", "--from", "2026-06-14", "--to", "2026-06-01", "--out", "OUT/r.csv"}) << 2
            << "controltower-cli report: the range 2026-06-14 to 2026-06-01 is empty: its last day comes before its first\n";
        QTest::newRow("no such day")
            << with({"--db", "DB", "--from", "2026-02-30", "--to", "2026-06-01", "--out", "OUT/r.csv"}) << 2
            << "controltower-cli report: --from must be a day such as 2026-06-01, not \"2026-02-30\"\n";
        QTest::newRow("no --to") << with({"--db", "DB", "--from", "2026-06-01", "--out", "OUT/r.csv"}) << 2
                                 << "controltower-cli report: --to is required\n";
        QTest::newRow("unknown format")
            << with({"--db", "DB", "--from", "2026-06-01", "--to", "2026-06-02", "--out", "OUT/r.pdf"}) << 2
            << "controltower-cli report: --format is required when --out does not end in .csv or .xlsx\n";
        QTest::newRow("unknown period")
            << with({"--db", "DB", "--from", "2026-06-01", "--to", "2026-06-02", "--out", "OUT/r.csv", "--by", "year"}) << 2
            << "controltower-cli report: --by must be day, week or month, not \"year\"\n";
        QTest::newRow("unknown KPI")
            << with({"--db", "DB", "--from", "2026-06-01", "--to", "2026-06-02", "--out", "OUT/r.csv", "--kpi", "ontime"}) << 2
            << "controltower-cli report: --kpi: \"ontime\" is not a KPI code (docs/KPIS.md lists them)\n";
        QTest::newRow("folder missing")
            << with({"--db", "DB", "--from", "2026-06-01", "--to", "2026-06-02", "--out", "OUT/missing/r.csv"}) << 6
            << "controltower-cli report: cannot write OUT/missing/r.csv: the folder OUT/missing does not exist\n";
        QTest::newRow("a folder as the file")
            << with({"--db", "DB", "--from", "2026-06-01", "--to", "2026-06-02", "--out", "OUT", "--format", "xlsx"}) << 6
            << "controltower-cli report: cannot write OUT: it is a folder\n";
        QTest::newRow("no store")
            << with({"--db", "OUT/none.db", "--from", "2026-06-01", "--to", "2026-06-02", "--out", "OUT/r.csv"}) << 3
            << "";
    }
    void badInputGetsAClearMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir out;
        for (QString &a : arguments) {
            a.replace(QLatin1String("DB"), m_db);
            a.replace(QLatin1String("OUT"), out.path());
        }
        message.replace(QLatin1String("OUT"), out.path());
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, exitCode);
        if (!message.isEmpty())
            QCOMPARE(r.err.section(QLatin1Char('\n'), 0, 0) + QLatin1Char('\n'), message);
        else
            QVERIFY2(r.err.startsWith(QLatin1String("controltower-cli report: ")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Nothing written: no report, no temporary file.
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_report.moc"
