// SPDX-License-Identifier: MIT
//
// Delhivery package tracking API. Sources:
//   https://delhivery-express-api-doc.readme.io/reference/package-lifecycle-1
//       status types UD, DL, RT, PP, PU, CN and the movement/closure statuses
//   https://delhivery-express-api-doc.readme.io/reference/prepaid-and-cod-shipments
//       forward flow: UD Manifested / Not Picked / In Transit / Pending / Dispatched,
//       DL Delivered; return flow: RT In Transit / Pending / Dispatched, DL RTO
//   https://delhivery-express-api-doc.readme.io/reference/reverse-pickups
//       PP Open / Scheduled / Dispatched, PU In Transit / Pending / Dispatched, DL DTO,
//       CN Canceled / Closed
//   https://delhivery-express-api-doc.readme.io/reference/asynchronous-ndr-package-action-api
//       the NDR StatusCodes (EOD-3, EOD-6, EOD-11, EOD-15, EOD-16, EOD-43, EOD-69, EOD-74,
//       EOD-86, EOD-104, ST-108) a failed delivery carries, "taken from the tracking API"
//   https://delhivery-express-api-doc.readme.io/reference/tracking-via-push-api-webhook-1
//       the pushed {"Shipment": {"Status": {...}, "NSLCode", "AWB", ...}} object
//   Response shape, field names and the StatusCodes' wording: responses captured in public
//   integrations (https://github.com/piercing-wind/gurukirpaayurveda, src/lib/example.ts,
//   and others found by code search), which agree on ShipmentData[].Shipment.{AWB,
//   ReferenceNo, OrderType, InvoiceAmount, CODAmount, Origin, Destination, Consignee,
//   PickedupDate, ExpectedDeliveryDate, PromisedDeliveryDate, Status, Scans[].ScanDetail}
//   and on the unknown-waybill body {"Error": "No such waybill or Order Id found"}.
//
// Delhivery does not publish what each StatusCode (its "NSL code") means. The scan's own
// status type and status (documented) decide the stage; a StatusCode only sharpens it
// where public integrations give the code one meaning (docs/adapters/delhivery.md lists
// the evidence per code). For failed deliveries the "Instructions" sentence Delhivery
// attaches is read first and the code table is the fallback, because the sentence is
// what Delhivery said about this very scan. Where the documentation is silent the
// adapter takes the safe reading and says so next to the code.
#include "delhiveryadapter.h"

#include "domain/carriers.h"
#include "domesticcountry.h"
#include "parsecontext.h"
#include "statusphrases.h"
#include "json/jsonvalue.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <cmath>

