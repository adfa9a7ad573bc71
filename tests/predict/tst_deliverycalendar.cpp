// SPDX-License-Identifier: MIT
// Business-day arithmetic of the delivery calendar (docs/PREDICTION.md, "Delivery
// calendar"), hand-computed. June 2026 starts on a Monday (Fri 12, Sat 13, Sun 14, Mon 15);
// 2026-07-03 and 2026-12-25 are Fridays, 2027-01-01 is a Friday, 2028 is a leap year.
// US clocks spring forward on Sunday 2026-03-08, German clocks fall back on Sunday
// 2026-10-25. No test reads the clock.
#include "predict/deliverycalendar.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace ct;
using namespace ct::predict;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

qint64 instant(const char *iso)
{
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!at.isValid())
        qFatal("not an instant: %s", iso);
    return at.toMSecsSinceEpoch();
}

const char *const Holidays =
    "{\"holidays\": [\n"
    "  {\"country\": \"US\", \"date\": \"2026-07-03\", \"name\": \"Independence Day, observed\"},\n"
    "  {\"country\": \"US\", \"date\": \"2026-12-25\", \"name\": \"Christmas Day\"},\n"
    "  {\"country\": \"US\", \"date\": \"2027-01-01\", \"name\": \"New Year's Day\"},\n"
    "  {\"country\": \"DE\", \"date\": \"2026-12-25\", \"name\": \"1. Weihnachtstag\"},\n"
    "  {\"country\": \"DE\", \"date\": \"2026-12-26\", \"name\": \"2. Weihnachtstag\"}\n"
    "]}";

DeliveryCalendar withHolidays()
{
    DeliveryCalendar calendar;
    QString error;
    if (!calendar.loadJson(QByteArray(Holidays), &error))
        qFatal("holidays: %s", qPrintable(error));
    return calendar;
}

} // namespace

