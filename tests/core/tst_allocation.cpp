// SPDX-License-Identifier: MIT
// Carrier allocation (docs/ALLOCATION.md): the rate card's prices and its located errors,
// the policy's located errors, where both are kept, the scorecard over a store built by
// hand and the recommender's rules, caps, splits and trace. Every expected number is
// worked out in the comments next to it. The store's shipments go in at the suite's fixed
// instant (Wednesday 2026-06-17 14:00 UTC, 19:30 in India).
#include "allocation/allocationledger.h"
#include "allocation/allocationpolicy.h"
#include "allocation/allocationrecommender.h"
#include "allocation/allocationsettings.h"
#include "allocation/allocationwhatif.h"
#include "allocation/carrierallocator.h"
#include "allocation/carrierscorecard.h"
#include "allocation/ratecard.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/shipmentingestor.h"
#include "teamsettings/settingsreader.h"
#include "teamsettings/teamsettingsstore.h"

#include "support/testclock.h"
#include "support/trackingevents.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ct;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(CT_FIXTURES_DIR "/allocation/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s: %s", name, qPrintable(file.errorString()));
    return file.readAll();
}

const QByteArray Header = "kind,carrier,service,origin_country,origin_prefix,destination_country,destination_prefix,"
                          "zone,up_to_kg,step_kg,price,fixed,percent,currency\n";

RateCard indiaCard()
{
    QStringList errors;
    const std::optional<RateCard> card = RateCard::fromCsv(fixture("rates-india.csv"), QStringLiteral("rates-india.csv"), &errors);
    if (!card)
        qFatal("rates-india.csv: %s", qPrintable(errors.join(QLatin1Char('\n'))));
    return *card;
}

AllocationPolicy indiaPolicy()
{
    QList<FieldError> errors;
    const std::optional<AllocationPolicy> policy = AllocationPolicy::fromJson(fixture("policy-india.json"), &errors);
    if (!policy)
        qFatal("policy-india.json: %s", qPrintable(SettingsReader::describe(errors)));
    return *policy;
}

PostalPlace place(const char *text)
{
    QString error;
    const std::optional<PostalPlace> p = PostalPlace::parse(QString::fromLatin1(text), &error);
    if (!p)
        qFatal("%s: %s", text, qPrintable(error));
    return *p;
}

TrackingEvent ev(const char *iso, Subtag subtag)
{
    return test::eventAt(iso, subtag);
}

// A parcel from Bengaluru (IN-KA) to `postal` in `state`, picked up on 1 June.
ShipmentRecord parcel(const char *carrier, const char *service, const char *tracking, const char *state,
                      const char *postal, QList<TrackingEvent> events)
{
    ShipmentRecord s;
    s.carrier = QString::fromLatin1(carrier);
    s.service = QString::fromLatin1(service);
    s.trackingNumber = QString::fromLatin1(tracking);
    s.sourceDocument = s.trackingNumber;
    s.origin = {QStringLiteral("Bengaluru"), QStringLiteral("KA"), QStringLiteral("560001"), QStringLiteral("IN")};
    s.destination = {QString(), QString::fromLatin1(state), QString::fromLatin1(postal), QStringLiteral("IN")};
    s.order.promisedDate = QDate(2026, 6, 5);
    s.events = std::move(events);
    s.tag = s.events.constLast().tag;
    s.subtag = s.events.constLast().subtag;
    return s;
}

// The history every recommendation below reads (June 2026; +05:30 is India's offset):
//  Delhivery Surface, IN-KA → IN-MH (Mumbai), 4 shipments:
//   D1 delivered 4 June (transit 3 calendar days), D2 delivered 5 June (4 days),
//   D3 attempted 4 June, delivered 5 June (4 days; an NDR, not a first-attempt delivery),
//   D4 damaged on 3 June, returned to sender on 6 June (RTO, damage; never delivered).
//   → n 4; on time 3/3 (every first attempt by the promise, 5 June); first attempt 2/3;
//     NDR 1/4; RTO 1/4; damage/loss 1/4; transit {3, 4, 4}: P50 the 2nd value, 4; P90 4.
//  Delhivery Surface, IN-KA → IN-DL: D5 delivered 3 June (2 days): destination IN has n 5.
//  Xpressbees Standard, IN-KA → IN-MH: X1, X2 delivered 3 June (2 days): n 2, below the
//  policy's 3, so the lane backs off to the destination; IN-KA → IN-DL: X3 delivered 4 June
//  (3 days). Destination IN: n 3, every rate perfect, transit {2, 2, 3}: P50 2.
QList<ShipmentRecord> history()
{
    const char *pickup = "2026-06-01T10:00:00+05:30";
    return {
        parcel("delhivery", "Delhivery Surface", "D1", "MH", "400001",
               {ev(pickup, Subtag::InTransit), ev("2026-06-04T12:00:00+05:30", Subtag::Delivered)}),
        parcel("delhivery", "Delhivery Surface", "D2", "MH", "400002",
               {ev(pickup, Subtag::InTransit), ev("2026-06-05T12:00:00+05:30", Subtag::Delivered)}),
        parcel("delhivery", "Delhivery Surface", "D3", "MH", "400003",
               {ev(pickup, Subtag::InTransit), ev("2026-06-04T12:00:00+05:30", Subtag::AttemptFailAddresseeUnavailable),
                ev("2026-06-05T12:00:00+05:30", Subtag::Delivered)}),
        parcel("delhivery", "Delhivery Surface", "D4", "MH", "400004",
               {ev(pickup, Subtag::InTransit), ev("2026-06-03T12:00:00+05:30", Subtag::ExceptionDamaged),
                ev("2026-06-06T12:00:00+05:30", Subtag::ExceptionReturnedToSender)}),
        parcel("delhivery", "Delhivery Surface", "D5", "DL", "110001",
               {ev(pickup, Subtag::InTransit), ev("2026-06-03T12:00:00+05:30", Subtag::Delivered)}),
        parcel("xpressbees", "Xpressbees Standard", "X1", "MH", "400001",
               {ev(pickup, Subtag::InTransit), ev("2026-06-03T12:00:00+05:30", Subtag::Delivered)}),
        parcel("xpressbees", "Xpressbees Standard", "X2", "MH", "400002",
               {ev(pickup, Subtag::InTransit), ev("2026-06-03T12:00:00+05:30", Subtag::Delivered)}),
        parcel("xpressbees", "Xpressbees Standard", "X3", "DL", "110002",
               {ev(pickup, Subtag::InTransit), ev("2026-06-04T12:00:00+05:30", Subtag::Delivered)}),
    };
}

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    Store()
    {
        QString error;
        db = Database::open(dir.filePath(QStringLiteral("allocation.db")), &error);
        if (!db)
            qFatal("open: %s", qPrintable(error));
        if (!ShipmentIngestor(*db).ingest(history(), test::fixedNowMs(), nullptr, &error))
            qFatal("ingest: %s", qPrintable(error));
    }
};

AllocationOrder order(const char *to = "400001,IN,MH", const char *kg = "1.2", bool cod = false)
{
    AllocationOrder o;
    o.origin = place("560001,IN,KA");
    o.destination = place(to);
    o.weightGrams = *gramsFromKilograms(QString::fromLatin1(kg));
    o.cod = cod;
    o.value = Money{100000, QStringLiteral("INR")}; // 1000.00 INR
    return o;
}

