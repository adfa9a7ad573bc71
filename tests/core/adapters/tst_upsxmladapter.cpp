// SPDX-License-Identifier: MIT
// UPS Tracking XML and Track Web Service (SOAP) specifics beyond the golden files: the
// facts a reviewer checks by hand.
#include "adaptertestsupport.h"

#include <QTest>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;

class TestUpsXmlAdapter : public QObject
{
    Q_OBJECT

private slots:
    void deliveredWithLocalTimes()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/ups-xml/delivered.xml"));
        QCOMPARE(r.issueLines(), QStringList());
        QCOMPARE(r.summary.records, 2); // Response, Shipment
        QCOMPARE(r.shipments.size(), 1);
        const ShipmentRecord &s = r.shipments.first();
        QCOMPARE(s.sourceFormat, QStringLiteral("ups-xml"));
        QCOMPARE(s.sourceDocument, QStringLiteral("delivered.xml#2"));
        QCOMPARE(s.carrier, QStringLiteral("ups"));
        QCOMPARE(s.trackingNumber, QStringLiteral("1Z8X4F270312345671"));
        QCOMPARE(s.service, QStringLiteral("UPS GROUND"));
        QCOMPARE(s.origin.city, QStringLiteral("COLUMBUS"));
        QCOMPARE(s.origin.postalCode, QStringLiteral("43219"));
        QCOMPARE(s.destination.state, QStringLiteral("WA"));
        QCOMPARE(s.destination.country, QStringLiteral("US"));
        QCOMPARE(s.estimatedDelivery.toIsoString(), QStringLiteral("2026-06-12"));
        QCOMPARE(s.tag, Tag::Delivered);
        QCOMPARE(s.events.size(), 6);
        // Oldest first; Ohio in June is EDT (-04:00), Washington PDT (-07:00).
        const QList<qint64> expected = {utc(2026, 6, 8, 14, 12), utc(2026, 6, 8, 23, 0), utc(2026, 6, 9, 8, 0),
                                        utc(2026, 6, 12, 6, 10), utc(2026, 6, 12, 15, 15), utc(2026, 6, 12, 21, 30)};
        const QList<Subtag> subtags = {Subtag::InfoReceived, Subtag::InTransitAccepted, Subtag::InTransitDeparted,
                                       Subtag::InTransitArrivedAtFacility, Subtag::OutForDelivery, Subtag::Delivered};
        for (qsizetype i = 0; i < s.events.size(); ++i) {
            QCOMPARE(s.events.at(i).occurredAt.utcMs, expected.at(i));
            QCOMPARE(s.events.at(i).subtag, subtags.at(i));
            QVERIFY(!s.events.at(i).timeAssumed);
        }
        QCOMPARE(s.events.at(2).occurredAt.toIsoString(), QStringLiteral("2026-06-09T04:00:00-04:00")); // "40000"
        QCOMPARE(s.events.last().occurredAt.offsetMinutes, -420);
        QCOMPARE(s.events.last().rawCode, QStringLiteral("FS"));
        QCOMPARE(s.events.last().postalCode, QStringLiteral("98103"));
        QVERIFY(s.rawPayload.startsWith("<Package><TrackingNumber>1Z8X4F270312345671</TrackingNumber>"));
    }

    void soapEnvelopeWithSeveralShipments()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/ups-xml/soap_several_shipments.xml"));
        QCOMPARE(r.summary.records, 3);
        QCOMPARE(r.shipments.size(), 3);
        // Multi-piece: one record per package, the inquiry number as master.
        const ShipmentRecord *lead = r.shipment(QStringLiteral("1Z5R1X090398765430"));
        const ShipmentRecord *second = r.shipment(QStringLiteral("1Z5R1X090398765449"));
        QVERIFY(lead && second);
        QCOMPARE(lead->pieceCount, 2);
        QCOMPARE(second->masterTrackingNumber, QStringLiteral("1Z5R1X090398765430"));
        QCOMPARE(lead->sourceDocument, second->sourceDocument);
        QCOMPARE(lead->service, QStringLiteral("UPS 2ND DAY AIR"));
        QCOMPARE(lead->origin.city, QStringLiteral("ATLANTA"));
        QCOMPARE(lead->destination.postalCode, QStringLiteral("60614"));
        QCOMPARE(lead->estimatedDelivery.toIsoString(), QStringLiteral("2026-06-17")); // Scheduled Delivery
        QCOMPARE(lead->events.size(), 2);
        QCOMPARE(lead->events.first().occurredAt.toIsoString(), QStringLiteral("2026-06-15T17:05:00-04:00"));
        QCOMPARE(lead->events.last().occurredAt.utcMs, utc(2026, 6, 17, 3, 15)); // 22:15 CDT
        QCOMPARE(lead->subtag, Subtag::InTransitArrivedAtDeliveryFacility);

        const ShipmentRecord *attempt = r.shipment(QStringLiteral("1Z5R1X090311112226"));
        QVERIFY(attempt);
        QCOMPARE(attempt->sourceDocument, QStringLiteral("soap_several_shipments.xml#3"));
        QCOMPARE(attempt->estimatedDelivery.toIsoString(), QStringLiteral("2026-06-18")); // Rescheduled wins
        QCOMPARE(attempt->events.size(), 2);
        // No country on the scans: read in the destination's (US) with their state, CO (MDT);
        // the country was not said, so the time is flagged as assumed.
        QCOMPARE(attempt->events.first().occurredAt.toIsoString(), QStringLiteral("2026-06-16T15:30:00-06:00"));
        QVERIFY(attempt->events.first().timeAssumed);
        QCOMPARE(attempt->events.first().subtag, Subtag::AttemptFailAddresseeUnavailable); // 48
        // Type ZZ and code Q9 are no code UPS documents: counted, never dropped.
        const TrackingEvent &unknown = attempt->events.last();
        QCOMPARE(unknown.rawCode, QStringLiteral("Q9"));
        QVERIFY(unknown.unmappedCode);
        QCOMPARE(unknown.tag, Tag::InTransit);
        QCOMPARE(r.summary.unmappedEvents, 1);
        QVERIFY2(r.hasIssue(Severity::Warning,
                            QStringLiteral("Envelope/Body/TrackResponse/Shipment[2]/Package/Activity[1]/Status/Code "
                                           "(line 155, column 15)"),
                            QStringLiteral("unknown status code \"Q9\"")),
                 qPrintable(r.issueLines().join(QLatin1Char('\n'))));
        QCOMPARE(r.summary.errors, 0);
    }

    void notFoundInTheResponseAndInAFault_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("XML API Response/Error") << QStringLiteral("adapters/ups-xml/not_found.xml");
        QTest::newRow("SOAP Fault detail") << QStringLiteral("adapters/ups-xml/fault_not_found.xml");
    }

    void notFoundInTheResponseAndInAFault()
    {
        QFETCH(QString, fixture);
        const auto r = normalizeFixture(fixture);
        QCOMPARE(r.shipments.size(), 0);
        QCOMPARE(r.summary.notFound, 1);
        QCOMPARE(r.summary.errors, 0);
        QCOMPARE(r.count(Severity::Notice), 1);
        QVERIFY(r.issues.first().message.contains(QLatin1String("No tracking information available")));
    }

    void badValuesStayLocal()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/ups-xml/bad_values.xml"));
        const QString issues = r.issueLines().join(QLatin1Char('\n'));
        QCOMPARE(r.summary.records, 4);
        QCOMPARE(r.summary.failedRecords, 3);
        QCOMPARE(r.shipments.size(), 2);
        QVERIFY2(r.hasIssue(Severity::Error,
                            QStringLiteral("TrackResponse/Shipment[1]/Package/Activity[1]/Date (line 15, column 9)"),
                            QStringLiteral("invalid date \"20261340\"")),
                 qPrintable(issues));
        QVERIFY2(r.hasIssue(Severity::Warning,
                            QStringLiteral("TrackResponse/Shipment[1]/Package/Activity[2]/ActivityLocation/Address/CountryCode "
                                           "(line 19, column 98)"),
                            QStringLiteral("unknown country \"Atlantis\"")),
                 qPrintable(issues));
        QVERIFY2(r.hasIssue(Severity::Error,
                            QStringLiteral("TrackResponse/Shipment[1]/Package/Activity[2]/Time (line 22, column 9)"),
                            QStringLiteral("invalid time \"2501\"")),
                 qPrintable(issues));
        QVERIFY2(r.hasIssue(Severity::Error, QStringLiteral("TrackResponse/Shipment[2]/Package (line 34, column 5)"),
                            QStringLiteral("required element <TrackingNumber> is missing")),
                 qPrintable(issues));
        QVERIFY2(r.hasIssue(Severity::Error,
                            QStringLiteral("TrackResponse/Shipment[3]/Package/Activity[1] (line 46, column 7)"),
                            QStringLiteral("<Time> is missing")),
                 qPrintable(issues));
        // What was good in the same shipments is kept.
        const ShipmentRecord *first = r.shipment(QStringLiteral("1Z0000000000000011"));
        QVERIFY(first);
        QCOMPARE(first->events.size(), 1);
        QCOMPARE(first->events.first().subtag, Subtag::InTransitAccepted);
        const ShipmentRecord *returned = r.shipment(QStringLiteral("1Z0000000000000033"));
        QVERIFY(returned);
        QCOMPARE(returned->events.size(), 1);
        QCOMPARE(returned->subtag, Subtag::ExceptionReturnedToSender); // RS, "Returned to shipper"
    }
};

CT_REGISTER_SUITE("ups-xml", TestUpsXmlAdapter);

#include "tst_upsxmladapter.moc"