class TestDeliveryCalendar : public QObject
{
    Q_OBJECT

private slots:
    void addBusinessDays_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("US weekdays") << "US" << day("2026-06-15") << 2 << day("2026-06-17");
        QTest::newRow("US Friday over the weekend") << "US" << day("2026-06-12") << 1 << day("2026-06-15");
        QTest::newRow("US from a Saturday") << "US" << day("2026-06-13") << 1 << day("2026-06-15");
        QTest::newRow("US zero days on a Sunday stays") << "US" << day("2026-06-14") << 0 << day("2026-06-14");
        QTest::newRow("US a full week") << "US" << day("2026-06-15") << 5 << day("2026-06-22");
        QTest::newRow("US holiday Friday then weekend") << "US" << day("2026-07-02") << 1 << day("2026-07-06");
        QTest::newRow("US over Christmas") << "US" << day("2026-12-24") << 2 << day("2026-12-29");
        QTest::newRow("US over the year end") << "US" << day("2026-12-30") << 2 << day("2027-01-04");
        QTest::newRow("US leap day") << "US" << day("2028-02-28") << 1 << day("2028-02-29");
        QTest::newRow("India delivers on Saturdays") << "IN" << day("2026-06-12") << 1 << day("2026-06-13");
        QTest::newRow("India skips Sunday") << "IN" << day("2026-06-13") << 1 << day("2026-06-15");
        QTest::newRow("Saudi Arabia Friday and Saturday off") << "SA" << day("2026-06-11") << 1 << day("2026-06-14");
        QTest::newRow("Germany two Christmas days and a Sunday") << "DE" << day("2026-12-24") << 1 << day("2026-12-28");
        QTest::newRow("France has no holidays loaded") << "FR" << day("2026-12-24") << 1 << day("2026-12-25");
        QTest::newRow("negative n is zero") << "US" << day("2026-06-17") << -3 << day("2026-06-17");
    }
    void addBusinessDays()
    {
        QFETCH(QString, country);
        QFETCH(QDate, from);
        QFETCH(int, n);
        QFETCH(QDate, expected);
        const DeliveryCalendar calendar = withHolidays();
        QCOMPARE(calendar.country(country).addBusinessDays(from, n), expected);
        if (n > 0)
            QCOMPARE(calendar.country(country).businessDaysBetween(from, expected), n);
    }

    void businessDaysBetween_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("expected");
        QTest::newRow("same day") << "US" << day("2026-06-17") << day("2026-06-17") << 0;
        QTest::newRow("Friday to Monday") << "US" << day("2026-06-12") << day("2026-06-15") << 1;
        QTest::newRow("Saturday to Sunday") << "US" << day("2026-06-13") << day("2026-06-14") << 0;
        QTest::newRow("Monday to Monday") << "US" << day("2026-06-15") << day("2026-06-22") << 5;
        QTest::newRow("backwards") << "US" << day("2026-06-22") << day("2026-06-15") << -5;
        QTest::newRow("Christmas to after New Year") << "US" << day("2026-12-24") << day("2027-01-04") << 5;
        QTest::newRow("India Monday to Monday") << "IN" << day("2026-06-15") << day("2026-06-22") << 6;
        QTest::newRow("Saudi Thursday to Sunday") << "SA" << day("2026-06-11") << day("2026-06-14") << 1;
    }
    void businessDaysBetween()
    {
        QFETCH(QString, country);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, expected);
        QCOMPARE(withHolidays().country(country).businessDaysBetween(from, to), expected);
    }

    // Instants keep their local wall-clock time in the zone; across a DST change the
    // distance is not a multiple of 24 hours.
    void instants_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("fixedOffsetSeconds");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<int>("n");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("New York over spring forward")
            << "US" << QByteArray("America/New_York") << 0 << instant("2026-03-06T10:00:00-05:00") << 1
            << instant("2026-03-09T10:00:00-04:00");
        QTest::newRow("Berlin over fall back")
            << "DE" << QByteArray("Europe/Berlin") << 0 << instant("2026-10-23T10:00:00+02:00") << 1
            << instant("2026-10-26T10:00:00+01:00");
        QTest::newRow("fixed +05:30 late on a Saturday")
            << "IN" << QByteArray() << 19800 << instant("2026-06-13T23:30:00+05:30") << 1
            << instant("2026-06-15T23:30:00+05:30");
        QTest::newRow("New York year end at night")
            << "US" << QByteArray("America/New_York") << 0 << instant("2026-12-31T21:00:00-05:00") << 1
            << instant("2027-01-04T21:00:00-05:00");
    }
    void instants()
    {
        QFETCH(QString, country);
        QFETCH(QByteArray, zone);
        QFETCH(int, fixedOffsetSeconds);
        QFETCH(qint64, from);
        QFETCH(int, n);
        QFETCH(qint64, expected);
        const QTimeZone tz = zone.isEmpty() ? QTimeZone(fixedOffsetSeconds) : QTimeZone(zone);
        QVERIFY(tz.isValid());
        const CountryCalendar calendar = withHolidays().country(country);
        QCOMPARE(calendar.addBusinessDays(from, tz, n), expected);
        QCOMPARE(calendar.businessDaysBetween(from, expected, tz), n);
    }

    // The day an instant falls on is the zone's: Thursday 22:00 in New York is Friday in
    // UTC, so one business day to Friday noon there, none in UTC.
    void instantsCountLocalDates()
    {
        const CountryCalendar calendar = withHolidays().country(u"US");
        const qint64 thursdayNight = instant("2026-06-11T22:00:00-04:00");
        const qint64 fridayMorning = instant("2026-06-12T10:00:00-04:00");
        QCOMPARE(calendar.businessDaysBetween(thursdayNight, fridayMorning, QTimeZone("America/New_York")), 1);
        QCOMPARE(calendar.businessDaysBetween(thursdayNight, fridayMorning, QTimeZone::utc()), 0);
    }

    void weekdayOverrides()
    {
        DeliveryCalendar calendar;
        QString error;
        QVERIFY2(calendar.loadJson(R"({"non_delivery_weekdays": {"IN": ["saturday", "Sunday"], "US": []}})", &error),
                 qPrintable(error));
        QCOMPARE(calendar.country(u"IN").addBusinessDays(day("2026-06-12"), 1), day("2026-06-15"));
        QCOMPARE(calendar.country(u"US").addBusinessDays(day("2026-06-12"), 1), day("2026-06-13"));
        QCOMPARE(calendar.country(u"DE").addBusinessDays(day("2026-06-12"), 1), day("2026-06-15"));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cut off") << QByteArray("{\n  \"holidays\": [\n") << "line 3, column 1: ";
        QTest::newRow("not an object") << QByteArray("[]") << "the document must be a JSON object";
        QTest::newRow("unknown key") << QByteArray(R"({"holiday": []})") << "holiday: unknown key";
        QTest::newRow("holidays not an array") << QByteArray(R"({"holidays": 5})") << "holidays: must be an array, not 5";
        QTest::newRow("impossible date")
            << QByteArray(R"({"holidays": [{"country": "US", "date": "2026-07-03"}, {"country": "US", "date": "2026-02-30"}]})")
            << R"(holidays[1].date: "2026-02-30" is not a date (expected YYYY-MM-DD))";
        QTest::newRow("missing date") << QByteArray(R"({"holidays": [{"country": "US"}]})")
                                      << "holidays[0].date: missing (expected YYYY-MM-DD)";
        QTest::newRow("country not a code") << QByteArray(R"({"holidays": [{"country": "usa", "date": "2026-07-03"}]})")
                                            << R"(holidays[0].country: "usa" (expected an ISO 3166-1 alpha-2)";
        QTest::newRow("unknown country") << QByteArray(R"({"holidays": [{"country": "XX", "date": "2026-07-03"}]})")
                                         << R"(holidays[0].country: "XX")";
        QTest::newRow("unknown field") << QByteArray(R"({"holidays": [{"country": "US", "date": "2026-07-03", "dat": 1}]})")
                                       << "holidays[0].dat: unknown key";
        QTest::newRow("name not text") << QByteArray(R"({"holidays": [{"country": "US", "date": "2026-07-03", "name": 4}]})")
                                       << "holidays[0].name: must be a string, not 4";
        QTest::newRow("not a weekday") << QByteArray(R"({"non_delivery_weekdays": {"AE": ["Friday", "Caturday"]}})")
                                       << R"(non_delivery_weekdays.AE[1]: "Caturday" is not a weekday)";
        QTest::newRow("every day off")
            << QByteArray(R"({"non_delivery_weekdays": {"AE": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}})")
            << "non_delivery_weekdays.AE: every day of the week is a non-delivery day";
    }
    // A bad file is refused with the place of the error, and the list in force stays.
    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        DeliveryCalendar calendar = withHolidays();
        QString error;
        QVERIFY(!calendar.loadJson(json, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QCOMPARE(calendar.holidays().size(), std::size_t(5));
        QVERIFY(calendar.country(u"US").isHoliday(day("2026-07-03")));
        QCOMPARE(calendar.country(u"US").addBusinessDays(day("2026-07-02"), 1), day("2026-07-06"));
        QCOMPARE(calendar.country(u"AE").nonDeliveryDays(), DeliveryCalendar::defaultNonDeliveryDays(u"AE"));
    }

    void missingFile()
    {
        DeliveryCalendar calendar = withHolidays();
        QString error;
        QVERIFY(!calendar.loadFile(QStringLiteral("/nonexistent/holidays.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("/nonexistent/holidays.json: ")), qPrintable(error));
        QCOMPARE(calendar.holidays().size(), std::size_t(5));
    }
};

QTEST_APPLESS_MAIN(TestDeliveryCalendar)
#include "tst_deliverycalendar.moc"
