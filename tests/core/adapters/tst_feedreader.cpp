// SPDX-License-Identifier: MIT
// The feed reader: record splitting, format detection and damage isolation, whatever the
// format. Uses bare AfterShip tracking objects as the well-formed records.
#include "adaptertestsupport.h"

#include "adapters/adapterregistry.h"
#include "json/parser.h"
#include "json/recordsplitter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;

namespace {

QByteArray tracking(const char *number)
{
    return QByteArray(R"({"tracking_number":")") + number
           + R"(","slug":"ups","checkpoints":[{"checkpoint_time":"2026-11-20T10:00:00Z","message":"Picked up","tag":"InTransit","subtag":"InTransit_002"}]})";
}

} // namespace

class TestFeedReader : public QObject
{
    Q_OBJECT

private slots:
    void splitterFindsRecords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QList<bool>>("truncated");
        QTest::newRow("single document") << QByteArray("{\n  \"a\": {\n    \"b\": 1\n  }\n}\n")
                                         << QList<int>{1} << QList<bool>{false};
        QTest::newRow("json lines") << QByteArray("{\"a\":1}\n{\"a\":2}\n\n{\"a\":3}\n")
                                    << QList<int>{1, 2, 4} << QList<bool>{false, false, false};
        QTest::newRow("array") << QByteArray("[\n {\"a\":1},\n {\"a\":\"}\"}\n]\n")
                               << QList<int>{2, 3} << QList<bool>{false, false};
        QTest::newRow("truncated array") << QByteArray("[{\"a\":1},\n{\"a\":[1,2")
                                         << QList<int>{1, 2} << QList<bool>{false, true};
        QTest::newRow("cut line then next record")
            << QByteArray("{\"a\":{\"b\":1}\n{\"a\":2}\n") << QList<int>{1, 2}
            << QList<bool>{true, false};
        QTest::newRow("concatenated") << QByteArray("{\"a\":1}{\"a\":2}") << QList<int>{1, 1}
                                      << QList<bool>{false, false};
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\":1}") << QList<int>{1}
                                         << QList<bool>{false};
        QTest::newRow("escaped quote in string")
            << QByteArray("{\"a\":\"x\\\"}\"}\n{\"b\":1}") << QList<int>{1, 2}
            << QList<bool>{false, false};
        QTest::newRow("whitespace only") << QByteArray(" \n\t\n") << QList<int>{} << QList<bool>{};
    }

    void splitterFindsRecords()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<int>, lines);
        QFETCH(QList<bool>, truncated);
        const auto spans = json::RecordSplitter::split(input.constData(), input.size());
        QList<int> actualLines;
        QList<bool> actualTruncated;
        for (const auto &span : spans) {
            actualLines.append(span.line);
            actualTruncated.append(span.truncated);
        }
        QCOMPARE(actualLines, lines);
        QCOMPARE(actualTruncated, truncated);
    }

    void arrayWithBadElementsKeepsTheGoodOnes()
    {
        const QByteArray input = "[\n" + tracking("GOOD-1") + ",\n{\"foo\": 1, \"bar\": 2},\n42,\n"
                                 + "{\"tracking_number\": \"X\", \"slug\": \"ups\",, }\n,"
                                 + tracking("GOOD-2") + "\n]\n";
        const auto r = normalizeBytes(input, QStringLiteral("mixed.json"));
        QCOMPARE(r.summary.records, 5);
        QCOMPARE(r.shipments.size(), 2);
        QCOMPARE(r.summary.failedRecords, 3);
        const QStringList lines = r.issueLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("mixed.json: record 2 (line 3): error: format not recognised (top-level fields: foo, bar)"));
        QCOMPARE(lines.at(1), QStringLiteral("mixed.json: record 3 (line 4): error: expected a JSON object, found number"));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("mixed.json: record 4 (line 5): error: malformed JSON at line 5, column 41: ")), qPrintable(lines.at(2)));
    }

    void truncatedFileKeepsCompleteRecords()
    {
        QByteArray input = "[\n" + tracking("T-1") + ",\n" + tracking("T-2") + ",\n" + tracking("T-3");
        input.chop(40);
        const auto r = normalizeBytes(input, QStringLiteral("cut.json"));
        QCOMPARE(r.shipments.size(), 2);
        QCOMPARE(r.summary.failedRecords, 1);
        QCOMPARE(r.issues.size(), 1);
        QVERIFY2(r.issues.first().message.startsWith(QLatin1String("record is truncated (cut off at line 4, column ")), qPrintable(r.issues.first().message));
        QCOMPARE(r.issues.first().record, 3);
        QCOMPARE(r.issues.first().line, 4);
    }

    void missingAndEmptyFilesAreReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FeedReader reader(AdapterRegistry::standard());
        QList<FeedIssue> issues;
        auto collect = [&](const FeedIssue &i) { issues.append(i); };
        const auto missing = reader.readFile(dir.filePath(QStringLiteral("nope.json")), {}, collect);
        QCOMPARE(missing.errors, 1);
        QVERIFY(issues.last().message.startsWith(QLatin1String("cannot open file")));

        QFile empty(dir.filePath(QStringLiteral("empty.json")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const auto none = reader.readFile(empty.fileName(), {}, collect);
        QCOMPARE(none.errors, 0);
        QCOMPARE(none.warnings, 1);
        QCOMPARE(issues.last().message, QStringLiteral("file is empty"));
    }

    void rangesOverTheWrongKindAreEmpty()
    {
        json::Parser parser;
        const QByteArray doc = R"({"list": {"a": 1, "b": 2}, "map": [1, 2, 3], "n": 5})";
        const auto root = parser.parse(doc.constData(), doc.size());
        QVERIFY(root);
        int visited = 0;
        for (const json::Value &v : (*root)["list"].elements())
            visited += v.isMissing() ? 100 : 1;
        for (const json::Member &m : (*root)["map"].members())
            visited += m.key.empty() ? 100 : 1;
        for (const json::Value &v : (*root)["n"].elements())
            visited += v.isMissing() ? 100 : 1;
        for (const json::Value &v : (*root)["missing"].elements())
            visited += v.isMissing() ? 100 : 1;
        QCOMPARE(visited, 0);
        int elements = 0;
        for (const json::Value &v : (*root)["map"].elements())
            elements += static_cast<int>(v.toInt().value_or(0));
        QCOMPARE(elements, 6);
        QStringList keys;
        for (const json::Member &m : (*root)["list"].members())
            keys.append(QString::fromUtf8(m.key.data(), static_cast<qsizetype>(m.key.size())));
        QCOMPARE(keys, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void rawPayloadIsTheDocumentOrTheShipmentsPart()
    {
        // One shipment in the document: the document's own bytes.
        const QByteArray single = tracking("ONE");
        const auto one = normalizeBytes(single + "\n");
        QCOMPARE(one.shipments.first().rawPayload, single);
        // Several: each shipment's own part, minified.
        const QByteArray list = "{\"data\": {\"trackings\": [" + tracking("A") + ", " + tracking("B") + "]}}";
        const auto two = normalizeBytes(list);
        QCOMPARE(two.shipments.size(), 2);
        QCOMPARE(two.shipments.at(0).rawPayload, tracking("A"));
        QCOMPARE(two.shipments.at(1).rawPayload, tracking("B"));
    }

    void sourceDocumentNamesFileAndRecord()
    {
        const auto r = normalizeBytes(tracking("A") + "\n" + tracking("B"), QStringLiteral("feed.jsonl"));
        QCOMPARE(r.shipments.size(), 2);
        QCOMPARE(r.shipments.at(0).sourceDocument, QStringLiteral("feed.jsonl#1"));
        QCOMPARE(r.shipments.at(1).sourceDocument, QStringLiteral("feed.jsonl#2"));
        QCOMPARE(r.shipments.at(1).sourceFormat, QStringLiteral("aftership"));
        QCOMPARE(r.summary.shipmentsByFormat.value(QStringLiteral("aftership")), 2);
    }
};

CT_REGISTER_SUITE("reader", TestFeedReader);

#include "tst_feedreader.moc"
