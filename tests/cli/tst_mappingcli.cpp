// SPDX-License-Identifier: MIT
// controltower-cli mapping check / try, and --mappings for normalize (docs/MAPPING-FORMAT.md).
#include "clirun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ct::test::CliRun;
using ct::test::runCli;

namespace {

QString fixture(const char *relative)
{
    return QStringLiteral(CT_FIXTURES_DIR "/") + QLatin1String(relative);
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMappingCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text);
        return file.fileName();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void checkAcceptsAGoodMapping()
    {
        const CliRun r = runCli({QStringLiteral("mapping"), QStringLiteral("check"), fixture("mappings/acme-express.json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("acme-express.json: format acme-express (Acme Express tracking (illustrative)) is usable; "
                                       "its sample gives 1 shipment\n"));
        QCOMPARE(r.err, QString());
    }

    void checkLocatesEveryProblem()
    {
        QByteArray text = read(fixture("mappings/acme-express.json"));
        text.replace(R"("description": "text")", R"("description": "txt")");
        text.replace(R"("format": "%d.%m.%Y", "time")", R"("format": "%d.%m.%Q", "time")");
        const QString file = write(QStringLiteral("broken.json"), text);
        const CliRun r = runCli({QStringLiteral("mapping"), QStringLiteral("check"), file});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 QStringList({file + QStringLiteral(": line 29, column 42: shipment.events.time.format: error: unknown directive %Q "
                                                    "in \"%d.%m.%Q\" (known: %Y %y %m %d %b %B %H %I %M %S %f %p %z %F %T %%)"),
                              QStringLiteral("broken.json: not usable (1 problem)")}));
    }

    void tryPrintsShipmentsAndWhatWasNotFilled()
    {
        const QString payload = fixture("mappings/acme-express-payload.json");
        const CliRun r = runCli({QStringLiteral("mapping"), QStringLiteral("try"), fixture("mappings/acme-express.json"), payload});
        QCOMPARE(r.exitCode, 1); // the payload has bad records (located on stderr)
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
        QCOMPARE(first.value(QLatin1String("format")).toString(), QStringLiteral("acme-express"));
        QCOMPARE(first.value(QLatin1String("tracking_number")).toString(), QStringLiteral("AX111111111"));
        QCOMPARE(first.value(QLatin1String("subtag")).toString(), QStringLiteral("Delivered_003"));
        QVERIFY2(r.err.contains(QStringLiteral("shipment AX111111111: not filled: carrierReference, origin.state, origin.postalCode, "
                                               "destination.state, events.state (6 of 6), events.postalCode (6 of 6)\n")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("acmeTrackingResponse.consignments[1].scans[2].date: error: invalid timestamp "
                                               "\"31.11.2026\"")),
                 qPrintable(r.err));
        QVERIFY2(r.err.endsWith(payload + QStringLiteral(": 2 shipments, 4 errors, 1 unknown code, 1 not found\n")), qPrintable(r.err));
    }

    void tryWithABrokenMappingReadsNothing()
    {
        QByteArray text = read(fixture("mappings/acme-express.json"));
        text.replace(R"("60": "Delivered_001")", R"("60": "Delivered_009")");
        const QString file = write(QStringLiteral("badcode.json"), text);
        const CliRun r = runCli({QStringLiteral("mapping"), QStringLiteral("try"), file, fixture("mappings/acme-express-payload.json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        QVERIFY2(r.err.contains(QStringLiteral("shipment.events.status.rules[0].codes.60: error: unknown sub-status \"Delivered_009\"")),
                 qPrintable(r.err));
    }

    void usageErrors()
    {
        QCOMPARE(runCli({QStringLiteral("mapping"), QStringLiteral("check")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("mapping"), QStringLiteral("try"), fixture("mappings/acme-express.json")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("mapping"), QStringLiteral("lint"), fixture("mappings/acme-express.json")}).exitCode, 2);
    }

    // normalize --mappings DIR reads a mapped format beside the built-in ones; a bad file
    // of the folder is reported and skipped.
    void normalizeReadsTheFolderMappings()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QVERIFY(QFile::copy(fixture("mappings/acme-express.json"), folder.filePath(QStringLiteral("acme-express.json"))));
        QFile bad(folder.filePath(QStringLiteral("zz-bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"mapping\": 1,");
        bad.close();
        const CliRun r = runCli({QStringLiteral("normalize"), QStringLiteral("--mappings"), folder.path(),
                                 fixture("mappings/acme-express-payload.json"), fixture("adapters/shippo/delivered.json")});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(QJsonDocument::fromJson(lines.at(0).toUtf8()).object().value(QLatin1String("format")).toString(),
                 QStringLiteral("acme-express"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(2).toUtf8()).object().value(QLatin1String("format")).toString(),
                 QStringLiteral("shippo"));
        QVERIFY2(r.err.startsWith(folder.path() + QStringLiteral("/zz-bad.json: line 1, column 15: error: not valid JSON: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(folder.path() + QStringLiteral("/zz-bad.json: skipped (not loaded)\n")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestMappingCli)
#include "tst_mappingcli.moc"
