// SPDX-License-Identifier: MIT
#include "carrierdeliverydays.h"

#include "domain/carriers.h"

#include <QLocale>
#include <QStringList>

namespace ct::geo {

namespace {

constexpr Weekdays Sat = weekdayBit(Qt::Saturday);
constexpr Weekdays Sun = weekdayBit(Qt::Sunday);

// From each carrier's published delivery days for its standard residential service:
// Saturday delivery that costs extra, or runs only in some areas, counts as none.
constexpr CarrierDeliveryDays Days[] = {
    {"bluedart", Sun},          // Monday to Saturday
    {"canada-post", Sat | Sun}, // Monday to Friday (Saturday only in some cities)
    {"colissimo", Sun},         // Monday to Saturday
    {"delhivery", Sun},         // Monday to Saturday
    {"deutsche-post", Sun},     // DHL Paket: Monday to Saturday
    {"dhl", Sat | Sun},         // DHL Express: Monday to Friday, Saturday at extra cost
    {"dhl-ecommerce", Sun},     // Monday to Saturday through the postal networks
    {"dpd", Sat | Sun},         // Monday to Friday, Saturday at extra cost
    {"ecom-express", Sun},      // Monday to Saturday
    {"fedex", Sun},             // Home Delivery on Saturdays; Sundays only in some areas
    {"gls", Sat | Sun},         // Monday to Friday, Saturday at extra cost
    {"india-post", Sun},        // Monday to Saturday
    {"ontrac", Sun},            // Monday to Saturday
    {"postnl", Sun},            // Monday to Saturday
    {"royal-mail", Sun},        // Monday to Saturday
    {"ups", Sun},               // Ground on Saturdays in many areas; no regular Sundays
    {"usps", Sun},              // Monday to Saturday (Sundays for Priority Mail Express only)
    {"xpressbees", Sun},        // Monday to Saturday
};

QString plural(Qt::DayOfWeek day)
{
    return QLocale::c().dayName(day) + QLatin1Char('s');
}

} // namespace

std::span<const CarrierDeliveryDays> carrierDeliveryDays()
{
    return Days;
}

Weekdays nonDeliveryDays(QStringView carrier)
{
    for (const CarrierDeliveryDays &row : Days) {
        if (carrier == QLatin1String(row.carrier))
            return row.noDelivery;
    }
    return Sun;
}

bool deliversOn(QStringView carrier, QDate date)
{
    return date.isValid() && !(nonDeliveryDays(carrier) & weekdayBit(static_cast<Qt::DayOfWeek>(date.dayOfWeek())));
}

QDate nextDeliveryDay(QStringView carrier, QDate from)
{
    QDate day = from;
    for (int i = 0; i < 7 && day.isValid(); ++i, day = day.addDays(1)) {
        if (deliversOn(carrier, day))
            return day;
    }
    return from; // a carrier that never delivers cannot be in the table
}

QString weekdaysText(Weekdays days)
{
    QStringList names;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (days & weekdayBit(static_cast<Qt::DayOfWeek>(day)))
            names << plural(static_cast<Qt::DayOfWeek>(day));
    }
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

QString nonDeliveryDayProblem(QStringView carrier, QDate date)
{
    if (deliversOn(carrier, date))
        return {};
    const QDate next = nextDeliveryDay(carrier, date);
    return QStringLiteral("%1 does not deliver on %2: the next delivery day is %3")
        .arg(carrierDisplayName(carrier), plural(static_cast<Qt::DayOfWeek>(date.dayOfWeek())),
             QLocale::c().toString(next, QStringLiteral("dddd d MMMM yyyy")));
}

} // namespace ct::geo
