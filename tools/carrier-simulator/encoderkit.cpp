// SPDX-License-Identifier: MIT
#include "encoderkit.h"

#include "geo/countrydata.h"

#include <QCryptographicHash>

#include <cstdio>
#include <cstdlib>

namespace ct::sim::kit {

namespace {

struct Civil
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
};

Civil civil(qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / MsPerDay : (ms - MsPerDay + 1) / MsPerDay;
    qint64 rest = ms - days * MsPerDay;
    Civil c;
    civilFromDays(days, c.year, c.month, c.day);
    c.hour = static_cast<int>(rest / MsPerHour);
    rest -= c.hour * MsPerHour;
    c.minute = static_cast<int>(rest / MsPerMinute);
    rest -= c.minute * MsPerMinute;
    c.second = static_cast<int>(rest / 1000);
    return c;
}

Civil localCivil(const Timestamp &at)
{
    return civil(at.utcMs + at.offsetMinutes * MsPerMinute);
}

QString dateTimeText(const Civil &c, bool utc)
{
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%s", c.year, c.month,
                                c.day, c.hour, c.minute, c.second, utc ? "Z" : "");
    return QString::fromLatin1(buf, n);
}

// "143000" or "14:30:00", local.
QString timeOfDay(const Timestamp &at, bool colons)
{
    const Civil c = localCivil(at);
    char buf[12];
    const char *sep = colons ? ":" : "";
    const int n = std::snprintf(buf, sizeof buf, "%02d%s%02d%s%02d", c.hour, sep, c.minute, sep, c.second);
    return QString::fromLatin1(buf, n);
}

} // namespace

QString utcIso(qint64 utcMs)
{
    return dateTimeText(civil(utcMs), true);
}

QString localIso(const Timestamp &at)
{
    return dateTimeText(localCivil(at), false);
}

QString offsetText(int offsetMinutes)
{
    const int off = std::abs(offsetMinutes);
    char buf[8];
    const int n = std::snprintf(buf, sizeof buf, "%c%02d:%02d", offsetMinutes < 0 ? '-' : '+',
                                off / 60, off % 60);
    return QString::fromLatin1(buf, n);
}

QString compactDate(const Timestamp &at)
{
    const Civil c = localCivil(at);
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "%04d%02d%02d", c.year, c.month, c.day);
    return QString::fromLatin1(buf, n);
}

QString compactTime(const Timestamp &at)
{
    return timeOfDay(at, false);
}

QString compactDate(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString clockTime(const Timestamp &at)
{
    return timeOfDay(at, true);
}

QString alpha3(QStringView alpha2)
{
    for (const geo::CountryData &c : geo::countryData()) {
        if (alpha2 == QLatin1StringView(c.alpha2))
            return QString::fromLatin1(c.alpha3);
    }
    return {};
}

QString stableHex(QStringView seed, int hexDigits)
{
    const QByteArray hash =
        QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QString::fromLatin1(hash.left(qBound(1, hexDigits, 40)));
}

QString reasonText(Subtag subtag)
{
    switch (subtag) {
    case Subtag::AttemptFail:
        return QStringLiteral("Delivery attempted");
    case Subtag::AttemptFailAddresseeUnavailable:
        return QStringLiteral("Delivery attempted - recipient not available");
    case Subtag::AttemptFailBusinessClosed:
        return QStringLiteral("Delivery attempted - business closed");
    case Subtag::AttemptFailAddressIssue:
        return QStringLiteral("Delivery attempted - incorrect address");
    case Subtag::AttemptFailRefused:
        return QStringLiteral("Delivery attempted - refused by recipient");
    case Subtag::AttemptFailNoAccess:
        return QStringLiteral("Delivery attempted - no access to the delivery location");
    case Subtag::AttemptFailRescheduleRequested:
        return QStringLiteral("Delivery attempted - recipient requested delivery on another day");
    case Subtag::AttemptFailCodNotReady:
        return QStringLiteral("Delivery attempted - COD amount not ready");
    case Subtag::Exception:
        return QStringLiteral("Shipment exception");
    case Subtag::ExceptionCustomerMoved:
        return QStringLiteral("Recipient moved");
    case Subtag::ExceptionRefused:
        return QStringLiteral("Refused by recipient");
    case Subtag::ExceptionCustomsHold:
        return QStringLiteral("Held by customs");
    case Subtag::ExceptionDelayedExternal:
        return QStringLiteral("Delayed due to severe weather");
    case Subtag::ExceptionHeldForPayment:
        return QStringLiteral("Import duties and taxes due");
    case Subtag::ExceptionAddressProblem:
        return QStringLiteral("Incorrect address");
    case Subtag::ExceptionPickupNotCollected:
        return QStringLiteral("Not collected within the holding period");
    case Subtag::ExceptionRejectedByCarrier:
        return QStringLiteral("Rejected by carrier - prohibited item");
    case Subtag::ExceptionReturningToSender:
        return QStringLiteral("Returning to sender");
    case Subtag::ExceptionReturnedToSender:
        return QStringLiteral("Returned to sender");
    case Subtag::ExceptionDamaged:
        return QStringLiteral("Parcel damaged");
    case Subtag::ExceptionLost:
        return QStringLiteral("Parcel lost");
    case Subtag::ExceptionDelayedCarrier:
        return QStringLiteral("Delayed in the carrier's network");
    default:
        return QString::fromUtf8(subtagInfo(subtag).label);
    }
}

const TrackingEvent *latestEvent(const ShipmentRecord &record)
{
    const TrackingEvent *latest = nullptr;
    for (const TrackingEvent &e : record.events) {
        if (!latest || e.occurredAt.utcMs >= latest->occurredAt.utcMs)
            latest = &e;
    }
    return latest;
}

QString eventText(const TrackingEvent &event, bool byReason)
{
    if (byReason || event.description.isEmpty())
        return reasonText(event.subtag);
    return event.description;
}

} // namespace ct::sim::kit
