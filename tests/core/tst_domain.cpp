// SPDX-License-Identifier: MIT
// The canonical taxonomy, time arithmetic and text parsers everything else relies on.
#include "adapters/datetimetext.h"
#include "domain/carriers.h"
#include "domain/exceptiontype.h"
#include "domain/returnstatus.h"
#include "domain/subtag.h"
#include "domain/timestamp.h"
#include "geo/countries.h"
#include "geo/timezoneresolver.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace ct;

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void everySubtagBelongsToTheTagItsCodeNames()
    {
        QSet<QString> codes;
        QSet<int> values;
        for (const SubtagInfo &info : allSubtags()) {
            const QString code = QString::fromLatin1(info.code);
            QVERIFY2(!codes.contains(code), qPrintable(code));
            QVERIFY(!values.contains(static_cast<int>(info.subtag)));
            codes.insert(code);
            values.insert(static_cast<int>(info.subtag));
            QVERIFY2(code.startsWith(tagCode(info.tag) + QLatin1Char('_')), qPrintable(code));
            QCOMPARE(subtagFromCode(code), std::optional<Subtag>(info.subtag));
            QCOMPARE(subtagFromInt(static_cast<int>(info.subtag)), std::optional<Subtag>(info.subtag));
            QVERIFY(!subtagLabel(info.subtag).isEmpty());
        }
        for (Tag tag : AllTags) {
            QCOMPARE(tagOf(genericSubtag(tag)), tag);
            QVERIFY(subtagCode(genericSubtag(tag)).endsWith(QLatin1String("_001")));
            QCOMPARE(tagFromCode(tagCode(tag)), std::optional<Tag>(tag));
        }
        QCOMPARE(tagOf(UnmappedCodeFallback), Tag::InTransit);
        QCOMPARE(subtagFromCode(u"AttemptFail_002"), std::optional<Subtag>(Subtag::AttemptFailAddresseeUnavailable));
        QCOMPARE(subtagFromCode(u"Exception_010"), std::optional<Subtag>(Subtag::ExceptionReturningToSender));
        QCOMPARE(subtagFromCode(u"Nope_001"), std::nullopt);
        QCOMPARE(subtagFromInt(255), std::nullopt);
    }

    // docs/TAXONOMY.md is generated from the code; this catches a stale copy.
    void taxonomyDocumentListsEveryCode()
    {
        QFile doc(QStringLiteral(CT_SOURCE_DIR "/docs/TAXONOMY.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const SubtagInfo &info : allSubtags()) {
            const QString row = QStringLiteral("| `%1` | %2 | %3 |")
                                    .arg(QString::fromLatin1(info.code), tagCode(info.tag),
                                         QString::fromUtf8(info.label));
            QVERIFY2(text.contains(row), qPrintable(QStringLiteral("docs/TAXONOMY.md lacks or misstates %1; "
                                                                   "run tools/generate_taxonomy_table.py")
                                                        .arg(QString::fromLatin1(info.code))));
        }
    }

    void enumCodesRoundTrip()
    {
        for (ExceptionType t : AllExceptionTypes)
            QCOMPARE(exceptionTypeFromCode(exceptionTypeCode(t)), std::optional<ExceptionType>(t));
        for (int i = 0; i < ReturnStatusCount; ++i) {
            const auto s = static_cast<ReturnStatus>(i);
            QCOMPARE(returnStatusFromCode(returnStatusCode(s)), std::optional<ReturnStatus>(s));
        }
        QVERIFY(favoursExchange(ReturnReason::WrongSize));
        QVERIFY(!favoursExchange(ReturnReason::Damaged));
        QCOMPARE(exceptionTypeFromInt(ExceptionTypeCount), std::nullopt);
    }

    void civilDaysMatchQt_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::newRow("epoch") << QDate(1970, 1, 1);
        QTest::newRow("before epoch") << QDate(1969, 12, 31);
        QTest::newRow("leap day") << QDate(2024, 2, 29);
        QTest::newRow("century non-leap") << QDate(2100, 3, 1);
        QTest::newRow("today") << QDate(2026, 11, 23);
    }

    void civilDaysMatchQt()
    {
        QFETCH(QDate, date);
        const qint64 days = daysFromCivil(date.year(), date.month(), date.day());
        QCOMPARE(days, QDate(1970, 1, 1).daysTo(date));
        int y = 0, m = 0, d = 0;
        civilFromDays(days, y, m, d);
        QCOMPARE(QDate(y, m, d), date);
    }

    void timestampIsoText_data()
    {
        QTest::addColumn<qint64>("utcMs");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("iso");
        // 2026-11-20T09:00:00Z = 1795165200000 ms.
        QTest::newRow("utc") << qint64(1795165200000) << 0 << QStringLiteral("2026-11-20T09:00:00+00:00");
        QTest::newRow("india") << qint64(1795165200000) << 330 << QStringLiteral("2026-11-20T14:30:00+05:30");
        QTest::newRow("chicago crosses midnight") << qint64(1795165200000) << -600
                                                  << QStringLiteral("2026-11-19T23:00:00-10:00");
        QTest::newRow("milliseconds") << qint64(1795165200123) << 60 << QStringLiteral("2026-11-20T10:00:00.123+01:00");
        QTest::newRow("before epoch") << qint64(-1000) << 0 << QStringLiteral("1969-12-31T23:59:59+00:00");
    }

    void timestampIsoText()
    {
        QFETCH(qint64, utcMs);
        QFETCH(int, offset);
        QFETCH(QString, iso);
        const Timestamp t{utcMs, static_cast<qint16>(offset)};
        QCOMPARE(t.toIsoString(), iso);
        QCOMPARE(QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch(), utcMs);
    }

    void isoParser_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("msOfDay");
        QTest::addColumn<bool>("hasTime");
        QTest::addColumn<bool>("hasOffset");
        QTest::addColumn<int>("offset");
        QTest::newRow("date only") << "2026-11-20" << true << QDate(2026, 11, 20) << 0 << false << false << 0;
        QTest::newRow("zulu") << "2026-11-20T14:30:05Z" << true << QDate(2026, 11, 20) << 52205000 << true << true << 0;
        QTest::newRow("offset colon") << "2026-11-20T14:30:00+05:30" << true << QDate(2026, 11, 20) << 52200000 << true << true << 330;
        QTest::newRow("offset compact") << "2026-11-20T14:30:00-0500" << true << QDate(2026, 11, 20) << 52200000 << true << true << -300;
        QTest::newRow("offset hours") << "2026-11-20T14:30:00+01" << true << QDate(2026, 11, 20) << 52200000 << true << true << 60;
        QTest::newRow("space, no seconds") << "2026-11-20 14:30" << true << QDate(2026, 11, 20) << 52200000 << true << false << 0;
        QTest::newRow("micro fraction") << "2026-11-20T14:30:00.123456" << true << QDate(2026, 11, 20) << 52200123 << true << false << 0;
        QTest::newRow("month 13") << "2026-13-01T10:00:00Z" << false << QDate() << 0 << false << false << 0;
        QTest::newRow("february 30") << "2026-02-30" << false << QDate() << 0 << false << false << 0;
        QTest::newRow("hour 25") << "2026-11-20T25:00:00" << false << QDate() << 0 << false << false << 0;
        QTest::newRow("trailing junk") << "2026-11-20T10:00:00Zulu" << false << QDate() << 0 << false << false << 0;
        QTest::newRow("us style") << "11/20/2026 10:00" << false << QDate() << 0 << false << false << 0;
        QTest::newRow("empty") << "" << false << QDate() << 0 << false << false << 0;
        QTest::newRow("empty fraction") << "2026-11-20T10:00:00.Z" << false << QDate() << 0 << false << false << 0;
    }

    void isoParser()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QByteArray utf8 = text.toUtf8();
        const auto parsed = parseIsoDateTime(std::string_view(utf8.constData(), utf8.size()));
        QCOMPARE(parsed.has_value(), valid);
        if (!valid)
            return;
        QFETCH(QDate, date);
        QFETCH(int, msOfDay);
        QFETCH(bool, hasTime);
        QFETCH(bool, hasOffset);
        QFETCH(int, offset);
        QCOMPARE(parsed->date, date);
        QCOMPARE(parsed->msOfDay, msOfDay);
        QCOMPARE(parsed->hasTime, hasTime);
        QCOMPARE(parsed->hasOffset, hasOffset);
        QCOMPARE(parsed->offsetMinutes, offset);
    }

    void compactDateAndTime()
    {
        QCOMPARE(parseCompactDate("20261120"), std::optional<QDate>(QDate(2026, 11, 20)));
        QCOMPARE(parseCompactDate("20261131"), std::nullopt);
        QCOMPARE(parseCompactDate("2026112"), std::nullopt);
        QCOMPARE(parseCompactTime("143005"), std::optional<int>(52205000));
        QCOMPARE(parseCompactTime("1430"), std::optional<int>(52200000));
        QCOMPARE(parseCompactTime("14:30:05"), std::optional<int>(52205000));
        QCOMPARE(parseCompactTime("246000"), std::nullopt);
    }

    void countries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("alpha2");
        QTest::newRow("alpha-2") << "IN" << "IN";
        QTest::newRow("alpha-2 lower") << "de" << "DE";
        QTest::newRow("alpha-3") << "USA" << "US";
        QTest::newRow("name") << "India" << "IN";
        QTest::newRow("official name") << "United States of America" << "US";
        QTest::newRow("alias") << "UK" << "GB";
        QTest::newRow("case and spaces") << "  united kingdom " << "GB";
        QTest::newRow("unknown") << "Atlantis" << "";
        QTest::newRow("empty") << "" << "";
    }

    void countries()
    {
        QFETCH(QString, text);
        QFETCH(QString, alpha2);
        QCOMPARE(geo::countryAlpha2(text), alpha2);
    }

    void timeZones_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QDateTime>("local");
        QTest::addColumn<int>("offset");
        QTest::addColumn<bool>("assumed");
        QTest::newRow("India") << "IN" << "" << QDateTime(QDate(2026, 11, 20), QTime(9, 0)) << 330 << false;
        QTest::newRow("Texas winter") << "US" << "TX" << QDateTime(QDate(2026, 1, 10), QTime(9, 0)) << -360 << false;
        QTest::newRow("Texas summer") << "US" << "Texas" << QDateTime(QDate(2026, 7, 10), QTime(9, 0)) << -300 << false;
        QTest::newRow("Arizona summer") << "US" << "AZ" << QDateTime(QDate(2026, 7, 10), QTime(9, 0)) << -420 << false;
        QTest::newRow("US without state") << "US" << "" << QDateTime(QDate(2026, 7, 10), QTime(9, 0)) << -240 << true;
        QTest::newRow("Germany summer") << "DE" << "" << QDateTime(QDate(2026, 7, 10), QTime(9, 0)) << 120 << false;
        QTest::newRow("no country") << "" << "" << QDateTime(QDate(2026, 7, 10), QTime(9, 0)) << 0 << true;
    }

    void timeZones()
    {
        QFETCH(QString, country);
        QFETCH(QString, state);
        QFETCH(QDateTime, local);
        QFETCH(int, offset);
        QFETCH(bool, assumed);
        geo::TimeZoneResolver resolver;
        const auto r = resolver.resolve(local.date(), local.time().msecsSinceStartOfDay(), country, state);
        QCOMPARE(r.timestamp.offsetMinutes, offset);
        QCOMPARE(r.assumed, assumed);
        const qint64 localMs = QDateTime(local.date(), local.time(), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(r.timestamp.utcMs, localMs - offset * MsPerMinute);
    }

    // Zones that never keep daylight time take a cached offset; one whose offset changed
    // (Caracas: -04:30 from December 2007, -04:00 from May 2016) keeps the offset of its
    // day, whatever day the test runs on.
    void timeInZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("local");
        QTest::addColumn<int>("offset");
        QTest::newRow("Caracas 2006") << QByteArray("America/Caracas") << QDateTime(QDate(2006, 6, 1), QTime(9, 0)) << -240;
        QTest::newRow("Caracas 2010") << QByteArray("America/Caracas") << QDateTime(QDate(2010, 6, 1), QTime(9, 0)) << -270;
        QTest::newRow("Caracas 2026") << QByteArray("America/Caracas") << QDateTime(QDate(2026, 6, 1), QTime(9, 0)) << -240;
        QTest::newRow("fixed zone") << QByteArray("Etc/GMT-5") << QDateTime(QDate(2026, 6, 1), QTime(9, 0)) << 300;
        QTest::newRow("unknown zone is UTC") << QByteArray("Nowhere/Atlantis") << QDateTime(QDate(2026, 6, 1), QTime(9, 0)) << 0;
    }

    void timeInZone()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, local);
        QFETCH(int, offset);
        geo::TimeZoneResolver resolver;
        const Timestamp t = resolver.resolveInZone(local.date(), local.time().msecsSinceStartOfDay(), zone);
        QCOMPARE(t.offsetMinutes, offset);
        const qint64 localMs = QDateTime(local.date(), local.time(), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(t.utcMs, localMs - offset * MsPerMinute);
    }

    void carrierCodes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("UPS") << "UPS" << "ups";
        QTest::newRow("FedEx") << "FedEx" << "fedex";
        QTest::newRow("EasyPost DHLExpress") << "DHLExpress" << "dhl";
        QTest::newRow("Shippo dhl_express") << "dhl_express" << "dhl";
        QTest::newRow("AfterShip blue-dart") << "blue-dart" << "bluedart";
        QTest::newRow("spaced") << "Royal Mail" << "royal-mail";
        QTest::newRow("unknown") << "Acme Couriers Ltd." << "acme-couriers-ltd";
        QTest::newRow("empty") << "" << "";
    }

    void carrierCodes()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QCOMPARE(canonicalCarrierCode(name), code);
    }
};

QTEST_GUILESS_MAIN(TestDomain)

#include "tst_domain.moc"
