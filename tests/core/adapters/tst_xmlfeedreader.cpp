// SPDX-License-Identifier: MIT
// The XML reader (XmlFeedReader) on bad input: located errors, the records before damage
// kept, wrappers tolerated, a wrong namespace, an entity bomb and oversized records refused.
#include "adaptertestsupport.h"

#include "adapters/adapterregistry.h"
#include "ingest/xmlfeedreader.h"

#include <QFile>
#include <QTemporaryDir>

#include <QTest>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;

namespace {

// A UPS Tracking XML shipment with one activity, as one line.
QByteArray shipment(const char *trackingNumber, const char *date = "20260615")
{
    return QByteArray("<Shipment><Package><TrackingNumber>") + trackingNumber
           + "</TrackingNumber><Activity><ActivityLocation><Address><City>BOSTON</City><StateProvinceCode>MA"
             "</StateProvinceCode><CountryCode>US</CountryCode></Address></ActivityLocation><Status><StatusType>"
             "<Code>I</Code><Description>Arrived at Facility</Description></StatusType><StatusCode><Code>AR</Code>"
             "</StatusCode></Status><Date>"
           + date + "</Date><Time>101500</Time></Activity></Package></Shipment>\n";
}

QByteArray threeShipments()
{
    return "<?xml version=\"1.0\"?>\n<TrackResponse>\n" + shipment("1ZA0000000000001") + shipment("1ZA0000000000002")
           + shipment("1ZA0000000000003") + "</TrackResponse>\n";
}

QString joined(const NormalizeResult &r)
{
    return r.issueLines().join(QLatin1Char('\n'));
}

} // namespace

class TestXmlFeedReader : public QObject
{
    Q_OBJECT

private slots:
    void wholeDocumentIsRead()
    {
        const auto r = normalizeBytes(threeShipments(), QStringLiteral("t.xml"));
        QCOMPARE(joined(r), QString());
        QCOMPARE(r.summary.records, 3);
        QCOMPARE(r.shipments.size(), 3);
        QCOMPARE(r.summary.shipmentsByFormat.value(QStringLiteral("ups-xml")), 3);
        QCOMPARE(r.shipments.at(2).sourceDocument, QStringLiteral("t.xml#3"));
    }

    // Cut inside the third record: the first two are kept, the third is one located error.
    void truncatedInsideARecord()
    {
        QByteArray data = threeShipments();
        data.truncate(data.indexOf("1ZA0000000000003") + 60);
        const auto r = normalizeBytes(data, QStringLiteral("cut.xml"));
        QCOMPARE(r.shipments.size(), 2);
        QCOMPARE(r.summary.records, 3);
        QCOMPARE(r.summary.failedRecords, 1);
        QCOMPARE(r.summary.errors, 1);
        const FeedIssue &issue = r.issues.constLast();
        QCOMPARE(issue.record, 3);
        QCOMPARE(issue.line, 5); // where the cut record starts
        QVERIFY2(issue.message.startsWith(QLatin1String("the document is truncated (cut off at line 5, column ")), qPrintable(joined(r)));
        QVERIFY(issue.message.endsWith(QLatin1String("the record <Shipment> from line 5 is not read")));
    }

    void truncatedBetweenRecords()
    {
        QByteArray data = threeShipments();
        data.truncate(data.indexOf("<Shipment>", data.indexOf("1ZA0000000000002")));
        const auto r = normalizeBytes(data, QStringLiteral("cut.xml"));
        QCOMPARE(r.shipments.size(), 2);
        QCOMPARE(r.summary.errors, 1);
        QCOMPARE(r.issues.constLast().record, 0);
        QVERIFY2(r.issues.constLast().message.contains(QLatin1String("truncated (cut off at line 5, column 1); the 2 record(s) before it were read")),
                 qPrintable(joined(r)));
    }

