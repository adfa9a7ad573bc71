// SPDX-License-Identifier: MIT
// Built-in formats (Shippo, EasyPost, AfterShip) re-expressed as carrier mappings
// (tests/fixtures/mappings/, in tests only) must read every fixture of their format exactly as the C++ adapter does: the same
// shipments field by field, the same issues at the same places, the same counts of
// errors, unknown codes and numbers not found; and they must claim exactly the documents
// the C++ adapter claims among every adapter fixture of every format.
#include "mappingtestsupport.h"

#include "adapters/adapterregistry.h"
#include "adapters/mapping/mappingadapter.h"
#include "adapters/mapping/mappingcheck.h"
#include "json/parser.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

using namespace ct;
using namespace ct::test;

namespace {

struct Pair
{
    const char *format;  // built-in format id and fixture folder
    const char *mapping; // tests/fixtures/mappings/<file>
};

constexpr Pair Pairs[] = {{"shippo", "shippo.json"}, {"easypost", "easypost.json"}, {"aftership", "aftership.json"}};

QStringList fixturesOf(const QString &folder)
{
    QStringList files;
    QDirIterator it(fixturePath(QStringLiteral("adapters/") + folder), {QStringLiteral("*.json"), QStringLiteral("*.jsonl")},
                    QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String(".expected.jsonl")))
            files.append(QStringLiteral("adapters/%1/%2").arg(folder, QFileInfo(path).fileName()));
    }
    files.sort();
    return files;
}

// The JSON documents of a fixture: the file, or each line of a .jsonl.
QList<QByteArray> documentsOf(const QString &fixture)
{
    const QByteArray data = readFixture(fixture);
    if (!fixture.endsWith(QLatin1String(".jsonl")))
        return {data};
    QList<QByteArray> docs;
    for (const QByteArray &line : data.split('\n')) {
        if (!line.trimmed().isEmpty())
            docs.append(line);
    }
    return docs;
}

QString issueText(const FeedIssue &issue)
{
    return issue.toString();
}

} // namespace

class TestMappingEquivalence : public QObject
{
    Q_OBJECT

private slots:
    void sameOutputAsTheAdapter_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("mapping");
        QTest::addColumn<QString>("fixture");
        for (const Pair &pair : Pairs) {
            const QStringList fixtures = fixturesOf(QLatin1String(pair.format));
            QVERIFY2(fixtures.size() >= 5, pair.format);
            for (const QString &fixture : fixtures)
                QTest::newRow(qPrintable(fixture)) << QString::fromLatin1(pair.format) << QString::fromLatin1(pair.mapping) << fixture;
        }
    }
    void sameOutputAsTheAdapter()
    {
        QFETCH(QString, mapping);
        QFETCH(QString, fixture);
        const QByteArray data = readFixture(fixture);
        const QString source = QFileInfo(fixture).fileName();
        const NormalizeResult expected = normalizeBytes(data, source);
        const NormalizeResult actual = normalizeWith(loadMapping(mapping), data, source);

        QCOMPARE(actual.shipments.size(), expected.shipments.size());
        for (qsizetype i = 0; i < expected.shipments.size(); ++i) {
            const QStringList diff = shipmentDifferences(actual.shipments.at(i), expected.shipments.at(i));
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("shipment %1 (%2), mapping != adapter:\n  %3")
                                                    .arg(i)
                                                    .arg(expected.shipments.at(i).trackingNumber, diff.join(QStringLiteral("\n  ")))));
        }
        QStringList actualIssues;
        QStringList expectedIssues;
        for (const FeedIssue &issue : actual.issues)
            actualIssues.append(issueText(issue));
        for (const FeedIssue &issue : expected.issues)
            expectedIssues.append(issueText(issue));
        QCOMPARE(actualIssues, expectedIssues);
        QCOMPARE(actual.summary.errors, expected.summary.errors);
        QCOMPARE(actual.summary.warnings, expected.summary.warnings);
        QCOMPARE(actual.summary.notFound, expected.summary.notFound);
        QCOMPARE(actual.summary.unmappedEvents, expected.summary.unmappedEvents);
        QCOMPARE(actual.summary.failedRecords, expected.summary.failedRecords);
    }

    // The comparison sees a one-code change in the table: the test above can fail.
    void aChangedCodeIsSeen()
    {
        QByteArray text = readFixture(QStringLiteral("mappings/shippo.json"));
        const QByteArray from = R"("package_arrived": "InTransit_003")";
        QVERIFY(text.contains(from));
        text.replace(from, R"("package_arrived": "InTransit_001")");
        MappingCheck::Result changed = MappingCheck::check(text);
        QVERIFY(changed.ok());
        const QByteArray data = readFixture(QStringLiteral("adapters/shippo/delivered.json"));
        const NormalizeResult expected = normalizeBytes(data, QStringLiteral("delivered.json"));
        const NormalizeResult actual = normalizeWith(std::move(changed.adapter), data, QStringLiteral("delivered.json"));
        QCOMPARE(actual.shipments.size(), 1);
        const QStringList diff = shipmentDifferences(actual.shipments.at(0), expected.shipments.at(0));
        QVERIFY(!diff.isEmpty());
        QVERIFY2(diff.constFirst().contains(QLatin1String(".subtag: InTransit_001 != InTransit_003")), qPrintable(diff.join(QLatin1Char('\n'))));
    }

    // The mapping's "detect" claims a document exactly when the C++ adapter does, over the
    // fixtures of every format (its own and the others').
    void sameDetectionAsTheAdapter_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("mapping");
        for (const Pair &pair : Pairs)
            QTest::newRow(pair.format) << QString::fromLatin1(pair.format) << QString::fromLatin1(pair.mapping);
    }
    void sameDetectionAsTheAdapter()
    {
        QFETCH(QString, format);
        QFETCH(QString, mapping);
        const auto adapter = loadMapping(mapping);
        QVERIFY(adapter);
        const TrackingAdapter *builtIn = AdapterRegistry::standard().byFormatId(format);
        QVERIFY(builtIn);
        json::Parser parser;
        int claimed = 0;
        int documents = 0;
        const QStringList folders = QDir(fixturePath(QStringLiteral("adapters"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &folder : folders) {
            for (const QString &fixture : fixturesOf(folder)) {
                const QList<QByteArray> docs = documentsOf(fixture);
                for (qsizetype i = 0; i < docs.size(); ++i) {
                    const auto root = parser.parse(docs.at(i).constData(), docs.at(i).size());
                    if (!root)
                        continue; // a malformed fixture: neither reads it
                    ++documents;
                    const bool expected = builtIn->accepts(*root);
                    claimed += expected ? 1 : 0;
                    QVERIFY2(adapter->accepts(*root) == expected,
                             qPrintable(QStringLiteral("%1 document %2: the adapter %3 it, the mapping does not agree")
                                            .arg(fixture)
                                            .arg(i + 1)
                                            .arg(expected ? QStringLiteral("claims") : QStringLiteral("does not claim"))));
                }
            }
        }
        QVERIFY(documents > 100);
        QVERIFY(claimed >= 5);
    }
};

CT_REGISTER_SUITE("mapping-equivalence", TestMappingEquivalence);
#include "tst_mappingequivalence.moc"
