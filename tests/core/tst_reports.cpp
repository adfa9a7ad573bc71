// SPDX-License-Identifier: MIT
// Report writers: CSV byte for byte against golden files written by hand, neutralized
// against formula injection on every column; Excel workbooks read back from the file (the
// `unzip` command: Debian package unzip) for their cell types, formats, frozen header and
// autofilter; and files that appear whole or not at all.
#include "analytics/kpiengine.h"
#include "reports/csvwriter.h"
#include "reports/kpireporttables.h"
#include "reports/reportexporter.h"
#include "store/database.h"

#include "support/testclock.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ct;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// One member of a zip archive, through the unzip command.
QByteArray unzipped(const QString &archive, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    if (!unzip.waitForStarted())
        qFatal("the unzip command is needed (Debian package unzip)");
    unzip.waitForFinished();
    if (unzip.exitCode() != 0)
        qFatal("unzip -p %s %s: %s", qPrintable(archive), qPrintable(member), unzip.readAllStandardError().constData());
    return unzip.readAllStandardOutput();
}

// A sheet's cells as the file stores them, and the workbook's number formats.
struct Cell
{
    QString type;  // the t attribute: "s" shared string, "" a number
    int style = 0; // the s attribute
    QString value; // the v element (a shared string's index for "s")
};

struct Sheet
{
    QHash<QString, Cell> cells; // by reference, "B2"
    QString frozenPane;         // the pane element's attributes, "ySplit=1 topLeftCell=A2 state=frozen"
    QString autoFilter;         // its ref
};

Sheet sheetOf(const QByteArray &xml)
{
    Sheet sheet;
    QXmlStreamReader r(xml);
    QString current;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        if (r.name() == u"pane")
            sheet.frozenPane = QStringLiteral("ySplit=%1 topLeftCell=%2 state=%3")
                                   .arg(a.value(QLatin1String("ySplit")), a.value(QLatin1String("topLeftCell")), a.value(QLatin1String("state")));
        else if (r.name() == u"autoFilter")
            sheet.autoFilter = a.value(QLatin1String("ref")).toString();
        else if (r.name() == u"c") {
            current = a.value(QLatin1String("r")).toString();
            sheet.cells[current] = Cell{a.value(QLatin1String("t")).toString(), a.value(QLatin1String("s")).toInt(), {}};
        } else if (r.name() == u"v")
            sheet.cells[current].value = r.readElementText();
    }
    return sheet;
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"t")
            out << r.readElementText();
    }
    return out;
}

// The number format of each cell style (cellXfs), by index.
QStringList styleFormats(const QByteArray &xml)
{
    QHash<int, QString> formats{{0, QStringLiteral("General")}, {14, QStringLiteral("m/d/yyyy")}};
    QStringList out;
    QXmlStreamReader r(xml);
    bool inCellXfs = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement() && r.name() == u"cellXfs")
            inCellXfs = false;
        if (!r.isStartElement())
            continue;
        if (r.name() == u"numFmt")
            formats.insert(r.attributes().value(QLatin1String("numFmtId")).toInt(), r.attributes().value(QLatin1String("formatCode")).toString());
        else if (r.name() == u"cellXfs")
            inCellXfs = true;
        else if (inCellXfs && r.name() == u"xf")
            out << formats.value(r.attributes().value(QLatin1String("numFmtId")).toInt(), QStringLiteral("builtin"));
    }
    return out;
}

