// SPDX-License-Identifier: MIT
// Golden files for every adapter fixture: tests/fixtures/adapters/<format>/<case>.json is
// normalized and compared with <case>.expected.jsonl (the `normalize` output) and
// <case>.issues.txt (every reported issue). Set CT_UPDATE_GOLDEN=1 to rewrite the golden
// files from the current output — then read every changed line against the fixture
// before committing: a golden file nobody checked proves nothing.
#include "adaptertestsupport.h"

#include "adapters/adapterregistry.h"
#include "adapters/trackingadapter.h"
#include "ingest/normalizedjson.h"
#include "json/parser.h"
#include "json/recordsplitter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace ct;
using namespace ct::test;

namespace {

QStringList fixtureCases()
{
    QStringList cases;
    QDirIterator it(fixturePath(QStringLiteral("adapters")),
                    {QStringLiteral("*.json"), QStringLiteral("*.jsonl"), QStringLiteral("*.xml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".expected.jsonl")))
            continue;
        cases.append(QDir(fixturePath(QStringLiteral("adapters"))).relativeFilePath(path));
    }
    cases.sort();
    return cases;
}

QString goldenBase(const QString &fixture)
{
    const QFileInfo info(fixturePath(QStringLiteral("adapters/") + fixture));
    return info.path() + QLatin1Char('/') + info.completeBaseName();
}

QStringList readLines(const QString &path, bool *exists)
{
    QFile file(path);
    *exists = file.open(QIODevice::ReadOnly);
    if (!*exists)
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

void writeLines(const QString &path, const QStringList &lines)
{
    if (lines.isEmpty()) {
        QFile::remove(path);
        return;
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

void compareLines(const QStringList &actual, const QStringList &expected, const QString &what)
{
    for (qsizetype i = 0; i < std::min(actual.size(), expected.size()); ++i) {
        if (actual.at(i) != expected.at(i)) {
            QFAIL(qPrintable(QStringLiteral("%1 line %2 differs\n   actual: %3\n expected: %4")
                                 .arg(what)
                                 .arg(i + 1)
                                 .arg(actual.at(i), expected.at(i))));
        }
    }
    if (actual.size() != expected.size())
        QFAIL(qPrintable(QStringLiteral("%1: %2 lines, expected %3")
                             .arg(what)
                             .arg(actual.size())
                             .arg(expected.size())));
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private slots:
    void fixturesExistForEveryFormat()
    {
        for (const TrackingAdapter *adapter : AdapterRegistry::standard().adapters()) {
            const QDir dir(fixturePath(QStringLiteral("adapters/") + adapter->formatId()));
            QVERIFY2(!dir.entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty(),
                     qPrintable(QStringLiteral("no fixtures for format %1").arg(adapter->formatId())));
        }
    }

    void fixturesExistForEveryXmlFormat()
    {
        for (const xml::XmlTrackingAdapter *adapter : AdapterRegistry::standard().xmlAdapters()) {
            const QDir dir(fixturePath(QStringLiteral("adapters/") + adapter->formatId()));
            QVERIFY2(!dir.entryList({QStringLiteral("*.xml")}, QDir::Files).isEmpty(),
                     qPrintable(QStringLiteral("no fixtures for format %1").arg(adapter->formatId())));
        }
    }

    void goldenOutput_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const QString &fixture : fixtureCases())
            QTest::newRow(qPrintable(fixture)) << fixture;
    }

    void goldenOutput()
    {
        QFETCH(QString, fixture);
        const NormalizeResult result = normalizeFixture(QStringLiteral("adapters/") + fixture);
        QStringList output;
        for (const ShipmentRecord &s : result.shipments) {
            const int record = s.sourceDocument.section(QLatin1Char('#'), -1).toInt();
            output.append(QString::fromUtf8(
                normalizedShipmentJson(s, QFileInfo(fixture).fileName(), record)));
        }
        const QStringList issues = result.issueLines();

        const QString base = goldenBase(fixture);
        if (qEnvironmentVariableIntValue("CT_UPDATE_GOLDEN") == 1) {
            writeLines(base + QStringLiteral(".expected.jsonl"), output);
            writeLines(base + QStringLiteral(".issues.txt"), issues);
            QSKIP("golden files rewritten; review them before committing");
        }
        bool haveOutput = false;
        bool haveIssues = false;
        const QStringList expectedOutput =
            readLines(base + QStringLiteral(".expected.jsonl"), &haveOutput);
        const QStringList expectedIssues = readLines(base + QStringLiteral(".issues.txt"), &haveIssues);
        QVERIFY2(haveOutput || output.isEmpty(),
                 qPrintable(QStringLiteral("no golden file %1.expected.jsonl").arg(base)));
        compareLines(output, expectedOutput, QStringLiteral("normalized output"));
        compareLines(issues, expectedIssues, QStringLiteral("issues"));
    }

    // Format detection is unambiguous: every well-formed record of a fixture is claimed
    // by exactly one adapter, the one its directory is named after.
    void detectionIsUnambiguous_data() { goldenOutput_data(); }

    void detectionIsUnambiguous()
    {
        QFETCH(QString, fixture);
        const QString format = fixture.section(QLatin1Char('/'), 0, 0);
        const QByteArray data = readFixture(QStringLiteral("adapters/") + fixture);
        json::Parser parser;
        int checked = 0;
        for (const json::RecordSpan &span : json::RecordSplitter::split(data.constData(), data.size())) {
            const auto root = parser.parse(data.constData() + span.offset, span.length);
            if (!root || !root->isObject())
                continue; // deliberately malformed records are the reader's business
            const auto claimed = AdapterRegistry::standard().detectAll(*root);
            QStringList ids;
            for (const TrackingAdapter *a : claimed)
                ids.append(a->formatId());
            QCOMPARE(ids, QStringList{format});
            ++checked;
        }
        Q_UNUSED(checked);
    }
};

CT_REGISTER_SUITE("golden", TestGolden);

#include "tst_golden.moc"
