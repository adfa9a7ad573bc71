// SPDX-License-Identifier: MIT
#include "upsxmlpayloadwriter.h"

#include <QDateTime>
#include <QTimeZone>
#include <QXmlStreamWriter>

using namespace ct;

namespace {

// A UPS status type letter and activity code that reads back as the event's tag.
std::pair<const char *, const char *> upsCodes(Tag tag)
{
    switch (tag) {
    case Tag::Pending:
    case Tag::InfoReceived: return {"M", "MP"};
    case Tag::InTransit: return {"I", "AR"};
    case Tag::OutForDelivery: return {"I", "OT"};
    case Tag::AttemptFail: return {"X", "48"};
    case Tag::Delivered: return {"D", "FS"};
    case Tag::AvailableForPickup: return {"I", "ZP"};
    case Tag::Exception: return {"X", ""};
    case Tag::Expired: return {"I", ""};
    }
    return {"I", ""};
}

void address(QXmlStreamWriter &w, const QString &city, const QString &state, const QString &postalCode,
             const QString &country)
{
    w.writeStartElement(QStringLiteral("Address"));
    w.writeTextElement(QStringLiteral("City"), city);
    w.writeTextElement(QStringLiteral("StateProvinceCode"), state);
    w.writeTextElement(QStringLiteral("PostalCode"), postalCode);
    w.writeTextElement(QStringLiteral("CountryCode"), country);
    w.writeEndElement();
}

} // namespace

QByteArray upsXmlStart()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrackResponse>\n<Response><ResponseStatusCode>1"
           "</ResponseStatusCode><ResponseStatusDescription>Success</ResponseStatusDescription></Response>\n";
}

QByteArray upsXmlEnd()
{
    return "</TrackResponse>\n";
}

void writeUpsXmlShipment(QXmlStreamWriter &w, const ShipmentRecord &s)
{
    w.writeStartElement(QStringLiteral("Shipment"));
    w.writeStartElement(QStringLiteral("ShipTo"));
    address(w, s.destination.city, s.destination.state, s.destination.postalCode, s.destination.country);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("Service"));
    w.writeTextElement(QStringLiteral("Description"), s.service);
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("ShipmentIdentificationNumber"), s.trackingNumber);
    w.writeStartElement(QStringLiteral("Package"));
    w.writeTextElement(QStringLiteral("TrackingNumber"), s.trackingNumber);
    for (qsizetype i = s.events.size() - 1; i >= 0; --i) { // most recent first, as UPS sends them
        const TrackingEvent &e = s.events.at(i);
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(e.occurredAt.utcMs + e.occurredAt.offsetMinutes * 60000LL, QTimeZone::utc());
        const auto [type, code] = upsCodes(e.tag);
        w.writeStartElement(QStringLiteral("Activity"));
        w.writeStartElement(QStringLiteral("ActivityLocation"));
        address(w, e.city, e.state, e.postalCode, e.country);
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("Status"));
        w.writeStartElement(QStringLiteral("StatusType"));
        w.writeTextElement(QStringLiteral("Code"), QLatin1String(type));
        w.writeTextElement(QStringLiteral("Description"), e.description);
        w.writeEndElement();
        if (*code) {
            w.writeStartElement(QStringLiteral("StatusCode"));
            w.writeTextElement(QStringLiteral("Code"), QLatin1String(code));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeTextElement(QStringLiteral("Date"), local.toString(QStringLiteral("yyyyMMdd")));
        w.writeTextElement(QStringLiteral("Time"), local.toString(QStringLiteral("HHmmss")));
        const int offset = e.occurredAt.offsetMinutes;
        w.writeTextElement(QStringLiteral("GMTOffset"), QStringLiteral("%1%2:%3")
                                                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                                            .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                                                            .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0')));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeCharacters(QStringLiteral("\n"));
}
