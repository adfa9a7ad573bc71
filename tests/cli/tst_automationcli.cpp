// SPDX-License-Identifier: MIT
// controltower-cli automation as scripts use it (docs/CLI.md, "automation"): a rules file
// checked with every error located, set (a bad one refused while the version in force
// stays), shown with the ledger, a dry run that writes nothing, a sweep that fires once,
// and the usage errors. The demo store is seeded at 2026-06-17T14:00:00Z without the team's
// work, so its open exceptions wait for a first action.
#include "clirun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ct::test::CliRun;
const QString Now = QStringLiteral("--now=2026-06-17T14:00:00Z");

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

const QByteArray Good = R"({"version":1,"quiet_hours":{"start":"21:00","end":"08:00"},"rules":[
 {"id":"ndr","name":"Failed attempt","trigger":{"on":"tag","tag":"AttemptFail"},"actions":[{"type":"notify","template":"ndr_fix","channel":"sms"}]},
 {"id":"late","trigger":{"on":"sla_breached","sla":"first_action"},"actions":[{"type":"note","text":"first action overdue"}]},
 {"id":"off","enabled":false,"trigger":{"on":"exception_opened"},"actions":[{"type":"note","text":"never"}]}]})";

const QByteArray Bad = R"({"version":1,"rules":[
 {"id":"a","trigger":{"on":"tag","tag":"AttemptFail"},"conditions":{"carrier":"xx"},"actions":[{"type":"note","text":"x"}]},
 {"id":"b","trigger":{"on":"time_in_state","tag":"AttemptFail"},"actions":[{"type":"note","text":"x"}]}]})";

} // namespace

class TestAutomationCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_good;
    QString m_bad;

    Run automation(QStringList more, bool withDb = true)
    {
        QStringList args{QStringLiteral("automation")};
        args += more;
        if (withDb)
            args << QStringLiteral("--db") << m_db;
        return ct::test::runCli(args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        const Run demo = ct::test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--shipments"),
                                           QStringLiteral("800"), QStringLiteral("--no-team-work"), Now});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        m_good = write(m_dir, "rules.json", Good);
        m_bad = write(m_dir, "bad.json", Bad);
    }

    void checkLocatesEveryError()
    {
        const Run good = automation({QStringLiteral("check"), m_good}, false);
        QCOMPARE(good.exitCode, 0);
        QCOMPARE(good.out, QStringLiteral("automation: %1: 3 rules, 2 enabled\n").arg(m_good));
        const Run bad = automation({QStringLiteral("check"), m_bad}, false);
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(bad.err, QStringLiteral("%1: rules[0].conditions.carrier: unknown carrier \"xx\"\n"
                                         "%1: rules[1].trigger.hours: is required (hours in the state, 1 to 1440)\n"
                                         "controltower-cli automation: %1 is refused\n").arg(m_bad));
    }

    void setKeepsTheVersionInForce()
    {
        QVERIFY(automation({QStringLiteral("show")}).out.startsWith(QStringLiteral("# automation rules, version 0 (never set: no rules)")));
        QCOMPARE(automation({QStringLiteral("set"), m_bad, Now}).exitCode, 1);
        const Run set = automation({QStringLiteral("set"), m_good, Now});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.out, QStringLiteral("automation: rules saved as version 1 (2 enabled)\n"));
        const Run refused = automation({QStringLiteral("set"), m_bad, Now});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.endsWith(QStringLiteral("the rules are refused; the ones in force stay\n")));
        const Run show = automation({QStringLiteral("show")});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.startsWith(QStringLiteral("# automation rules, version 1, set by cli at 2026-06-17 14:00Z")), qPrintable(show.out));
        QVERIFY(show.out.contains(QStringLiteral("\"id\": \"ndr\"")));
    }

    // The dry run counts and writes nothing; the sweep fires each breach once.
    void dryRunThenSweep()
    {
        const Run dry = automation({QStringLiteral("dry-run"), QStringLiteral("--days"), QStringLiteral("30"), Now});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.startsWith(QStringLiteral("automation dry run: 2026-05-18 14:00Z to 2026-06-17 14:00Z, ")), qPrintable(dry.out));
        QVERIFY(dry.out.contains(QStringLiteral("nothing applied\nndr (Failed attempt): ")));
        QVERIFY(dry.out.contains(QStringLiteral("\nlate (late): ")));
        QVERIFY(!dry.out.contains(QStringLiteral("off (")));
        QVERIFY(automation({QStringLiteral("show")}).out.contains(QStringLiteral("# the ledger's latest 0 firings\n")));

        const Run first = automation({QStringLiteral("sweep"), QStringLiteral("--now=2026-06-20T14:00:00Z")});
        QCOMPARE(first.exitCode, 0);
        const Run second = automation({QStringLiteral("sweep"), QStringLiteral("--now=2026-06-20T14:00:00Z")});
        QCOMPARE(second.exitCode, 0);
        // "N transitions, F fired, 0 already fired" then "N transitions, 0 fired, F already fired".
        const QRegularExpression counts(QStringLiteral(": (\\d+) transitions, (\\d+) fired, (\\d+) already fired"));
        const QRegularExpressionMatch a = counts.match(first.out);
        const QRegularExpressionMatch b = counts.match(second.out);
        QVERIFY2(a.hasMatch() && b.hasMatch(), qPrintable(first.out + second.out));
        QVERIFY2(a.captured(2).toInt() > 0, qPrintable(first.out));
        QCOMPARE(a.captured(3).toInt(), 0);
        QCOMPARE(b.captured(2).toInt(), 0);
        QCOMPARE(b.captured(3), a.captured(2));
        QVERIFY(automation({QStringLiteral("show"), QStringLiteral("--ledger"), QStringLiteral("1")})
                    .out.contains(QStringLiteral("  late  shipment ")));
    }

    void usageErrors()
    {
        QCOMPARE(automation({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(automation({QStringLiteral("dry-run"), QStringLiteral("--days"), QStringLiteral("0")}).exitCode, 2);
        QCOMPARE(automation({QStringLiteral("check"), m_dir.filePath(QStringLiteral("missing.json"))}, false).exitCode, 2);
        QCOMPARE(automation({QStringLiteral("sweep"), QStringLiteral("--now=yesterday")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAutomationCli)
#include "tst_automationcli.moc"
