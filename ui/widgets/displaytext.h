// SPDX-License-Identifier: MIT
#pragma once

#include "domain/shipmentrecord.h"
#include "domain/subtag.h"
#include "domain/tag.h"
#include "domain/timestamp.h"

#include <QDate>
#include <QString>

namespace ct {

// How values read everywhere in the app, in the user's locale: times to the minute,
// money with its currency, places from their parts. One place, so a table, a detail pane
// and a dialog never say the same thing two ways.
namespace DisplayText {

// "In transit · Departed facility"; the tag alone when the sub-status adds nothing.
QString status(Tag tag, Subtag subtag);
// "UTC-05:00", "UTC+05:30", "UTC".
QString utcOffset(int offsetMinutes);
// An event's time where it happened, with its offset: "16/06/2026 14:20 (UTC-05:00)",
// and ", assumed" inside the brackets when the offset is a guess.
QString placeTime(const Timestamp &at, bool offsetAssumed = false);
// An instant in the user's own time zone: "16/06/2026 14:20".
QString userTime(qint64 utcMs);
QString date(QDate date);
// Date patterns (QLocale::toString, QDateTimeEdit::setDisplayFormat), translatable so each
// language writes day, month and year its own way: "17 Jun 2026", "Wed 17 Jun 2026",
// "17 Jun", "Jun 2026" in English. The month's and weekday's names follow the locale.
QString dateFormat();
QString weekdayDateFormat();
QString dayMonthFormat();
QString monthYearFormat();
// "129.99 USD"; empty for no value.
QString money(qint64 cents, const QString &currency);
// "Austin, TX 78701, US": the parts there are, in that order.
QString place(const QString &city, const QString &state, const QString &postalCode, const QString &country);
QString place(const Address &address);

} // namespace DisplayText

} // namespace ct
