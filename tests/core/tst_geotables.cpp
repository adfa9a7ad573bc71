// SPDX-License-Identifier: MIT
// The tables the action forms check against (core/geo): postal code formats per country,
// international calling codes and E.164 suggestions, carriers' non-delivery days; and
// the edit catalog refusing an address whose postal code is not its country's. Every
// expectation is written by hand from the national posts' and the ITU's documentation.
#include "domain/carriers.h"
#include "edits/editcatalog.h"
#include "geo/callingcodes.h"
#include "geo/carrierdeliverydays.h"
#include "geo/countrydata.h"
#include "geo/postalcodes.h"
#include "json/parser.h"

#include "support/testclock.h"

#include <QTest>

#include <algorithm>

using namespace ct;
using namespace Qt::Literals::StringLiterals;

class TestGeoTables : public QObject
{
    Q_OBJECT

private slots:
    void postalCodes_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<bool>("valid");

        QTest::newRow("US ZIP") << u"US"_s << u"78701"_s << u"78701"_s << true;
        QTest::newRow("US ZIP+4") << u"US"_s << u"78701-1234"_s << u"78701-1234"_s << true;
        QTest::newRow("US four digits") << u"US"_s << u"7870"_s << u"7870"_s << false;
        QTest::newRow("US lower-case country") << u"us"_s << u" 78701 "_s << u"78701"_s << true;
        QTest::newRow("CA typed together") << u"CA"_s << u"k1a0b1"_s << u"K1A 0B1"_s << true;
        QTest::newRow("CA spaced") << u"CA"_s << u"K1A 0B1"_s << u"K1A 0B1"_s << true;
        QTest::newRow("CA D never first") << u"CA"_s << u"D1A 0B1"_s << u"D1A 0B1"_s << false;
        QTest::newRow("CA W never first") << u"CA"_s << u"W1A 0B1"_s << u"W1A 0B1"_s << false;
        QTest::newRow("GB typed together") << u"GB"_s << u"sw1a1aa"_s << u"SW1A 1AA"_s << true;
        QTest::newRow("GB EC1A") << u"GB"_s << u"EC1A 1BB"_s << u"EC1A 1BB"_s << true;
        QTest::newRow("GB M1") << u"GB"_s << u"M1 1AE"_s << u"M1 1AE"_s << true;
        QTest::newRow("GB B33") << u"GB"_s << u"B33 8TH"_s << u"B33 8TH"_s << true;
        QTest::newRow("GB Q never first") << u"GB"_s << u"QA1 1AA"_s << u"QA1 1AA"_s << false;
        QTest::newRow("GB C never in the last two") << u"GB"_s << u"SW1A 1CA"_s << u"SW1A 1CA"_s << false;
        QTest::newRow("GB Girobank") << u"GB"_s << u"GIR0AA"_s << u"GIR 0AA"_s << true;
        QTest::newRow("NL") << u"NL"_s << u"1012js"_s << u"1012 JS"_s << true;
        QTest::newRow("NL SA never") << u"NL"_s << u"1012 SA"_s << u"1012 SA"_s << false;
        QTest::newRow("NL no leading 0") << u"NL"_s << u"0123 AB"_s << u"0123 AB"_s << false;
        QTest::newRow("IN PIN") << u"IN"_s << u"110001"_s << u"110001"_s << true;
        QTest::newRow("IN PIN spaced") << u"IN"_s << u"110 001"_s << u"110001"_s << true;
        QTest::newRow("IN no leading 0") << u"IN"_s << u"011001"_s << u"011001"_s << false;
        QTest::newRow("IE Eircode") << u"IE"_s << u"d02x285"_s << u"D02 X285"_s << true;
        QTest::newRow("IE D6W") << u"IE"_s << u"D6W 1234"_s << u"D6W 1234"_s << true;
        QTest::newRow("IE B is no routing key") << u"IE"_s << u"B02 X285"_s << u"B02 X285"_s << false;
        QTest::newRow("DE") << u"DE"_s << u"10115"_s << u"10115"_s << true;
        QTest::newRow("DE four digits") << u"DE"_s << u"1011"_s << u"1011"_s << false;
        QTest::newRow("JP with hyphen") << u"JP"_s << u"100-0001"_s << u"100-0001"_s << true;
        QTest::newRow("JP without") << u"JP"_s << u"1000001"_s << u"1000001"_s << true;
        QTest::newRow("BR") << u"BR"_s << u"01310-100"_s << u"01310-100"_s << true;
        QTest::newRow("PL") << u"PL"_s << u"00-950"_s << u"00-950"_s << true;
        QTest::newRow("SE typed together") << u"SE"_s << u"11455"_s << u"114 55"_s << true;
        QTest::newRow("ES province 53 does not exist") << u"ES"_s << u"53001"_s << u"53001"_s << false;
        QTest::newRow("HK has none: empty") << u"HK"_s << u""_s << u""_s << true;
        QTest::newRow("HK has none: refused") << u"HK"_s << u"999077"_s << u"999077"_s << false;
        QTest::newRow("no known format: loose") << u"KW"_s << u"13001"_s << u"13001"_s << true;
        QTest::newRow("no known format: symbols") << u"KW"_s << u"$$"_s << u"$$"_s << false;
        QTest::newRow("no known format: empty") << u"KW"_s << u""_s << u""_s << false;
        QTest::newRow("US empty") << u"US"_s << u""_s << u""_s << false;
    }

    void postalCodes()
    {
        QFETCH(QString, country);
        QFETCH(QString, typed);
        QFETCH(QString, normalized);
        QFETCH(bool, valid);
        QCOMPARE(geo::normalizedPostalCode(country, typed), normalized);
        const QString problem = geo::postalCodeProblem(country, typed);
        QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
    }

    void postalCodeProblemsSayTheShape()
    {
        QCOMPARE(geo::postalCodeProblem(u"US", u"7870"),
                 QStringLiteral("\"7870\" is not a United States postal code: it looks like NNNNN or NNNNN-NNNN, for example 78701"));
        QCOMPARE(geo::postalCodeProblem(u"GB", u""),
                 QStringLiteral("is required: a United Kingdom postal code looks like A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, "
                                "A9A 9AA or AA9A 9AA, for example SW1A 1AA"));
        QCOMPARE(geo::postalCodeProblem(u"HK", u"999077"), QStringLiteral("Hong Kong has no postal codes: leave it empty"));
    }

    void postalCodeTableIsWhole()
    {
        const auto formats = geo::postalCodeFormats();
        QVERIFY(std::is_sorted(formats.begin(), formats.end(),
                               [](const auto &a, const auto &b) { return qstrcmp(a.country, b.country) < 0; }));
        const auto none = geo::countriesWithoutPostalCodes();
        QVERIFY(std::is_sorted(none.begin(), none.end(), [](const char *a, const char *b) { return qstrcmp(a, b) < 0; }));
        for (const geo::PostalCodeFormat &format : formats) {
            // Every example is valid in its own country, and every country is an ISO one.
            QVERIFY2(geo::postalCodeProblem(QString::fromLatin1(format.country), QString::fromLatin1(format.example)).isEmpty(),
                     format.country);
            QVERIFY2(geo::hasPostalCodes(QString::fromLatin1(format.country)), format.country);
            QVERIFY2(std::any_of(geo::countryData().begin(), geo::countryData().end(),
                                 [&](const geo::CountryData &c) { return qstrcmp(c.alpha2, format.country) == 0; }),
                     format.country);
        }
        for (const char *country : none)
            QVERIFY2(!geo::postalCodeFormat(QString::fromLatin1(country)), country);
    }

    void catalogRefusesAPostalCodeOfTheWrongFormat_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<QString>("errors");
        QTest::newRow("US good") << QByteArray(R"({"line1":"1 Congress Ave","city":"Austin","postal":"78701","country":"US"})")
                                 << QString();
        QTest::newRow("GB bad") << QByteArray(R"({"line1":"10 Downing St","city":"London","postal":"SW1A 1CA","country":"GB"})")
                                << QStringLiteral("address.postal");
        QTest::newRow("US missing") << QByteArray(R"({"line1":"1 Congress Ave","city":"Austin","country":"US"})")
                                    << QStringLiteral("address.postal");
        QTest::newRow("HK without is right") << QByteArray(R"({"line1":"1 Queen's Rd","city":"Hong Kong","country":"HK"})")
                                             << QString();
        QTest::newRow("HK with is wrong") << QByteArray(R"({"line1":"1 Queen's Rd","city":"Hong Kong","postal":"999077","country":"HK"})")
                                          << QStringLiteral("address.postal");
        QTest::newRow("unknown country") << QByteArray(R"({"line1":"x","city":"y","postal":"1","country":"ZZ"})")
                                         << QStringLiteral("address.country");
    }

    void catalogRefusesAPostalCodeOfTheWrongFormat()
    {
        QFETCH(QByteArray, address);
        QFETCH(QString, errors);
        const QByteArray body = "{\"address\":" + address + '}';
        json::Parser parser;
        const auto params = parser.parse(body.constData(), body.size());
        QVERIFY(params);
        QStringList fields;
        for (const FieldError &e : EditCatalog::validate(*EditCatalog::find(EntityKind::Exception, u"update_address"), *params,
                                                         test::fixedNowMs()))
            fields << e.field;
        QCOMPARE(fields.join(QLatin1Char(',')), errors);
    }

    void callingCodes_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("text");
        QTest::newRow("GB") << u"GB"_s << u"+44"_s;
        QTest::newRow("US") << u"US"_s << u"+1"_s;
        QTest::newRow("CA") << u"CA"_s << u"+1"_s;
        QTest::newRow("JM has its area code") << u"JM"_s << u"+1 876"_s;
        QTest::newRow("IN") << u"IN"_s << u"+91"_s;
        QTest::newRow("lower case") << u"de"_s << u"+49"_s;
        QTest::newRow("unknown") << u"ZZ"_s << u""_s;
    }

    void callingCodes()
    {
        QFETCH(QString, country);
        QFETCH(QString, text);
        QCOMPARE(geo::callingCodeText(country), text);
    }

    void everyCountryHasACallingCode()
    {
        for (const geo::CountryData &c : geo::countryData())
            QVERIFY2(!geo::callingCodeDigits(QString::fromLatin1(c.alpha2)).isEmpty(), c.alpha2);
    }

    void suggestedE164_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("e164");
        QTest::newRow("GB national") << u"020 7946 0018"_s << u"GB"_s << u"+442079460018"_s;
        QTest::newRow("US national") << u"(512) 555-0147"_s << u"US"_s << u"+15125550147"_s;
        QTest::newRow("US with its 1") << u"1 512 555 0147"_s << u"US"_s << u"+15125550147"_s;
        QTest::newRow("IN mobile with 0") << u"098765 43210"_s << u"IN"_s << u"+919876543210"_s;
        QTest::newRow("IT keeps its 0") << u"06 6982 1234"_s << u"IT"_s << u"+390669821234"_s;
        QTest::newRow("RU trunk 8") << u"8 912 345-67-89"_s << u"RU"_s << u"+79123456789"_s;
        QTest::newRow("GB written +44 (0)") << u"+44 (0)20 7946 0018"_s << u"GB"_s << u"+442079460018"_s;
        QTest::newRow("00 is +") << u"0044 20 7946 0018"_s << u"FR"_s << u"+442079460018"_s;
        QTest::newRow("international stays") << u"+91 98765 43210"_s << u"US"_s << u"+919876543210"_s;
        QTest::newRow("JM national") << u"876 555 0147"_s << u"JM"_s << u"+18765550147"_s;
        QTest::newRow("nothing") << u""_s << u"US"_s << u""_s;
        QTest::newRow("unknown country") << u"12345"_s << u"ZZ"_s << u""_s;
    }

    void suggestedE164()
    {
        QFETCH(QString, typed);
        QFETCH(QString, country);
        QFETCH(QString, e164);
        QCOMPARE(geo::suggestedE164(typed, country), e164);
    }

    void countriesOfNumber_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QStringList>("countries");
        QTest::newRow("NANP without own area code") << u"+15125550147"_s << QStringList{u"CA"_s, u"UM"_s, u"US"_s};
        QTest::newRow("Jamaica") << u"+18765550147"_s << QStringList{u"JM"_s};
        QTest::newRow("Dominican Republic 829") << u"+18295550147"_s << QStringList{u"DO"_s};
        QTest::newRow("+44") << u"+442079460018"_s << QStringList{u"GB"_s, u"GG"_s, u"IM"_s, u"JE"_s};
        QTest::newRow("India") << u"+919876543210"_s << QStringList{u"IN"_s};
        QTest::newRow("+358 not +35") << u"+358401234567"_s << QStringList{u"AX"_s, u"FI"_s};
        QTest::newRow("not international") << u"9876543210"_s << QStringList{};
    }

    void countriesOfNumber()
    {
        QFETCH(QString, number);
        QFETCH(QStringList, countries);
        QCOMPARE(geo::countriesOfNumber(number), countries);
    }

    // 2026-06-17 (the suite's now) is a Wednesday: the 20th a Saturday, the 21st a Sunday.
    void deliveryDays_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("delivers");
        QTest::addColumn<QDate>("next");
        const QDate friday(2026, 6, 19), saturday(2026, 6, 20), sunday(2026, 6, 21), monday(2026, 6, 22);
        QTest::newRow("UPS Saturday") << u"ups"_s << saturday << true << saturday;
        QTest::newRow("UPS Sunday") << u"ups"_s << sunday << false << monday;
        QTest::newRow("UPS Friday") << u"ups"_s << friday << true << friday;
        QTest::newRow("DHL Express Saturday") << u"dhl"_s << saturday << false << monday;
        QTest::newRow("Canada Post Saturday") << u"canada-post"_s << saturday << false << monday;
        QTest::newRow("Delhivery Sunday") << u"delhivery"_s << sunday << false << monday;
        QTest::newRow("unknown carrier Saturday") << u"acme-couriers"_s << saturday << true << saturday;
        QTest::newRow("unknown carrier Sunday") << u"acme-couriers"_s << sunday << false << monday;
    }

    void deliveryDays()
    {
        QFETCH(QString, carrier);
        QFETCH(QDate, date);
        QFETCH(bool, delivers);
        QFETCH(QDate, next);
        QCOMPARE(geo::deliversOn(carrier, date), delivers);
        QCOMPARE(geo::nextDeliveryDay(carrier, date), next);
        QCOMPARE(geo::nonDeliveryDayProblem(carrier, date).isEmpty(), delivers);
    }

    void deliveryDayProblemsSayTheNextDay()
    {
        QCOMPARE(geo::nonDeliveryDayProblem(u"ups", QDate(2026, 6, 21)),
                 QStringLiteral("UPS does not deliver on Sundays: the next delivery day is Monday 22 June 2026"));
        QCOMPARE(geo::nonDeliveryDayProblem(u"dhl", QDate(2026, 6, 20)),
                 QStringLiteral("DHL Express does not deliver on Saturdays: the next delivery day is Monday 22 June 2026"));
        QCOMPARE(geo::weekdaysText(geo::nonDeliveryDays(u"gls")), QStringLiteral("Saturdays and Sundays"));
        QCOMPARE(geo::weekdaysText(geo::nonDeliveryDays(u"ups")), QStringLiteral("Sundays"));
    }

    void deliveryDayTableNamesKnownCarriers()
    {
        const auto days = geo::carrierDeliveryDays();
        QVERIFY(std::is_sorted(days.begin(), days.end(), [](const auto &a, const auto &b) { return qstrcmp(a.carrier, b.carrier) < 0; }));
        for (const geo::CarrierDeliveryDays &row : days) {
            QVERIFY2(std::any_of(knownCarriers().begin(), knownCarriers().end(),
                                 [&](const CarrierInfo &c) { return qstrcmp(c.code, row.carrier) == 0; }),
                     row.carrier);
            QVERIFY2(row.noDelivery != 0x7F, row.carrier); // delivers on some day
        }
        QCOMPARE(days.size(), knownCarriers().size());
    }
};

QTEST_APPLESS_MAIN(TestGeoTables)

#include "tst_geotables.moc"
