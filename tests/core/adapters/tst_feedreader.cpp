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

    // A file that is not JSON at all gets one error naming what it looks like, not one
    // "malformed JSON" per line; a JSON file with damage in it is still read record by record.
    void filesThatAreNotJsonGetOneMessage_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("shipments");
        QTest::addColumn<QString>("message"); // of the first error

        const QByteArray soap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- tracking -->\n"
                                "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">\n"
                                "  <soapenv:Body><TrackReply><Status>Delivered</Status></TrackReply></soapenv:Body>\n"
                                "</soapenv:Envelope>\n";
        // XML goes to the XML formats (docs/ADAPTERS.md#xml-formats): one located message
        // when none reads it; tst_xmlfeedreader.cpp has the rest.
        QTest::newRow("SOAP XML") << soap << 1 << 1 << 0
                                  << "line 4, column 17: <TrackReply> is in namespace none, not in the namespace of FedEx Web "
                                     "Services Track (\"http://fedex.com/ws/track/v*\"): not read";
        QTest::newRow("XML without prolog") << QByteArray("<TrackResponse>\n <Shipment/>\n</TrackResponse>\n") << 1 << 1 << 0
                                            << "shipment has no package";
        QTest::newRow("proxy error page")
            << QByteArray("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>\n")
            << 1 << 1 << 0
            << "looks like an HTML page (\"502 Bad Gateway\"), not tracking data: an error page from a proxy or a login page?";
        QTest::newRow("HTML without title") << QByteArray("<html>\n<body>Sign in</body>\n</html>") << 1 << 1 << 0
                                            << "looks like an HTML page (<html>), not tracking data: an error page from a "
                                               "proxy or a login page?";
        QTest::newRow("CSV") << QByteArray("tracking_number,carrier,status\r\n1Z999AA10123456784,ups,delivered\r\n") << 1 << 1
                             << 0 << "looks like CSV (first line: \"tracking_number,carrier,status\"): this format is not supported";
        QTest::newRow("semicolon CSV") << QByteArray("AWB;Courier\n1234;bluedart\n") << 1 << 1 << 0
                                       << "looks like CSV (first line: \"AWB;Courier\"): this format is not supported";
        QTest::newRow("prose") << QByteArray("Please find the tracking export attached.\nRegards\n") << 1 << 1 << 0
                               << "is text, not JSON (first line: \"Please find the tracking export attached.\")";
        QTest::newRow("long first line is shortened")
            << QByteArray(200, 'x') + "\n" << 1 << 1 << 0
            << QStringLiteral("is text, not JSON (first line: \"%1\u2026\")").arg(QString(59, QLatin1Char('x')));
        QTest::newRow("UTF-16 with byte order mark") << QByteArray("\xff\xfe{\0\"\0a\0\"\0", 10) << 1 << 1 << 0
                                                     << "is UTF-16 text (a UTF-16 byte order mark): save it as UTF-8";
        QTest::newRow("UTF-16 without byte order mark") << QByteArray("{\0\"\0a\0\"\0:\0", 10) << 1 << 1 << 0
                                                        << "is UTF-16 text (NUL between the characters): save it as UTF-8";
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10) << 1 << 1 << 0
                              << "is not text: gzip-compressed data";
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << 1 << 1 << 0
                              << "is not text: a ZIP archive (an Excel workbook, or a zipped export)";
        QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n") << 1 << 1 << 0
                             << "is not text: a PDF document";
        QTest::newRow("random bytes") << noiseBytes(3000) << 1 << 1 << 0 << "is not text: 3000 bytes that are not text";
        QTest::newRow("invalid UTF-8 text") << QByteArray("caf\xe9 cr\xe8me\nna\xefve\n") << 1 << 1 << 0
                                            << "is not text: 17 bytes that are not text";
        // JSON with damage: still read record by record.
        QTest::newRow("JSON lines with a line of prose")
            << tracking("1Z1") + "\nthis line is not json at all\n" + tracking("1Z2") + "\n" << 3 << 1 << 2
            << "malformed JSON at line 2, column 2: illegal value"; // Qt reports the byte after
        QTest::newRow("XML-looking file holding JSON lines")
            << QByteArray("<export>\n") + tracking("1Z3") + "\n" << 2 << 1 << 1
            << "malformed JSON at line 1, column 2: illegal value";
    }

    void filesThatAreNotJsonGetOneMessage()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, records);
        QFETCH(int, failed);
        QFETCH(int, shipments);
        QFETCH(QString, message);
        FeedReader reader(AdapterRegistry::standard());
        QList<FeedIssue> errors;
        const FeedReadSummary summary = reader.readData(QStringLiteral("feed.dat"), data, {}, [&](const FeedIssue &issue) {
            if (issue.severity == Severity::Error)
                errors << issue;
        });
        QCOMPARE(summary.records, records);
        QCOMPARE(summary.failedRecords, failed);
        QCOMPARE(summary.shipments, shipments);
        QCOMPARE(summary.errors, failed);
        QCOMPARE(errors.size(), failed);
        QCOMPARE(errors.first().message, message);
        QCOMPARE(errors.first().source, QStringLiteral("feed.dat"));
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