CarrierScorecard scorecardOf(const Database &db, const AllocationPolicy &policy)
{
    QList<CarrierServiceRef> services;
    for (const AllocationCarrier &c : policy.carriers)
        services << CarrierServiceRef{c.carrier, c.service};
    QString error;
    const std::optional<CarrierScorecard> card =
        CarrierScorecard::build(db, services, {QDate(2026, 3, 20), QDate(2026, 6, 17), test::fixedNowMs()}, &error);
    if (!card)
        qFatal("scorecard: %s", qPrintable(error));
    return *card;
}

QStringList rankingOf(const AllocationResult &r)
{
    QStringList names;
    for (int i : r.ranking)
        names << r.candidates.at(i).carrier;
    return names;
}

const AllocationCandidate &candidate(const AllocationResult &r, const char *carrier)
{
    for (const AllocationCandidate &c : r.candidates)
        if (c.carrier == QLatin1String(carrier))
            return c;
    qFatal("no candidate %s", carrier);
}

AllocationRule rule(const char *id, int priority, AllocationAction action, QList<CarrierServiceRef> carriers)
{
    AllocationRule r;
    r.id = QString::fromLatin1(id);
    r.priority = priority;
    r.action = action;
    r.carriers = std::move(carriers);
    return r;
}

CarrierServiceRef ref(const char *carrier)
{
    return CarrierServiceRef{QString::fromLatin1(carrier), QString()};
}

} // namespace

class TestAllocation : public QObject
{
    Q_OBJECT

private slots:
    void ratePrices_data()
    {
        QTest::addColumn<QString>("carrier");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("kg");
        QTest::addColumn<bool>("cod");
        QTest::addColumn<qint64>("valueMinor");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<qint64>("totalMinor");
        QTest::addColumn<QString>("problem");
        // Delhivery: 560001 → 560034 is zone A (prefix 56 → 56 is longer than IN → IN's "").
        QTest::newRow("slab edge 0.5 kg is the first slab") << "delhivery" << "560001,IN" << "560034,IN" << "0.5" << false
                                                            << qint64(0) << "A" << qint64(4500) << "";
        QTest::newRow("0.501 kg is the second slab") << "delhivery" << "560001,IN" << "560034,IN" << "0.501" << false
                                                     << qint64(0) << "A" << qint64(7000) << "";
        QTest::newRow("1 kg is the last slab") << "delhivery" << "560001,IN" << "560034,IN" << "1" << false << qint64(0)
                                               << "A" << qint64(7000) << "";
        // 1.2 kg: 70.00 + ⌈0.2 ÷ 0.5⌉ = 1 step of 30.00 = 100.00.
        QTest::newRow("1.2 kg adds one step") << "delhivery" << "560001,IN" << "560034,IN" << "1.2" << false << qint64(0)
                                              << "A" << qint64(10000) << "";
        // 2 kg: 70.00 + ⌈1.0 ÷ 0.5⌉ = 2 steps = 130.00; 2.001 kg: 3 steps = 160.00.
        QTest::newRow("2 kg adds two steps") << "delhivery" << "560001,IN" << "560034,IN" << "2" << false << qint64(0)
                                             << "A" << qint64(13000) << "";
        QTest::newRow("2.001 kg adds three") << "delhivery" << "560001,IN" << "560034,IN" << "2.001" << false << qint64(0)
                                             << "A" << qint64(16000) << "";
        // 560001 → 400001: no A row matches both, so IN → IN's zone D: 100.00 + 1 step of 45.00.
        QTest::newRow("national zone") << "delhivery" << "560001,IN" << "400001,IN" << "1.2" << false << qint64(0) << "D"
                                       << qint64(14500) << "";
        // 400001 → 411051: prefix 4 → 4 is zone A.
        QTest::newRow("one-digit prefixes") << "delhivery" << "400001,IN" << "411051,IN" << "0.3" << false << qint64(0)
                                            << "A" << qint64(4500) << "";
        // COD 35.00 or 1.5 %, whichever is higher: of 1000.00, 15.00 → 35.00; of 4000.00, 60.00.
        QTest::newRow("cod fixed fee wins") << "delhivery" << "560001,IN" << "560034,IN" << "0.5" << true
                                            << qint64(100000) << "A" << qint64(8000) << "";
        QTest::newRow("cod percent wins") << "delhivery" << "560001,IN" << "560034,IN" << "0.5" << true
                                          << qint64(400000) << "A" << qint64(10500) << "";
        // 1.5 % of 3333.33 = 49.99995 → 50.00 (half up): 45.00 + 50.00.
        QTest::newRow("cod percent rounds half up") << "delhivery" << "560001,IN" << "560034,IN" << "0.5" << true
                                                    << qint64(333333) << "A" << qint64(9500) << "";
        // Blue Dart: 2 % only: of 1000.00 is 20.00 → 170.00.
        QTest::newRow("cod percent only") << "bluedart" << "560001,IN" << "110001,IN" << "2" << true << qint64(100000)
                                          << "METRO" << qint64(17000) << "";
        QTest::newRow("unknown zone") << "bluedart" << "560001,IN" << "400001,IN" << "1" << false << qint64(0) << ""
                                      << qint64(0) << "no zone of bluedart for IN 560001 → IN 400001 on the rate card";
        QTest::newRow("unknown country") << "delhivery" << "560001,IN" << "10001,US" << "1" << false << qint64(0) << ""
                                         << qint64(0) << "no zone of delhivery for IN 560001 → US 10001 on the rate card";
        QTest::newRow("above the last slab, no increment")
            << "bluedart" << "560001,IN" << "110001,IN" << "2.5" << false << qint64(0) << "METRO" << qint64(0)
            << "2.5 kg is above the last slab of bluedart Blue Dart Apex in zone \"METRO\" (2 kg) and the rate card has no "
               "increment";
    }

