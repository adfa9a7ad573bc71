// SPDX-License-Identifier: MIT
// The simulator's format encoders against core's adapters: demo shipments encoded in each
// carrier format and read back with format auto-detection come back as the same
// shipments, except for exactly the differences each format forces (listed per format
// below, checked by hand against the adapters' code tables and docs/adapters/*.md).
#include "formatencoder.h"

#include "adapters/adapterregistry.h"
#include "demo/demogenerator.h"
#include "geo/timezoneresolver.h"
#include "ingest/feedreader.h"
#include "json/parser.h"

#include <QHash>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace ct;

namespace {

// What a format cannot say, and how the adapter reads what the encoder sends instead.
struct Expectation
{
    // Sub-statuses the format has no code for -> the sub-status that comes back.
    QHash<Subtag, Subtag> readsAs;
    // Sub-statuses sent with the carrier's own code, which the adapter's table lacks: the
    // event comes back flagged unmapped (its sub-status from the text classifier).
    QList<Subtag> unmapped;
    // Once a return has started, the adapter reads later transit scans as the return
    // travelling and a later delivery as the return reaching the sender (FedEx, DHL).
    bool returnLegsAreTheReturn = false;
    // The format writes local times without an offset: the instant is the written wall
    // time read in the zone of the place the document names.
    bool localTimes = false;
};

using S = Subtag;

// The kinds of delivery and of out-for-delivery most formats do not tell apart.
void deliveredIsDelivered(Expectation &e, std::initializer_list<Subtag> kinds)
{
    for (Subtag s : kinds)
        e.readsAs.insert(s, S::Delivered);
}

void outForDeliveryIsOutForDelivery(Expectation &e)
{
    e.readsAs.insert(S::OutForDeliveryCustomerContacted, S::OutForDelivery);
    e.readsAs.insert(S::OutForDeliveryAppointmentScheduled, S::OutForDelivery);
}

Expectation expectationFor(const QString &format)
{
    Expectation e;
    if (format == QLatin1String("aftership")) {
        // AfterShip has no InTransit_010.
        e.readsAs = {{S::InTransitArrivedAtDeliveryFacility, S::InTransitArrivedAtFacility}};
    } else if (format == QLatin1String("easypost")) {
        e.readsAs = {{S::InTransitArrivedInDestinationCountry, S::InTransitArrivedAtFacility},
                     {S::InTransitCustomsClearanceStarted, S::InTransit},
                     {S::InTransitCustomsCleared, S::InTransit},
                     {S::InTransitProblemResolved, S::InTransit}};
        outForDeliveryIsOutForDelivery(e);
        deliveredIsDelivered(e, {S::DeliveredPickedUp, S::DeliveredToNeighbourOrSafePlace,
                                 S::DeliveredCashCollected});
    } else if (format == QLatin1String("shippo")) {
        e.readsAs = {{S::InTransitArrivedInDestinationCountry, S::InTransitArrivedAtFacility},
                     {S::InTransitArrivedAtDeliveryFacility, S::InTransitArrivedAtFacility},
                     {S::InTransitCustomsClearanceStarted, S::InTransit},
                     {S::InTransitCustomsCleared, S::InTransit},
                     {S::InTransitProblemResolved, S::InTransit}};
        outForDeliveryIsOutForDelivery(e);
        deliveredIsDelivered(e, {S::DeliveredSigned, S::DeliveredPickedUp,
                                 S::DeliveredToNeighbourOrSafePlace, S::DeliveredCashCollected});
    } else if (format == QLatin1String("ups")) {
        e.readsAs = {{S::InTransitCustomsClearanceStarted, S::InTransit},
                     {S::InTransitCustomsCleared, S::InTransit},
                     {S::InTransitProblemResolved, S::InTransit}};
        outForDeliveryIsOutForDelivery(e);
        deliveredIsDelivered(e, {S::DeliveredSigned, S::DeliveredToNeighbourOrSafePlace,
                                 S::DeliveredCashCollected});
    } else if (format == QLatin1String("fedex")) {
        e.readsAs = {{S::InTransitArrivedInDestinationCountry, S::InTransitArrivedAtFacility},
                     {S::InTransitProblemResolved, S::InTransit}};
        outForDeliveryIsOutForDelivery(e);
        deliveredIsDelivered(e, {S::DeliveredPickedUp, S::DeliveredToNeighbourOrSafePlace,
                                 S::DeliveredCashCollected});
        e.returnLegsAreTheReturn = true;
    } else if (format == QLatin1String("dhl")) {
        e.readsAs = {{S::InTransitProblemResolved, S::InTransit}};
        outForDeliveryIsOutForDelivery(e);
        deliveredIsDelivered(e, {S::DeliveredCashCollected});
        e.returnLegsAreTheReturn = true;
        e.localTimes = true;
    } else if (format == QLatin1String("usps")) {
        // No plain "in transit", customs or "problem resolved" code in the adapter's table.
        e.readsAs = {{S::InTransit, S::InTransitDeparted},
                     {S::InTransitProblemResolved, S::InTransitDeparted},
                     {S::InTransitCustomsCleared, S::InTransitDeparted},
                     {S::InTransitArrivedInDestinationCountry, S::InTransitArrivedAtFacility},
                     {S::InTransitCustomsClearanceStarted, S::InTransitArrivedAtFacility},
                     // Unmapped, and the text classifier does not name an exception.
                     {S::ExceptionCustomsHold, S::InTransit},
                     {S::ExceptionHeldForPayment, S::InTransit},
                     {S::ExceptionDelayedExternal, S::InTransit}};
        outForDeliveryIsOutForDelivery(e);
        deliveredIsDelivered(e, {S::DeliveredSigned, S::DeliveredToNeighbourOrSafePlace,
                                 S::DeliveredCashCollected});
        e.unmapped = {S::ExceptionCustomsHold, S::ExceptionHeldForPayment,
                      S::ExceptionDelayedExternal, S::ExceptionDamaged, S::ExceptionLost};
    } else if (format == QLatin1String("delhivery")) {
        e.readsAs = {{S::AvailableForPickup, S::InTransitArrivedAtDeliveryFacility},
                     {S::OutForDeliveryAppointmentScheduled, S::OutForDelivery},
                     {S::ExceptionCustomerMoved, S::ExceptionAddressProblem},
                     {S::ExceptionDelayedExternal, S::ExceptionDelayedCarrier},
                     {S::InTransitProblemResolved, S::InTransit},
                     {S::InTransitForwarded, S::InTransit}};
        deliveredIsDelivered(e, {S::DeliveredSigned, S::DeliveredPickedUp,
                                 S::DeliveredToNeighbourOrSafePlace, S::DeliveredCashCollected});
        e.localTimes = true;
    }
    return e;
}

// The sub-status each original event should come back as, in time order.
QList<Subtag> expectedSubtags(const QList<TrackingEvent> &events, const Expectation &e)
{
    QList<Subtag> expected;
    qint64 returnStarted = std::numeric_limits<qint64>::max();
    for (const TrackingEvent &event : events) {
        Subtag s = e.readsAs.value(event.subtag, event.subtag);
        if (e.returnLegsAreTheReturn && event.occurredAt.utcMs > returnStarted) {
            if (tagOf(s) == Tag::InTransit || tagOf(s) == Tag::OutForDelivery)
                s = S::ExceptionReturningToSender;
            else if (tagOf(s) == Tag::Delivered)
                s = S::ExceptionReturnedToSender;
        }
        if (s == S::ExceptionReturningToSender)
            returnStarted = std::min(returnStarted, event.occurredAt.utcMs);
        expected.append(s);
    }
    return expected;
}

QList<TrackingEvent> byTime(QList<TrackingEvent> events)
{
    std::stable_sort(events.begin(), events.end(), [](const TrackingEvent &a, const TrackingEvent &b) {
        return a.occurredAt.utcMs < b.occurredAt.utcMs;
    });
    return events;
}

// A few hundred shipments reach every format and most sub-statuses; set
// CT_SIM_ROUNDTRIP_SHIPMENTS to check the expectations on more.
constexpr int DefaultShipmentCount = 1200;
constexpr int DocumentSize = 20;

QList<ShipmentRecord> demoShipments()
{
    DemoOptions options;
    options.seed = 20261120;
    options.now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
    DemoGenerator generator(options);
    QList<ShipmentRecord> records;
    const int count = qEnvironmentVariableIntValue("CT_SIM_ROUNDTRIP_SHIPMENTS");
    generator.generate(count > 0 ? count : DefaultShipmentCount, [&](ShipmentRecord &&r) { records.append(std::move(r)); }, {});
    return records;
}

} // namespace

