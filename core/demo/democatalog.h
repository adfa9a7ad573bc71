// SPDX-License-Identifier: MIT
#pragma once

// Static tables behind the demo data generator: places, carrier networks, services and
// lanes, scan vocabularies, people's names, products and return notes. Compact constexpr
// arrays of plain C strings; DemoGenerator turns them into shared QStrings once.

#include "domain/returnstatus.h"
#include "domain/subtag.h"

#include <QStringView>
#include <QtGlobal>

#include <span>

namespace ct {

// What happened to a parcel, in the generator's own terms. Each kind has one canonical
// sub-status (demoScanSubtag) and, per carrier, one or more raw codes and wordings.
enum class DemoScan : quint8
{
    LabelCreated,
    PickedUp,
    OriginScan,
    Departed,
    Arrived,
    OnTheWay,
    ArrivedDestinationCountry,
    CustomsStarted,
    CustomsCleared,
    AtDeliveryFacility,
    OutForDelivery,
    OutForDeliveryContacted,
    DeliveryRescheduled,
    Delivered,
    DeliveredSigned,
    DeliveredSafePlace,
    DeliveredNeighbour,
    DeliveredCod,
    PickedUpByCustomer,
    AvailableForPickup,
    FailUnavailable,
    FailBusinessClosed,
    FailAddress,
    FailRefused,
    FailNoAccess,
    FailReschedule,
    FailCodNotReady,
    AddressProblem,
    CustomerMoved,
    AddressCorrected,
    Forwarded,
    CustomsHold,
    HeldForPayment,
    WeatherDelay,
    CarrierDelay,
    Damaged,
    Lost,
    NotCollected,
    ReturningToSender,
    ReturnedToSender,
    Resumed,
};
inline constexpr int DemoScanCount = static_cast<int>(DemoScan::Resumed) + 1;

Subtag demoScanSubtag(DemoScan scan);

struct DemoScanText
{
    DemoScan scan;
    const char *rawCode;
    const char *description;
};

// How a carrier's tracking numbers look (DemoTrackingNumbers writes them).
enum class DemoTrackingFormat : quint8
{
    Ups,                   // "1Z" + shipper + service + 7 digits + check: 18 characters
    FedEx,                 // 12 digits, mod-11 check
    UspsDomestic,          // 22 digits: service prefix + serial + mod-10 check
    UspsInternational,     // UPU S10 "LZ123456785US"
    OnTrac,                // "D1" + 13 digits
    DhlExpress,            // 10 digits, mod-7 check
    DhlPaket,              // 20 digits "00340434..." + check
    DhlPaketInternational, // UPU S10 "CX123456785DE"
    Delhivery,             // 13 or 14 digits
    BlueDart,              // 11 digits, mod-7 check
    Xpressbees,            // 14 digits "1434..."
    EcomExpress,           // 10 digits "5..."
    Dpd,                   // 14 digits "05..."
    Gls,                   // 11 digits "6..." + check
    PostNL,                // "3S" + 4 letters + 9 digits
    Colissimo,             // "6A" + 11 digits
    RoyalMailTracked,      // "JD" + 16 digits
    RoyalMailSpecial,      // UPU S10 "ZW123456785GB"
};

struct DemoCarrierProfile
{
    const char *code;     // canonical carrier code (carriers.h)
    bool upperCaseCities; // the carrier's scans spell places in capitals ("MEMPHIS")
    std::span<const DemoScanText> vocabulary; // missing kinds fall back to the generic list
    DemoTrackingFormat returnFormat;          // format of its return labels
    const char *returnPrefix;
};

std::span<const DemoCarrierProfile> demoCarriers();
// Complete: one entry or more for every DemoScan.
std::span<const DemoScanText> demoGenericVocabulary();

// A city: customer address, warehouse, hub or gateway.
struct DemoPlace
{
    const char *country;      // ISO 3166-1 alpha-2
    const char *city;         // UTF-8, local spelling
    const char *state;        // US/IN: postal abbreviation; elsewhere the region's name
    const char *postalPrefix; // GB "SE", IE "D": letters before the district number
    quint32 postalBase;       // numeric part of the first postal code used
    quint16 postalSpan;       // how many codes above postalBase are used
    quint8 region;            // distance region within the country (near = same region)
    quint8 weight;            // relative number of customers; 0: never a delivery address
    const char *phoneArea;    // US area code
};
std::span<const DemoPlace> demoPlaces();
// The first place of that country and city, or nullptr.
const DemoPlace *findDemoPlace(QStringView country, QStringView city);

// The ground network: the sorting hub serving a region of a country.
struct DemoHub
{
    const char *country;
    quint8 region;
    const char *city;
    qint16 longitudeTenths; // where it is, roughly, to route through hubs on the way
    qint16 latitudeTenths;
};
std::span<const DemoHub> demoHubs();

// A carrier's air hub or international gateway in a country (carrier nullptr: any other).
struct DemoGateway
{
    const char *country;
    const char *carrier;
    const char *city;
};
std::span<const DemoGateway> demoGateways();

// Transit time in the service's working days from the first carrier scan to delivery:
// lognormal with the given median and sigma, rounded, clamped to [minDays, maxDays].
struct DemoTransit
{
    quint8 minDays;
    quint8 maxDays;
    quint16 medianCenti; // median * 100
    quint16 sigmaMilli;  // sigma * 1000
};

enum DemoServiceFlag : quint8
{
    DemoPickupPoint = 1, // delivered to a parcel shop / locker for collection
    DemoExpress = 2,     // air network, time-definite
    DemoEconomy = 4,     // postal economy: handed over to the destination's post
    DemoSignature = 8,   // signature on delivery
};

// Days of the week as a bit mask, bit 0 = Monday .. bit 6 = Sunday.
inline constexpr quint8 DemoMonFri = 0x1f;
inline constexpr quint8 DemoMonSat = 0x3f;

struct DemoService
{
    const char *carrier;
    const char *name;
    DemoTransit near;   // same region of one country
    DemoTransit far;    // another region of the same country
    DemoTransit intl;   // another country of the same continent (intra-EU, GB <-> EU)
    DemoTransit world;  // intercontinental
    quint8 workDays;    // days counted as transit days (DemoMonFri...)
    quint8 saturdayPct; // chance of delivering on a Saturday outside workDays
    quint8 sundayPct;   // chance of delivering on a Sunday (metro areas)
    DemoTrackingFormat format;
    const char *formatPrefix; // UPS service code "03", USPS "9400111"...
    quint8 flags;             // DemoServiceFlag
    quint16 commitMinute;     // express: delivery promised by this local minute of day; 0: none
};
std::span<const DemoService> demoServices();
const DemoService *findDemoService(const char *carrier, const char *name);

enum class DemoBand : quint8
{
    Near,
    Far,
    International,
    Intercontinental
};
// The distance band between two places of the catalog (by country and city; regions
// decide near and far within a country).
DemoBand demoBand(const DemoPlace &origin, const DemoPlace &destination);
const DemoTransit &demoTransit(const DemoService &service, DemoBand band);
// Counts transit days the way the generator plans them: days of `workDays` strictly
// after `firstScanDay` and before `deliveryDay`, plus one for the delivery day itself
// (days since 1970-01-01, each in its place's local calendar).
int demoTransitDays(qint64 firstScanDay, qint64 deliveryDay, quint8 workDays);

// A flow of orders: where they ship from, to and with which services.
struct DemoLane
{
    const char *name;
    quint16 share;                // orders per 10,000
    const char *origins;          // "CC:City|CC:City" warehouses
    const char *destinations;     // "CC:weight|CC:weight": countries (their cities by weight)
    const char *services;         // "Service name:weight|..."
    qint16 customerOffsetMinutes; // customers' usual UTC offset, for the ordering-hour profile
};
std::span<const DemoLane> demoLanes();

// Given names and family names of a country's customers. An entry may carry an ASCII
// spelling for e-mail addresses after '|' ("Müller|mueller").
struct DemoNameSet
{
    const char *countries; // "DE|AT"
    std::span<const char *const> givenNames;
    std::span<const char *const> familyNames;
};
std::span<const DemoNameSet> demoNameSets();

enum class DemoCategory : quint8
{
    Apparel,
    Footwear,
    Accessories,
    Home,
    Beauty
};

struct DemoProduct
{
    const char *sku;  // "TEE-ORG"
    const char *name; // "Organic Cotton Tee"
    DemoCategory category;
    quint32 priceUsdCents;
    const char *colours; // "BLK:Black|NVY:Navy"; empty for none
};
std::span<const DemoProduct> demoProducts();

struct DemoReturnNote
{
    ReturnReason reason;
    const char *text;
};
std::span<const DemoReturnNote> demoReturnNotes();

} // namespace ct
