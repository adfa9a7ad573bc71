// SPDX-License-Identifier: MIT
#include "timezoneresolver.h"

#include "countrydata.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

namespace ct::geo {

namespace {

struct StateZone
{
    const char *country;
    const char *state; // postal abbreviation
    const char *name;  // English name
    const char *zone;
    bool certain;      // false where the state itself spans zones with many people in each
};

// Predominant zone per state or province for the countries whose zones follow them.
constexpr auto StateZones = std::to_array<StateZone>({
    {"US", "AL", "Alabama", "America/Chicago", true},
    {"US", "AK", "Alaska", "America/Anchorage", true},
    {"US", "AZ", "Arizona", "America/Phoenix", true},
    {"US", "AR", "Arkansas", "America/Chicago", true},
    {"US", "CA", "California", "America/Los_Angeles", true},
    {"US", "CO", "Colorado", "America/Denver", true},
    {"US", "CT", "Connecticut", "America/New_York", true},
    {"US", "DE", "Delaware", "America/New_York", true},
    {"US", "DC", "District of Columbia", "America/New_York", true},
    {"US", "FL", "Florida", "America/New_York", true},
    {"US", "GA", "Georgia", "America/New_York", true},
    {"US", "HI", "Hawaii", "Pacific/Honolulu", true},
    {"US", "ID", "Idaho", "America/Boise", false},
    {"US", "IL", "Illinois", "America/Chicago", true},
    {"US", "IN", "Indiana", "America/Indiana/Indianapolis", true},
    {"US", "IA", "Iowa", "America/Chicago", true},
    {"US", "KS", "Kansas", "America/Chicago", true},
    {"US", "KY", "Kentucky", "America/New_York", false},
    {"US", "LA", "Louisiana", "America/Chicago", true},
    {"US", "ME", "Maine", "America/New_York", true},
    {"US", "MD", "Maryland", "America/New_York", true},
    {"US", "MA", "Massachusetts", "America/New_York", true},
    {"US", "MI", "Michigan", "America/Detroit", true},
    {"US", "MN", "Minnesota", "America/Chicago", true},
    {"US", "MS", "Mississippi", "America/Chicago", true},
    {"US", "MO", "Missouri", "America/Chicago", true},
    {"US", "MT", "Montana", "America/Denver", true},
    {"US", "NE", "Nebraska", "America/Chicago", true},
    {"US", "NV", "Nevada", "America/Los_Angeles", true},
    {"US", "NH", "New Hampshire", "America/New_York", true},
    {"US", "NJ", "New Jersey", "America/New_York", true},
    {"US", "NM", "New Mexico", "America/Denver", true},
    {"US", "NY", "New York", "America/New_York", true},
    {"US", "NC", "North Carolina", "America/New_York", true},
    {"US", "ND", "North Dakota", "America/Chicago", true},
    {"US", "OH", "Ohio", "America/New_York", true},
    {"US", "OK", "Oklahoma", "America/Chicago", true},
    {"US", "OR", "Oregon", "America/Los_Angeles", true},
    {"US", "PA", "Pennsylvania", "America/New_York", true},
    {"US", "RI", "Rhode Island", "America/New_York", true},
    {"US", "SC", "South Carolina", "America/New_York", true},
    {"US", "SD", "South Dakota", "America/Chicago", true},
    {"US", "TN", "Tennessee", "America/Chicago", false},
    {"US", "TX", "Texas", "America/Chicago", true},
    {"US", "UT", "Utah", "America/Denver", true},
    {"US", "VT", "Vermont", "America/New_York", true},
    {"US", "VA", "Virginia", "America/New_York", true},
    {"US", "WA", "Washington", "America/Los_Angeles", true},
    {"US", "WV", "West Virginia", "America/New_York", true},
    {"US", "WI", "Wisconsin", "America/Chicago", true},
    {"US", "WY", "Wyoming", "America/Denver", true},
    {"US", "PR", "Puerto Rico", "America/Puerto_Rico", true},
    {"US", "GU", "Guam", "Pacific/Guam", true},
    {"US", "VI", "Virgin Islands", "America/St_Thomas", true},
    {"CA", "AB", "Alberta", "America/Edmonton", true},
    {"CA", "BC", "British Columbia", "America/Vancouver", true},
    {"CA", "MB", "Manitoba", "America/Winnipeg", true},
    {"CA", "NB", "New Brunswick", "America/Moncton", true},
    {"CA", "NL", "Newfoundland and Labrador", "America/St_Johns", true},
    {"CA", "NS", "Nova Scotia", "America/Halifax", true},
    {"CA", "NT", "Northwest Territories", "America/Yellowknife", true},
    {"CA", "NU", "Nunavut", "America/Iqaluit", false},
    {"CA", "ON", "Ontario", "America/Toronto", true},
    {"CA", "PE", "Prince Edward Island", "America/Halifax", true},
    {"CA", "QC", "Quebec", "America/Toronto", true},
    {"CA", "SK", "Saskatchewan", "America/Regina", true},
    {"CA", "YT", "Yukon", "America/Whitehorse", true},
    {"AU", "ACT", "Australian Capital Territory", "Australia/Sydney", true},
    {"AU", "NSW", "New South Wales", "Australia/Sydney", true},
    {"AU", "VIC", "Victoria", "Australia/Melbourne", true},
    {"AU", "QLD", "Queensland", "Australia/Brisbane", true},
    {"AU", "SA", "South Australia", "Australia/Adelaide", true},
    {"AU", "WA", "Western Australia", "Australia/Perth", true},
    {"AU", "TAS", "Tasmania", "Australia/Hobart", true},
    {"AU", "NT", "Northern Territory", "Australia/Darwin", true},
});

const CountryData *findCountry(QStringView alpha2)
{
    if (alpha2.size() != 2)
        return nullptr;
    const auto table = countryData();
    const char key[3] = {static_cast<char>(alpha2[0].toUpper().toLatin1()),
                         static_cast<char>(alpha2[1].toUpper().toLatin1()), '\0'};
    const auto it = std::lower_bound(table.begin(), table.end(), key,
                                     [](const CountryData &c, const char *k) {
                                         return std::strcmp(c.alpha2, k) < 0;
                                     });
    if (it == table.end() || std::strcmp(it->alpha2, key) != 0)
        return nullptr;
    return &*it;
}

const StateZone *findState(QStringView alpha2, QStringView state)
{
    const QStringView s = state.trimmed();
    if (s.isEmpty())
        return nullptr;
    for (const StateZone &z : StateZones) {
        if (alpha2.compare(QLatin1StringView(z.country), Qt::CaseInsensitive) != 0)
            continue;
        if (s.compare(QLatin1StringView(z.state), Qt::CaseInsensitive) == 0
            || s.compare(QLatin1StringView(z.name), Qt::CaseInsensitive) == 0)
            return &z;
    }
    return nullptr;
}

} // namespace

TimeZoneResolver::Zone TimeZoneResolver::zoneFor(QStringView countryAlpha2, QStringView state)
{
    const CountryData *country = findCountry(countryAlpha2);
    if (!country || !*country->primaryZone)
        return {};
    if (country->singleZone)
        return {QByteArray(country->primaryZone), true};
    if (const StateZone *z = findState(countryAlpha2, state))
        return {QByteArray(z->zone), z->certain};
    return {QByteArray(country->primaryZone), false};
}

QString TimeZoneResolver::stateCode(QStringView countryAlpha2, QStringView state)
{
    const StateZone *z = findState(countryAlpha2, state);
    return z ? QString::fromLatin1(z->state) : QString();
}

const TimeZoneResolver::CachedZone &TimeZoneResolver::cached(const QByteArray &ianaId)
{
    auto it = m_zones.find(ianaId);
    if (it == m_zones.end()) {
        CachedZone entry;
        entry.zone = QTimeZone(ianaId);
        if (!entry.zone.isValid())
            entry.zone = QTimeZone::utc();
        entry.fixedOffset = !entry.zone.hasDaylightTime();
        if (entry.fixedOffset) {
            // The offset after the zone's last change, from the zone's data alone: what a
            // run computes never depends on the day it runs.
            static const QDateTime End(QDate(9999, 1, 1), QTime(0, 0), QTimeZone::utc());
            const QTimeZone::OffsetData last = entry.zone.previousTransition(End);
            if (last.atUtc.isValid()) {
                entry.fixedSinceMs = last.atUtc.toMSecsSinceEpoch();
                entry.fixedOffsetSeconds = last.offsetFromUtc;
            } else {
                entry.fixedSinceMs = std::numeric_limits<qint64>::min();
                entry.fixedOffsetSeconds = entry.zone.offsetFromUtc(End);
            }
        }
        it = m_zones.insert(ianaId, entry);
    }
    return *it;
}

Timestamp TimeZoneResolver::resolveInZone(QDate date, int msOfDay, const QByteArray &ianaId)
{
    const CachedZone &z = cached(ianaId);
    const qint64 localMs =
        daysFromCivil(date.year(), date.month(), date.day()) * MsPerDay + msOfDay;
    if (z.isFixedAt(localMs - z.fixedOffsetSeconds * qint64(1000))) {
        return Timestamp{localMs - z.fixedOffsetSeconds * qint64(1000),
                         static_cast<qint16>(z.fixedOffsetSeconds / 60)};
    }
    const QDateTime local(date, QTime::fromMSecsSinceStartOfDay(msOfDay), z.zone);
    const qint64 utcMs = localMs - local.offsetFromUtc() * qint64(1000);
    // A wall-clock time inside a spring-forward gap does not exist; the instant Qt picks
    // lies after the gap, so report the offset actually in force at that instant.
    const int actualOffset = z.zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()));
    return Timestamp{utcMs, static_cast<qint16>(actualOffset / 60)};
}

