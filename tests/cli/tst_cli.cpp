// SPDX-License-Identifier: MIT
// controltower-cli as scripts use it: the real executable, its output, messages and exit
// codes.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ct::test::CliRun;

Run cli(const QStringList &arguments)
{
    return ct::test::runCli(arguments);
}

QString fixture(const char *relative)
{
    return QStringLiteral(CT_FIXTURES_DIR "/adapters/") + QString::fromLatin1(relative);
}

QJsonObject stats(const QString &db)
{
    const Run r = cli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"demo", "ingest", "normalize", "stats", "refresh", "orders"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void everyCommandHasHelp()
    {
        QFETCH(QString, command);
        const Run r = cli({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Usage: controltower-cli ") + command), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void usageErrorsExitWithTwo()
    {
        Run r = cli({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("Commands:")));
        r = cli({QStringLiteral("teleport")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("unknown command \"teleport\"")));
        r = cli({QStringLiteral("ingest"), fixture("ups/delivered.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--db is required")));
        r = cli({QStringLiteral("ingest"), QStringLiteral("--db"), db("x.db"), QStringLiteral("--frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("Unknown option 'frobnicate'")));
        r = cli({QStringLiteral("demo"), QStringLiteral("--shipments"), QStringLiteral("many"), QStringLiteral("--db"), db("x.db")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--shipments must be a whole number")));
        r = cli({QStringLiteral("ingest"), QStringLiteral("--db"), db("x.db"), QStringLiteral("--now"), QStringLiteral("yesterday"), fixture("ups/delivered.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--now must be an ISO 8601")));
        QCOMPARE(cli({QStringLiteral("--help")}).exitCode, 0);
        QVERIFY(cli({QStringLiteral("--version")}).out.startsWith(QLatin1String("controltower-cli ")));
    }

    void normalizePrintsOneJsonPerShipment()
    {
        const Run r = cli({QStringLiteral("normalize"), fixture("ups/multi_piece.json"), fixture("aftership/delivered.json")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        for (const QString &line : lines) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            for (const char *key : {"source", "format", "tracking_number", "carrier", "tag", "subtag", "estimated_delivery", "events"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
        }
        const QJsonObject last = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(last.value(QLatin1String("format")).toString(), QStringLiteral("aftership"));
        QCOMPARE(last.value(QLatin1String("subtag")).toString(), QStringLiteral("Delivered_003"));
        QCOMPARE(last.value(QLatin1String("events")).toArray().first().toObject().value(QLatin1String("occurred_at")).toString(),
                 QStringLiteral("2026-11-10T08:31:00-06:00"));
    }

    void badRecordsAreLocatedAndTheRestKept()
    {
        QFile broken(m_dir.filePath(QStringLiteral("broken.jsonl")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        QFile good(fixture("aftership/delivered.json"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        broken.write(QJsonDocument::fromJson(good.readAll()).toJson(QJsonDocument::Compact) + "\n");
        broken.write("{\"tracking_number\": \"X\", \"slug\": \"ups\",, }\n");
        broken.write("{\"hello\": \"world\"}\n");
        broken.close();
        const Run r = cli({QStringLiteral("normalize"), broken.fileName()});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
        QVERIFY2(r.err.contains(broken.fileName() + QStringLiteral(": record 2 (line 2): error: malformed JSON at line 2, column ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(broken.fileName() + QStringLiteral(": record 3 (line 3): error: format not recognised (top-level fields: hello)")), qPrintable(r.err));
    }

    // A file that is not JSON: one located line on stderr, counts in agreement.
    void ingestOfAnXmlFileSaysSoOnce()
    {
        const QString xml = db("track.xml");
        QFile file(xml);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray body = "<?xml version=\"1.0\"?>\n<TrackResponse>\n";
        for (int i = 0; i < 200; ++i)
            body += "  <Activity><Status>In transit</Status><Date>20261120</Date></Activity>\n";
        file.write(body + "</TrackResponse>\n");
        file.close();
        const Run r = cli({QStringLiteral("ingest"), QStringLiteral("--db"), db("xml.db"), QStringLiteral("--now"),
                           QStringLiteral("2026-11-23T12:00:00Z"), xml});
        QCOMPARE(r.exitCode, 1);
        // XML goes to the XML formats; a <TrackResponse> of <Activity>s is none of them.
        QVERIFY2(r.err.startsWith(xml + QStringLiteral(": error: line 3, column 3: format not recognised: <TrackResponse> starting with "
                                                       "<Activity> is no supported format (")),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.out.contains(QLatin1String(": 1 record, 0 shipments (")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("; 1 record failed, 1 error, 0 warnings,")), qPrintable(r.out));
    }

    void ingestIsIdempotentAndCounts()
    {
        const QString store = db("ingest.db");
        const QStringList files = {fixture("fedex/multi_piece.json"), fixture("dhl/multiple_shipments.json"),
                                   fixture("delhivery/several_waybills.json")};
        QStringList args = {QStringLiteral("ingest"), QStringLiteral("--db"), store, QStringLiteral("--now"), QStringLiteral("2026-11-23T12:00:00Z")};
        Run first = cli(args + files);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out.count(QRegularExpression(QStringLiteral("\\.json: \\d+ records?, "))), 3);
        const QJsonObject before = stats(store);
        const int shipments = before.value(QLatin1String("shipments")).toInt();
        QVERIFY(shipments > 3);
        Run second = cli(args + files);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(QLatin1String("(0 new, 0 updated, ")), qPrintable(second.out));
        const QJsonObject after = stats(store);
        QCOMPARE(after.value(QLatin1String("shipments")).toInt(), shipments);
        QCOMPARE(after.value(QLatin1String("events")).toInt(), before.value(QLatin1String("events")).toInt());
    }

    void ingestWithErrorsStoresTheGoodAndExitsOne()
    {
        const QString store = db("messy.db");
        const Run r = cli({QStringLiteral("ingest"), QStringLiteral("--db"), store, fixture("aftership/messy.json"), fixture("aftership/delivered.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("messy.json: record 1 (line 1): checkpoints[1].checkpoint_time: error: invalid timestamp")));
        QCOMPARE(stats(store).value(QLatin1String("shipments")).toInt(), 2);
        const Run quiet = cli({QStringLiteral("ingest"), QStringLiteral("--quiet"), QStringLiteral("--db"), store, fixture("aftership/messy.json")});
        QVERIFY(!quiet.err.contains(QLatin1String("warning:")));
        QVERIFY(quiet.err.contains(QLatin1String("error:")));
    }

    // orders import: counts per file, located errors, idempotent, linked to the parcel
    // already stored (UPS 1Z5R89390357428196 of ups/delivered.json); orders unlinked and
    // orders conflicts.
    void ordersImportLinksCountsAndLists()
    {
        const QString store = db("orders.db");
        const QString now = QStringLiteral("2026-11-23T12:00:00Z");
        QCOMPARE(cli({QStringLiteral("ingest"), QStringLiteral("--db"), store, QStringLiteral("--now"), now,
                      fixture("ups/delivered.json"), fixture("dhl/multiple_shipments.json")})
                     .exitCode,
                 0);
        const QString orders = QStringLiteral(CT_FIXTURES_DIR "/orders/shopify/orders-for-ups.json");
        const QStringList import = {QStringLiteral("orders"), QStringLiteral("import"), QStringLiteral("--db"), store,
                                    QStringLiteral("--now"), now, orders};
        const Run first = cli(import);
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(first.out.contains(QLatin1String("orders-for-ups.json: 3 records (2 new, 0 updated, 0 unchanged, "
                                                  "0 older than stored, 1 failed), 1 shipment linked, 1 updated, 1 new conflict; "
                                                  "1 error, 0 warnings")),
                 qPrintable(first.out));
        QVERIFY2(first.err.contains(QLatin1String("orders-for-ups.json: record 2: orders[1].id: error: an order without an id")),
                 qPrintable(first.err));
        const Run again = cli(import);
        QVERIFY2(again.out.contains(QLatin1String("(0 new, 0 updated, 2 unchanged, 0 older than stored, 1 failed), "
                                                  "0 shipments linked, 0 updated, 0 new conflicts")),
                 qPrintable(again.out));

        const Run unlinked = cli({QStringLiteral("orders"), QStringLiteral("unlinked"), QStringLiteral("--db"), store});
        QCOMPARE(unlinked.exitCode, 0);
        QVERIFY2(!unlinked.out.contains(QLatin1String("1Z5R89390357428196")), qPrintable(unlinked.out));
        QVERIFY2(unlinked.out.contains(QLatin1String("no order names this tracking number")), qPrintable(unlinked.out));
        const Run conflicts = cli({QStringLiteral("orders"), QStringLiteral("conflicts"), QStringLiteral("--db"), store});
        QCOMPARE(conflicts.exitCode, 0);
        QVERIFY2(conflicts.out.contains(QLatin1String("ups\t1Z5R89390357428196\tshopify 71 (#71, linked)\tshopify 73 (#73)\n"
                                                      "1 tracking number claimed by two orders")),
                 qPrintable(conflicts.out));
        QCOMPARE(cli({QStringLiteral("orders"), QStringLiteral("import"), QStringLiteral("--db"), store}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("orders"), QStringLiteral("--db"), store}).exitCode, 2);
    }

    void storeProblemsExitWithThree()
    {
        QDir(m_dir.path()).mkdir(QStringLiteral("a-directory.db"));
        Run r = cli({QStringLiteral("ingest"), QStringLiteral("--db"), db("a-directory.db"), fixture("ups/delivered.json")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("is a directory")));
        QFile notAStore(db("text.db"));
        QVERIFY(notAStore.open(QIODevice::WriteOnly));
        notAStore.write(QByteArray(2048, 'x'));
        notAStore.close();
        r = cli({QStringLiteral("stats"), QStringLiteral("--db"), notAStore.fileName()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("not a readable SQLite database")));
        r = cli({QStringLiteral("stats"), QStringLiteral("--db"), db("missing.db")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("no such store")));
    }

    // orders import --mapping: a custom storefront's CSV by its column mapping; a mapping
    // that does not fit the file refused with the first rows that failed, nothing stored;
    // a mapping file that is not one, a usage error (docs/storefronts/csv.md).
    void ordersImportCsvByMapping()
    {
        const QString store = db("csv-orders.db");
        const QString now = QStringLiteral("2026-03-20T12:00:00Z");
        const QString csv = QStringLiteral(CT_FIXTURES_DIR "/orders/csv/custom-orders.csv");
        const QString mapping = QStringLiteral(CT_FIXTURES_DIR "/orders/csv/custom-mapping.json");
        const Run good = cli({QStringLiteral("orders"), QStringLiteral("import"), QStringLiteral("--db"), store,
                              QStringLiteral("--now"), now, QStringLiteral("--mapping"), mapping, csv});
        QCOMPARE(good.exitCode, 1); // one row without an order id
        QVERIFY2(good.out.contains(QLatin1String("custom-orders.csv: 4 records (3 new, 0 updated, 0 unchanged, 0 older "
                                                 "than stored, 1 failed)")),
                 qPrintable(good.out));
        QVERIFY2(good.err.contains(QLatin1String("custom-orders.csv: record 4 (line 5): Order No: error: a row without "
                                                 "an order id")),
                 qPrintable(good.err));

        // Month first: no date reads. Refused whole, the rows that failed named.
        QTemporaryDir dir;
        QFile in(mapping);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray wrong = in.readAll();
        wrong.replace("\"dd/MM/yyyy HH:mm\"", "\"MM/dd/yyyy HH:mm\"");
        const QString wrongPath = dir.filePath(QStringLiteral("wrong.json"));
        QFile out(wrongPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(wrong);
        out.close();
        const QString other = db("csv-refused.db");
        const Run refused = cli({QStringLiteral("orders"), QStringLiteral("import"), QStringLiteral("--db"), other,
                                 QStringLiteral("--now"), now, QStringLiteral("--mapping"), wrongPath, csv});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(QLatin1String("(0 new, 0 updated, 0 unchanged, 0 older than stored, 5 failed)")),
                 qPrintable(refused.out));
        QVERIFY2(refused.err.contains(QLatin1String("error: the column mapping does not fit this file, so nothing of it "
                                                    "was stored: ordered_at (column \"Placed\")")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("record 1 (line 2): Placed: error: \"14/03/2026 18:45\" is not a date "
                                                    "and time as MM/dd/yyyy HH:mm (ordered_at)")),
                 qPrintable(refused.err));

        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"columns": {"order_id": "Order No"}})");
        broken.close();
        const Run usage = cli({QStringLiteral("orders"), QStringLiteral("import"), QStringLiteral("--db"), other,
                               QStringLiteral("--mapping"), broken.fileName(), csv});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains(QLatin1String("broken.json: columns.tracking_number: required")), qPrintable(usage.err));
    }

    void demoIsDeterministic()
    {
        const QStringList common = {QStringLiteral("demo"), QStringLiteral("--shipments"), QStringLiteral("1500"),
                                    QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--now"),
                                    QStringLiteral("2026-11-23T12:00:00Z"), QStringLiteral("--db")};
        const Run a = cli(common + QStringList{db("demo-a.db")});
        const Run b = cli(common + QStringList{db("demo-b.db")});
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(b.exitCode, 0);
        QVERIFY2(a.out.startsWith(QLatin1String("demo: 1,500 new shipments")), qPrintable(a.out));
        const QJsonObject sa = stats(db("demo-a.db"));
        QCOMPARE(sa, stats(db("demo-b.db")));
        QCOMPARE(sa.value(QLatin1String("shipments")).toInt(), 1500);
        QVERIFY(sa.value(QLatin1String("by_carrier")).toObject().size() >= 8);
        QVERIFY(sa.value(QLatin1String("exceptions")).toObject().value(QLatin1String("open")).toInt() > 0);
        const Run refresh = cli({QStringLiteral("refresh"), QStringLiteral("--db"), db("demo-a.db"), QStringLiteral("--now"), QStringLiteral("2026-11-25T12:00:00Z")});
        QCOMPARE(refresh.exitCode, 0);
        QVERIFY(refresh.out.startsWith(QLatin1String("exceptions: ")));
    }

    // refresh closes the returns whose label expired unused (docs/RETURNS.md, "Label
    // expiry"): 43 days after the demo's instant every label still issued then is past the
    // default policy's 28 days; a second run closes nothing twice.
    void refreshClosesExpiredLabels()
    {
        const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--shipments"), QStringLiteral("1500"), QStringLiteral("--seed"),
                              QStringLiteral("42"), QStringLiteral("--now"), QStringLiteral("2026-11-23T12:00:00Z"),
                              QStringLiteral("--db"), db("labels.db")});
        QCOMPARE(demo.exitCode, 0);
        const QStringList refresh = {QStringLiteral("refresh"), QStringLiteral("--db"), db("labels.db"), QStringLiteral("--now"),
                                     QStringLiteral("2027-01-05T12:00:00Z")};
        const QRegularExpression closed(QStringLiteral("^return labels: ([0-9,]+) expired unused, closed"),
                                        QRegularExpression::MultilineOption);
        const Run first = cli(refresh);
        QCOMPARE(first.exitCode, 0);
        const QRegularExpressionMatch m = closed.match(first.out);
        QVERIFY2(m.hasMatch(), qPrintable(first.out));
        QVERIFY2(m.captured(1) != QLatin1String("0"), qPrintable(first.out));
        const Run second = cli(refresh);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(QLatin1String("\nreturn labels: 0 expired unused, closed")), qPrintable(second.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)

#include "tst_cli.moc"
