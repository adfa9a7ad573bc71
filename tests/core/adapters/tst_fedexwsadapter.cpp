// SPDX-License-Identifier: MIT
// FedEx Web Services TrackReply (XML) specifics beyond the golden files.
#include "adaptertestsupport.h"

#include <QTest>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;

class TestFedExWsAdapter : public QObject
{
    Q_OBJECT

private slots:
    void severalDetailsKeptApart()
    {
        const auto r = normalizeFixture(QStringLiteral("adapters/fedex-ws/several_details.xml"));
        const QString issues = r.issueLines().join(QLatin1Char('\n'));
        QCOMPARE(r.summary.records, 4); // the reply's Notifications, three CompletedTrackDetails
        QCOMPARE(r.shipments.size(), 3);
        QCOMPARE(r.summary.errors, 0);
        QCOMPARE(r.summary.notFound, 1);
        QVERIFY2(r.hasIssue(Severity::Notice,
                            QStringLiteral("Envelope/Body/TrackReply/CompletedTrackDetails[2]/TrackDetails/Notifications "
                                           "(line 118, column 11)"),
                            QStringLiteral("tracking number 123456789012 not found")),
                 qPrintable(issues));

        const ShipmentRecord &delivered = r.shipments.at(0);
        QCOMPARE(delivered.sourceFormat, QStringLiteral("fedex-ws"));
        QCOMPARE(delivered.carrier, QStringLiteral("fedex"));
        QCOMPARE(delivered.trackingNumber, QStringLiteral("794633071234"));
        QCOMPARE(delivered.carrierReference, QStringLiteral("12026~794633071234~FDEG"));
        QCOMPARE(delivered.service, QStringLiteral("FedEx Ground"));
        QCOMPARE(delivered.origin.city, QStringLiteral("MEMPHIS"));
        QCOMPARE(delivered.destination.postalCode, QStringLiteral("78701"));
        // 20:00 without an offset: local time at the destination, Texas CDT.
        QCOMPARE(delivered.estimatedDelivery.at.toIsoString(), QStringLiteral("2026-06-16T20:00:00-05:00"));
        QCOMPARE(delivered.events.size(), 5);
        QCOMPARE(delivered.events.first().occurredAt.utcMs, utc(2026, 6, 14, 21, 20));
        QCOMPARE(delivered.events.first().subtag, Subtag::InTransitAccepted);
        QCOMPARE(delivered.events.at(3).subtag, Subtag::OutForDelivery);
        QCOMPARE(delivered.events.last().occurredAt.toIsoString(), QStringLiteral("2026-06-16T13:42:00-05:00"));
        QCOMPARE(delivered.subtag, Subtag::DeliveredSigned); // DeliverySignatureName

        // One number, two shipments: kept apart, told by their unique identifiers.
        const ShipmentRecord &attempt = r.shipments.at(1);
        const ShipmentRecord &returned = r.shipments.at(2);
        QCOMPARE(attempt.trackingNumber, returned.trackingNumber);
        QCOMPARE(attempt.carrierReference, QStringLiteral("12026~449044304137~FDEG"));
        QCOMPARE(returned.carrierReference, QStringLiteral("12025~449044304137~FDEG"));
        QCOMPARE(attempt.events.first().subtag, Subtag::AttemptFailAddresseeUnavailable); // DE, "Customer not available"
        QCOMPARE(attempt.events.first().description,
                 QStringLiteral("Delivery exception: Customer not available or business closed"));
        const TrackingEvent &unknown = attempt.events.last();
        QCOMPARE(unknown.rawCode, QStringLiteral("ZQ"));
        QVERIFY(unknown.unmappedCode);
        QCOMPARE(r.summary.unmappedEvents, 1);
        QVERIFY2(r.hasIssue(Severity::Warning,
                            QStringLiteral("Envelope/Body/TrackReply/CompletedTrackDetails[3]/TrackDetails[1]/Events[1]/EventType "
                                           "(line 145, column 13)"),
                            QStringLiteral("unknown status code \"ZQ\"")),
                 qPrintable(issues));
        // After "RS" the delivery is the return reaching the shipper.
        QCOMPARE(returned.events.size(), 3);
        QCOMPARE(returned.events.at(1).subtag, Subtag::ExceptionReturningToSender);
        QCOMPARE(returned.subtag, Subtag::ExceptionReturnedToSender);
        QVERIFY(returned.statusConflict.isEmpty());
    }
};

CT_REGISTER_SUITE("fedex-ws", TestFedExWsAdapter);

#include "tst_fedexwsadapter.moc"
