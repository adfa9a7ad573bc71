// SPDX-License-Identifier: MIT
//
// USPS Web Tools Track/Confirm Fields API adapter.
//
// Sources:
//  - USPS Web Tools "Track & Confirm API" User Guide (versions 4.3, 2021, and 4.7, 2024),
//    section 3, Package Tracking "Fields" API: TrackFieldRequest with Revision 1, and the
//    response elements TrackResponse/TrackInfo (attribute ID: the tracking number), Class,
//    ClassOfMailCode, DestinationCity/State/Zip, DestinationCountryCode, OriginCity/State/
//    Zip, ExpectedDeliveryDate, PredictedDeliveryDate, GuaranteedDeliveryDate, Status,
//    StatusCategory, StatusSummary, TrackSummary and TrackDetail (EventTime, EventDate,
//    Event, EventCity, EventState, EventZIPCode, EventCountry, FirmName, Name,
//    AuthorizedAgent, EventCode, DeliveryAttributeCode, GMT, GMTOffset), and the error
//    element (Number, Description, HelpFile, HelpContext) inside a TrackInfo.
//  - USPS Publication 199, Appendix G-4, and Publication 97, Appendix I: the event codes
//    and status categories, the same as in the Tracking API v3 (docs/adapters/usps.md):
//    the tables of UspsAdapter are shared.
//
// Readings chosen where the documentation is silent (safe readings):
//  - EventDate and EventTime are local time at the event's place; GMTOffset, when present,
//    makes them exact. An event without EventTime (USPS leaves it empty on some
//    pre-shipment events) is dated at the start of its day and flagged as assumed.
//  - An empty EventCountry means a domestic event when the event has a state or ZIP Code
//    (the guide: "empty for domestic"); regional plants come as "<CITY> <ST> DISTRIBUTION
//    CENTER" with no state, which is read from the name.
//  - An Error beside a TrackSummary or TrackDetail keeps the data (a warning says the
//    error); alone, error -2147219302 ("could not locate the tracking information") and -2147219283 ("A
//    status update is not yet available") are not-found entries; any other number is an
//    error.
#include "uspswebtoolsadapter.h"

#include "adapters/uspsadapter.h"
#include "domain/carriers.h"
#include "xmlelement.h"
#include "xmlparsecontext.h"

#include <QLocale>
#include <QRegularExpression>

