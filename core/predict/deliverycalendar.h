// SPDX-License-Identifier: MIT
#pragma once

#include "geo/carrierdeliverydays.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace ct::predict {

// One country's delivery days: the weekdays nothing is delivered on and the holidays (shared
// with the DeliveryCalendar it came from, so it stays valid when that calendar is changed
// or gone). Business-day arithmetic is on the country's local calendar dates.
class CountryCalendar final
{
public:
    CountryCalendar(geo::Weekdays nonDelivery, std::shared_ptr<const std::vector<qint64>> holidays)
        : m_nonDelivery(nonDelivery), m_holidays(std::move(holidays))
    {
    }

    geo::Weekdays nonDeliveryDays() const { return m_nonDelivery; }
    bool isHoliday(QDate date) const;
    bool isBusinessDay(QDate date) const;

    // The n-th business day after `from` (n >= 1); `from` itself for n = 0 (whether or
    // not it is a business day: a parcel delivered the day it was shipped took 0 days).
    // Negative n is treated as 0.
    QDate addBusinessDays(QDate from, int n) const;
    // The business days d with from < d <= to; negative (minus those with to < d <= from)
    // when `to` is before `from`. addBusinessDays(from, businessDaysBetween(from, to)) == to
    // whenever `to` is a business day after `from`.
    int businessDaysBetween(QDate from, QDate to) const;

    // The same on instants, read in `zone` (an IANA zone or a fixed offset,
    // QTimeZone(offsetSeconds)): the date is moved by business days and the local
    // wall-clock time is kept, so across a DST change the result is not a multiple of 24 h.
    // A wall-clock time that does not exist on the new date (a spring-forward gap) is
    // taken as Qt takes it: moved forward by the gap.
    qint64 addBusinessDays(qint64 utcMs, const QTimeZone &zone, int n) const;
    int businessDaysBetween(qint64 fromUtcMs, qint64 toUtcMs, const QTimeZone &zone) const;

private:
    geo::Weekdays m_nonDelivery;
    std::shared_ptr<const std::vector<qint64>> m_holidays; // sorted Julian days; may be null
};

// Per-country non-delivery weekdays (a built-in table, docs/PREDICTION.md) and holidays,
// with both editable through a JSON file (format in docs/PREDICTION.md). A value type:
// copy it into whatever needs it.
class DeliveryCalendar final
{
public:
    struct Holiday
    {
        QString country; // ISO 3166-1 alpha-2
        QDate date;
        QString name;
    };

    // The built-in weekday table and no holidays.
    DeliveryCalendar() = default;

    // The built-in non-delivery weekdays of a country (alpha-2, upper case): Saturday and
    // Sunday unless the table says otherwise.
    static geo::Weekdays defaultNonDeliveryDays(QStringView country);

    CountryCalendar country(QStringView alpha2) const;

    // Replaces the holidays and weekday overrides with those of a JSON document. On any
    // error nothing changes and `error` names the place: "holidays[2].date: "2026-02-30"
    // is not a date (expected YYYY-MM-DD)", or "line 3, column 7: ..." for JSON that does not parse.
    bool loadJson(const QByteArray &json, QString *error);
    // The same from a file; the error starts with the file's path.
    bool loadFile(const QString &path, QString *error);

    const std::vector<Holiday> &holidays() const { return m_holidayList; }
    void addHoliday(const Holiday &holiday);
    void setNonDeliveryDays(const QString &country, geo::Weekdays days);

private:
    std::vector<Holiday> m_holidayList;
    QHash<QString, std::shared_ptr<const std::vector<qint64>>> m_holidays; // country -> sorted Julian days
    QHash<QString, geo::Weekdays> m_weekdays;       // overrides of the built-in table
};

} // namespace ct::predict