Q_DECLARE_METATYPE(Expectation)

class TestEncoders : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QList<ShipmentRecord>> m_byFormat;

private slots:
    void initTestCase()
    {
        for (ShipmentRecord &r : demoShipments())
            m_byFormat[sim::formatForCarrier(r.carrier)].append(std::move(r));
    }

    void carrierFormats()
    {
        QCOMPARE(sim::allEncoders().size(), AdapterRegistry::standard().adapters().size());
        for (const TrackingAdapter *adapter : AdapterRegistry::standard().adapters())
            QVERIFY2(sim::encoderFor(adapter->formatId()), qPrintable(adapter->formatId()));
        // Own adapters first; every other carrier through an aggregator, always the same.
        for (const char *own : {"ups", "fedex", "usps", "dhl", "delhivery"})
            QCOMPARE(sim::formatForCarrier(QString::fromLatin1(own)), QString::fromLatin1(own));
        const QStringList aggregators = {QStringLiteral("aftership"), QStringLiteral("easypost"),
                                         QStringLiteral("shippo")};
        for (const char *other : {"ontrac", "deutsche-post", "bluedart", "xpressbees", "ecom-express",
                                  "dpd", "gls", "postnl", "colissimo", "royal-mail", "acme-couriers"}) {
            const QString format = sim::formatForCarrier(QString::fromLatin1(other));
            QVERIFY2(aggregators.contains(format), other);
            QCOMPARE(sim::formatForCarrier(QString::fromLatin1(other)), format);
        }
        // The demo data reaches every format.
        for (const sim::FormatEncoder *encoder : sim::allEncoders())
            QVERIFY2(!m_byFormat.value(encoder->formatId()).isEmpty(), qPrintable(encoder->formatId()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<Expectation>("expectation");
        for (const sim::FormatEncoder *encoder : sim::allEncoders())
            QTest::newRow(qPrintable(encoder->formatId()))
                << encoder->formatId() << expectationFor(encoder->formatId());
    }

    void roundTrip()
    {
        QFETCH(QString, format);
        QFETCH(Expectation, expectation);
        const sim::FormatEncoder *encoder = sim::encoderFor(format);
        QVERIFY(encoder);
        const QList<ShipmentRecord> originals = m_byFormat.value(format);

        // Documents as the carrier would send them: lists where the format has them.
        QList<QByteArray> documents;
        const int perDocument = encoder->multiShipment() ? DocumentSize : 1;
        for (qsizetype i = 0; i < originals.size(); i += perDocument) {
            QByteArray doc;
            QVERIFY(encoder->encode(originals.mid(i, perDocument), &doc));
            documents.append(doc);
        }
        QByteArray unused;
        QVERIFY(!encoder->encode({}, &unused));
        if (!encoder->multiShipment())
            QVERIFY(!encoder->encode(originals.mid(0, 2), &unused));

        // Read back through format detection, one document at a time, as the poller does.
        FeedReader reader(AdapterRegistry::standard());
        QHash<QString, ShipmentRecord> parsed;
        QStringList errors;
        int warnings = 0;
        for (const QByteArray &doc : documents) {
            const FeedReadSummary summary = reader.readData(
                format, doc, [&](ShipmentRecord &&s) { parsed.insert(s.trackingNumber, std::move(s)); },
                [&](const FeedIssue &issue) {
                    if (issue.severity == FeedIssue::Severity::Error)
                        errors.append(issue.toString());
                    else
                        ++warnings;
                });
            QCOMPARE(summary.shipmentsByFormat.keys(), QList<QString>{format});
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(parsed.size(), originals.size());

        geo::TimeZoneResolver zones;
        int events = 0, changed = 0, unmapped = 0, timesMoved = 0;
        for (const ShipmentRecord &original : originals) {
            const QString where = format + QLatin1Char(' ') + original.trackingNumber;
            QVERIFY2(parsed.contains(original.trackingNumber), qPrintable(where));
            const ShipmentRecord &back = parsed[original.trackingNumber];
            QCOMPARE(back.sourceFormat, format);
            QCOMPARE(back.carrier, original.carrier);
            QCOMPARE(back.trackingNumber, original.trackingNumber);
            const QList<TrackingEvent> sent = byTime(original.events);
            QCOMPARE(back.events.size(), sent.size());
            const QList<Subtag> expected = expectedSubtags(sent, expectation);
            for (qsizetype k = 0; k < sent.size(); ++k) {
                const TrackingEvent &a = sent[k];
                const TrackingEvent &b = back.events[k];
                const QString at = where + QStringLiteral(" event %1 (%2)").arg(k).arg(subtagCode(a.subtag));
                QVERIFY2(b.subtag == expected[k],
                         qPrintable(at + QStringLiteral(": read as ") + subtagCode(b.subtag)
                                    + QStringLiteral(", expected ") + subtagCode(expected[k])));
                QCOMPARE(b.tag, tagOf(expected[k]));
                QVERIFY2(b.unmappedCode == expectation.unmapped.contains(a.subtag), qPrintable(at));
                qint64 instant = a.occurredAt.utcMs;
                if (expectation.localTimes) {
                    // The wall time written, read in the zone of the place the document names.
                    const qint64 local = a.occurredAt.utcMs + a.occurredAt.offsetMinutes * MsPerMinute;
                    const QDate day = a.occurredAt.localDate();
                    const int msOfDay = static_cast<int>(local - startOfDayMs(day, 0));
                    instant = zones.resolve(day, msOfDay, b.country, b.state, back.destination.country)
                                  .timestamp.utcMs;
                    timesMoved += instant / MsPerMinute != a.occurredAt.utcMs / MsPerMinute;
                }
                QVERIFY2(b.occurredAt.utcMs / MsPerMinute == instant / MsPerMinute, qPrintable(at));
                ++events;
                changed += b.subtag != a.subtag;
                unmapped += b.unmappedCode;
            }
            // The final status is the latest event's.
            const Subtag final = expected.isEmpty() ? S::PendingNoInformation : expected.constLast();
            QCOMPARE(back.subtag, final);
            QCOMPARE(back.tag, tagOf(final));
        }
        qInfo("%s: %lld shipments, %d events; %d read as another sub-status (%d unmapped), "
              "%d instants moved by local-time resolution, %d warnings",
              qPrintable(format), static_cast<long long>(originals.size()), events, changed, unmapped,
              timesMoved, warnings);
    }

    // Every document an encoder writes is claimed by exactly one adapter: its own.
    void detectedByOneAdapter()
    {
        json::Parser parser;
        for (const sim::FormatEncoder *encoder : sim::allEncoders()) {
            const QList<ShipmentRecord> records = m_byFormat.value(encoder->formatId()).mid(0, 2);
            QByteArray doc;
            QVERIFY(encoder->encode(records.mid(0, 1), &doc));
            const auto root = parser.parse(doc.constData(), doc.size());
            QVERIFY2(root, qPrintable(encoder->formatId()));
            const auto claimed = AdapterRegistry::standard().detectAll(*root);
            QCOMPARE(claimed.size(), 1);
            QCOMPARE(claimed.constFirst()->formatId(), encoder->formatId());
        }
    }

    // Not-found bodies are read as "not found" (Shippo's bare 404 body names no format).
    void notFoundBodies()
    {
        FeedReader reader(AdapterRegistry::standard());
        for (const sim::FormatEncoder *encoder : sim::allEncoders()) {
            const QByteArray body = encoder->notFoundBody(QStringLiteral("NOPE123"));
            int shipments = 0;
            const FeedReadSummary summary =
                reader.readData(encoder->formatId(), body, [&](ShipmentRecord &&) { ++shipments; }, {});
            QCOMPARE(shipments, 0);
            QCOMPARE(summary.notFound, encoder->formatId() == QLatin1String("shippo") ? 0 : 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestEncoders)
#include "tst_encoders.moc"
