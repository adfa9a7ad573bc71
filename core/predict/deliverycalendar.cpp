// SPDX-License-Identifier: MIT
#include "deliverycalendar.h"

#include "geo/countries.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace ct::predict {

namespace {

using geo::weekdayBit;
constexpr geo::Weekdays Thu = weekdayBit(Qt::Thursday);
constexpr geo::Weekdays Fri = weekdayBit(Qt::Friday);
constexpr geo::Weekdays Sat = weekdayBit(Qt::Saturday);
constexpr geo::Weekdays Sun = weekdayBit(Qt::Sunday);
constexpr geo::Weekdays AllDays = 0x7f;

struct CountryWeekend
{
    const char *country;
    geo::Weekdays days;
};

// Countries whose non-delivery days are not Saturday and Sunday (docs/PREDICTION.md gives
// the source). Sorted by code.
constexpr CountryWeekend Weekends[] = {
    {"AF", Thu | Fri}, // Afghanistan
    {"BD", Fri | Sat}, // Bangladesh
    {"BH", Fri | Sat}, // Bahrain
    {"DZ", Fri | Sat}, // Algeria
    {"EG", Fri | Sat}, // Egypt
    {"IL", Fri | Sat}, // Israel
    {"IN", Sun},       // India: couriers and India Post deliver Monday to Saturday
    {"IQ", Fri | Sat}, // Iraq
    {"IR", Fri},       // Iran
    {"JO", Fri | Sat}, // Jordan
    {"KW", Fri | Sat}, // Kuwait
    {"LY", Fri | Sat}, // Libya
    {"NP", Sat},       // Nepal
    {"OM", Fri | Sat}, // Oman
    {"QA", Fri | Sat}, // Qatar
    {"SA", Fri | Sat}, // Saudi Arabia
    {"SD", Fri | Sat}, // Sudan
    {"SY", Fri | Sat}, // Syria
    {"YE", Fri | Sat}, // Yemen
};

bool isCountryCode(const QString &code)
{
    if (code.size() != 2 || !code.at(0).isUpper() || !code.at(1).isUpper())
        return false;
    return !geo::countryName(code).isEmpty();
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

QString quoted(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    return value.isArray() ? QStringLiteral("an array") : QStringLiteral("an object");
}

std::optional<Qt::DayOfWeek> weekdayNamed(const QString &name)
{
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (name.compare(QLocale::c().dayName(day), Qt::CaseInsensitive) == 0)
            return static_cast<Qt::DayOfWeek>(day);
    }
    return std::nullopt;
}

} // namespace

bool CountryCalendar::isHoliday(QDate date) const
{
    return m_holidays && std::binary_search(m_holidays->begin(), m_holidays->end(), date.toJulianDay());
}

bool CountryCalendar::isBusinessDay(QDate date) const
{
    if (m_nonDelivery & weekdayBit(static_cast<Qt::DayOfWeek>(date.dayOfWeek())))
        return false;
    return !isHoliday(date);
}

QDate CountryCalendar::addBusinessDays(QDate from, int n) const
{
    QDate day = from;
    // A calendar that has no business day at all cannot be built (loadJson refuses it),
    // but holidays could in principle cover every day: the bound keeps the loop finite.
    for (int counted = 0, guard = 0; counted < n && guard < n * 7 + 3660; ++guard) {
        day = day.addDays(1);
        if (isBusinessDay(day))
            ++counted;
    }
    return day;
}

int CountryCalendar::businessDaysBetween(QDate from, QDate to) const
{
    if (to < from)
        return -businessDaysBetween(to, from);
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isBusinessDay(day))
            ++count;
    }
    return count;
}

qint64 CountryCalendar::addBusinessDays(qint64 utcMs, const QTimeZone &zone, int n) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    const QDate date = addBusinessDays(local.date(), n);
    return QDateTime(date, local.time(), zone).toMSecsSinceEpoch();
}

int CountryCalendar::businessDaysBetween(qint64 fromUtcMs, qint64 toUtcMs, const QTimeZone &zone) const
{
    return businessDaysBetween(QDateTime::fromMSecsSinceEpoch(fromUtcMs, zone).date(),
                               QDateTime::fromMSecsSinceEpoch(toUtcMs, zone).date());
}

geo::Weekdays DeliveryCalendar::defaultNonDeliveryDays(QStringView country)
{
    for (const CountryWeekend &row : Weekends) {
        if (country == QLatin1String(row.country))
            return row.days;
    }
    return Sat | Sun;
}

CountryCalendar DeliveryCalendar::country(QStringView alpha2) const
{
    const QString code = alpha2.toString();
    const auto weekdays = m_weekdays.constFind(code);
    const auto holidays = m_holidays.constFind(code);
    return CountryCalendar(weekdays != m_weekdays.cend() ? *weekdays : defaultNonDeliveryDays(alpha2),
                           holidays != m_holidays.cend() ? *holidays : nullptr);
}