ReportTable tricky()
{
    ReportTable t;
    t.name = QStringLiteral("Tricky");
    t.columns = {{QStringLiteral("name"), ReportColumnType::Text},
                 {QStringLiteral("count"), ReportColumnType::Integer},
                 {QStringLiteral("share"), ReportColumnType::Percent},
                 {QStringLiteral("day"), ReportColumnType::Date},
                 {QStringLiteral("note, with comma"), ReportColumnType::Text}};
    t.rows = {
        {QStringLiteral("plain"), qint64(12), 0.25, QDate(2026, 6, 1), QStringLiteral("he said \"hi\"")},
        {QStringLiteral("=SUM(A1:A3)"), qint64(0), {}, {}, QStringLiteral("line1\nline2")},
        {QStringLiteral("+1 555"), qint64(-3), 1.0 / 3.0, QDate(2026, 12, 31), QStringLiteral("@cmd")},
        {QStringLiteral("\ttabbed"), qint64(9007199254740993), 0.5, {}, QStringLiteral("\rcarriage")},
        {QStringLiteral("Zürich → Köln"), qint64(1), 1.0, QDate(2026, 2, 28), QStringLiteral("-")},
    };
    return t;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    // RFC 4180 quoting, CRLF, UTF-8, numbers and dates, "no data" empty, and the OWASP
    // prefixes: tests/fixtures/reports/tricky.csv is the expected file, written by hand.
    void csvMatchesTheGoldenFile()
    {
        QCOMPARE(CsvWriter::write(tricky()), readFile(QStringLiteral(CT_FIXTURES_DIR "/reports/tricky.csv")));
    }

    // Every column of the KPI cells export (the CSV the command line writes), given a
    // value starting with each dangerous character, comes out as text a spreadsheet will
    // not run.
    void csvNeutralizesEveryColumn_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << "=HYPERLINK(\"http://x\",\"y\")" << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
        QTest::newRow("+") << "+1+1" << "\"'+1+1\"";
        QTest::newRow("-") << "-2+3" << "\"'-2+3\"";
        QTest::newRow("@") << "@SUM(A1)" << "\"'@SUM(A1)\"";
        QTest::newRow("tab") << "\t=1" << "\"'\t=1\"";
        QTest::newRow("CR") << "\r=1" << "\"'\r=1\"";
    }
    void csvNeutralizesEveryColumn()
    {
        QFETCH(QString, payload);
        QFETCH(QString, written);
        ReportTable t = KpiReportTables::cells(KpiReport{});
        QCOMPARE(t.columns.size(), 15);
        t.rows = {QList<ReportValue>(t.columns.size(), ReportValue(payload))};
        const QString csv = QString::fromUtf8(CsvWriter::write(t));
        const QString record = csv.mid(csv.indexOf(QLatin1String("\r\n")) + 2);
        QStringList expected;
        for (int i = 0; i < t.columns.size(); ++i)
            expected << written;
        QCOMPARE(record, expected.join(QLatin1Char(',')) + QLatin1String("\r\n"));
        // The header row goes through the same rule.
        t.columns[3].name = payload;
        QVERIFY(QString::fromUtf8(CsvWriter::write(t)).contains(QLatin1Char(',') + written + QLatin1Char(',')));
    }

    // A workbook read back: text as shared strings, numbers as numbers with their formats
    // (whole numbers, percentages, dates as Excel day numbers), "no data" as text, a frozen
    // header and an autofilter over the table.
    void workbookCellsAreTyped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tricky.xlsx"));
        QString error;
        QVERIFY2(ReportExporter::write({tricky(), KpiReportTables::definitions()}, ReportFormat::Xlsx, path, &error),
                 qPrintable(error));
        const QStringList strings = sharedStrings(unzipped(path, QStringLiteral("xl/sharedStrings.xml")));
        const QStringList formats = styleFormats(unzipped(path, QStringLiteral("xl/styles.xml")));
        const Sheet s = sheetOf(unzipped(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        const auto text = [&](const char *ref) {
            const Cell c = s.cells.value(QString::fromLatin1(ref));
            return c.type == u"s" ? strings.value(c.value.toInt()) : QStringLiteral("<not text: %1>").arg(c.value);
        };
        const auto number = [&](const char *ref, const char *format) {
            const Cell c = s.cells.value(QString::fromLatin1(ref));
            QVERIFY2(c.type.isEmpty(), ref);
            QCOMPARE(formats.value(c.style), QString::fromLatin1(format));
        };
        QCOMPARE(text("A1"), QStringLiteral("name"));
        QCOMPARE(text("E1"), QStringLiteral("note, with comma"));
        QCOMPARE(text("A2"), QStringLiteral("plain"));
        QCOMPARE(text("A3"), QStringLiteral("=SUM(A1:A3)")); // text, not a formula
        QVERIFY(!unzipped(path, QStringLiteral("xl/worksheets/sheet1.xml")).contains("<f>"));
        QCOMPARE(text("A6"), QStringLiteral("Zürich → Köln"));
        number("B2", "#,##0");
        QCOMPARE(s.cells.value(QStringLiteral("B2")).value, QStringLiteral("12"));
        number("C2", "0.0%");
        QCOMPARE(s.cells.value(QStringLiteral("C2")).value, QStringLiteral("0.25"));
        // 2026-06-01: day 46023 is 2026-01-01 in Excel's count; + 31 + 28 + 31 + 30 + 31 = 46174.
        number("D2", "yyyy-mm-dd");
        QCOMPARE(s.cells.value(QStringLiteral("D2")).value, QStringLiteral("46174"));
        QCOMPARE(text("C3"), QStringLiteral("no data"));
        QCOMPARE(text("D3"), QStringLiteral("no data"));
        number("C6", "0.0%");
        QCOMPARE(s.frozenPane, QStringLiteral("ySplit=1 topLeftCell=A2 state=frozen"));
        QCOMPARE(s.autoFilter, QStringLiteral("A1:E6"));
        // The definitions, on a sheet of their own, every KPI a row.
        const QByteArray workbook = unzipped(path, QStringLiteral("xl/workbook.xml"));
        QVERIFY(workbook.contains("<sheet name=\"Tricky\"") && workbook.contains("<sheet name=\"Definitions\""));
        const Sheet defs = sheetOf(unzipped(path, QStringLiteral("xl/worksheets/sheet2.xml")));
        QCOMPARE(defs.autoFilter, QStringLiteral("A1:I26"));
        for (const KpiDefinition &d : allKpis())
            QVERIFY2(strings.contains(QString::fromLatin1(d.code)), d.code);
    }

    // The KPI tables never hold text in a number, percentage or date column, on a real
    // (demo-sized) report.
    void kpiTablesAreTyped()
    {
        QTemporaryDir dir;
        QString error;
        auto db = Database::open(dir.filePath(QStringLiteral("empty.db")), &error);
        QVERIFY2(db, qPrintable(error));
        KpiRequest r;
        r.from = QDate(2026, 6, 1);
        r.to = QDate(2026, 6, 17);
        r.nowMs = test::fixedNowMs();
        r.groupings = {{KpiGranularity::Range, KpiCut::None}, {KpiGranularity::Week, KpiCut::None},
                       {KpiGranularity::Range, KpiCut::Carrier}};
        const auto report = KpiEngine(*db).compute(r, &error);
        QVERIFY2(report, qPrintable(error));
        const QList<ReportTable> tables = KpiReportTables::all(*report);
        QStringList names;
        for (const ReportTable &t : tables) {
            names << t.name;
            for (const QList<ReportValue> &row : t.rows) {
                QCOMPARE(row.size(), t.columns.size());
                for (int c = 0; c < row.size(); ++c) {
                    if (t.columns.at(c).type != ReportColumnType::Text)
                        QVERIFY2(!std::holds_alternative<QString>(row.at(c)), qPrintable(t.name + QLatin1Char('/') + t.columns.at(c).name));
                }
            }
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Summary"), QStringLiteral("By week"), QStringLiteral("By carrier"),
                                     QStringLiteral("Open exceptions by type"), QStringLiteral("Agents"),
                                     QStringLiteral("Retained revenue"), QStringLiteral("Cells"),
                                     QStringLiteral("Definitions")}));
    }

    // A failure leaves the target as it was and no temporary file behind.
    void failuresLeaveNothingBehind()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("report.xlsx"));
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous report");
        old.close();
        QString error;
        // Two sheets of one name: the workbook cannot be finished.
        QVERIFY(!ReportExporter::write({tricky(), tricky()}, ReportFormat::Xlsx, target, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + target + QStringLiteral(": ")), qPrintable(error));
        QCOMPARE(readFile(target), QByteArray("the previous report"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.xlsx")});

        QVERIFY(!ReportExporter::write({tricky()}, ReportFormat::Csv, dir.filePath(QStringLiteral("no/such/r.csv")), &error));
        QCOMPARE(error, QStringLiteral("cannot write %1: the folder %2 does not exist")
                            .arg(dir.filePath(QStringLiteral("no/such/r.csv")), dir.filePath(QStringLiteral("no/such"))));
        QVERIFY(!ReportExporter::write({tricky()}, ReportFormat::Csv, dir.path(), &error));
        QCOMPARE(error, QStringLiteral("cannot write %1: it is a folder").arg(dir.path()));
        QVERIFY(!ReportExporter::write({tricky(), tricky()}, ReportFormat::Csv, dir.filePath(QStringLiteral("two.csv")), &error));
        QCOMPARE(error, QStringLiteral("cannot write %1: a CSV file holds one table, not 2").arg(dir.filePath(QStringLiteral("two.csv"))));

        // A success replaces the target whole.
        QVERIFY2(ReportExporter::write({tricky()}, ReportFormat::Csv, target, &error), qPrintable(error));
        QCOMPARE(readFile(target), CsvWriter::write(tricky()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.xlsx")});
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