    void ratePrices()
    {
        QFETCH(QString, carrier);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, kg);
        QFETCH(bool, cod);
        QFETCH(qint64, valueMinor);
        QFETCH(QString, zone);
        QFETCH(qint64, totalMinor);
        QFETCH(QString, problem);
        const RateCard card = indiaCard();
        const QString service = carrier == QLatin1String("bluedart") ? QStringLiteral("Blue Dart Apex")
                                                                     : QStringLiteral("Delhivery Surface");
        RateQuestion q{carrier, service, place(from.toLatin1().constData()), place(to.toLatin1().constData()),
                       *gramsFromKilograms(kg), cod, std::nullopt};
        if (valueMinor > 0)
            q.value = Money{valueMinor, QStringLiteral("INR")};
        const RateQuote quote = card.quote(q);
        QCOMPARE(quote.problem, problem);
        QCOMPARE(quote.zone, zone);
        QCOMPARE(quote.total.minor, totalMinor);
        if (problem.isEmpty())
            QCOMPARE(quote.total.currency, QStringLiteral("INR"));
    }

    void rateCardErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("errors");
        const QByteArray zone = "zone,dhl,,IN,,IN,,Z,,,,,,\n";
        QTest::newRow("empty file") << QByteArray() << QStringList{
            QStringLiteral("r.csv: the file is empty (it needs a header line: kind,carrier,service,origin_country,"
                           "origin_prefix,destination_country,destination_prefix,zone,up_to_kg,step_kg,price,fixed,"
                           "percent,currency)")};
        QTest::newRow("unknown column") << QByteArray("kind,carrier,weight\n") << QStringList{
            QStringLiteral("r.csv:1: column 3 \"weight\" is not a rate card column (the columns are kind, carrier, "
                           "service, origin_country, origin_prefix, destination_country, destination_prefix, zone, "
                           "up_to_kg, step_kg, price, fixed, percent, currency)")};
        QTest::newRow("malformed price") << Header + zone + "slab,dhl,*,,,,,Z,1,,12;50,,,INR\n" << QStringList{
            QStringLiteral("r.csv:3:price: \"12;50\" is not an amount (digits with at most 2 decimals, no sign, no "
                           "thousands separator)")};
        QTest::newRow("too many decimals") << Header + zone + "slab,dhl,*,,,,,Z,1,,12.505,,,INR\n" << QStringList{
            QStringLiteral("r.csv:3:price: \"12.505\" is not an amount (digits with at most 2 decimals, no sign, no "
                           "thousands separator)")};
        QTest::newRow("negative weight") << Header + zone + "slab,dhl,*,,,,,Z,-1,,12.50,,,INR\n" << QStringList{
            QStringLiteral("r.csv:3:up_to_kg: \"-1\" is not a weight in kilograms (a number above 0 with at most 3 "
                           "decimals: \"0.5\", \"10\")")};
        QTest::newRow("zero weight") << Header + zone + "slab,dhl,*,,,,,Z,0,,12.50,,,INR\n" << QStringList{
            QStringLiteral("r.csv:3:up_to_kg: \"0\" is not a weight in kilograms (a number above 0 with at most 3 "
                           "decimals: \"0.5\", \"10\")")};
        QTest::newRow("duplicate slab") << Header + zone + "slab,dhl,*,,,,,Z,1,,12.50,,,INR\nslab,dhl,*,,,,,Z,1.000,,13,,,INR\n"
                                        << QStringList{QStringLiteral(
                                               "r.csv:4:up_to_kg: repeats line 3 (the same carrier, service, zone and weight)")};
        QTest::newRow("duplicate zone") << Header + zone + "zone,dhl,,IN,,IN,,Y,,,,,,\n" << QStringList{
            QStringLiteral("r.csv:3:destination_prefix: repeats line 2 (the same carrier, origin and destination)")};
        QTest::newRow("undefined zone") << Header + zone + "slab,dhl,*,,,,,Q,1,,12,,,INR\n" << QStringList{
            QStringLiteral("r.csv:3:zone: no zone row of dhl defines zone \"Q\"")};
        QTest::newRow("increment without slab") << Header + zone + "increment,dhl,*,,,,,Z,,0.5,5,,,INR\n" << QStringList{
            QStringLiteral("r.csv:3:zone: has no slab of dhl * in zone \"Z\" to add to")};
        QTest::newRow("two currencies") << Header + zone + "slab,dhl,*,,,,,Z,1,,12,,,INR\nslab,dhl,*,,,,,Z,2,,20,,,USD\n"
                                        << QStringList{QStringLiteral(
                                               "r.csv:4:currency: is USD, but line 3 prices dhl in INR: one carrier's "
                                               "rates are in one currency")};
        QTest::newRow("unknown kind") << Header + "surcharge,dhl,,,,,,,,,,,,\n" << QStringList{
            QStringLiteral("r.csv:2:kind: \"surcharge\" is not a kind of row (zone, slab, increment or cod)")};
        QTest::newRow("field of another kind") << Header + "zone,dhl,,IN,,IN,,Z,,,5.00,,,\n" << QStringList{
            QStringLiteral("r.csv:2:price: is not used by a zone row and must be empty")};
        QTest::newRow("bad country and carrier") << Header + "zone,DHL,,India,,IN,,Z,,,,,,\n" << QStringList{
            QStringLiteral("r.csv:2:carrier: \"DHL\" is not a carrier code (lower-case letters, digits, '_' or '-', as "
                           "the store names carriers: \"ups\", \"delhivery\")"),
            QStringLiteral("r.csv:2:origin_country: \"India\" is not a country code (two capital letters, ISO 3166-1: "
                           "\"IN\")")};
        QTest::newRow("cod without fee") << Header + zone + "cod,dhl,*,,,,,,,,,,,INR\n" << QStringList{
            QStringLiteral("r.csv:3:fixed: a cod row needs a fixed fee, a percent or both")};
        QTest::newRow("percent above 100") << Header + zone + "cod,dhl,*,,,,,,,,,,100.5,INR\n" << QStringList{
            QStringLiteral("r.csv:3:percent: \"100.5\" is not a percentage from 0 to 100 with at most 2 decimals")};
        QTest::newRow("unclosed quote") << Header + zone + "zone,dhl,,IN,\"11,IN,,Z,,,,,,\n" << QStringList{
            QStringLiteral("r.csv:3: a quoted field is never closed")};
        QTest::newRow("too many fields") << Header + "zone,dhl,,IN,,IN,,Z,,,,,,,extra\n" << QStringList{
            QStringLiteral("r.csv:2: 15 fields, but the header has 14 columns")};
    }

    void rateCardErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, errors);
        QStringList got;
        QVERIFY(!RateCard::fromCsv(csv, QStringLiteral("r.csv"), &got));
        QCOMPARE(got, errors);
    }

    void rateCardQuotedFieldsAndCrlf()
    {
        // A quoted service with a comma, CRLF line ends and a BOM.
        const QByteArray csv = "\xEF\xBB\xBF" + QByteArray(Header).replace("\n", "\r\n")
            + "zone,dhl,,IN,,IN,,Z,,,,,,\r\n\r\nslab,dhl,\"Express, Next Day\",,,,,Z,1,,99.99,,,INR\r\n";
        QStringList errors;
        const std::optional<RateCard> card = RateCard::fromCsv(csv, QStringLiteral("r.csv"), &errors);
        QVERIFY2(card, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(card->slabs().size(), 1);
        QCOMPARE(card->slabs().constFirst().service, QStringLiteral("Express, Next Day"));
        QCOMPARE(card->slabs().constFirst().line, 4);
        QCOMPARE(card->slabs().constFirst().price, (Money{9999, QStringLiteral("INR")}));
    }

    void policyErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errors");
        QTest::newRow("not json") << QByteArray("{\"version\": 1,") << QStringLiteral(
            "the document is not JSON at line 1, column 15: unterminated object");
        QTest::newRow("version missing") << QByteArray("{}") << QStringLiteral(
            "version: is required (the policy's version number)");
        QTest::newRow("unknown member") << QByteArray(R"({"version": 1, "weight": {}})")
                                        << QStringLiteral("weight: is not a setting of the allocation policy");
        QTest::newRow("bad time zone") << QByteArray(R"({"version": 1, "time_zone": "Mars/Base"})") << QStringLiteral(
            "time_zone: must be an IANA time zone such as \"Asia/Kolkata\" or \"UTC\"");
        QTest::newRow("all weights zero") << QByteArray(R"({"version": 1, "weights": {"on_time": 0, "first_attempt": 0,
            "ndr": 0, "rto": 0, "damage_loss": 0, "transit_p50": 0, "cost": 0}})")
                                          << QStringLiteral("weights: must give at least one term a weight above 0");
        QTest::newRow("carrier without service") << QByteArray(R"({"version": 1, "carriers": [{"carrier": "ups"}]})")
                                                 << QStringLiteral("carriers[0].service: is required (the service as the "
                                                                   "carrier names it, \"Surface\")");
        QTest::newRow("carrier listed twice") << QByteArray(R"({"version": 1, "carriers": [{"carrier": "ups", "service": "G"},
            {"carrier": "ups", "service": "G"}]})") << QStringLiteral("carriers[1].service: ups/G is listed twice");
        QTest::newRow("bad blocklist entry") << QByteArray(R"({"version": 1, "carriers": [{"carrier": "ups", "service": "G",
            "blocklist": ["US"]}]})") << QStringLiteral(
            "carriers[0].blocklist[0]: \"US\" names no postal code (\"IN:110099\", or \"IN:1100*\" for a prefix)");
        QTest::newRow("bad weight") << QByteArray(R"({"version": 1, "carriers": [{"carrier": "ups", "service": "G",
            "max_weight_kg": 0.0001}]})") << QStringLiteral(
            "carriers[0].max_weight_kg: must be a weight in kilograms above 0, with at most 3 decimals");
        QTest::newRow("bad money") << QByteArray(R"({"version": 1, "carriers": [{"carrier": "ups", "service": "G",
            "max_value": [{"amount": "1,000", "currency": "USD"}]}]})") << QStringLiteral(
            "carriers[0].max_value[0].amount: \"1,000\" is not an amount of USD (digits with at most 2 decimals, no sign "
            "or separators)");
        QTest::newRow("rule names an unknown carrier") << QByteArray(R"({"version": 1, "carriers": [{"carrier": "ups",
            "service": "G"}], "rules": [{"id": "r", "action": "prefer", "carriers": ["fedex"]}]})")
                                                       << QStringLiteral("rules[0].carriers[0]: \"fedex\" is not one of the "
                                                                         "policy's carriers");
        QTest::newRow("rule action") << QByteArray(R"({"version": 1, "carriers": [{"carrier": "ups", "service": "G"}],
            "rules": [{"id": "r", "action": "boost", "carriers": ["ups"]}]})")
                                     << QStringLiteral("rules[0].action: must be \"restrict\", \"prefer\" or \"exclude\"");
        QTest::newRow("duplicate rule id") << QByteArray(R"({"version": 1, "carriers": [{"carrier": "ups", "service": "G"}],
            "rules": [{"id": "r", "action": "prefer", "carriers": ["ups"]}, {"id": "r", "action": "exclude",
            "carriers": ["ups/G"]}]})") << QStringLiteral("rules[1].id: \"r\" is the id of an earlier rule");
        QTest::newRow("split not 100") << QByteArray(R"({"version": 1, "carriers": [{"carrier": "ups", "service": "G"},
            {"carrier": "dhl", "service": "E"}], "splits": [{"id": "s", "shares": [{"carrier": "ups", "percent": 60},
            {"carrier": "dhl", "percent": 30}]}]})") << QStringLiteral("splits[0].shares: percents sum to 90, not 100");
        QTest::newRow("cap twice") << QByteArray(R"({"version": 1, "carriers": [{"carrier": "ups", "service": "G"}],
            "caps": [{"carrier": "ups", "daily": 5}, {"carrier": "ups", "daily": 6}]})")
                                   << QStringLiteral("caps[1].carrier: ups has a cap already");
        QTest::newRow("condition payment and weights") << QByteArray(R"({"version": 1, "carriers": [{"carrier": "ups",
            "service": "G"}], "rules": [{"id": "r", "action": "prefer", "carriers": ["ups"], "when": {"payment": "card",
            "min_weight_kg": 5, "max_weight_kg": 2}}]})") << QStringLiteral(
            "rules[0].when.max_weight_kg: is below min_weight_kg\nrules[0].when.payment: must be \"cod\" or \"prepaid\"");
    }

    void policyErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errors);
        QList<FieldError> got;
        QVERIFY(!AllocationPolicy::fromJson(json, &got));
        QCOMPARE(SettingsReader::describe(got), errors);
    }

    void policyNormalFormReadsBack()
    {
        const AllocationPolicy policy = indiaPolicy();
        QCOMPARE(policy.carriers.size(), 3);
        QCOMPARE(policy.carriers.at(0).maxWeightGrams, std::optional<qint64>(20000));
        QCOMPARE(policy.carriers.at(0).blocklist.at(1).text(), QStringLiteral("IN:1100*"));
        QCOMPARE(policy.weights.total(), 100);
        const QByteArray normal = policy.toJson();
        QList<FieldError> errors;
        const std::optional<AllocationPolicy> again = AllocationPolicy::fromJson(normal, &errors);
        QVERIFY2(again, qPrintable(SettingsReader::describe(errors)));
        QCOMPARE(again->toJson(), normal);
    }

    void badSettingsAreRefusedAndThePreviousStays()
    {
        Store store;
        TeamSettingsStore settings(*store.db);
        const qint64 now = test::fixedNowMs();
        QVERIFY(settings.save(QString::fromLatin1(AllocationSettings::PolicyName), fixture("policy-india.json"), 0,
                              QStringLiteral("lead"), now).ok());
        QVERIFY(settings.save(QString::fromLatin1(AllocationSettings::RateCardName),
                              AllocationSettings::rateCardDocument(indiaCard()), 0, QStringLiteral("lead"), now).ok());
        // A policy with an error and a rate card with one: both refused, with the field.
        const TeamSettingsStore::PutOutcome policy = settings.save(
            QString::fromLatin1(AllocationSettings::PolicyName), QByteArray(R"({"version": 2, "time_zone": "Nowhere"})"),
            1, QStringLiteral("lead"), now);
        QCOMPARE(policy.status, TeamSettingsStore::PutOutcome::Status::Invalid);
        QCOMPARE(policy.errors.constFirst().field, QStringLiteral("time_zone"));
        QByteArray broken = fixture("rates-india.csv");
        broken.replace("45.00", "45.0.0");
        const TeamSettingsStore::PutOutcome card = settings.save(
            QString::fromLatin1(AllocationSettings::RateCardName),
            QByteArray(QByteArray(R"({"source": "new.csv", "csv": ")") + QByteArray(broken).replace("\n", "\\n") + "\"}"), 1,
            QStringLiteral("lead"), now);
        QCOMPARE(card.status, TeamSettingsStore::PutOutcome::Status::Invalid);
        QCOMPARE(card.errors.constFirst().field, QStringLiteral("csv"));
        QCOMPARE(card.errors.constFirst().detail,
                 QStringLiteral("new.csv:5:price: \"45.0.0\" is not an amount (digits with at most 2 decimals, no sign, "
                                "no thousands separator)"));
        const AllocationSettings::InForce in = AllocationSettings::read(*store.db);
        QCOMPARE(in.problem, QString());
        QCOMPARE(in.policyVersion, 1);
        QCOMPARE(in.policy.timeZone, QStringLiteral("Asia/Kolkata"));
        QCOMPARE(in.rateCardVersion, 1);
        QCOMPARE(in.rateCard.source(), QStringLiteral("rates-india.csv"));
        QCOMPARE(in.rateCard.slabs().size(), 6);
    }

    void scorecardBacksOff()
    {
        Store store;
        const CarrierScorecard card = scorecardOf(*store.db, indiaPolicy());
        const ScorecardLookup d = card.lookup(QStringLiteral("delhivery"), QStringLiteral("Delhivery Surface"),
                                              QStringLiteral("IN-KA → IN-MH"), QStringLiteral("IN"), 3);
        QCOMPARE(d.level, std::optional<ScorecardLevel>(ScorecardLevel::ServiceLane));
        QCOMPARE(d.metrics.shipments, 4);
        QCOMPARE(d.metrics.onTime.value, std::optional<double>(1.0));
        QCOMPARE(d.metrics.onTime.n, 3);
        QCOMPARE(d.metrics.firstAttempt.value, std::optional<double>(2.0 / 3.0));
        QCOMPARE(d.metrics.ndr.value, std::optional<double>(0.25));
        QCOMPARE(d.metrics.rto.value, std::optional<double>(0.25));
        QCOMPARE(d.metrics.damageLoss.value, std::optional<double>(0.25));
        QCOMPARE(d.metrics.transitP50.value, std::optional<double>(4));
        QCOMPARE(d.metrics.transitP90.value, std::optional<double>(4));
        QCOMPARE(d.triedText(), QStringList{QStringLiteral("service × lane IN-KA → IN-MH: 4 shipments")});

        const ScorecardLookup x = card.lookup(QStringLiteral("xpressbees"), QStringLiteral("Xpressbees Standard"),
                                              QStringLiteral("IN-KA → IN-MH"), QStringLiteral("IN"), 3);
        QCOMPARE(x.level, std::optional<ScorecardLevel>(ScorecardLevel::ServiceDestination));
        QCOMPARE(x.key, QStringLiteral("IN"));
        QCOMPARE(x.metrics.shipments, 3);
        QCOMPARE(x.metrics.transitP50.value, std::optional<double>(2));
        QCOMPARE(x.metrics.damageLoss.value, std::optional<double>(0));
        QCOMPARE(x.triedText(), (QStringList{QStringLiteral("service × lane IN-KA → IN-MH: 2 shipments"),
                                       QStringLiteral("service × destination IN: 3 shipments")}));

        // Asking for 6: Delhivery's lane (4) and destination (5) back off to the carrier (5 < 6):
        // not enough history anywhere, and the trace gives each level's n.
        const ScorecardLookup sparse = card.lookup(QStringLiteral("delhivery"), QStringLiteral("Delhivery Surface"),
                                                   QStringLiteral("IN-KA → IN-MH"), QStringLiteral("IN"), 6);
        QCOMPARE(sparse.level, std::nullopt);
        QCOMPARE(sparse.triedText(), (QStringList{QStringLiteral("service × lane IN-KA → IN-MH: 4 shipments"),
                                            QStringLiteral("service × destination IN: 5 shipments"),
                                            QStringLiteral("carrier delhivery: 5 shipments")}));
        // No region given: the lane is unknown and the lookup says so.
        QCOMPARE(CarrierScorecard::laneKey(place("560001,IN"), place("400001,IN,MH")), QString());
        QCOMPARE(CarrierScorecard::laneKey(place("560001,IN,KA"), place("10001,US")), QStringLiteral("IN-KA → US"));
        const ScorecardLookup noLane = card.lookup(QStringLiteral("delhivery"), QStringLiteral("Delhivery Surface"),
                                                   QString(), QStringLiteral("IN"), 3);
        QCOMPARE(noLane.triedText().constFirst(), QStringLiteral("service × lane (unknown): not known for this order"));
        QCOMPARE(noLane.level, std::optional<ScorecardLevel>(ScorecardLevel::ServiceDestination));
    }

    void scoresAndTrace()
    {
        Store store;
        const AllocationPolicy policy = indiaPolicy();
        const RateCard rates = indiaCard();
        const CarrierScorecard card = scorecardOf(*store.db, policy);
        const AllocationRecommender recommender(policy, rates, card);
        AllocationOrder o = order();
        o.promised = QDate(2026, 6, 20);
        const AllocationResult r = recommender.recommend(o, AllocationDayCounts{QDate(2026, 6, 17), {}, {}});
        // Blue Dart delivers to IN:11 only. Xpressbees: every rate perfect (100 % on time and
        // first attempt, no NDR, RTO or damage), the fastest (P50 2) and the cheapest
        // (80.00 + 1 step of 40.00 = 120.00): 100 points. Delhivery: 40 × 1 + 10 × 2/3
        // + 10 × 0.75 × 3 + 10 × (2 + 1) ÷ (4 + 1) + 10 × 120 ÷ 145 = 83.4425 points.
        QCOMPARE(rankingOf(r), (QStringList{QStringLiteral("xpressbees"), QStringLiteral("delhivery")}));
        QCOMPARE(candidate(r, "bluedart").exclusions,
                 QStringList{QStringLiteral("does not deliver to IN 400001 (destinations: IN:11)")});
        const AllocationCandidate &x = candidate(r, "xpressbees");
        QVERIFY(qAbs(x.score - 100.0) < 1e-9);
        const AllocationCandidate &d = candidate(r, "delhivery");
        QVERIFY2(qAbs(d.score - (40 + 20.0 / 3 + 22.5 + 6 + 1200.0 / 145)) < 1e-9, qPrintable(QString::number(d.score)));
        QCOMPARE(d.quote.total, (Money{14500, QStringLiteral("INR")}));
        QCOMPARE(d.quote.zone, QStringLiteral("D"));
        QCOMPARE(d.terms.size(), 7);
        const AllocationScoreTerm &transit = d.terms.at(5);
        QCOMPARE(QLatin1String(transit.code), QLatin1String("transit_p50"));
        QCOMPARE(transit.raw, std::optional<double>(4));
        QCOMPARE(transit.n, 3);
        QCOMPARE(transit.normalised, 0.6);
        QCOMPARE(transit.weight, 10);
        QCOMPARE(transit.contribution, 6.0);
        const AllocationScoreTerm &ndr = d.terms.at(2);
        QCOMPARE(ndr.raw, std::optional<double>(0.25));
        QCOMPARE(ndr.normalised, 0.75);
        QCOMPARE(ndr.note, QString());
        QCOMPARE(ndr.explanation(QStringLiteral("INR")), QStringLiteral("1 − 25.0 %"));
        QCOMPARE(transit.explanation(QStringLiteral("INR")), QStringLiteral("P50 4 days; fastest 2: (2 + 1) ÷ (4 + 1)"));
        QCOMPARE(d.terms.at(6).explanation(QStringLiteral("INR")), QStringLiteral("145.00 INR; cheapest 120.00 INR"));
        // P50 arrival: 17 June + 4 days = 21 June, after the promise of 20 June; Xpressbees 19 June.
        QCOMPARE(d.arrivalP50, std::optional<QDate>(QDate(2026, 6, 21)));
        QCOMPARE(d.meetsPromise, std::optional<bool>(false));
        QCOMPARE(x.meetsPromise, std::optional<bool>(true));
        const QString text = r.text();
        QVERIFY2(text.contains(QStringLiteral("recommended: xpressbees/Xpressbees Standard\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("  bluedart/Blue Dart Apex: not eligible: does not deliver to IN 400001 "
                                              "(destinations: IN:11)\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("    scorecard: service_destination IN, n = 3 (tried service × lane IN-KA → "
                                              "IN-MH: 2 shipments; service × destination IN: 3 shipments)\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("    price: 145.00 INR (zone D, slab up to 1 kg 100.00 INR, 1 × 0.5 kg at "
                                              "45.00 INR)\n")), qPrintable(text));
        // The JSON carries the same terms.
        json::Parser parser;
        const QByteArray json = r.json();
        const auto root = parser.parse(json.constData(), json.size());
        QVERIFY(root);
        QCOMPARE((*root)["recommended"]["carrier"].toString(), QStringLiteral("xpressbees"));
        const json::Value dj = (*root)["candidates"][0];
        QCOMPARE(dj["carrier"].toString(), QStringLiteral("delhivery"));
        QCOMPARE(dj["scorecard"]["level"].toString(), QStringLiteral("service_lane"));
        QCOMPARE(dj["scorecard"]["n"].toInt(), std::optional<qint64>(4));
        QCOMPARE(dj["terms"][5]["term"].toString(), QStringLiteral("transit_p50"));
        QCOMPARE(dj["terms"][5]["contribution"].toDouble(), std::optional<double>(6.0));
        QCOMPARE(dj["price"]["total_minor"].toInt(), std::optional<qint64>(14500));
        QCOMPARE((*root)["candidates"][2]["eligible"].toBool(), std::optional<bool>(false));
    }

    void eligibility_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("kg");
        QTest::addColumn<bool>("cod");
        QTest::addColumn<qint64>("valueMinor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QStringList>("ranking");
        QTest::addColumn<QString>("delhiveryExcluded");
        QTest::addColumn<QString>("xpressbeesExcluded");
        const QStringList both{QStringLiteral("xpressbees"), QStringLiteral("delhivery")};
        QTest::newRow("prepaid") << "400001,IN,MH" << "1.2" << false << qint64(100000) << "INR" << both << "" << "";
        QTest::newRow("blocklisted code") << "400099,IN,MH" << "1.2" << false << qint64(100000) << "INR"
                                          << QStringList{QStringLiteral("xpressbees")}
                                          << "IN 400099 is on its blocklist (IN:400099)" << "";
        QTest::newRow("blocklisted prefix") << "110045,IN,DL" << "1.2" << false << qint64(100000) << "INR"
                                            << QStringList{QStringLiteral("xpressbees"), QStringLiteral("bluedart")}
                                            << "IN 110045 is on its blocklist (IN:1100*)" << "";
        QTest::newRow("cod") << "400001,IN,MH" << "1.2" << true << qint64(100000) << "INR"
                             << QStringList{QStringLiteral("delhivery")} << ""
                             << "does not collect cash on delivery";
        QTest::newRow("at the maximum weight") << "400001,IN,MH" << "10" << false << qint64(100000) << "INR" << both
                                               << "" << "";
        QTest::newRow("above the maximum weight") << "400001,IN,MH" << "10.001" << false << qint64(100000) << "INR"
                                                  << QStringList{QStringLiteral("delhivery")} << ""
                                                  << "10.001 kg is above its maximum weight of 10 kg";
        QTest::newRow("at the maximum value") << "400001,IN,MH" << "1" << false << qint64(5000000) << "INR" << both
                                              << "" << "";
        QTest::newRow("above the maximum value") << "400001,IN,MH" << "1" << false << qint64(5000001) << "INR"
                                                 << QStringList{QStringLiteral("xpressbees")}
                                                 << "the value 50000.01 INR is above its maximum of 50000.00 INR" << "";
        QTest::newRow("value in another currency") << "400001,IN,MH" << "1" << false << qint64(100) << "USD"
                                                   << QStringList{QStringLiteral("xpressbees")}
                                                   << "carries at most 50000.00 INR, and the order's value is in USD" << "";
        QTest::newRow("abroad") << "10001,US" << "1" << false << qint64(100000) << "INR" << QStringList{}
                                << "does not deliver to US 10001 (destinations: IN)"
                                << "does not deliver to US 10001 (destinations: IN)";
    }

    void eligibility()
    {
        QFETCH(QString, to);
        QFETCH(QString, kg);
        QFETCH(bool, cod);
        QFETCH(qint64, valueMinor);
        QFETCH(QString, currency);
        QFETCH(QStringList, ranking);
        QFETCH(QString, delhiveryExcluded);
        QFETCH(QString, xpressbeesExcluded);
        Store store;
        const AllocationPolicy policy = indiaPolicy();
        const RateCard rates = indiaCard();
        const CarrierScorecard card = scorecardOf(*store.db, policy);
        AllocationOrder o = order(to.toLatin1().constData(), kg.toLatin1().constData(), cod);
        o.value = Money{valueMinor, currency};
        const AllocationResult r = AllocationRecommender(policy, rates, card).recommend(o, {QDate(2026, 6, 17), {}, {}});
        QCOMPARE(rankingOf(r), ranking);
        QCOMPARE(candidate(r, "delhivery").exclusions.join(QStringLiteral("; ")), delhiveryExcluded);
        QCOMPARE(candidate(r, "xpressbees").exclusions.join(QStringLiteral("; ")), xpressbeesExcluded);
    }

    void rulesApplyByPriority()
    {
        Store store;
        AllocationPolicy policy = indiaPolicy();
        const RateCard rates = indiaCard();
        const CarrierScorecard card = scorecardOf(*store.db, policy);
        // Written in the reverse order of their priorities.
        policy.rules = {rule("only-xb", 5, AllocationAction::Restrict, {ref("xpressbees")}),
                        rule("heavy-no-dl", 1, AllocationAction::Exclude, {ref("delhivery")}),
                        rule("prefer-dl", 2, AllocationAction::Prefer, {ref("delhivery")})};
        policy.rules[0].when.destinations = {*PostalPattern::parse(u"IN:11", false, nullptr)};
        policy.rules[1].when.minWeightGrams = 5000;
        const AllocationRecommender recommender(policy, rates, card);
        const AllocationDayCounts none{QDate(2026, 6, 17), {}, {}};

        // 1.2 kg to Mumbai: only "prefer-dl" matches: Delhivery first despite its lower score.
        AllocationResult r = recommender.recommend(order(), none);
        QCOMPARE(r.rulesMatched, QStringList{QStringLiteral("rule prefer-dl (priority 2): prefer delhivery")});
        QCOMPARE(rankingOf(r), (QStringList{QStringLiteral("delhivery"), QStringLiteral("xpressbees")}));
        QCOMPARE(candidate(r, "delhivery").rules, QStringList{QStringLiteral("rule prefer-dl (priority 2): prefer delhivery")});

        // 6 kg: "heavy-no-dl" (priority 1) excludes Delhivery before "prefer-dl" can prefer it.
        r = recommender.recommend(order("400001,IN,MH", "6"), none);
        QCOMPARE(r.rulesMatched, (QStringList{QStringLiteral("rule heavy-no-dl (priority 1): exclude delhivery"),
                                              QStringLiteral("rule prefer-dl (priority 2): prefer delhivery")}));
        QCOMPARE(rankingOf(r), QStringList{QStringLiteral("xpressbees")});
        QCOMPARE(candidate(r, "delhivery").exclusions, QStringList{QStringLiteral("excluded by rule heavy-no-dl")});

        // To Delhi (IN:11, off Delhivery's blocklist IN:1100*): "prefer-dl" then "only-xb"
        // (priority 5), which keeps Xpressbees only.
        r = recommender.recommend(order("110101,IN,DL"), none);
        QCOMPARE(r.rulesMatched, (QStringList{QStringLiteral("rule prefer-dl (priority 2): prefer delhivery"),
                                              QStringLiteral("rule only-xb (priority 5): restrict xpressbees")}));
        QCOMPARE(rankingOf(r), QStringList{QStringLiteral("xpressbees")});
        QCOMPARE(candidate(r, "delhivery").exclusions,
                 QStringList{QStringLiteral("rule only-xb restricts this order to xpressbees")});
        QCOMPARE(candidate(r, "bluedart").exclusions,
                 QStringList{QStringLiteral("rule only-xb restricts this order to xpressbees")});
    }

    void capReachedOverflowsToTheNext()
    {
        Store store;
        AllocationPolicy policy = indiaPolicy();
        policy.caps = {AllocationCap{ref("xpressbees"), 2}};
        const RateCard rates = indiaCard();
        const CarrierScorecard card = scorecardOf(*store.db, policy);
        const AllocationRecommender recommender(policy, rates, card);
        AllocationLedger ledger(*store.db);
        QString error;
        const QDate today(2026, 6, 17);
        // The caps count what the store holds for the day: one yesterday does not count.
        for (const QDate day : {today.addDays(-1), today, today}) {
            AllocationRecord rec;
            rec.day = day;
            rec.carrier = QStringLiteral("xpressbees");
            rec.service = QStringLiteral("Xpressbees Standard");
            rec.allocatedAtMs = test::fixedNowMs();
            QVERIFY2(ledger.record(rec, &error), qPrintable(error));
            if (day == today && ledger.counts(today, &error)->perService.value(QStringLiteral("xpressbees/Xpressbees Standard")) == 1) {
                const AllocationResult below = recommender.recommend(order(), *ledger.counts(today, &error));
                QCOMPARE(rankingOf(below).constFirst(), QStringLiteral("xpressbees"));
                QCOMPARE(below.steps, QStringList{QStringLiteral("cap xpressbees: 1 of 2 allocated on 2026-06-17")});
            }
        }
        const std::optional<AllocationDayCounts> counts = ledger.counts(today, &error);
        QVERIFY2(counts, qPrintable(error));
        const AllocationResult r = recommender.recommend(order(), *counts);
        QCOMPARE(rankingOf(r), QStringList{QStringLiteral("delhivery")});
        QCOMPARE(r.steps, QStringList{QStringLiteral("cap xpressbees: 2 of 2 allocated on 2026-06-17: reached, its orders "
                                                     "overflow to the next carrier")});
        const AllocationCandidate &x = candidate(r, "xpressbees");
        QVERIFY(x.capReached);
        QCOMPARE(x.exclusions, QStringList{QStringLiteral("daily cap of 2 reached (2 allocated on 2026-06-17)")});
        // The next day starts at 0.
        QCOMPARE(rankingOf(recommender.recommend(order(), *ledger.counts(today.addDays(1), &error))).constFirst(),
                 QStringLiteral("xpressbees"));
    }

    void splitKeepsItsProportions()
    {
        Store store;
        QString error;
        TeamSettingsStore settings(*store.db);
        AllocationPolicy policy = indiaPolicy();
        AllocationSplit split;
        split.id = QStringLiteral("in-70-30");
        split.when.destinations = {*PostalPattern::parse(u"IN", false, nullptr)};
        split.shares = {AllocationShare{ref("delhivery"), 70}, AllocationShare{ref("xpressbees"), 30}};
        policy.splits = {split};
        QVERIFY(settings.save(QString::fromLatin1(AllocationSettings::PolicyName), policy.toJson(), 0,
                              QStringLiteral("lead"), test::fixedNowMs()).ok());
        const std::optional<CarrierAllocator> allocator = CarrierAllocator::open(*store.db, test::fixedNowMs(), &error);
        QVERIFY2(allocator, qPrintable(error));
        // The share furthest below its percentage gets each order (p × (n + 1) − 100 × its count;
        // ties to the first listed): D X D D D X D D X D, then the same every ten.
        QString sequence;
        for (int i = 0; i < 100; ++i) {
            const std::optional<AllocationResult> r = allocator->allocate(order(), &error);
            QVERIFY2(r, qPrintable(error));
            QCOMPARE(r->split, QStringLiteral("in-70-30"));
            sequence += r->best()->carrier == QLatin1String("delhivery") ? QLatin1Char('D') : QLatin1Char('X');
            QVERIFY2(allocator->record(*r, order(), QStringLiteral("order-%1").arg(i), &error), qPrintable(error));
        }
        QCOMPARE(sequence.left(10), QStringLiteral("DXDDDXDDXD"));
        QCOMPARE(sequence.count(QLatin1Char('D')), 70);
        QCOMPARE(sequence.count(QLatin1Char('X')), 30);
        const std::optional<AllocationDayCounts> counts = AllocationLedger(*store.db).counts(QDate(2026, 6, 17), &error);
        QCOMPARE(counts->perSplit.value(QStringLiteral("in-70-30")).value(QStringLiteral("delhivery/Delhivery Surface")), 70);
        // A COD order: Xpressbees cannot take it, so the split gives it to Delhivery whatever the counts.
        const std::optional<AllocationResult> cod = allocator->allocate(order("400001,IN,MH", "1", true), &error);
        QCOMPARE(cod->best()->carrier, QStringLiteral("delhivery"));
        QCOMPARE(cod->steps.constFirst(), QStringLiteral("split in-70-30: delhivery 70 % (70 today); xpressbees 30 % (30 "
                                                         "today): not available for this order; this order goes to "
                                                         "delhivery/Delhivery Surface, furthest below its share"));
    }

    void whatIfEstimatesFromTheDaysBefore()
    {
        Store store;
        // Three orders of 15 June (re-run window: the 5 days 13–17 June), promised for 30
        // June. O1 is damaged and returned: had the scorecard read the re-run days,
        // Delhivery's lane would have n 5 and an RTO rate of 2/5; it keeps n 4 and 1/4.
        const auto rerun = [](const char *carrier, const char *service, const char *tracking, const char *state,
                              const char *postal, bool cod, QList<TrackingEvent> events) {
            ShipmentRecord s = parcel(carrier, service, tracking, state, postal, std::move(events));
            s.order.promisedDate = QDate(2026, 6, 30);
            s.order.orderValueCents = 100000;
            s.order.currency = QStringLiteral("INR");
            s.payment.mode = cod ? PaymentMode::CashOnDelivery : PaymentMode::Prepaid;
            return s;
        };
        const char *at = "2026-06-15T10:00:00+05:30";
        QString error;
        QVERIFY(ShipmentIngestor(*store.db).ingest(
            {rerun("delhivery", "Delhivery Surface", "O1", "MH", "400001", false,
                   {ev(at, Subtag::InTransit), ev("2026-06-16T10:00:00+05:30", Subtag::ExceptionDamaged),
                    ev("2026-06-17T10:00:00+05:30", Subtag::ExceptionReturnedToSender)}),
             rerun("xpressbees", "Xpressbees Standard", "O2", "MH", "400002", true, {ev(at, Subtag::InTransit)}),
             rerun("delhivery", "Delhivery Surface", "O3", "DL", "110001", false, {ev(at, Subtag::InTransit)})},
            test::fixedNowMs(), nullptr, &error));
        const AllocationPolicy inForce = indiaPolicy();
        AllocationPolicy candidate = inForce;
        candidate.rules = {rule("no-xb", 1, AllocationAction::Exclude, {ref("xpressbees")})};
        const std::optional<WhatIfReport> r = AllocationWhatIf::run(*store.db, inForce, candidate, indiaCard(), 5, 1200,
                                                                   test::fixedNowMs(), &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->from, QDate(2026, 6, 13));
        QCOMPARE(r->scorecard.from, QDate(2026, 3, 15));
        QCOMPARE(r->scorecard.to, QDate(2026, 6, 12));
        QCOMPARE(r->orders, 3);
        // In force: O1 Xpressbees (100 points), O2 Delhivery (COD), O3 Xpressbees (Delhivery's
        // blocklist; Blue Dart has no history). The candidate: Delhivery, Delhivery, Blue Dart.
        QCOMPARE(r->compared, 3);
        QCOMPARE(r->changed, 2);
        QCOMPARE(r->inForce.perCarrier, (QMap<QString, qint64>{{QStringLiteral("delhivery/Delhivery Surface"), 1},
                                                               {QStringLiteral("xpressbees/Xpressbees Standard"), 2}}));
        QCOMPARE(r->candidate.perCarrier, (QMap<QString, qint64>{{QStringLiteral("bluedart/Blue Dart Apex"), 1},
                                                                 {QStringLiteral("delhivery/Delhivery Surface"), 2}}));
        const auto near = [](double a, double b) { return qAbs(a - b) < 1e-6; };
        // On time: every cell used is 100 %, so the estimate and its interval are 1.
        QCOMPARE(r->inForce.onTime.orders, 3);
        QCOMPARE(r->inForce.onTime.estimate, std::optional<double>(1.0));
        QCOMPARE(r->inForce.onTime.low, 1.0);
        // RTO in force: (0 + 0.25 + 0) ÷ 3 = 0.083333; variance 0.25 × 0.75 (O2's outcome)
        // + 1² × 0.1875 ÷ 4 (Delhivery's lane, n 4) = 0.234375; ± 1.96 × √0.234375 ÷ 3 = 0.316293.
        QVERIFY(near(*r->inForce.rto.estimate, 0.25 / 3));
        QCOMPARE(r->inForce.rto.low, 0.0);
        QVERIFY2(near(r->inForce.rto.high, 0.25 / 3 + 1.96 * std::sqrt(0.234375) / 3), qPrintable(QString::number(r->inForce.rto.high)));
        // The candidate: Blue Dart has not enough history, so 2 orders: 0.25; variance
        // 2 × 0.1875 + 2² × 0.1875 ÷ 4 = 0.5625; ± 1.96 × 0.75 ÷ 2 = 0.735.
        QCOMPARE(r->candidate.rto.orders, 2);
        QVERIFY(near(*r->candidate.rto.estimate, 0.25));
        QVERIFY(near(r->candidate.rto.high, 0.985));
        // As shipped: Delhivery's lane (0.25), Xpressbees to IN (0), Delhivery to IN (1 of 5):
        // 0.45 ÷ 3 = 0.15; variance 0.1875 + 0 + 0.16 + 0.1875 ÷ 4 + 0 + 0.16 ÷ 5 = 0.426375.
        QVERIFY(near(*r->asShipped.rto.estimate, 0.15));
        QVERIFY(near(r->asShipped.rto.high, 0.15 + 1.96 * std::sqrt(0.426375) / 3));
        // Costs at 1.2 kg. In force: 120.00 + (145.00 + COD 35.00) + 120.00. The candidate:
        // 145.00 + 180.00 + Blue Dart's 2 kg slab 150.00. As shipped: 145.00 + 120.00 + 145.00.
        QCOMPARE(r->inForce.costMinor, (QMap<QString, qint64>{{QStringLiteral("INR"), 42000}}));
        QCOMPARE(r->candidate.costMinor, (QMap<QString, qint64>{{QStringLiteral("INR"), 47500}}));
        QCOMPARE(r->asShipped.costMinor, (QMap<QString, qint64>{{QStringLiteral("INR"), 41000}}));
        const QString text = r->text();
        QVERIFY2(text.contains(QStringLiteral("ESTIMATES, not outcomes")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("  RTO 8.3 % (95 %: 0.0–40.0 %, 3 orders)\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("compared on the 3 orders both policies allocate; the candidate sends 2 of "
                                              "them elsewhere than the policy in force\n")), qPrintable(text));

        // Progress: once before the first order and once after the last (3 orders, under 256).
        QList<std::pair<qint64, qint64>> seen;
        const std::optional<WhatIfReport> again = AllocationWhatIf::run(
            *store.db, inForce, candidate, indiaCard(), 5, 1200, test::fixedNowMs(), &error,
            [&](qint64 done, qint64 total) {
                seen.append({done, total});
                return true;
            });
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(seen, (QList<std::pair<qint64, qint64>>{{0, 3}, {3, 3}}));
        QCOMPARE(again->changed, r->changed);
        // Cancelled at the start: no report, the error says so.
        error.clear();
        QVERIFY(!AllocationWhatIf::run(*store.db, inForce, candidate, indiaCard(), 5, 1200, test::fixedNowMs(), &error,
                                       [](qint64, qint64) { return false; }));
        QCOMPARE(error, QStringLiteral("cancelled"));
    }

    void policyDayIsThePolicysLocalDay_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QDate>("day");
        QTest::newRow("India evening") << "Asia/Kolkata" << "2026-06-17T14:00:00Z" << QDate(2026, 6, 17);
        QTest::newRow("India after midnight") << "Asia/Kolkata" << "2026-06-17T18:30:00Z" << QDate(2026, 6, 18);
        QTest::newRow("India just before") << "Asia/Kolkata" << "2026-06-17T18:29:59.999Z" << QDate(2026, 6, 17);
        QTest::newRow("New York") << "America/New_York" << "2026-06-18T03:59:00Z" << QDate(2026, 6, 17);
        QTest::newRow("UTC year end") << "UTC" << "2026-12-31T23:59:59Z" << QDate(2026, 12, 31);
    }

    void policyDayIsThePolicysLocalDay()
    {
        QFETCH(QString, zone);
        QFETCH(QString, now);
        QFETCH(QDate, day);
        AllocationPolicy policy;
        policy.timeZone = zone;
        QCOMPARE(AllocationRecommender::policyDay(policy, test::instant(now.toLatin1().constData())), day);
    }
};

QTEST_GUILESS_MAIN(TestAllocation)
#include "tst_allocation.moc"
