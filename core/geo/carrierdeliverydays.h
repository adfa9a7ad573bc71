// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <span>

namespace ct::geo {

// Days of the week as bits: 1 << (Qt::DayOfWeek - 1), Monday the lowest.
using Weekdays = quint8;
constexpr Weekdays weekdayBit(Qt::DayOfWeek day)
{
    return static_cast<Weekdays>(1u << (static_cast<unsigned>(day) - 1));
}

// The weekdays a carrier's standard residential service does not deliver on, as the
// carrier publishes it (docs/ACTIONS.md, "Delivery days"). A date an agent asks a
// carrier for (a re-attempt, a new delivery date) must not be one of them. Holidays
// are not in the table.
struct CarrierDeliveryDays
{
    const char *carrier; // canonical code (domain/carriers.h)
    Weekdays noDelivery;
};

// One row per known carrier, sorted by code.
std::span<const CarrierDeliveryDays> carrierDeliveryDays();
// The days `carrier` does not deliver on; a carrier not in the table: Sunday only,
// as with most carriers.
Weekdays nonDeliveryDays(QStringView carrier);
bool deliversOn(QStringView carrier, QDate date);
// `from` itself when the carrier delivers then, else the first day after it that it does.
QDate nextDeliveryDay(QStringView carrier, QDate from);
// Empty when the carrier delivers on `date`; otherwise "UPS does not deliver on Sundays:
// the next delivery day is Monday 22 June 2026" (English names, for field messages).
QString nonDeliveryDayProblem(QStringView carrier, QDate date);
// "Saturdays and Sundays", "Sundays"; empty for none.
QString weekdaysText(Weekdays days);

} // namespace ct::geo
