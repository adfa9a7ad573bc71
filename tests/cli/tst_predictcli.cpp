// SPDX-License-Identifier: MIT
// controltower-cli predict backtest (docs/CLI.md, "predict") on a demo store seeded at the
// suite's fixed instant: what scripts read (JSON, exit codes, messages). The figures
// themselves are checked by hand-built stores in tests/predict/tst_eddmodel.cpp.
#include "clirun.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ct::test::CliRun;

Run cli(const QStringList &arguments)
{
    return ct::test::runCli(arguments);
}

qint64 instantOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate).toMSecsSinceEpoch();
}

constexpr qint64 MsPerDay = 24LL * 3600 * 1000;

} // namespace

class TestPredictCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    Run backtest(const QStringList &more) const
    {
        return cli(QStringList{QStringLiteral("predict"), QStringLiteral("backtest"), QStringLiteral("--db"), m_store} + more);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("demo.db"));
        const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--shipments"), QStringLiteral("3000"),
                              QStringLiteral("--now"), QStringLiteral("2026-06-17T14:00:00Z"), QStringLiteral("--db"), m_store});
        QCOMPARE(demo.exitCode, 0);
    }

    void help()
    {
        const Run r = cli({QStringLiteral("predict"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Usage: controltower-cli predict")), qPrintable(r.out));
    }

    // Without a split the last 28 days before the latest event are scored; every scored
    // shipment is either estimated or "not enough history"; the levels used add up to the
    // estimates; the reliability curve rises with the percentile; a second run prints the same.
    void jsonReport()
    {
        const Run r = backtest({QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(instantOf(o.value(QLatin1String("latest_event"))) - instantOf(o.value(QLatin1String("split"))),
                 28 * MsPerDay);
        QVERIFY(o.value(QLatin1String("training_shipments")).toInteger() > 0);
        const QJsonObject at = o.value(QLatin1String("at_shipping")).toObject();
        const qint64 scored = at.value(QLatin1String("scored")).toInteger();
        QVERIFY(scored > 0);
        qint64 levels = 0;
        const QJsonObject used = o.value(QLatin1String("levels_used")).toObject();
        for (const QString &key : {QStringLiteral("lane"), QStringLiteral("service_country"), QStringLiteral("carrier_country"),
                                   QStringLiteral("carrier"), QStringLiteral("all")})
            levels += used.value(key).toInteger(-1000000);
        QCOMPARE(levels, scored);
        const QJsonArray curve = at.value(QLatin1String("reliability")).toArray();
        QCOMPARE(curve.size(), 6);
        QCOMPARE(curve.at(4).toObject().value(QLatin1String("nominal")).toDouble(), 0.9);
        QCOMPARE(curve.at(4).toObject().value(QLatin1String("observed")).toDouble(),
                 at.value(QLatin1String("p90_coverage")).toDouble());
        for (qsizetype i = 1; i < curve.size(); ++i)
            QVERIFY(curve.at(i).toObject().value(QLatin1String("observed")).toDouble()
                    >= curve.at(i - 1).toObject().value(QLatin1String("observed")).toDouble());
        qint64 byCarrier = 0;
        for (const QJsonValue &row : o.value(QLatin1String("carriers")).toArray())
            byCarrier += row.toObject().value(QLatin1String("model")).toObject().value(QLatin1String("scored")).toInteger();
        QCOMPARE(byCarrier, scored);
        QCOMPARE(backtest({QStringLiteral("--json")}).out, r.out);
    }

    void textReport()
    {
        const Run r = backtest({});
        QCOMPARE(r.exitCode, 0);
        for (const char *line : {"within ±1 day of P50", "P90 coverage", "reliability", "by milestone", "out for delivery",
                                 "by carrier", "lanes with at least 20 shipments"})
            QVERIFY2(r.out.contains(QString::fromUtf8(line)), line);
    }

    void splitOptions()
    {
        const Run early = backtest({QStringLiteral("--split"), QStringLiteral("2025-01-01T00:00:00Z"), QStringLiteral("--json")});
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(QLatin1String("no shipment was delivered before the split 2025-01-01T00:00:00")),
                 qPrintable(early.err));
        const QJsonObject o = QJsonDocument::fromJson(early.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("training_shipments")).toInteger(), 0);
        const QJsonObject at = o.value(QLatin1String("at_shipping")).toObject();
        QCOMPARE(at.value(QLatin1String("scored")).toInteger(), 0);
        QVERIFY(at.value(QLatin1String("not_enough_history")).toInteger() > 0);

        const Run late = backtest({QStringLiteral("--split"), QStringLiteral("2026-07-01T00:00:00Z")});
        QCOMPARE(late.exitCode, 1);
        QVERIFY2(late.err.contains(QLatin1String("nothing to score")), qPrintable(late.err));

        const Run days = backtest({QStringLiteral("--train-days"), QStringLiteral("45"), QStringLiteral("--json")});
        QCOMPARE(days.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(days.out.toUtf8()).object().value(QLatin1String("split"))
                != QJsonDocument::fromJson(backtest({QStringLiteral("--json")}).out.toUtf8()).object().value(QLatin1String("split")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("both splits") << QStringList{QStringLiteral("--split"), QStringLiteral("2026-06-01T00:00:00Z"),
                                                    QStringLiteral("--train-days"), QStringLiteral("10")}
                                     << 2 << "--split and --train-days cannot be used together";
        QTest::newRow("split not an instant") << QStringList{QStringLiteral("--split"), QStringLiteral("June")} << 2
                                              << "--split must be an ISO 8601 date and time";
        QTest::newRow("minimum not a number") << QStringList{QStringLiteral("--min-samples"), QStringLiteral("0")} << 2
                                              << "--min-samples must be a whole number from 1";
        QTest::newRow("missing calendar") << QStringList{QStringLiteral("--holidays"), QStringLiteral("/nonexistent/h.json")}
                                          << 2 << "/nonexistent/h.json: ";
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = backtest(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // A calendar file with an error is refused with the field; a good one is used.
    void calendarFile()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"holidays": [{"country": "US", "date": "2026-06-19"}, {"country": "US", "date": "19.06.2026"}]})");
        file.close();
        const Run r = backtest({QStringLiteral("--holidays"), bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("bad.json: holidays[1].date: \"19.06.2026\" is not a date")), qPrintable(r.err));

        const QString good = m_dir.filePath(QStringLiteral("good.json"));
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write(R"({"holidays": [{"country": "US", "date": "2026-06-19", "name": "Juneteenth"}]})");
        goodFile.close();
        QCOMPARE(backtest({QStringLiteral("--holidays"), good}).exitCode, 0);
    }

    void storeErrors()
    {
        Run r = cli({QStringLiteral("predict"), QStringLiteral("backtest"), QStringLiteral("--db"),
                     m_dir.filePath(QStringLiteral("missing.db"))});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))), "a missing store was created");
        r = cli({QStringLiteral("predict"), QStringLiteral("backtest")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--db is required")), qPrintable(r.err));
        r = cli({QStringLiteral("predict"), QStringLiteral("--db"), m_store});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("expected an action: backtest")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestPredictCli)

#include "tst_predictcli.moc"