    void malformedInsideARecord()
    {
        QByteArray data = threeShipments();
        const qsizetype at = data.indexOf("</Package>", data.indexOf("1ZA0000000000002"));
        data.replace(at, 10, "</Packet>");
        const auto r = normalizeBytes(data, QStringLiteral("bad.xml"));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.summary.errors, 1);
        const FeedIssue &issue = r.issues.constLast();
        QCOMPARE(issue.record, 2);
        QVERIFY2(issue.message.startsWith(QLatin1String("malformed XML at line 4, column ")), qPrintable(joined(r)));
        QVERIFY(issue.message.contains(QLatin1String("the record <Shipment> from line 4 is not read")));
    }

    // A bad field is located to the element: path, line and column.
    void badFieldIsLocatedByLineAndColumn()
    {
        const QByteArray data = "<TrackResponse>\n  <Shipment>\n    <Package>\n      <TrackingNumber>1ZB1</TrackingNumber>\n"
                                "      <Activity>\n        <Date>2026-06-15</Date>\n        <Time>1015</Time>\n"
                                "      </Activity>\n    </Package>\n  </Shipment>\n</TrackResponse>\n";
        const auto r = normalizeBytes(data, QStringLiteral("f.xml"));
        QVERIFY2(r.hasIssue(Severity::Error, QStringLiteral("TrackResponse/Shipment[1]/Package/Activity/Date (line 6, column 9)"),
                            QStringLiteral("invalid date \"2026-06-15\" (expected YYYYMMDD)")),
                 qPrintable(joined(r)));
        QCOMPARE(r.issues.first().toString(),
                 QStringLiteral("f.xml: record 1 (line 2): TrackResponse/Shipment[1]/Package/Activity/Date (line 6, column 9): "
                                "error: invalid date \"2026-06-15\" (expected YYYYMMDD)"));
        QCOMPARE(r.shipments.size(), 1); // the shipment, without the unreadable event
        QCOMPARE(r.shipments.first().events.size(), 0);
    }

    void wrongNamespaceIsRefused_data()
    {
        QTest::addColumn<QByteArray>("root");
        QTest::addColumn<QString>("said");
        QTest::newRow("an older version") << QByteArray("<TrackResponse xmlns=\"http://www.ups.com/XMLSchema/XOLTWS/Track/v1.0\">")
                                          << QStringLiteral("\"http://www.ups.com/XMLSchema/XOLTWS/Track/v1.0\"");
        QTest::newRow("another carrier's") << QByteArray("<t:TrackResponse xmlns:t=\"urn:example:track\">")
                                           << QStringLiteral("\"urn:example:track\"");
    }

    void wrongNamespaceIsRefused()
    {
        QFETCH(QByteArray, root);
        QFETCH(QString, said);
        const QByteArray data = root + shipment("1ZC1") + (root.startsWith("<t:") ? "</t:TrackResponse>" : "</TrackResponse>");
        const auto r = normalizeBytes(data, QStringLiteral("ns.xml"));
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.errors, 1);
        QVERIFY2(r.issues.first().message.startsWith(QLatin1String("line 1: <")), qPrintable(joined(r)));
        QVERIFY2(r.issues.first().message.contains(QStringLiteral("is in namespace %1, not in the namespace of UPS Tracking XML "
                                                                  "(none or \"http://www.ups.com/XMLSchema/XOLTWS/Track/v2.0\")")
                                                        .arg(said)),
                 qPrintable(joined(r)));
    }

    // Billion laughs: the document type declaration is refused before any entity is expanded.
    void entityBombIsRefused()
    {
        QByteArray dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE TrackResponse [\n <!ENTITY lol \"lol\">\n";
        for (int i = 1; i <= 9; ++i) {
            dtd += " <!ENTITY lol" + QByteArray::number(i) + " \"";
            for (int j = 0; j < 10; ++j)
                dtd += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
            dtd += "\">\n";
        }
        dtd += "]>\n<TrackResponse>" + shipment("&lol9;") + "</TrackResponse>\n";
        const auto r = normalizeBytes(dtd, QStringLiteral("bomb.xml"));
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.errors, 1);
        QVERIFY2(r.issues.first().message.startsWith(QLatin1String("line 13: a document type declaration (<!DOCTYPE>, ending here) is refused")),
                 qPrintable(joined(r)));
    }

    void anyWrapperIsTolerated()
    {
        const QByteArray data = "<proxy:Result xmlns:proxy=\"urn:example:gateway\"><proxy:Meta><proxy:Took>12</proxy:Took></proxy:Meta>"
                                "<proxy:Payload><TrackResponse>"
                                + shipment("1ZD1") + "</TrackResponse></proxy:Payload></proxy:Result>";
        const auto r = normalizeBytes(data, QStringLiteral("wrapped.xml"));
        QCOMPARE(joined(r), QString());
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.shipments.first().trackingNumber, QStringLiteral("1ZD1"));
    }

    void unknownXmlIsNamed()
    {
        const auto r = normalizeBytes("<?xml version=\"1.0\"?><inv:Invoice xmlns:inv=\"urn:x\"><inv:Total>3</inv:Total></inv:Invoice>",
                                      QStringLiteral("invoice.xml"));
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.errors, 1);
        QVERIFY2(r.issues.first().message.startsWith(
                     QLatin1String("format not recognised: XML <inv:Invoice> holds no element a supported format starts with (<TrackResponse> (UPS Tracking XML)")),
                 qPrintable(joined(r)));
    }

    void otherSoapFaultIsAnError()
    {
        const auto r = normalizeBytes("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
                                      "<faultcode>s:Server</faultcode><faultstring>Service unavailable</faultstring>"
                                      "</s:Fault></s:Body></s:Envelope>",
                                      QStringLiteral("fault.xml"));
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.errors, 1);
        QCOMPARE(r.issues.first().message, QStringLiteral("SOAP fault s:Server: Service unavailable"));
        QCOMPARE(r.issues.first().field, QStringLiteral("Envelope/Body/Fault[1] (line 1, column 73)"));
    }

    // A record past the limits is reported and skipped; the next one is read.
    void oversizedRecordIsSkipped()
    {
        QByteArray data = "<TrackResponse><Shipment><ShipmentIdentificationNumber>1ZBIG</ShipmentIdentificationNumber>";
        data.reserve(XmlFeedReader::MaxRecordElements * 8 + 1000);
        for (int i = 0; i < XmlFeedReader::MaxRecordElements; ++i)
            data += "<Note/>";
        data += "</Shipment>\n" + shipment("1ZSMALL") + "</TrackResponse>";
        const auto r = normalizeBytes(data, QStringLiteral("big.xml"));
        QCOMPARE(r.shipments.size(), 1);
        QCOMPARE(r.shipments.first().trackingNumber, QStringLiteral("1ZSMALL"));
        QCOMPARE(r.summary.errors, 1);
        QCOMPARE(r.issues.first().record, 1);
        QVERIFY2(r.issues.first().message.contains(QLatin1String("larger than the limit (200000 elements")), qPrintable(joined(r)));
    }

    // A 100 MB document, streamed from the file: every record is read, the megabytes of
    // elements no format reads between them are passed over (peak memory: bench_ingest
    // --xml-document-mb, docs/PERFORMANCE.md).
    void hundredMegabyteDocument()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("big.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?>\n<TrackResponse>\n");
        const QByteArray padding = "<Padding>" + QByteArray(100 * 1024, 'x') + "</Padding>\n";
        const int shipments = 1000;
        for (int i = 0; i < shipments; ++i) {
            file.write(shipment(qPrintable(QStringLiteral("1ZBIG%1").arg(i, 8, 10, QLatin1Char('0')))));
            file.write(padding);
        }
        file.write("</TrackResponse>\n");
        file.close();
        QVERIFY(file.size() > 100 * 1000 * 1000);

        FeedReader reader(AdapterRegistry::standard());
        int read = 0;
        QList<FeedIssue> issues;
        qint64 lastEnd = 0;
        reader.setRecordEndHook([&](int, qint64 endOffset, qint64, const FeedReadSummary &) { lastEnd = endOffset; });
        const FeedReadSummary summary = reader.readFile(
            path, [&](ShipmentRecord &&s) { read += s.trackingNumber.startsWith(QLatin1String("1ZBIG")) ? 1 : 0; },
            [&](const FeedIssue &issue) { issues.append(issue); });
        QCOMPARE(issues.size(), 0);
        QCOMPARE(summary.records, shipments);
        QCOMPARE(read, shipments);
        QVERIFY(lastEnd > 99 * 1000 * 1000); // progress follows the file
    }

    void emptyFormatDocumentIsAWarning()
    {
        const auto r = normalizeBytes("<TrackFieldResponse></TrackFieldResponse>", QStringLiteral("empty.xml"));
        QCOMPARE(r.summary.errors, 0);
        QCOMPARE(r.summary.warnings, 1);
        QCOMPARE(r.issues.first().message,
                 QStringLiteral("the USPS Web Tools Track/Confirm Fields document holds no records"));
        // A <TrackResponse> without children could be UPS's or USPS's: neither is claimed.
        const auto both = normalizeBytes("<TrackResponse></TrackResponse>", QStringLiteral("empty.xml"));
        QCOMPARE(both.summary.errors, 1);
        QVERIFY(both.issues.first().message.startsWith(QLatin1String("format not recognised: XML <TrackResponse>")));
    }
};

CT_REGISTER_SUITE("xmlreader", TestXmlFeedReader);

#include "tst_xmlfeedreader.moc"