namespace ct::xml {

namespace {

// "June 17, 2026" (also "Jun 17, 2026").
std::optional<QDate> parseLongDate(const QString &text)
{
    const QLocale c = QLocale::c();
    for (const QString &format : {QStringLiteral("MMMM d, yyyy"), QStringLiteral("MMM d, yyyy")}) {
        const QDate date = c.toDate(text, format);
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

// "11:37 am", "9:05 pm", "12:00 pm" (noon), "12:15 am" (just after midnight).
std::optional<int> parseClockTime(const QString &text)
{
    static const QRegularExpression Clock(QStringLiteral("^(\\d{1,2}):(\\d{2})\\s*([ap])\\.?m\\.?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = Clock.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    int hour = m.captured(1).toInt();
    const int minute = m.captured(2).toInt();
    if (hour < 1 || hour > 12 || minute > 59)
        return std::nullopt;
    hour %= 12;
    if (m.captured(3).compare(QLatin1String("p"), Qt::CaseInsensitive) == 0)
        hour += 12;
    return (hour * 60 + minute) * 60 * 1000;
}

bool isNotFoundNumber(const QString &number)
{
    return number == QLatin1String("-2147219302") || number == QLatin1String("-2147219283");
}

// A country element, else the US for a domestic place (a state or ZIP Code), else none.
QString countryOf(const XmlElement *field, const QString &state, const QString &zip, XmlParseContext &context)
{
    if (field && !field->text().isEmpty())
        return context.country(field);
    return !state.isEmpty() || !zip.isEmpty() ? QStringLiteral("US") : QString();
}

void readAddress(const XmlElement &info, const QString &prefix, Address &target, XmlParseContext &context)
{
    target.city = info.childText(QString(prefix + QStringLiteral("City")));
    target.state = info.childText(QString(prefix + QStringLiteral("State")));
    target.postalCode = info.childText(QString(prefix + QStringLiteral("Zip")));
    target.country = countryOf(info.child(QString(prefix + QStringLiteral("CountryCode"))), target.state,
                               target.postalCode, context);
}

DeliveryEstimate estimatedDelivery(const XmlElement &info, XmlParseContext &context)
{
    for (const QStringView name : {u"ExpectedDeliveryDate", u"PredictedDeliveryDate", u"GuaranteedDeliveryDate"}) {
        const XmlElement *field = info.child(name);
        if (!field || field->text().isEmpty())
            continue;
        if (const auto date = parseLongDate(field->text())) {
            DeliveryEstimate estimate;
            estimate.date = *date;
            return estimate;
        }
        context.warning(*field, QStringLiteral("unreadable delivery estimate \"%1\" ignored").arg(field->text()));
        return {};
    }
    return {};
}

std::optional<TrackingEvent> readEvent(const XmlElement &e, const ShipmentRecord &shipment, XmlParseContext &context)
{
    TrackingEvent event;
    event.description = UspsAdapter::plainText(e.childText(u"Event"));
    event.city = e.childText(u"EventCity");
    event.state = e.childText(u"EventState");
    event.postalCode = e.childText(u"EventZIPCode");
    if (event.state.isEmpty())
        event.state = UspsAdapter::facilityState(event.city);
    event.country = countryOf(e.child(u"EventCountry"), event.state, event.postalCode, context);

    const XmlElement *dateField = e.child(u"EventDate");
    if (!dateField || dateField->text().isEmpty()) {
        context.error(e, QStringLiteral("required element <EventDate> is missing"));
        return std::nullopt;
    }
    const auto date = parseLongDate(dateField->text());
    if (!date) {
        context.error(*dateField, QStringLiteral("invalid date \"%1\" (expected \"June 17, 2026\")").arg(dateField->text()));
        return std::nullopt;
    }
    DateTimeText text;
    text.date = *date;
    text.hasTime = true;
    bool noTime = false;
    const XmlElement *timeField = e.child(u"EventTime");
    if (!timeField || timeField->text().isEmpty()) {
        noTime = true;
    } else if (const auto ms = parseClockTime(timeField->text())) {
        text.msOfDay = *ms;
    } else {
        context.error(*timeField, QStringLiteral("invalid time \"%1\" (expected \"11:37 am\")").arg(timeField->text()));
        return std::nullopt;
    }
    if (const XmlElement *offsetField = e.child(u"GMTOffset"); offsetField && !offsetField->text().isEmpty() && !noTime) {
        if (const auto offset = parseUtcOffset(offsetField->text())) {
            text.hasOffset = true;
            text.offsetMinutes = *offset;
        } else {
            context.warning(*offsetField, QStringLiteral("unreadable UTC offset \"%1\" ignored; the time is read in the "
                                                         "place's time zone")
                                              .arg(offsetField->text()));
        }
    }
    QString fallback = shipment.destination.country;
    if (fallback.isEmpty())
        fallback = carrierHomeCountry(shipment.carrier);
    const ParseContext::EventTime when = context.eventTime(text, event.country, event.state, fallback);
    event.occurredAt = when.at;
    event.timeAssumed = when.assumed || noTime;
    event.rawCode = e.childText(u"EventCode");
    context.setStatus(event, UspsAdapter::eventStatus(event.rawCode, event.description), e.child(u"EventCode"), e);
    return event;
}

} // namespace

QString UspsWebToolsAdapter::formatId() const
{
    return QStringLiteral("usps-webtools");
}

QString UspsWebToolsAdapter::formatName() const
{
    return QStringLiteral("USPS Web Tools Track/Confirm Fields");
}

QList<XmlDocumentRoot> UspsWebToolsAdapter::roots() const
{
    return {{QStringLiteral("TrackResponse"), {QString()}, {QStringLiteral("TrackInfo")}},
            {QStringLiteral("TrackFieldResponse"), {QString()}, {}}};
}

bool UspsWebToolsAdapter::isRecord(QStringView localName, int depth) const
{
    return depth == 1 && localName == QLatin1String("TrackInfo");
}

void UspsWebToolsAdapter::parseRecord(const XmlElement &info, XmlParseContext &context) const
{
    const QString trackingNumber = info.attribute(u"ID");
    const bool hasEvents = info.child(u"TrackSummary") || info.child(u"TrackDetail");
    if (const XmlElement *error = info.child(u"Error")) {
        const QString number = error->childText(u"Number");
        const QString description = UspsAdapter::plainText(error->childText(u"Description"));
        if (hasEvents) // an error beside real data: the data is kept, the error said
            context.warning(*error, QStringLiteral("USPS error %1 beside tracking data: %2").arg(number, description));
        else if (isNotFoundNumber(number))
            context.notFound(*error, trackingNumber, description);
        else
            context.error(*error, QStringLiteral("USPS returned error %1: %2").arg(number, description));
        if (!hasEvents)
            return;
    }
    if (trackingNumber.isEmpty()) {
        context.error(info, QStringLiteral("required attribute ID (the tracking number) is missing"));
        return;
    }
    ShipmentRecord shipment;
    shipment.trackingNumber = trackingNumber;
    shipment.carrier = canonicalCarrierCode(QStringLiteral("USPS"));
    shipment.service = UspsAdapter::plainText(info.childText(u"Class"));
    readAddress(info, QStringLiteral("Origin"), shipment.origin, context);
    readAddress(info, QStringLiteral("Destination"), shipment.destination, context);
    shipment.estimatedDelivery = estimatedDelivery(info, context);
    QList<const XmlElement *> events = info.children(u"TrackSummary");
    events += info.children(u"TrackDetail");
    for (const XmlElement *e : events) {
        if (auto event = readEvent(*e, shipment, context))
            shipment.events.append(std::move(*event));
    }
    const XmlElement *category = info.child(u"StatusCategory");
    context.addShipment(std::move(shipment), info,
                        UspsAdapter::summaryStatus(category ? category->text() : QString(),
                                                   UspsAdapter::plainText(info.childText(u"Status"))),
                        category);
}

} // namespace ct::xml