std::optional<int> TimeZoneResolver::localOffsetAt(qint64 utcMs, QStringView country, QStringView state)
{
    const Zone zone = zoneFor(country, state);
    if (zone.ianaId.isEmpty() || !zone.certain)
        return std::nullopt;
    const CachedZone &z = cached(zone.ianaId);
    if (z.isFixedAt(utcMs))
        return z.fixedOffsetSeconds / 60;
    return z.zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc())) / 60;
}

QDate TimeZoneResolver::localDateAt(qint64 utcMs, QStringView country, QStringView state, int fallbackOffsetMinutes)
{
    const int offset = localOffsetAt(utcMs, country, state).value_or(fallbackOffsetMinutes);
    return QDateTime::fromMSecsSinceEpoch(utcMs + offset * qint64(60'000), QTimeZone::utc()).date();
}

TimeZoneResolver::Resolved TimeZoneResolver::resolve(QDate date, int msOfDay, QStringView country,
                                                     QStringView state,
                                                     QStringView fallbackCountry)
{
    Zone zone = zoneFor(country, state);
    bool assumed = !zone.certain;
    if (zone.ianaId.isEmpty() && !fallbackCountry.isEmpty()) {
        // The place named a state but no country (common on domestic scans): the state
        // still narrows the fallback country's zone. The country is a guess either way.
        zone = zoneFor(fallbackCountry, country.isEmpty() ? state : QStringView());
        assumed = true;
    }
    if (zone.ianaId.isEmpty()) {
        const qint64 utcMs =
            daysFromCivil(date.year(), date.month(), date.day()) * MsPerDay + msOfDay;
        return {Timestamp{utcMs, 0}, true};
    }
    return {resolveInZone(date, msOfDay, zone.ianaId), assumed};
}

} // namespace ct::geo
