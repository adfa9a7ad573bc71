// SPDX-License-Identifier: MIT
#include "delhiveryencoder.h"

#include "encoderkit.h"
#include "json/jsonwriter.h"

namespace ct::sim {

namespace {

// (ScanType, Scan, StatusCode) per sub-status, from the adapter's status rows
// (docs/adapters/delhivery.md). byReason: the Instructions sentence states the reason
// (the adapter lets a stated reason win over the NDR code).
struct Row
{
    Subtag subtag;
    const char *type;
    const char *scan;
    const char *code;
    const char *instructions; // nullptr: the reason, or the event's own wording
    bool byReason;
};

constexpr auto Rows = std::to_array<Row>({
    {Subtag::InfoReceived, "UD", "Manifested", "X-UCI", "Manifest uploaded", false},
    {Subtag::InTransitAccepted, "UD", "In Transit", "X-PPOM", "Shipment picked up", false},
    {Subtag::InTransitArrivedAtFacility, "UD", "In Transit", "X-ILL2F", "Trip Arrived", false},
    {Subtag::InTransitDeparted, "UD", "In Transit", "X-OLL4F", "Vehicle Departed", false},
    // Any other in-transit scan; Delhivery has no "forwarded" or "problem resolved".
    {Subtag::InTransit, "UD", "In Transit", "X-DBL1F", "Added to Bag", false},
    {Subtag::InTransitArrivedAtDeliveryFacility, "UD", "Pending", "X-IDD2F",
     "Shipment received at delivery center", false},
    // Self-collection waits at the delivery centre like any pending parcel.
    {Subtag::AvailableForPickup, "UD", "Pending", "X-SC", "Available for self-collect at delivery center",
     false},
    {Subtag::OutForDelivery, "UD", "Dispatched", "X-DDD3FD", "Out for delivery", false},
    {Subtag::OutForDeliveryCustomerContacted, "UD", "Dispatched", "ST-114", "Call placed to consignee",
     false},
    // One kind of delivery (COD collected, signed... are not told apart).
    {Subtag::Delivered, "DL", "Delivered", "EOD-38", "Delivered to consignee", false},
    {Subtag::AttemptFail, "UD", "Pending", "EOD-86", nullptr, true},
    {Subtag::AttemptFailAddresseeUnavailable, "UD", "Pending", "EOD-11", nullptr, true},
    {Subtag::AttemptFailBusinessClosed, "UD", "Pending", "DLYDC-107", nullptr, true},
    {Subtag::AttemptFailAddressIssue, "UD", "Pending", "EOD-74", nullptr, true},
    {Subtag::AttemptFailRefused, "UD", "Pending", "EOD-6", nullptr, true},
    {Subtag::AttemptFailNoAccess, "UD", "Pending", "EOD-104", nullptr, true},
    {Subtag::AttemptFailRescheduleRequested, "UD", "Pending", "EOD-3", nullptr, true},
    {Subtag::AttemptFailCodNotReady, "UD", "Pending", "EOD-40", nullptr, true},
    // "Out of delivery area" is the only address code; a consignee who moved is one too.
    {Subtag::ExceptionAddressProblem, "UD", "Pending", "DLYDC-132", nullptr, true},
    {Subtag::ExceptionCustomerMoved, "UD", "Pending", "DLYDC-132", nullptr, true},
    // Line-haul delays; weather is not told apart.
    {Subtag::ExceptionDelayedCarrier, "UD", "In Transit", "DLYLH-105", nullptr, true},
    {Subtag::ExceptionDelayedExternal, "UD", "In Transit", "DLYLH-105", nullptr, true},
    // An unlisted code on a moving parcel: the text reports the damage.
    {Subtag::ExceptionDamaged, "UD", "In Transit", "ST-105", nullptr, true},
    {Subtag::ExceptionLost, "UD", "LOST", "LT-100", nullptr, true},
    // "Reached maximum attempt count": the text says why.
    {Subtag::Exception, "UD", "Pending", "ST-108", nullptr, true},
    {Subtag::ExceptionReturningToSender, "RT", "In Transit", "RT-101", "Return to origin (RTO) initiated",
     false},
    {Subtag::ExceptionReturnedToSender, "DL", "RTO", "RT-110", "RTO delivered to shipper", false},
});

// Delhivery's network keeps India Standard Time.
constexpr qint16 IstMinutes = 330;

QString instructions(const Row &row, const TrackingEvent &e)
{
    return row.instructions ? QString::fromLatin1(row.instructions) : kit::eventText(e, row.byReason);
}

// Facilities are named "<City>_<Area>_<Kind> (<State>)".
QString facility(const QString &city, const QString &state, bool deliveryCentre)
{
    QString name = city + (deliveryCentre ? QStringLiteral("_Central_DC") : QStringLiteral("_Hub_HB"));
    if (!state.isEmpty())
        name += QStringLiteral(" (") + state + QLatin1Char(')');
    return name;
}

QString istTime(qint64 utcMs)
{
    return kit::localIso(Timestamp{utcMs, IstMinutes});
}

void writeScan(json::Writer &w, const TrackingEvent &e, bool status)
{
    const Row &row = kit::entryFor(Rows, e.subtag);
    const QString when = istTime(e.occurredAt.utcMs);
    const QString place = facility(e.city, e.state, tagOf(e.subtag) != Tag::InTransit);
    w.beginObject();
    if (status) {
        w.key("Status").value(row.scan);
        w.key("StatusLocation").value(place);
        w.key("StatusDateTime").value(when);
        w.key("StatusCode").value(row.code);
        w.key("StatusType").value(row.type);
        w.key("Instructions").value(instructions(row, e));
    } else {
        w.key("ScanDateTime").value(when);
        w.key("ScanType").value(row.type);
        w.key("Scan").value(row.scan);
        w.key("StatusDateTime").value(when);
        w.key("ScannedLocation").value(place);
        w.key("StatusCode").value(row.code);
        w.key("Instructions").value(instructions(row, e));
    }
    w.endObject();
}

void writeShipment(json::Writer &w, const ShipmentRecord &r)
{
    bool cod = false;
    for (const TrackingEvent &e : r.events)
        cod = cod || e.subtag == Subtag::DeliveredCashCollected
              || e.subtag == Subtag::AttemptFailCodNotReady;
    w.beginObject().key("Shipment").beginObject();
    w.key("AWB").value(r.trackingNumber);
    w.key("ReferenceNo").value(r.order.orderId);
    w.key("OrderType").value(cod ? "COD" : "Pre-paid");
    w.key("Origin").value(facility(r.origin.city, r.origin.state, false));
    w.key("Destination").value(r.destination.city);
    w.key("Consignee").beginObject();
    w.key("City").value(r.destination.city);
    w.key("Name").value(r.order.customerName);
    w.key("PinCode").value(r.destination.postalCode);
    w.key("State").value(r.destination.state);
    w.key("Country").value("India");
    w.key("Telephone1").value(r.order.customerPhone);
    w.key("Telephone2").value("");
    w.endObject();
    if (r.order.currency == QLatin1String("INR"))
        w.key("InvoiceAmount").value(static_cast<double>(r.order.orderValueCents) / 100.0);
    w.key("CODAmount").value(0);
    if (r.shippedAt.isValid())
        w.key("PickedupDate").value(istTime(r.shippedAt.toMSecsSinceEpoch()));
    if (!r.estimatedDelivery.isNull())
        w.key("ExpectedDeliveryDate")
            .value(r.estimatedDelivery.date.toString(Qt::ISODate) + QStringLiteral("T23:59:59"));
    if (const TrackingEvent *latest = kit::latestEvent(r)) {
        w.key("Status");
        writeScan(w, *latest, true);
    }
    w.key("Scans").beginArray();
    for (const TrackingEvent &e : r.events) {
        w.beginObject().key("ScanDetail");
        writeScan(w, e, false);
        w.endObject();
    }
    w.endArray();
    w.endObject().endObject();
}

} // namespace

void DelhiveryEncoder::write(json::Writer &w, const QList<ShipmentRecord> &records) const
{
    w.beginObject().key("ShipmentData").beginArray();
    for (const ShipmentRecord &r : records)
        writeShipment(w, r);
    w.endArray().endObject();
}

QByteArray DelhiveryEncoder::notFoundBody(const QString &) const
{
    json::Writer w;
    w.beginObject();
    w.key("rmk").value("Some error has occurred. Please contact client.support@delhivery.com with "
                       "error message- No such waybill or Order Id found");
    w.key("Success").value(false);
    w.key("Error").value("No such waybill or Order Id found");
    w.endObject();
    return w.take();
}

} // namespace ct::sim