namespace ct {

namespace {

// Delhivery's whole network is in India: one time zone, no daylight saving time.
const QString &networkCountry()
{
    static const QString country = QStringLiteral("IN");
    return country;
}

struct StatusRow
{
    const char *type;   // StatusType / ScanType; "" = the scan gave no known type
    const char *status; // Status / Scan, lowercase; "" = any status of the type
    const char *code;   // StatusCode; "" = any code; "EOD-*" = any code with that prefix
    Subtag subtag;
};

// (status type, status, StatusCode) -> sub-status. Lookup order: exact code, code prefix,
// any code of the status, any status of the type. Each row is listed in
// docs/adapters/delhivery.md.
// clang-format off
constexpr auto StatusRows = std::to_array<StatusRow>({
    // --- forward shipments, "Undelivered" (UD) -------------------------------------------
    {"UD", "manifested", "", Subtag::InfoReceived},
    // Not physically picked up from the client's warehouse yet: still waiting for the parcel.
    {"UD", "not picked", "", Subtag::InfoReceived},
    {"UD", "in transit", "X-PPOM", Subtag::InTransitAccepted},          // Shipment picked up
    {"UD", "in transit", "X-PIOM", Subtag::InTransitArrivedAtFacility}, // Received at Origin Center
    {"UD", "in transit", "X-ILL2F", Subtag::InTransitArrivedAtFacility}, // Trip Arrived
    {"UD", "in transit", "X-ILL1F", Subtag::InTransitArrivedAtFacility}, // Bag Received at Facility
    {"UD", "in transit", "X-IBD3F", Subtag::InTransitArrivedAtFacility}, // Shipment Received at Facility
    {"UD", "in transit", "X-OLL4F", Subtag::InTransitDeparted},          // Vehicle Departed
    {"UD", "in transit", "FMDEPART-101", Subtag::InTransitDeparted},     // Departed from client location
    // Line-haul delay codes ("Vehicle delayed", "On hold. Destination unable to receive").
    {"UD", "in transit", "DLYLH-*", Subtag::ExceptionDelayedCarrier},
    {"UD", "in transit", "", Subtag::InTransit},
    // "Pending": at the delivery centre, not dispatched yet. With an NDR code it is the
    // state after a failed delivery attempt.
    {"UD", "pending", "EOD-11", Subtag::AttemptFailAddresseeUnavailable}, // Consignee unavailable
    {"UD", "pending", "EOD-74", Subtag::AttemptFailAddressIssue},         // Incomplete address & contact details
    {"UD", "pending", "EOD-6", Subtag::AttemptFailRefused},               // Consignee refused / cancelled the order
    {"UD", "pending", "EOD-111", Subtag::AttemptFailRefused},             // Opened the package and refused
    // "Customer asked for open delivery": would not accept the parcel sealed.
    {"UD", "pending", "EOD-69", Subtag::AttemptFailRefused},
    {"UD", "pending", "EOD-3", Subtag::AttemptFailRescheduleRequested},   // Delivery rescheduled (deferrable)
    {"UD", "pending", "EOD-40", Subtag::AttemptFailCodNotReady},          // Payment mode / amount dispute
    {"UD", "pending", "EOD-104", Subtag::AttemptFailNoAccess},            // Entry restricted area
    // "Not attempted": an NDR without a reason the consignee caused; generic on purpose.
    {"UD", "pending", "EOD-86", Subtag::AttemptFail},
    // Any other NDR code: a failed attempt, its reason read from the Instructions.
    {"UD", "pending", "EOD-*", Subtag::AttemptFail},
    // "Reached maximum attempt count": no further attempt without the shipper's instruction.
    {"UD", "pending", "ST-108", Subtag::Exception},
    {"UD", "pending", "DLYDC-107", Subtag::AttemptFailBusinessClosed},       // Office/Institute closed
    {"UD", "pending", "DLYDC-110", Subtag::AttemptFailRescheduleRequested},  // Delivery rescheduled
    {"UD", "pending", "DLYDC-132", Subtag::ExceptionAddressProblem},         // Out of delivery area
    {"UD", "pending", "DLYLH-*", Subtag::ExceptionDelayedCarrier},
    {"UD", "pending", "", Subtag::InTransitArrivedAtDeliveryFacility},
    {"UD", "dispatched", "ST-114", Subtag::OutForDeliveryCustomerContacted}, // Call placed to consignee
    {"UD", "dispatched", "", Subtag::OutForDelivery},
    {"UD", "lost", "", Subtag::ExceptionLost},

    // --- closed shipments (DL) -----------------------------------------------------------
    {"DL", "delivered", "", Subtag::Delivered},
    {"DL", "rto", "", Subtag::ExceptionReturnedToSender}, // returned to origin
    // A reverse pickup accepted by the client: the parcel's own journey is complete.
    {"DL", "dto", "", Subtag::Delivered},
    {"DL", "", "", Subtag::Delivered}, // e.g. "Collected": closed as delivered

    // --- return to origin (RT): every leg back to the shipper ----------------------------
    {"RT", "in transit", "", Subtag::ExceptionReturningToSender},
    {"RT", "pending", "", Subtag::ExceptionReturningToSender},
    {"RT", "dispatched", "", Subtag::ExceptionReturningToSender},
    {"RT", "", "", Subtag::ExceptionReturningToSender},

    // --- reverse pickups, not picked up yet (PP) -----------------------------------------
    {"PP", "open", "", Subtag::InfoReceived},
    {"PP", "scheduled", "", Subtag::InfoReceived},
    {"PP", "dispatched", "", Subtag::InfoReceived}, // field executive out to collect it
    {"PP", "", "", Subtag::InfoReceived},

    // --- reverse pickups, picked up (PU) -------------------------------------------------
    {"PU", "in transit", "", Subtag::InTransit},
    {"PU", "pending", "", Subtag::InTransitArrivedAtDeliveryFacility},
    {"PU", "dispatched", "", Subtag::OutForDelivery}, // to the client's warehouse
    {"PU", "", "", Subtag::InTransit},

    // --- cancelled (CN): the taxonomy has no "cancelled"; it needs the shipper's attention.
    {"CN", "canceled", "", Subtag::Exception},
    {"CN", "cancelled", "", Subtag::Exception},
    {"CN", "closed", "", Subtag::Exception},
    {"CN", "", "", Subtag::Exception},

    // --- no (or an unknown) status type: only statuses that mean one thing ---------------
    {"", "manifested", "", Subtag::InfoReceived},
    {"", "delivered", "", Subtag::Delivered},
    {"", "rto", "", Subtag::ExceptionReturnedToSender},
    {"", "dto", "", Subtag::Delivered},
    {"", "lost", "", Subtag::ExceptionLost},
});
// clang-format on

constexpr auto KnownTypes = std::to_array<const char *>({"UD", "DL", "RT", "PP", "PU", "CN"});

QString rowKey(const QString &type, const QString &status, const QString &code)
{
    return type + QLatin1Char('|') + status + QLatin1Char('|') + code;
}

struct StatusTable
{
    QHash<QString, Subtag> exact; // "TYPE|status|CODE", code may be empty
    struct Prefix
    {
        QString typeAndStatus; // "TYPE|status"
        QString codePrefix;    // "EOD-"
        Subtag subtag;
    };
    QList<Prefix> prefixes;
};

const StatusTable &statusTable()
{
    static const StatusTable table = [] {
        StatusTable t;
        for (const StatusRow &row : StatusRows) {
            const QString type = QString::fromLatin1(row.type);
            const QString status = QString::fromLatin1(row.status);
            QString code = QString::fromLatin1(row.code);
            if (code.endsWith(QLatin1Char('*'))) {
                code.chop(1);
                t.prefixes.append({type + QLatin1Char('|') + status, code, row.subtag});
            } else {
                t.exact.insert(rowKey(type, status, code), row.subtag);
            }
        }
        return t;
    }();
    return table;
}

// The sub-status of a Delhivery scan (or summary status); nullopt when neither its type
// nor its status is known. `description` is the scan's Instructions: for a failed delivery
// a reason it states wins over the code table (the framework then refines the generic
// AttemptFail from the same text), and an unlisted code on a moving parcel whose text
// reports damage or loss is that exception, not progress.
std::optional<Subtag> mapStatus(QStringView statusType, QStringView status, QStringView code,
                                QStringView description)
{
    QString type = statusType.trimmed().toString().toUpper();
    bool knownType = false;
    for (const char *known : KnownTypes)
        knownType = knownType || type == QLatin1StringView(known);
    if (!knownType)
        type.clear();
    const QString s = status.toString().simplified().toLower();
    const QString c = code.trimmed().toString().toUpper();
    const StatusTable &table = statusTable();

    auto byCode = [&](const QString &codeType) -> std::optional<Subtag> {
        if (c.isEmpty())
            return std::nullopt;
        if (const auto it = table.exact.constFind(rowKey(codeType, s, c));
            it != table.exact.constEnd())
            return *it;
        const QString typeAndStatus = codeType + QLatin1Char('|') + s;
        for (const StatusTable::Prefix &p : table.prefixes) {
            if (p.typeAndStatus == typeAndStatus && c.startsWith(p.codePrefix))
                return p.subtag;
        }
        return std::nullopt;
    };

    std::optional<Subtag> found = byCode(type);
    // A picked-up reverse pickup travels the same network as a forward parcel: its
    // in-transit scans carry the same codes.
    if (!found && type == QLatin1StringView("PU") && s == QLatin1StringView("in transit"))
        found = byCode(QStringLiteral("UD"));
    if (found) {
        if (tagOf(*found) == Tag::AttemptFail && *found != Subtag::AttemptFail &&
            refineByDescription(Tag::AttemptFail, description))
            return Subtag::AttemptFail; // the stated reason decides (see the file comment)
        return found;
    }

    const bool moving = (type == QLatin1StringView("UD") || type == QLatin1StringView("PU")) &&
                        (s == QLatin1StringView("in transit") || s == QLatin1StringView("pending"));
    if (moving) {
        const auto problem = refineByDescription(Tag::Exception, description);
        if (problem == Subtag::ExceptionDamaged || problem == Subtag::ExceptionLost)
            return problem;
    }
    if (const auto it = table.exact.constFind(rowKey(type, s, {})); it != table.exact.constEnd())
        return *it;
    if (!type.isEmpty()) {
        if (const auto it = table.exact.constFind(rowKey(type, {}, {}));
            it != table.exact.constEnd())
            return *it;
    }
    return std::nullopt;
}

struct Place
{
    QString city;
    QString state;
};

// "Mumbai_Andheri_DC (Maharashtra)" -> Mumbai, Maharashtra. Delhivery names a facility
// "<City>_<Area>_<Kind>" and puts the state in parentheses; a bare "Gurgaon (Haryana)" or
// "Delhi_Airport_GW" is read the same way.
Place parseLocation(const QString &text)
{
    Place place;
    QString facility = text.trimmed();
    if (facility.endsWith(QLatin1Char(')'))) {
        const qsizetype open = facility.lastIndexOf(QLatin1Char('('));
        if (open >= 0) {
            place.state = facility.mid(open + 1, facility.size() - open - 2).trimmed();
            facility = facility.left(open).trimmed();
        }
    }
    place.city = facility.section(QLatin1Char('_'), 0, 0).trimmed();
    return place;
}

bool isNotFoundMessage(const QString &message)
{
    const QString lower = message.toLower();
    return lower.contains(QLatin1String("no such waybill")) ||
           lower.contains(QLatin1String("not found")) ||
           lower.contains(QLatin1String("does not exist")) ||
           lower.contains(QLatin1String("invalid waybill"));
}

// Delhivery writes a date-only estimate as that date at 23:59:59; keep it a date, so the
// deadline is the end of that day rather than a made-up second.
DeliveryEstimate readEstimate(const json::Value &field, ParseContext &context, QStringView state)
{
    DeliveryEstimate estimate = context.deliveryEstimate(field, networkCountry(), state);
    if (estimate.hasTime) {
        const qint64 localMs = estimate.at.utcMs + estimate.at.offsetMinutes * MsPerMinute;
        const qint64 msOfDay = ((localMs % MsPerDay) + MsPerDay) % MsPerDay;
        if (msOfDay / 1000 == 24 * 3600 - 1) {
            estimate.hasTime = false;
            estimate.at = {};
        }
    }
    return estimate;
}

// What an event is built from: a ScanDetail, or the summary Status when there are no scans.
struct ScanFields
{
    json::Value type;
    json::Value status;
    json::Value code;
    json::Value time;
    json::Value location;
    json::Value instructions;
};

} // namespace

QString DelhiveryAdapter::formatId() const
{
    return QStringLiteral("delhivery");
}

QString DelhiveryAdapter::formatName() const
{
    return QStringLiteral("Delhivery package tracking API");
}

bool DelhiveryAdapter::accepts(const json::Value &document) const
{
    if (document["ShipmentData"].isArray())
        return true;
    // The push webhook: one shipment object with Delhivery's capitalised AWB.
    const json::Value pushed = document["Shipment"];
    if (pushed.isObject() && !pushed["AWB"].isMissing() && pushed["Status"].isObject())
        return true;
    // Unknown waybill: {"Error": "...", "Success": false, "rmk": "..."}.
    return document["Error"].isString() &&
           (document["Success"].isBool() || !document["rmk"].isMissing() ||
            !document["ShipmentData"].isMissing());
}

void DelhiveryAdapter::parse(const json::Value &document, ParseContext &context) const
{
    if (document["Shipment"].isObject() && document["ShipmentData"].isMissing()) {
        parseShipment(document["Shipment"], context);
        return;
    }
    const json::Value shipmentData = document["ShipmentData"];
    const json::Value error = document["Error"];
    const QString errorText = error.text();
    if (!errorText.isEmpty()) {
        if (!context.errorBesideData(error, errorText, {shipmentData})) {
            if (isNotFoundMessage(errorText))
                context.notFound(error, {}, errorText);
            else
                context.error(error,
                              QStringLiteral("Delhivery returned an error: %1").arg(errorText));
            return;
        }
    }
    if (!shipmentData.isArray()) {
        context.error(shipmentData, QStringLiteral("expected an array of shipments, found %1")
                                        .arg(shipmentData.typeName()));
        return;
    }
    if (shipmentData.size() == 0) {
        // Delhivery answers a waybill it does not know with no entry at all.
        context.notFound(shipmentData, {}, {});
        return;
    }
    for (const json::Value &entry : shipmentData.elements()) {
        if (entry.isObject() && entry["Shipment"].isObject()) {
            if (!entry["Error"].text().isEmpty()) // an error beside the data: reported, data read
                context.errorBesideData(entry["Error"], entry["Error"].text(), {entry["Shipment"]});
            parseShipment(entry["Shipment"], context);
            continue;
        }
        // Not documented per entry; read the way the whole-response error is.
        const QString entryError = entry["Error"].text();
        if (!entryError.isEmpty()) {
            QString waybill = entry["AWB"].text();
            if (waybill.isEmpty())
                waybill = entry["Waybill"].text();
            if (isNotFoundMessage(entryError))
                context.notFound(entry["Error"], waybill, entryError);
            else
                context.error(entry["Error"],
                              QStringLiteral("Delhivery returned an error: %1").arg(entryError));
            continue;
        }
        const json::Value at = entry.isObject() ? entry["Shipment"] : entry;
        context.error(at,
                      QStringLiteral("expected a Shipment object, found %1").arg(at.typeName()));
    }
}

void DelhiveryAdapter::readPayment(const json::Value &shipment, ShipmentRecord &record,
                                   ParseContext &context) const
{
    // OrderType is the payment mode of a forward parcel ("Pre-paid", "Prepaid", "COD");
    // reverse pickups ("Pickup") and replacements ("REPL") say nothing about payment.
    const json::Value orderType = shipment["OrderType"];
    QString type = orderType.text().toLower();
    type.remove(QLatin1Char('-'));
    if (type == QLatin1String("cod"))
        record.payment.mode = PaymentMode::CashOnDelivery;
    else if (type == QLatin1String("prepaid"))
        record.payment.mode = PaymentMode::Prepaid;

    // CODAmount: the rupees the courier collects (0 on prepaid parcels).
    const json::Value cod = shipment["CODAmount"];
    if (cod.text().isEmpty())
        return;
    const auto amount = cod.toDouble();
    if (!amount || !std::isfinite(*amount) || *amount < 0) {
        context.warning(cod, QStringLiteral("unreadable COD amount \"%1\" ignored").arg(cod.text()));
        return;
    }
    const qint64 paise = std::llround(*amount * 100.0);
    if (paise == 0)
        return;
    if (record.payment.mode == PaymentMode::Prepaid)
        context.warning(cod, QStringLiteral("COD amount %1 on a parcel whose OrderType is \"%2\": "
                                            "read as cash on delivery")
                                 .arg(cod.text(), orderType.text()));
    record.payment.mode = PaymentMode::CashOnDelivery;
    record.payment.codAmountCents = paise;
    record.payment.codCurrency = QStringLiteral("INR");
}

void DelhiveryAdapter::parseShipment(const json::Value &shipment, ParseContext &context) const
{
    const auto trackingNumber = context.requiredText(shipment, "AWB");
    if (!trackingNumber)
        return;

    ShipmentRecord record;
    record.trackingNumber = *trackingNumber;
    record.carrier = canonicalCarrierCode(u"Delhivery");
    // Delhivery's service types are its payment modes: Prepaid, COD, Pickup, REPL.
    record.service = shipment["OrderType"].text();

    const Place origin = parseLocation(shipment["Origin"].text());
    record.origin.city = origin.city;
    record.origin.state = origin.state;
    record.origin.country = networkCountry();
    record.origin.countryInferred = true; // Delhivery names no country: its network's

    const json::Value consignee = shipment["Consignee"];
    if (!consignee.isObject() && !context.absent(consignee))
        context.error(
            consignee,
            QStringLiteral("expected a Consignee object, found %1").arg(consignee.typeName()));
    record.destination.city = consignee["City"].text();
    if (record.destination.city.isEmpty())
        record.destination.city = shipment["Destination"].text();
    record.destination.state = consignee["State"].text();
    record.destination.postalCode = consignee["PinCode"].text();
    record.destination.country = context.country(consignee["Country"]);
    if (record.destination.country.isEmpty()) {
        // A PIN code makes India certain; without one the network's country stands in; a
        // postal code of another shape leaves the country unknown.
        record.destination.country =
            record.destination.postalCode.isEmpty()
                ? networkCountry()
                : DomesticCountry::infer(u"delhivery", record.destination.state, record.destination.postalCode);
        record.destination.countryInferred = !record.destination.country.isEmpty();
    }

    json::Value estimateField = shipment["ExpectedDeliveryDate"];
    if (estimateField.text().isEmpty())
        estimateField = shipment["PromisedDeliveryDate"];
    record.estimatedDelivery = readEstimate(estimateField, context, record.destination.state);

    // The physical pickup ("PickedupDate"); "PickUpDate" in the push webhook and older
    // responses. Informational: a bad value is a warning, never a reason to drop anything.
    json::Value pickedUp = shipment["PickedupDate"];
    if (pickedUp.text().isEmpty())
        pickedUp = shipment["PickUpDate"];
    if (!pickedUp.text().isEmpty()) {
        const auto text =
            pickedUp.isString() ? parseIsoDateTime(pickedUp.stringView()) : std::nullopt;
        if (text && text->hasTime) {
            const ParseContext::EventTime t =
                context.eventTime(*text, networkCountry(), origin.state);
            record.shippedAt = QDateTime::fromMSecsSinceEpoch(t.at.utcMs, QTimeZone::utc());
        } else {
            context.warning(
                pickedUp,
                QStringLiteral("unreadable pickup date \"%1\" ignored").arg(pickedUp.text()));
        }
    }

    OrderInfo &order = record.order;
    order.orderId = shipment["ReferenceNo"].text();
    order.customerName = consignee["Name"].text();
    order.customerPhone = consignee["Telephone1"].text();
    if (order.customerPhone.isEmpty())
        order.customerPhone = consignee["Telephone2"].text();
    const json::Value invoice = shipment["InvoiceAmount"];
    if (!invoice.text().isEmpty()) {
        const auto amount = invoice.toDouble();
        if (amount && std::isfinite(*amount) && *amount >= 0) {
            order.orderValueCents = std::llround(*amount * 100.0);
            if (order.orderValueCents != 0)
                order.currency = QStringLiteral("INR"); // Delhivery bills in rupees only
        } else {
            context.warning(
                invoice,
                QStringLiteral("unreadable invoice amount \"%1\" ignored").arg(invoice.text()));
        }
    }

    readPayment(shipment, record, context);

    const json::Value status = shipment["Status"];
    const json::Value statusCode =
        status["StatusCode"].isAbsent() ? shipment["NSLCode"] : status["StatusCode"];

    auto addEvent = [&](const ScanFields &f, const json::Value &at) {
        TrackingEvent event;
        event.description = f.instructions.text();
        if (event.description.isEmpty())
            event.description = f.status.text();
        const Place place = parseLocation(f.location.text());
        event.city = place.city;
        event.state = place.state;
        event.country = networkCountry();
        event.countryInferred = true; // scans name a facility, never a country
        const auto when =
            context.eventTime(f.time, event.country, event.state, record.destination.country);
        if (!when)
            return; // reported; the other scans still count
        event.occurredAt = when->at;
        event.timeAssumed = when->assumed;
        // Delhivery identifies a status by all three: "UD/Pending/EOD-11".
        QStringList raw;
        for (const QString &part : {f.type.text(), f.status.text(), f.code.text()}) {
            if (!part.isEmpty())
                raw.append(part);
        }
        event.rawCode = raw.join(QLatin1Char('/'));
        context.setStatus(
            event, mapStatus(f.type.text(), f.status.text(), f.code.text(), event.description), at);
        record.events.append(std::move(event));
    };

    const json::Value scans = shipment["Scans"];
    if (!scans.isArray() && !context.absent(scans))
        context.error(scans,
                      QStringLiteral("expected an array of scans, found %1").arg(scans.typeName()));
    for (const json::Value &scan : scans.elements()) {
        const json::Value detail = scan["ScanDetail"];
        if (!detail.isObject()) {
            const json::Value at = scan.isObject() ? detail : scan;
            context.error(
                at, QStringLiteral("expected a ScanDetail object, found %1").arg(at.typeName()));
            continue;
        }
        // ScanDateTime is when the scan happened; StatusDateTime (normally the same) stands
        // in when a scan has none.
        const json::Value time =
            detail["ScanDateTime"].isAbsent() && !detail["StatusDateTime"].isAbsent()
                ? detail["StatusDateTime"]
                : detail["ScanDateTime"];
        addEvent({detail["ScanType"], detail["Scan"], detail["StatusCode"], time,
                  detail["ScannedLocation"], detail["Instructions"]},
                 detail["Scan"]);
    }
    // Without scans (the push webhook, or a response without history) the summary status
    // is the one event there is.
    if (scans.size() == 0 && status.isObject()) {
        addEvent({status["StatusType"], status["Status"], statusCode, status["StatusDateTime"],
                  status["StatusLocation"], status["Instructions"]},
                 status["Status"]);
    }

    context.setRawPayload(record, shipment);
    std::optional<Subtag> reported;
    if (status.isObject())
        reported = mapStatus(status["StatusType"].text(), status["Status"].text(),
                             statusCode.text(), status["Instructions"].text());
    context.addShipment(std::move(record), reported, status);
}

} // namespace ct
