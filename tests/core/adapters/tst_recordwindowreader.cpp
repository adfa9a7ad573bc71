// SPDX-License-Identifier: MIT
// A JSON input read a window at a time (json::RecordWindowReader over RecordSplitter): the
// records, their file-relative offsets, lines and columns are the same whatever the window,
// down to one byte; a record over the limit is followed to its end without being kept; the
// window buffer stays bounded. Then the FeedReader over windows: located messages, the
// record limit, progress and stop, and files that are not JSON.
#include "adaptertestsupport.h"

#include "adapters/adapterregistry.h"
#include "json/recordwindowreader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;

namespace {

QStringList texts(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

// "offset+length@line:column" and the flags: t truncated, s structured, o oversized.
QString describe(const json::RecordSpan &span)
{
    QString flags;
    if (span.truncated)
        flags += QLatin1Char('t');
    if (span.structured)
        flags += QLatin1Char('s');
    if (span.oversized)
        flags += QLatin1Char('o');
    QString text = QStringLiteral("%1+%2@%3:%4").arg(span.offset).arg(span.length).arg(span.line).arg(span.column);
    return flags.isEmpty() ? text : text + QLatin1Char(' ') + flags;
}

// Every record of `input` read through `window`-byte windows (0: held in memory); each
// record's bytes are checked against the input.
QStringList spansThroughWindows(const QByteArray &input, qsizetype window, qsizetype maxRecord,
                                qsizetype *peakBuffer = nullptr)
{
    QBuffer device;
    device.setData(input);
    device.open(QIODevice::ReadOnly);
    json::RecordWindowReader reader = window > 0 ? json::RecordWindowReader(device, window, maxRecord)
                                                 : json::RecordWindowReader(QByteArrayView(input), maxRecord);
    QStringList spans;
    json::RecordSpan span;
    QByteArrayView bytes;
    while (true) {
        const auto result = reader.next(span, bytes);
        if (result != json::RecordWindowReader::Result::Record) {
            if (result == json::RecordWindowReader::Result::ReadError)
                spans.append(QStringLiteral("read error"));
            break;
        }
        const QByteArray expected = span.oversized ? QByteArray() : input.mid(span.offset, span.length);
        if (bytes.toByteArray() != expected)
            spans.append(QStringLiteral("wrong bytes at %1").arg(span.offset));
        spans.append(describe(span));
    }
    if (peakBuffer)
        *peakBuffer = reader.peakBufferBytes();
    return spans;
}

// The windows every splitting row is read through: 1 byte (every boundary everywhere),
// a few odd sizes, one larger than any input, and the input held in memory (0).
const QList<qsizetype> Windows{1, 2, 3, 5, 8, 64, 0};

QByteArray tracking(const char *number)
{
    // 159 bytes and the number's.
    return QByteArray(R"({"tracking_number":")") + number
           + R"(","slug":"ups","checkpoints":[{"checkpoint_time":"2026-11-20T10:00:00Z","message":"Picked up","tag":"InTransit","subtag":"InTransit_002"}]})";
}

// A well-formed AfterShip record of exactly `bytes` bytes (at least 153): its message is
// padding (words, not one letter repeated, which would read as a placeholder).
QByteArray paddedTracking(qsizetype bytes)
{
    const QByteArray words = "Departed from the sorting facility on the way to the next one. ";
    QByteArray message = words.repeated((bytes - 153) / words.size() + 1);
    message.truncate(bytes - 153);
    return QByteArray(R"({"tracking_number":"P-1","slug":"ups","checkpoints":[{"checkpoint_time":"2026-11-20T10:00:00Z","message":")")
           + message + R"(","tag":"InTransit","subtag":"InTransit_002"}]})";
}