void DeliveryCalendar::addHoliday(const Holiday &holiday)
{
    m_holidayList.push_back(holiday);
    // Copied, not changed in place: a CountryCalendar handed out earlier keeps its list.
    std::shared_ptr<const std::vector<qint64>> &shared = m_holidays[holiday.country];
    auto days = shared ? std::make_shared<std::vector<qint64>>(*shared) : std::make_shared<std::vector<qint64>>();
    const qint64 day = holiday.date.toJulianDay();
    const auto at = std::lower_bound(days->begin(), days->end(), day);
    if (at == days->end() || *at != day)
        days->insert(at, day);
    shared = std::move(days);
}

void DeliveryCalendar::setNonDeliveryDays(const QString &country, geo::Weekdays days)
{
    m_weekdays.insert(country, days);
}

bool DeliveryCalendar::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = lineAndColumn(json, parseError.offset) + QStringLiteral(": ") + parseError.errorString();
        return false;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("the document must be a JSON object with \"holidays\" and/or \"non_delivery_weekdays\"");
        return false;
    }
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("holidays") && it.key() != QLatin1String("non_delivery_weekdays")) {
            *error = it.key() + QStringLiteral(": unknown key (expected \"holidays\" or \"non_delivery_weekdays\")");
            return false;
        }
    }

    DeliveryCalendar next;
    const QJsonValue weekdays = root.value(QLatin1String("non_delivery_weekdays"));
    if (!weekdays.isUndefined()) {
        if (!weekdays.isObject()) {
            *error = QStringLiteral("non_delivery_weekdays: must be an object of country codes, not ") + quoted(weekdays);
            return false;
        }
        const QJsonObject table = weekdays.toObject();
        for (auto it = table.begin(); it != table.end(); ++it) {
            const QString path = QStringLiteral("non_delivery_weekdays.") + it.key();
            if (!isCountryCode(it.key())) {
                *error = path + QStringLiteral(": not an ISO 3166-1 alpha-2 country code (upper case, e.g. \"DE\")");
                return false;
            }
            if (!it->isArray()) {
                *error = path + QStringLiteral(": must be an array of weekday names, not ") + quoted(*it);
                return false;
            }
            geo::Weekdays days = 0;
            const QJsonArray names = it->toArray();
            for (qsizetype i = 0; i < names.size(); ++i) {
                const auto day = names.at(i).isString() ? weekdayNamed(names.at(i).toString()) : std::nullopt;
                if (!day) {
                    *error = path + QStringLiteral("[%1]: ").arg(i) + quoted(names.at(i))
                             + QStringLiteral(" is not a weekday (\"Monday\" ... \"Sunday\")");
                    return false;
                }
                days |= weekdayBit(*day);
            }
            if (days == AllDays) {
                *error = path + QStringLiteral(": every day of the week is a non-delivery day");
                return false;
            }
            next.m_weekdays.insert(it.key(), days);
        }
    }

    const QJsonValue holidays = root.value(QLatin1String("holidays"));
    if (!holidays.isUndefined()) {
        if (!holidays.isArray()) {
            *error = QStringLiteral("holidays: must be an array, not ") + quoted(holidays);
            return false;
        }
        const QJsonArray list = holidays.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("holidays[%1]").arg(i);
            if (!list.at(i).isObject()) {
                *error = path + QStringLiteral(": must be an object with \"country\", \"date\" and \"name\", not ")
                         + quoted(list.at(i));
                return false;
            }
            const QJsonObject entry = list.at(i).toObject();
            for (auto it = entry.begin(); it != entry.end(); ++it) {
                if (it.key() != QLatin1String("country") && it.key() != QLatin1String("date")
                    && it.key() != QLatin1String("name")) {
                    *error = path + QLatin1Char('.') + it.key()
                             + QStringLiteral(": unknown key (expected \"country\", \"date\", \"name\")");
                    return false;
                }
            }
            const QJsonValue country = entry.value(QLatin1String("country"));
            if (!country.isString() || !isCountryCode(country.toString())) {
                *error = path + QStringLiteral(".country: ")
                         + (country.isUndefined() ? QStringLiteral("missing") : quoted(country))
                         + QStringLiteral(" (expected an ISO 3166-1 alpha-2 code in upper case, e.g. \"US\")");
                return false;
            }
            const QJsonValue date = entry.value(QLatin1String("date"));
            const QString dateText = date.toString();
            const QDate day = QDate::fromString(dateText, QStringLiteral("yyyy-MM-dd"));
            if (!date.isString() || !day.isValid()) {
                *error = path + QStringLiteral(".date: ")
                         + (date.isUndefined() ? QStringLiteral("missing") : quoted(date) + QStringLiteral(" is not a date"))
                         + QStringLiteral(" (expected YYYY-MM-DD)");
                return false;
            }
            const QJsonValue name = entry.value(QLatin1String("name"));
            if (!name.isUndefined() && !name.isString()) {
                *error = path + QStringLiteral(".name: must be a string, not ") + quoted(name);
                return false;
            }
            next.addHoliday({country.toString(), day, name.toString()});
        }
    }
    *this = std::move(next);
    return true;
}

bool DeliveryCalendar::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    QString problem;
    if (!loadJson(file.readAll(), &problem)) {
        *error = path + QStringLiteral(": ") + problem;
        return false;
    }
    return true;
}

} // namespace ct::predict
