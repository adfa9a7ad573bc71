// SPDX-License-Identifier: MIT
#include "displaytext.h"

#include "orders/minorunits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include <cstdlib>

namespace ct::DisplayText {

namespace {

QString dateAndMinute(const QDateTime &when)
{
    // The user's date format, the time to the minute: seconds are noise here.
    return QString(QLocale().toString(when.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                   + when.time().toString(QStringLiteral("HH:mm")));
}

} // namespace

QString status(Tag tag, Subtag subtag)
{
    if (subtag == genericSubtag(tag) || subtagLabel(subtag) == tagLabel(tag))
        return tagLabel(tag);
    return QString(tagLabel(tag) + QStringLiteral(" · ") + subtagLabel(subtag));
}

QString utcOffset(int offsetMinutes)
{
    if (offsetMinutes == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(offsetMinutes);
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString placeTime(const Timestamp &at, bool offsetAssumed)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(at.utcMs, QTimeZone(at.offsetMinutes * 60));
    const QString offset = offsetAssumed
                               ? QCoreApplication::translate("ct::DisplayText", "%1, assumed").arg(utcOffset(at.offsetMinutes))
                               : utcOffset(at.offsetMinutes);
    return QStringLiteral("%1 (%2)").arg(dateAndMinute(local), offset);
}

QString userTime(qint64 utcMs)
{
    return dateAndMinute(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime());
}

QString date(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString dateFormat()
{
    //: A date pattern of QDate::toString: d day, MMM month's short name, yyyy year ("17 Jun 2026").
    return QCoreApplication::translate("ct::DisplayText", "d MMM yyyy");
}

QString weekdayDateFormat()
{
    //: A date pattern of QDate::toString with the weekday's short name, ddd ("Wed 17 Jun 2026").
    return QCoreApplication::translate("ct::DisplayText", "ddd d MMM yyyy");
}

QString dayMonthFormat()
{
    //: A date pattern of QDate::toString: day and month, for a chart's axis ("17 Jun").
    return QCoreApplication::translate("ct::DisplayText", "d MMM");
}

QString monthYearFormat()
{
    //: A date pattern of QDate::toString: month and year, for a chart's axis ("Jun 2026").
    return QCoreApplication::translate("ct::DisplayText", "MMM yyyy");
}

QString money(qint64 cents, const QString &currency)
{
    if (cents == 0)
        return {};
    const int exponent = exponentOr2(currency); // JPY has no decimals, KWD three
    return QString(QLocale().toString(majorUnits(cents, exponent), 'f', exponent) + QLatin1Char(' ') + currency);
}

QString place(const QString &city, const QString &state, const QString &postalCode, const QString &country)
{
    QStringList parts;
    if (!city.isEmpty())
        parts << city;
    const QString region = QStringList{state, postalCode}.join(QLatin1Char(' ')).trimmed();
    if (!region.isEmpty())
        parts << region;
    if (!country.isEmpty())
        parts << country;
    return parts.join(QStringLiteral(", "));
}

QString place(const Address &address)
{
    return place(address.city, address.state, address.postalCode, address.country);
}

} // namespace ct::DisplayText