// A device that gives the first `good` bytes of `data`, then fails, as a disk or a network
// share does.
class FailingDevice final : public QIODevice
{
public:
    FailingDevice(QByteArray data, qint64 good) : m_data(std::move(data)), m_good(good) {}

protected:
    qint64 readData(char *out, qint64 max) override
    {
        if (m_at >= m_good) {
            setErrorString(QStringLiteral("Input/output error"));
            return -1;
        }
        const qint64 n = std::min(max, m_good - m_at);
        std::memcpy(out, m_data.constData() + m_at, static_cast<size_t>(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_good;
    qint64 m_at = 0;
};

struct FileRead
{
    FeedReadSummary summary;
    QStringList issues;
    int shipments = 0;
};

FileRead readThroughFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content, qsizetype window,
                         qsizetype maxRecord = json::RecordWindowReader::DefaultMaxRecordBytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    FeedReader reader(AdapterRegistry::standard());
    reader.setWindowBytes(window);
    reader.setMaxRecordBytes(maxRecord);
    FileRead read;
    read.summary = reader.readFile(path, [&](ShipmentRecord &&) { ++read.shipments; },
                                   [&](const FeedIssue &issue) { read.issues.append(issue.toString().replace(dir.path() + QLatin1Char('/'), QString())); });
    return read;
}

} // namespace

class TestRecordWindowReader : public QObject
{
    Q_OBJECT

private slots:
    void recordsAreTheSameThroughAnyWindow_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("spans");
        QTest::newRow("JSON lines") << QByteArray("{\"a\":1}\n{\"a\":2}\n\n{\"a\":3}\n")
                                    << texts({"0+7@1:1 s", "8+7@2:1 s", "17+7@4:1 s"});
        QTest::newRow("JSON lines, CRLF") << QByteArray("{\"a\":1}\r\n{\"a\":2}\r\n")
                                          << texts({"0+7@1:1 s", "9+7@2:1 s"});
        QTest::newRow("array on one line") << QByteArray("[{\"a\":1},{\"b\":2}]")
                                           << texts({"1+7@1:2 s", "9+7@1:10 s"});
        // [ \r \n then " {...}," on line 2 from byte 3, " {...}" on line 3 from byte 14.
        QTest::newRow("array over CRLF lines") << QByteArray("[\r\n {\"a\":1},\r\n {\"a\":2}\r\n]\r\n")
                                               << texts({"4+7@2:2 s", "15+7@3:2 s"});
        QTest::newRow("truncated array") << QByteArray("[{\"a\":1},\n{\"a\":[1,2")
                                         << texts({"1+7@1:2 s", "10+9@2:1 ts"});
        QTest::newRow("array, then records after it") << QByteArray("[{\"a\":1}]\n{\"b\":2}")
                                                      << texts({"1+7@1:2 s", "10+7@2:1 s"});
        QTest::newRow("cut line, then the next record") << QByteArray("{\"a\":{\"b\":1}\n{\"a\":2}\n")
                                                        << texts({"0+12@1:1 ts", "13+7@2:1 s"});
        QTest::newRow("string cut by a newline") << QByteArray("{\"a\":\"xy\n{\"b\":1}")
                                                 << texts({"0+8@1:1 ts", "9+7@2:1 s"});
        QTest::newRow("concatenated") << QByteArray("{\"a\":1}{\"a\":2}") << texts({"0+7@1:1 s", "7+7@1:8 s"});
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\":1}") << texts({"3+7@1:2 s"});
        // é is two bytes, one column: the second record is at byte 11, column 11.
        QTest::newRow("two-byte character before a record")
            << QByteArray("{\"a\":\"\xC3\xA9\"} {\"b\":1}") << texts({"0+10@1:1 s", "11+7@1:11 s"});
        QTest::newRow("scalars and literals") << QByteArray("true\nfalse\nnull 12 \"s\"")
                                              << texts({"0+4@1:1", "5+5@2:1", "11+4@3:1", "16+2@3:6", "19+3@3:9"});
        QTest::newRow("a line of prose") << QByteArray("hello world\n{\"a\":1}")
                                         << texts({"0+11@1:1", "12+7@2:1 s"});
        QTest::newRow("escaped quote in a string") << QByteArray("{\"a\":\"x\\\"}\"}\n{\"b\":1}")
                                                   << texts({"0+12@1:1 s", "13+7@2:1 s"});
        QTest::newRow("pretty-printed document") << QByteArray("{\n  \"a\": {\n    \"b\": 1\n  }\n}\n")
                                                 << texts({"0+27@1:1 s"});
        QTest::newRow("whitespace only") << QByteArray(" \n\t\n") << QStringList{};
        QTest::newRow("empty") << QByteArray() << QStringList{};
    }

    void recordsAreTheSameThroughAnyWindow()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, spans);
        for (const qsizetype window : Windows) {
            const QStringList actual = spansThroughWindows(input, window, json::RecordSplitter::NoLimit);
            if (actual != spans)
                QFAIL(qPrintable(QStringLiteral("window %1: %2, expected %3")
                                     .arg(window)
                                     .arg(actual.join(QStringLiteral(" | ")), spans.join(QStringLiteral(" | ")))));
        }
        QStringList whole;
        for (const json::RecordSpan &span : json::RecordSplitter::split(input.constData(), input.size()))
            whole.append(describe(span));
        QCOMPARE(whole, spans);
    }

    // A record longer than the limit is given back oversized, without its bytes, and the
    // next record is found, on the same line too. {"b":"0123456789"} is 18 bytes.
    void recordsOverTheLimitAreFollowedToTheirEnd_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qsizetype>("limit");
        QTest::addColumn<QStringList>("spans");
        const QByteArray lines = "{\"a\":1}\n{\"b\":\"0123456789\"}\n{\"c\":3}\n";
        QTest::newRow("at the limit") << lines << qsizetype(18) << texts({"0+7@1:1 s", "8+18@2:1 s", "27+7@3:1 s"});
        QTest::newRow("one byte over") << lines << qsizetype(17)
                                       << texts({"0+7@1:1 s", "8+18@2:1 so", "27+7@3:1 s"});
        QTest::newRow("all over") << lines << qsizetype(6) << texts({"0+7@1:1 so", "8+18@2:1 so", "27+7@3:1 so"});
        QTest::newRow("the next record on the same line")
            << QByteArray("{\"b\":\"0123456789\"} {\"c\":3}") << qsizetype(10) << texts({"0+18@1:1 so", "19+7@1:20 s"});
        QTest::newRow("over the limit and cut off at the end")
            << QByteArray("{\"a\":1}\n{\"b\":\"0123456789") << qsizetype(8) << texts({"0+7@1:1 s", "8+16@2:1 tso"});
        QTest::newRow("over the limit and cut by the next record")
            << QByteArray("{\"b\":[\"0123456789\"\n{\"c\":3}") << qsizetype(8) << texts({"0+18@1:1 tso", "19+7@2:1 s"});
        QTest::newRow("a scalar over the limit") << QByteArray("12345678901 2") << qsizetype(10)
                                                 << texts({"0+11@1:1 o", "12+1@1:13"});
    }

    void recordsOverTheLimitAreFollowedToTheirEnd()
    {
        QFETCH(QByteArray, input);
        QFETCH(qsizetype, limit);
        QFETCH(QStringList, spans);
        for (const qsizetype window : Windows) {
            const QStringList actual = spansThroughWindows(input, window, limit);
            if (actual != spans)
                QFAIL(qPrintable(QStringLiteral("window %1: %2, expected %3")
                                     .arg(window)
                                     .arg(actual.join(QStringLiteral(" | ")), spans.join(QStringLiteral(" | ")))));
        }
    }

    // What the reader holds is the window and the record it is in, never the input.
    void theWindowBufferIsBounded()
    {
        QByteArray lines;
        for (int i = 0; i < 2000; ++i)
            lines += "{\"n\":" + QByteArray::number(i).rightJustified(6, '0') + ",\"s\":\"abcdefghij\"}\n"; // 30 bytes
        qsizetype peak = 0;
        const QStringList spans = spansThroughWindows(lines, 64, 1000, &peak);
        QCOMPARE(spans.size(), 2000);
        QCOMPARE(spans.last(), QStringLiteral("59970+29@2000:1 s"));
        QVERIFY2(peak <= 64 + 30, qPrintable(QString::number(peak))); // the window and one record begun in it

        // One record of 100,000 bytes with a limit of 1,000: followed to its end without
        // being kept.
        const QByteArray huge = "{\"s\":\"" + QByteArray(100000 - 8, 'x') + "\"}\n{\"a\":1}\n";
        const QStringList hugeSpans = spansThroughWindows(huge, 64, 1000, &peak);
        QCOMPARE(hugeSpans, (texts({"0+100000@1:1 so", "100001+7@2:1 s"})));
        QVERIFY2(peak <= 1000 + 2 * 64, qPrintable(QString::number(peak))); // the limit, then a window beyond it
    }

    void aDeviceThatFailsIsAReadErrorAfterTheRecordsBeforeIt()
    {
        const QByteArray input = "{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n";
        FailingDevice device(input, 12); // fails inside the second record
        QVERIFY(device.open(QIODevice::ReadOnly));
        json::RecordWindowReader reader(device, 5);
        json::RecordSpan span;
        QByteArrayView bytes;
        QCOMPARE(reader.next(span, bytes), json::RecordWindowReader::Result::Record);
        QCOMPARE(describe(span), QStringLiteral("0+7@1:1 s"));
        QCOMPARE(reader.next(span, bytes), json::RecordWindowReader::Result::ReadError);
        QCOMPARE(reader.errorString(), QStringLiteral("Input/output error"));
        QCOMPARE(reader.errorOffset(), qint64(12));
    }

    // The FeedReader over windows: every located message is the one the whole file gives,
    // through every window from 1 byte to more than the file.
    void locatedMessagesDoNotDependOnTheWindow_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("shipments");
        QTest::addColumn<QStringList>("issues");
        const QByteArray bad = R"({"tracking_number": "X", "slug": "ups",, })"; // Qt: column 41 of it
        QTest::newRow("JSON lines, CRLF, a malformed record")
            << tracking("C-1") + "\r\n" + bad + "\r\n" + tracking("C-2") + "\r\n" << 2
            << texts({"feed: record 2 (line 2): error: malformed JSON at line 2, column 41: unterminated object"});
        // The bad element begins at column 1 + 1 ('[') + 162 (A-1) + 1 (',') = 165: 165 + 41 - 1.
        QTest::newRow("array on one line, a malformed element")
            << "[" + tracking("A-1") + "," + bad + "," + tracking("A-2") + "]" << 2
            << texts({"feed: record 2 (line 1): error: malformed JSON at line 1, column 205: unterminated object"});
        // Cut 40 bytes short: the third record is the 122 bytes of line 4, cut after its last.
        QByteArray cut = "[\n" + tracking("T-1") + ",\n" + tracking("T-2") + ",\n" + tracking("T-3");
        cut.chop(40);
        QTest::newRow("truncated last record") << cut << 2
                                               << texts({"feed: record 3 (line 4): error: record is truncated (cut off at "
                                                              "line 4, column 123): unterminated string"});
        // {"x":"é"} is 10 bytes and 9 columns: the malformed record starts at column 11, and
        // Qt places its error after its second comma, at its 9th character: 11 + 9 - 1.
        QTest::newRow("a two-byte character before a malformed record on its line")
            << QByteArray("{\"x\":\"\xC3\xA9\"} {\"a\":1,,}\n") << 0
            << texts({"feed: record 1 (line 1): error: format not recognised (top-level fields: x)",
                           "feed: record 2 (line 1): error: malformed JSON at line 1, column 19: unterminated object"});
    }

    void locatedMessagesDoNotDependOnTheWindow()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, shipments);
        QFETCH(QStringList, issues);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (qsizetype window = 1; window <= content.size() + 1; ++window) {
            const FileRead read = readThroughFile(dir, QStringLiteral("feed"), content, window);
            if (read.issues != issues || read.shipments != shipments)
                QFAIL(qPrintable(QStringLiteral("window %1: %2 shipments, %3")
                                     .arg(window)
                                     .arg(read.shipments)
                                     .arg(read.issues.join(QStringLiteral(" | ")))));
        }
        const NormalizeResult whole = normalizeBytes(content, QStringLiteral("feed"));
        QCOMPARE(whole.issueLines(), issues);
        QCOMPARE(whole.shipments.size(), shipments);
    }

    // One located error for a record over the limit, and the rest of the file read; at the
    // limit the record is read.
    void aRecordOverTheLimitIsOneLocatedError_data()
    {
        QTest::addColumn<qsizetype>("recordBytes");
        QTest::addColumn<qsizetype>("limit");
        QTest::addColumn<QString>("issue"); // empty: none
        constexpr qsizetype MiB = 1 << 20;
        QTest::newRow("1 MiB at a limit of 1 MiB") << MiB << MiB << QString();
        QTest::newRow("1 MiB + 1 at a limit of 1 MiB")
            << MiB + 1 << MiB
            << QStringLiteral("big.jsonl: record 2 (line 2): error: record at line 2 is larger than 1 MiB (1048577 bytes): not read");
        QTest::newRow("1,000 bytes at a limit of 999")
            << qsizetype(1000) << qsizetype(999)
            << QStringLiteral("big.jsonl: record 2 (line 2): error: record at line 2 is larger than 999 bytes (1000 bytes): not read");
    }

    void aRecordOverTheLimitIsOneLocatedError()
    {
        QFETCH(qsizetype, recordBytes);
        QFETCH(qsizetype, limit);
        QFETCH(QString, issue);
        const QByteArray big = paddedTracking(recordBytes);
        QCOMPARE(big.size(), recordBytes);
        const QByteArray content = tracking("O-1") + "\n" + big + "\n" + tracking("O-2") + "\n";
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const qsizetype window : {qsizetype(4096), qsizetype(65536), qsizetype(16) << 20}) {
            const FileRead read = readThroughFile(dir, QStringLiteral("big.jsonl"), content, window, limit);
            QCOMPARE(read.summary.records, 3);
            QCOMPARE(read.issues, issue.isEmpty() ? QStringList() : QStringList{issue});
            QCOMPARE(read.shipments, issue.isEmpty() ? 3 : 2);
            QCOMPARE(read.summary.failedRecords, issue.isEmpty() ? 0 : 1);
        }
    }

    // Each record's end is reported in the file, through windows that cut every record,
    // and a stop asked at a record's end stops there.
    void progressAndStopWorkOverWindows()
    {
        // Three lines of 162 + 1 bytes: records end at 162, 325 and 488; the file is 489.
        const QByteArray content = tracking("E-1") + "\n" + tracking("E-2") + "\n" + tracking("E-3") + "\n";
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ends.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        FeedReader reader(AdapterRegistry::standard());
        reader.setWindowBytes(7);
        QStringList ends;
        int stopAt = 0;
        reader.setRecordEndHook([&](int record, qint64 end, qint64 size, const FeedReadSummary &soFar) {
            ends.append(QStringLiteral("%1:%2/%3 (%4 shipments)").arg(record).arg(end).arg(size).arg(soFar.shipments));
            if (record == stopAt)
                reader.stop();
        });
        int shipments = 0;
        FeedReadSummary summary = reader.readFile(path, [&](ShipmentRecord &&) { ++shipments; }, {});
        QCOMPARE(ends, (texts({"1:162/489 (1 shipments)", "2:325/489 (2 shipments)", "3:488/489 (3 shipments)"})));
        QCOMPARE(summary.records, 3);

        ends.clear();
        shipments = 0;
        stopAt = 2;
        summary = reader.readFile(path, [&](ShipmentRecord &&) { ++shipments; }, {});
        QCOMPARE(ends, (texts({"1:162/489 (1 shipments)", "2:325/489 (2 shipments)"})));
        QCOMPARE(summary.records, 2);
        QCOMPARE(shipments, 2);
    }

    // What a file is not is told from its head, with the whole file's size; whether any
    // record in it is JSON after all is looked for in the whole file, window by window.
    void filesThatAreNotJsonOverWindows_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("shipments");
        QTest::addColumn<QStringList>("issues");
        QTest::newRow("CSV") << QByteArray("tracking_number,carrier\r\n1Z1,ups\r\n1Z2,ups\r\n1Z3,ups\r\n") << 1 << 0
                             << texts({"file: error: looks like CSV (first line: \"tracking_number,carrier\"): this "
                                            "format is not supported"});
        // The JSON line is far past the first window of 16 bytes.
        QTest::newRow("notes, then a JSON line")
            << "notes from the warehouse\nsee below\n" + tracking("N-1") + "\n" << 3 << 1
            << texts({"file: record 1 (line 1): error: malformed JSON at line 1, column 2: illegal value",
                           "file: record 2 (line 2): error: malformed JSON at line 2, column 2: illegal value"});
        // The head sniffed is 4,096 bytes; the message gives the file's size.
        QTest::newRow("10,000 random bytes") << noiseBytes(10000) << 1 << 0
                                             << texts({"file: error: is not text: 10000 bytes that are not text"});
    }

    void filesThatAreNotJsonOverWindows()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, records);
        QFETCH(int, shipments);
        QFETCH(QStringList, issues);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const FileRead read = readThroughFile(dir, QStringLiteral("file"), content, 16);
        QCOMPARE(read.issues, issues);
        QCOMPARE(read.summary.records, records);
        QCOMPARE(read.shipments, shipments);
    }
};

CT_REGISTER_SUITE("json-windows", TestRecordWindowReader);

#include "tst_recordwindowreader.moc"
