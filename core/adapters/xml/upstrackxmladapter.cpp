// SPDX-License-Identifier: MIT
//
// UPS Tracking XML and UPS Track Web Service (SOAP) adapter.
//
// Sources:
//  - UPS Tracking XML Developer Guide (the XML API: TrackRequest/TrackResponse over
//    https://onlinetools.ups.com/ups.app/xml/Track), its response elements: Response
//    (ResponseStatusCode 1 success / 0 failure, ResponseStatusDescription, Error with
//    ErrorSeverity Hard/Transient/Warning, ErrorCode, ErrorDescription), Shipment (Shipper
//    and ShipTo Address, Service Code/Description, ShipmentIdentificationNumber,
//    PickupDate, ScheduledDeliveryDate), Package (TrackingNumber, RescheduledDeliveryDate,
//    Activity with ActivityLocation/Address, Status/StatusType Code and Description,
//    Status/StatusCode Code, Date YYYYMMDD, Time HHMMSS). Activities come most recent first.
//  - UPS Track Web Service (SOAP) schema, namespace
//    http://www.ups.com/XMLSchema/XOLTWS/Track/v2.0, as published in the WSDL bundle and
//    described by client libraries' generated types: Shipment/InquiryNumber/Value,
//    ShipmentAddress (Type/Code 01 shipper, 02 ship to), DeliveryDetail (Type
//    Code/Description and Date), Package/Activity/Status (Type, Description, Code),
//    ActivityLocation/Address; common:Response/ResponseStatus in
//    http://www.ups.com/XMLSchema/XOLTWS/Common/v1.0; SOAP Faults carrying
//    err:Errors/ErrorDetail/PrimaryErrorCode (Code, Description) in
//    http://www.ups.com/XMLSchema/XOLTWS/Error/v1.1.
//  - The status codes are UPS's own, the same as in the Track API (JSON): the tables of
//    UpsAdapter (docs/adapters/ups.md) are shared, so a code means the same in both.
//
// Readings chosen where the documentation is silent (safe readings):
//  - Date and Time are local wall-clock time at the activity's place; a GMTOffset element,
//    when present, makes them exact. An activity without a country is read in the
//    destination's country (then the origin's, then the US), with its state.
//  - A Shipment of several Packages gives one shipment record per package, with the
//    inquiry number as master tracking number.
//  - RescheduledDeliveryDate (package) wins over ScheduledDeliveryDate (shipment); in the
//    web service, a DeliveryDetail whose type says "Rescheduled" wins over "Scheduled";
//    "Delivered" is not an estimate.
//  - An Error with a not-found code (151044 "No tracking information available" and the
//    others of UpsAdapter::isNotFoundCode) is a not-found entry; ErrorSeverity Warning is
//    a warning, any other severity an error.
#include "upstrackxmladapter.h"

#include "adapters/upsadapter.h"
#include "domain/carriers.h"
#include "xmlelement.h"
#include "xmlparsecontext.h"

#include <algorithm>

