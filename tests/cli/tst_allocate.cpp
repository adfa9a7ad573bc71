// SPDX-License-Identifier: MIT
// controltower-cli allocate as scripts use it (docs/CLI.md, "allocate"): the policy and
// the rate card set from files (a bad one refused with the located field while the one in
// force stays), recommendations with their trace as text and JSON, --record feeding the
// daily caps, and the usage errors. The demo store is seeded at 2026-06-17T14:00:00Z.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ct::test::CliRun;
const QString Now = QStringLiteral("--now=2026-06-17T14:00:00Z");

QString fixture(const char *name)
{
    return QStringLiteral(CT_FIXTURES_DIR "/allocation/") + QString::fromLatin1(name);
}

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QStringList allocate(const QString &db, QStringList more)
{
    QStringList args{QStringLiteral("allocate"), QStringLiteral("--db"), db, Now};
    return args + more;
}

const QStringList Order{QStringLiteral("--from"), QStringLiteral("421302,IN,MH"), QStringLiteral("--to"),
                        QStringLiteral("411051,IN,MH"), QStringLiteral("--weight"), QStringLiteral("1.2")};

} // namespace

class TestAllocate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        const Run demo = ct::test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                                           QStringLiteral("--shipments"), QStringLiteral("1500"), Now});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void withoutAPolicyNothingIsRecommended()
    {
        const Run r = ct::test::runCli(allocate(m_db, Order));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QStringLiteral("controltower-cli allocate: the allocation policy lists no carriers: set one with "
                                       "\"controltower-cli allocate policy set FILE\" (docs/ALLOCATION.md)\n"));
    }

    void settingsAreSetAndABadFileIsRefused()
    {
        Run r = ct::test::runCli(allocate(m_db, {QStringLiteral("policy"), QStringLiteral("set"), fixture("policy-india.json")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("allocate: allocation policy saved as version 1\n"));
        r = ct::test::runCli(allocate(m_db, {QStringLiteral("rates"), QStringLiteral("import"), fixture("rates-india.csv")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.endsWith(QStringLiteral("rates-india.csv: 5 zones, 6 slabs, 3 increments, 2 COD fees\n"
                                               "allocate: rate card saved as version 1\n")), qPrintable(r.out));

        const QString badPolicy = write(m_dir, "bad-policy.json",
                                        R"({"version": 2, "carriers": [{"carrier": "ups"}], "caps": [{"carrier": "dhl", "daily": 0}]})");
        r = ct::test::runCli(allocate(m_db, {QStringLiteral("policy"), QStringLiteral("set"), badPolicy}));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, badPolicy + QStringLiteral(": carriers[0].service: is required (the service as the carrier names "
                                                   "it, \"Surface\")\n")
                     + badPolicy + QStringLiteral(": caps[0].carrier: \"dhl\" is not one of the policy's carriers\n")
                     + badPolicy + QStringLiteral(": caps[0].daily: must be a whole number from 1 to 10000000\n"
                                                  "controltower-cli allocate: the policy is refused; the one in force stays\n"));

        QFile rates(fixture("rates-india.csv"));
        QVERIFY(rates.open(QIODevice::ReadOnly));
        QByteArray csv = rates.readAll();
        csv.replace("zone,xpressbees,,IN,,IN,,N", "zone,xpressbees,,IN,,IND,,N");
        const QString badRates = write(m_dir, "bad-rates.csv", csv);
        r = ct::test::runCli(allocate(m_db, {QStringLiteral("rates"), QStringLiteral("import"), badRates}));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QStringLiteral("bad-rates.csv:12:destination_country: \"IND\" is not a country code (two capital "
                                       "letters, ISO 3166-1: \"IN\")\n"
                                       "controltower-cli allocate: the rate card is refused; the one in force stays\n"));

        // Both stay at version 1.
        r = ct::test::runCli(allocate(m_db, {QStringLiteral("policy"), QStringLiteral("show")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.startsWith(QStringLiteral("allocate: allocation_policy version 1, set by cli at ")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("\"time_zone\": \"Asia/Kolkata\"")));
        r = ct::test::runCli(allocate(m_db, {QStringLiteral("rates"), QStringLiteral("show")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.startsWith(QStringLiteral("allocate: rate_card version 1, set by cli at ")));
        QVERIFY(r.out.contains(QStringLiteral("zone,xpressbees,,IN,,IN,,N")));
    }

    void recommendsWithItsTrace()
    {
        Run r = ct::test::runCli(allocate(m_db, Order + QStringList{QStringLiteral("--value"), QStringLiteral("2499.00"),
                                                                    QStringLiteral("INR")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("allocation on 2026-06-17 (policy version 1, rate card version 1)\n"
                                                 "recommended: ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("carriers considered: 3\n")));
        QVERIFY(r.out.contains(QStringLiteral("  bluedart/Blue Dart Apex: not eligible: does not deliver to IN 411051 "
                                              "(destinations: IN:11)\n")));
        // Delhivery's zone A (prefix 4 → 4): 70.00 + one 0.5 kg step of 30.00.
        QVERIFY(r.out.contains(QStringLiteral("    price: 100.00 INR (zone A, slab up to 1 kg 70.00 INR, 1 × 0.5 kg at "
                                              "30.00 INR)\n")));

        r = ct::test::runCli(allocate(m_db, Order + QStringList{QStringLiteral("--cod"), QStringLiteral("--value"),
                                                                QStringLiteral("4000.00 INR"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        // Cash on delivery: Xpressbees does not collect it, so Delhivery is the only one.
        QCOMPARE(json.value(QStringLiteral("recommended")).toObject().value(QStringLiteral("carrier")).toString(),
                 QStringLiteral("delhivery"));
        const QJsonArray candidates = json.value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.size(), 3);
        QCOMPARE(candidates.at(1).toObject().value(QStringLiteral("exclusions")).toArray().at(0).toString(),
                 QStringLiteral("does not collect cash on delivery"));
        // 100.00 + the COD fee: 35.00 or 1.5 % of 4000.00 = 60.00, whichever is higher.
        const QJsonObject price = candidates.at(0).toObject().value(QStringLiteral("price")).toObject();
        QCOMPARE(price.value(QStringLiteral("total_minor")).toInteger(), 16000);
        QCOMPARE(price.value(QStringLiteral("cod_fee_minor")).toInteger(), 6000);
        QCOMPARE(candidates.at(0).toObject().value(QStringLiteral("terms")).toArray().size(), 7);
    }

    void recordedAllocationsFillTheCaps()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("caps.db"));
        const QString policy = write(dir, "caps.json", R"({"version": 1, "carriers": [
            {"carrier": "delhivery", "service": "Delhivery Surface"}, {"carrier": "xpressbees", "service": "Xpressbees Standard"}],
            "caps": [{"carrier": "delhivery", "daily": 1}, {"carrier": "xpressbees", "daily": 1}]})");
        QCOMPARE(ct::test::runCli(allocate(db, {QStringLiteral("policy"), QStringLiteral("set"), policy})).exitCode, 0);
        const QStringList record = Order + QStringList{QStringLiteral("--record"), QStringLiteral("--order"), QStringLiteral("A-1")};
        Run first = ct::test::runCli(allocate(db, record));
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.startsWith(QStringLiteral("allocate: recorded ")), qPrintable(first.err));
        // The first is at its cap: the second order overflows to the other carrier.
        Run second = ct::test::runCli(allocate(db, record));
        QCOMPARE(second.exitCode, 0);
        QVERIFY(first.err != second.err);
        QVERIFY2(second.out.contains(QStringLiteral(": reached, its orders overflow to the next carrier")), qPrintable(second.out));
        // Both at their caps: nothing can take a third.
        Run third = ct::test::runCli(allocate(db, record));
        QCOMPARE(third.exitCode, 1);
        QVERIFY(third.out.contains(QStringLiteral("no carrier can take this order\n")));
        QCOMPARE(third.err, QString());
        // The next day (in UTC, the policy's zone) starts again.
        QStringList tomorrow = allocate(db, Order);
        tomorrow.replace(3, QStringLiteral("--now=2026-06-18T00:00:00Z"));
        QCOMPARE(ct::test::runCli(tomorrow).exitCode, 0);
    }

    void whatIfSaysItEstimates()
    {
        // The candidate: the policy in force without Xpressbees.
        const QString candidate = write(m_dir, "no-xb.json", R"({"version": 2, "time_zone": "Asia/Kolkata",
            "scorecard": {"min_shipments": 3}, "carriers": [
            {"carrier": "delhivery", "service": "Delhivery Surface", "destinations": ["IN"], "cod": true},
            {"carrier": "bluedart", "service": "Blue Dart Apex", "destinations": ["IN:11"], "cod": true}]})");
        Run r = ct::test::runCli(allocate(m_db, {QStringLiteral("whatif"), candidate, QStringLiteral("--days"),
                                                 QStringLiteral("14"), QStringLiteral("--weight"), QStringLiteral("1.2")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("what-if over 2026-06-04 to 2026-06-17: ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral(" orders, each assumed to weigh 1.2 kg\nESTIMATES, not outcomes: ")));
        QVERIFY(r.out.contains(QStringLiteral("from 2026-03-06 to 2026-06-03 (before these orders)")));
        QVERIFY(r.out.contains(QStringLiteral("\nin force:\n")) && r.out.contains(QStringLiteral("\ncandidate:\n")));
        r = ct::test::runCli(allocate(m_db, {QStringLiteral("whatif"), candidate, QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("estimates")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-05-19"));
        const QJsonObject onTime = json.value(QStringLiteral("candidate")).toObject().value(QStringLiteral("on_time")).toObject();
        QVERIFY(onTime.value(QStringLiteral("low")).toDouble() <= onTime.value(QStringLiteral("estimate")).toDouble());
        QVERIFY(onTime.value(QStringLiteral("estimate")).toDouble() <= onTime.value(QStringLiteral("high")).toDouble());
        // No Xpressbees in the candidate: none of its orders go there; in force some do.
        const auto carriers = [&](const char *column) {
            QStringList names;
            for (const QJsonValue &v : json.value(QLatin1String(column)).toObject().value(QStringLiteral("carriers")).toArray())
                names << v.toObject().value(QStringLiteral("carrier")).toString();
            return names;
        };
        QVERIFY2(carriers("in_force").contains(QStringLiteral("xpressbees/Xpressbees Standard")), qPrintable(r.out));
        QVERIFY(!carriers("candidate").contains(QStringLiteral("xpressbees/Xpressbees Standard")));
        QVERIFY(carriers("candidate").contains(QStringLiteral("delhivery/Delhivery Surface")));

        const QString bad = write(m_dir, "bad-whatif.json", R"({"version": 1, "weights": {"cost": 101}})");
        r = ct::test::runCli(allocate(m_db, {QStringLiteral("whatif"), bad}));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, bad + QStringLiteral(": weights.cost: must be a whole number from 0 to 100\n"
                                             "controltower-cli allocate: the candidate policy does not read\n"));
        r = ct::test::runCli(allocate(m_db, {QStringLiteral("whatif"), candidate, QStringLiteral("--days"), QStringLiteral("0")}));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("controltower-cli: --days must be a whole number from 1 to 366, not \"0\"\n"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("err");
        QTest::newRow("bad from") << QStringList{QStringLiteral("--from"), QStringLiteral("421302"), QStringLiteral("--to"),
                                                 QStringLiteral("411051,IN"), QStringLiteral("--weight"), QStringLiteral("1")}
                                  << "controltower-cli allocate: --from must be POSTAL,CC or POSTAL,CC,REGION "
                                     "(\"94105,US,CA\"), not \"421302\"\n";
        QTest::newRow("bad country") << QStringList{QStringLiteral("--from"), QStringLiteral("421302,India"),
                                                    QStringLiteral("--to"), QStringLiteral("411051,IN"),
                                                    QStringLiteral("--weight"), QStringLiteral("1")}
                                     << "controltower-cli allocate: --from \"India\" is not a country code (two letters, "
                                        "ISO 3166-1: \"US\", \"IN\")\n";
        QTest::newRow("missing weight") << QStringList{QStringLiteral("--from"), QStringLiteral("421302,IN"),
                                                       QStringLiteral("--to"), QStringLiteral("411051,IN")}
                                        << "controltower-cli: --weight is required\n";
        QTest::newRow("zero weight") << Order.mid(0, 5) + QStringList{QStringLiteral("0")}
                                     << "controltower-cli allocate: --weight must be kilograms above 0 with at most 3 "
                                        "decimals (\"0.5\"), not \"0\"\n";
        QTest::newRow("value without currency") << Order + QStringList{QStringLiteral("--value"), QStringLiteral("12.00")}
                                                << "controltower-cli allocate: --value needs an amount and a currency: "
                                                   "--value \"2499.00 INR\"\n";
        QTest::newRow("bad amount") << Order + QStringList{QStringLiteral("--value"), QStringLiteral("12,00 INR")}
                                    << "controltower-cli allocate: --value: \"12,00\" is not an amount of INR (digits with "
                                       "at most 2 decimals, no sign or separators)\n";
        QTest::newRow("bad promised date") << Order + QStringList{QStringLiteral("--promised"), QStringLiteral("20/06/2026")}
                                           << "controltower-cli allocate: --promised must be a date such as 2026-06-20, "
                                              "not \"20/06/2026\"\n";
        QTest::newRow("unknown action") << QStringList{QStringLiteral("carriers")}
                                        << "controltower-cli allocate: unknown action \"carriers\" (rates, policy, "
                                           "scorecard or whatif)\n";
        QTest::newRow("whatif without file") << QStringList{QStringLiteral("whatif")}
                                             << "controltower-cli allocate: use \"allocate whatif POLICY-FILE [--days N] "
                                                "[--weight KG]\"\n";
        QTest::newRow("rates without file") << QStringList{QStringLiteral("rates"), QStringLiteral("import")}
                                            << "controltower-cli allocate: use \"allocate rates import FILE\" or "
                                               "\"allocate rates show\"\n";
        QTest::newRow("order without record") << Order + QStringList{QStringLiteral("--order"), QStringLiteral("A-1")}
                                              << "controltower-cli allocate: --order goes with --record\n";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, err);
        const Run r = ct::test::runCli(allocate(m_db, args));
        QCOMPARE(r.err, err);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
    }

    void missingFileIsAUsageError()
    {
        const Run r = ct::test::runCli(allocate(m_db, {QStringLiteral("policy"), QStringLiteral("set"),
                                                       m_dir.filePath(QStringLiteral("none.json"))}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("controltower-cli allocate: ") + m_dir.filePath(QStringLiteral("none.json"))),
                 qPrintable(r.err));
    }

    void scorecardLists()
    {
        const Run r = ct::test::runCli(allocate(m_db, {QStringLiteral("scorecard")}));
        QCOMPARE(r.exitCode, 0);
        // 90 days of the policy's window, ending on 17 June (UTC).
        QVERIFY2(r.out.startsWith(QStringLiteral("scorecard 2026-03-20 to 2026-06-17 (rates in %, transit in calendar days)\n"
                                                 "level\tcarrier\tservice\tkey\tshipments\t")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\ncarrier\tdelhivery\t\tdelhivery\t")));
        QVERIFY(r.out.contains(QStringLiteral("\nservice_destination\txpressbees\tXpressbees Standard\tIN\t")));
    }
};

QTEST_GUILESS_MAIN(TestAllocate)
#include "tst_allocate.moc"