namespace ct::xml {

namespace {

const QString TrackNamespace = QStringLiteral("http://www.ups.com/XMLSchema/XOLTWS/Track/v2.0");
const QString ErrorNamespacePrefix = QStringLiteral("http://www.ups.com/XMLSchema/XOLTWS/Error/");

void readAddress(const XmlElement *address, Address &target, XmlParseContext &context)
{
    if (!address)
        return;
    target.city = address->childText(u"City");
    target.state = address->childText(u"StateProvinceCode");
    target.postalCode = address->childText(u"PostalCode");
    target.country = context.country(address->child(u"CountryCode"));
}

std::optional<QDate> readDate(const XmlElement *field, XmlParseContext &context, bool required)
{
    if (!field || field->text().isEmpty())
        return std::nullopt;
    const QByteArray text = field->text().toLatin1();
    const auto date = parseCompactDate(std::string_view(text.constData(), static_cast<size_t>(text.size())));
    if (!date) {
        const QString message = QStringLiteral("invalid date \"%1\" (expected YYYYMMDD)").arg(field->text());
        if (required)
            context.error(*field, message);
        else
            context.warning(*field, message + QStringLiteral("; ignored"));
    }
    return date;
}

// "HHMMSS", "HHMM", and the five-digit form with the leading zero dropped ("74700").
std::optional<int> readTime(const XmlElement &field, XmlParseContext &context)
{
    QByteArray text = field.text().toLatin1();
    if (text.size() == 5 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        text.prepend('0');
    const auto ms = parseCompactTime(std::string_view(text.constData(), static_cast<size_t>(text.size())));
    if (!ms)
        context.error(field, QStringLiteral("invalid time \"%1\" (expected HHMMSS)").arg(field.text()));
    return ms;
}

std::optional<ParseContext::EventTime> activityTime(const XmlElement &activity, const TrackingEvent &event,
                                                    const ShipmentRecord &shipment, XmlParseContext &context)
{
    const XmlElement *dateField = activity.child(u"Date");
    const XmlElement *timeField = activity.child(u"Time");
    if (!dateField || dateField->text().isEmpty()) {
        context.error(activity, QStringLiteral("required element <Date> is missing"));
        return std::nullopt;
    }
    const auto date = readDate(dateField, context, true);
    if (!date)
        return std::nullopt;
    if (!timeField || timeField->text().isEmpty()) {
        context.error(activity, QStringLiteral("required element <Time> is missing"));
        return std::nullopt;
    }
    const auto ms = readTime(*timeField, context);
    if (!ms)
        return std::nullopt;
    DateTimeText text;
    text.date = *date;
    text.msOfDay = *ms;
    text.hasTime = true;
    if (const XmlElement *offsetField = activity.child(u"GMTOffset"); offsetField && !offsetField->text().isEmpty()) {
        if (const auto offset = parseUtcOffset(offsetField->text())) {
            text.hasOffset = true;
            text.offsetMinutes = *offset;
        } else {
            context.warning(*offsetField, QStringLiteral("unreadable UTC offset \"%1\" ignored; the time is read in "
                                                         "the place's time zone")
                                              .arg(offsetField->text()));
        }
    }
    QString fallback = shipment.destination.country;
    if (fallback.isEmpty())
        fallback = shipment.origin.country;
    if (fallback.isEmpty())
        fallback = carrierHomeCountry(shipment.carrier);
    return context.eventTime(text, event.country, event.state, fallback);
}

// The web service's DeliveryDetail entries, or the XML API's dates: the estimate.
DeliveryEstimate estimatedDelivery(const XmlElement &shipment, const XmlElement &package, XmlParseContext &context)
{
    const XmlElement *chosen = package.child(u"RescheduledDeliveryDate");
    if (!chosen || chosen->text().isEmpty())
        chosen = shipment.child(u"ScheduledDeliveryDate");
    if (!chosen || chosen->text().isEmpty()) {
        chosen = nullptr;
        for (const QLatin1String wanted : {QLatin1String("reschedul"), QLatin1String("schedul"), QLatin1String("estimat")}) {
            for (const XmlElement *owner : {&package, &shipment}) {
                for (const XmlElement *detail : owner->children(u"DeliveryDetail")) {
                    if (!chosen && detail->textAt(u"Type/Description").contains(wanted, Qt::CaseInsensitive))
                        chosen = detail->child(u"Date");
                }
            }
        }
    }
    DeliveryEstimate estimate;
    if (const auto date = readDate(chosen, context, false))
        estimate.date = *date;
    return estimate;
}

// The activity's codes: XML API (Status/StatusType/Code, Status/StatusCode/Code) or web
// service (Status/Type, Status/Code).
struct ActivityCodes
{
    QString type;
    QString code;
    QString description;
    const XmlElement *codeElement = nullptr;
};

ActivityCodes activityCodes(const XmlElement &activity)
{
    ActivityCodes codes;
    const XmlElement *status = activity.child(u"Status");
    if (!status)
        return codes;
    if (const XmlElement *statusType = status->child(u"StatusType")) {
        codes.type = statusType->childText(u"Code").toUpper();
        codes.description = statusType->childText(u"Description");
        const XmlElement *code = status->at(u"StatusCode/Code");
        codes.code = code ? code->text() : QString();
        codes.codeElement = code && !codes.code.isEmpty() ? code : statusType->child(u"Code");
        return codes;
    }
    codes.type = status->childText(u"Type").toUpper();
    codes.code = status->childText(u"Code");
    codes.description = status->childText(u"Description");
    codes.codeElement = !codes.code.isEmpty() ? status->child(u"Code") : status->child(u"Type");
    return codes;
}

void reportError(const XmlElement &error, const QString &trackingNumber, XmlParseContext &context)
{
    QString code = error.childText(u"ErrorCode");
    QString description = error.childText(u"ErrorDescription");
    QString severity = error.childText(u"ErrorSeverity");
    if (const XmlElement *primary = error.child(u"PrimaryErrorCode")) { // web service ErrorDetail
        code = primary->childText(u"Code");
        description = primary->childText(u"Description");
        severity = error.childText(u"Severity");
    }
    if (UpsAdapter::isNotFoundCode(code))
        context.notFound(error, trackingNumber, description.isEmpty() ? code : description);
    else if (severity.compare(QLatin1String("Warning"), Qt::CaseInsensitive) == 0)
        context.warning(error, QStringLiteral("UPS warning %1: %2").arg(code, description));
    else
        context.error(error, QStringLiteral("UPS returned error %1: %2").arg(code, description));
}

} // namespace

QString UpsTrackXmlAdapter::formatId() const
{
    return QStringLiteral("ups-xml");
}

QString UpsTrackXmlAdapter::formatName() const
{
    return QStringLiteral("UPS Tracking XML");
}

QList<XmlDocumentRoot> UpsTrackXmlAdapter::roots() const
{
    // USPS Web Tools answers with a <TrackResponse> in no namespace too, of <TrackInfo>s.
    return {{QStringLiteral("TrackResponse"), {QString(), TrackNamespace}, {QStringLiteral("Response"), QStringLiteral("Shipment")}}};
}

bool UpsTrackXmlAdapter::isRecord(QStringView localName, int depth) const
{
    return depth == 1 && (localName == QLatin1String("Response") || localName == QLatin1String("Shipment"));
}

void UpsTrackXmlAdapter::parseRecord(const XmlElement &record, XmlParseContext &context) const
{
    if (record.localName() == QLatin1String("Response"))
        parseResponse(record, context);
    else
        parseShipment(record, context);
}

bool UpsTrackXmlAdapter::parseFault(const XmlElement &fault, XmlParseContext &context) const
{
    const XmlElement *detail = fault.child(u"detail");
    const XmlElement *errors = detail ? detail->child(u"Errors") : nullptr;
    if (!errors || !errors->namespaceUri().startsWith(ErrorNamespacePrefix))
        return false;
    const QList<const XmlElement *> details = errors->children(u"ErrorDetail");
    for (const XmlElement *error : details)
        reportError(*error, QString(), context);
    if (details.isEmpty())
        context.error(*errors, QStringLiteral("UPS fault without error detail: %1").arg(fault.childText(u"faultstring")));
    return true;
}

void UpsTrackXmlAdapter::parseResponse(const XmlElement &response, XmlParseContext &context) const
{
    // XML API: ResponseStatusCode and Error; web service: ResponseStatus/Code and Alert.
    const QList<const XmlElement *> errors = response.children(u"Error");
    for (const XmlElement *error : errors)
        reportError(*error, QString(), context);
    for (const XmlElement *alert : response.children(u"Alert"))
        context.warning(*alert, QStringLiteral("UPS alert %1: %2").arg(alert->childText(u"Code"), alert->childText(u"Description")));
    QString status = response.childText(u"ResponseStatusCode");
    if (status.isEmpty())
        status = response.textAt(u"ResponseStatus/Code");
    if (status == QLatin1String("0") && errors.isEmpty())
        context.error(response, QStringLiteral("UPS reports a failure (%1) without an error")
                                    .arg(response.childText(u"ResponseStatusDescription")));
}

void UpsTrackXmlAdapter::parseShipment(const XmlElement &shipment, XmlParseContext &context) const
{
    QString inquiryNumber = shipment.childText(u"ShipmentIdentificationNumber");
    if (inquiryNumber.isEmpty())
        inquiryNumber = shipment.textAt(u"InquiryNumber/Value");
    const QList<const XmlElement *> packages = shipment.children(u"Package");
    if (packages.isEmpty()) {
        context.error(shipment, inquiryNumber.isEmpty() ? QStringLiteral("shipment has no package")
                                                        : QStringLiteral("shipment %1 has no package").arg(inquiryNumber));
        return;
    }

    ShipmentRecord base;
    base.carrier = canonicalCarrierCode(QStringLiteral("UPS"));
    base.service = shipment.textAt(u"Service/Description");
    readAddress(shipment.at(u"Shipper/Address"), base.origin, context);
    readAddress(shipment.at(u"ShipTo/Address"), base.destination, context);
    for (const XmlElement *address : shipment.children(u"ShipmentAddress")) {
        const QString type = address->textAt(u"Type/Code");
        if (type == QLatin1String("01"))
            readAddress(address->child(u"Address"), base.origin, context);
        else if (type == QLatin1String("02"))
            readAddress(address->child(u"Address"), base.destination, context);
    }

    for (const XmlElement *package : packages) {
        const auto trackingNumber = context.requiredText(*package, u"TrackingNumber");
        if (!trackingNumber)
            continue;
        ShipmentRecord record = base;
        record.trackingNumber = *trackingNumber;
        record.pieceCount = static_cast<int>(packages.size());
        if (record.pieceCount > 1 && !inquiryNumber.isEmpty())
            record.masterTrackingNumber = inquiryNumber;
        record.estimatedDelivery = estimatedDelivery(shipment, *package, context);
        for (const XmlElement *activity : package->children(u"Activity")) {
            TrackingEvent event;
            const XmlElement *address = activity->at(u"ActivityLocation/Address");
            if (address) {
                event.city = address->childText(u"City");
                event.state = address->childText(u"StateProvinceCode");
                event.postalCode = address->childText(u"PostalCode");
                event.country = context.country(address->child(u"CountryCode"));
            }
            const ActivityCodes codes = activityCodes(*activity);
            event.description = codes.description;
            const auto when = activityTime(*activity, event, record, context);
            if (!when)
                continue; // reported; the other activities still count
            event.occurredAt = when->at;
            event.timeAssumed = when->assumed;
            event.rawCode = !codes.code.isEmpty() ? codes.code : codes.type;
            context.setStatus(event, UpsAdapter::activityStatus(codes.type, codes.code, codes.code, codes.description),
                              codes.codeElement, *activity);
            record.events.append(std::move(event));
        }
        context.addShipment(std::move(record), *package);
    }
}

} // namespace ct::xml
