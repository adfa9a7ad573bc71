// SPDX-License-Identifier: MIT
#pragma once

#include "democatalog.h"
#include "democlock.h"
#include "geo/timezoneresolver.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <vector>

namespace ct {

class DemoRandom;

// The customer's market: currency, names, phone numbers, delivery habits.
enum class DemoMarket : quint8
{
    US,
    IN,
    EU,
    GB
};

struct DemoPlaceInfo
{
    const DemoPlace *place = nullptr;
    int zone = 0;
    QString city;
    QString cityUpper;
    QString state;
    QString country;
    QString facilityPostal; // the code of the city centre, used for hubs and depots
};

struct DemoVocabEntry
{
    QString rawCode;
    QString description;
};

struct DemoCarrierInfo
{
    const DemoCarrierProfile *profile = nullptr;
    QString code;
    std::array<quint16, DemoScanCount> first{}; // into DemoContext::vocabulary()
    std::array<quint8, DemoScanCount> count{};
};

struct DemoServiceInfo
{
    const DemoService *service = nullptr;
    int carrier = 0; // index into DemoContext::carriers()
    QString name;
    bool ontrac = false; // OnTrac serves the western states only
};

struct DemoLaneInfo
{
    const DemoLane *lane = nullptr;
    std::vector<int> origins;
    std::vector<int> destinations;
    std::vector<quint32> destinationWeights;
    std::vector<int> services;
    std::vector<quint32> serviceWeights;
};

struct DemoName
{
    QString display;
    QByteArray ascii; // lowercase, for e-mail addresses
};

struct DemoNameSetInfo
{
    std::vector<DemoName> given;
    std::vector<DemoName> family;
};

// Everything the demo generator's parts share, built once from the static catalog:
// places with their time zones and ready-made QStrings (copied, never re-allocated, into
// millions of events), carrier vocabularies, services, lanes, names.
class DemoContext final
{
public:
    DemoContext(quint64 seed, qint64 nowMs, int historyDays);

    quint64 seed() const { return m_seed; }
    qint64 nowMs() const { return m_nowMs; }
    qint64 startMs() const { return m_startMs; }
    int historyDays() const { return m_historyDays; }

    DemoClock &clock() { return m_clock; }
    geo::TimeZoneResolver &resolver() { return m_resolver; }

    const std::vector<DemoPlaceInfo> &places() const { return m_places; }
    const DemoPlaceInfo &place(int index) const { return m_places[static_cast<size_t>(index)]; }
    const std::vector<int> &placeZones() const { return m_placeZones; }
    // "CC:City" -> index, or -1.
    int findPlace(const char *qualified) const;
    // The sorting hub serving a place's region.
    int hubFor(int place) const;
    // The carrier's gateway (international) in a country; -1 when the country has none.
    int gatewayFor(const char *country, const QString &carrier) const;
    // The carrier's domestic air hub in a country, or -1.
    int airHubFor(const char *country, const QString &carrier) const;

    const std::vector<DemoCarrierInfo> &carriers() const { return m_carriers; }
    int carrierIndex(const char *code) const;
    const DemoVocabEntry &vocabulary(int carrier, DemoScan scan, int variant) const;
    int vocabularyVariants(int carrier, DemoScan scan) const;

    const std::vector<DemoServiceInfo> &services() const { return m_services; }
    const std::vector<DemoLaneInfo> &lanes() const { return m_lanes; }

    const DemoNameSetInfo &namesFor(const char *country) const;
    static DemoMarket marketOf(const char *country);
    static const char *currencyOf(const char *country);

    // A customer's postal code in a city, in the country's format.
    QString postalCode(int place, DemoRandom &rng) const;
    static QString formatPostal(const DemoPlace &place, quint32 number, DemoRandom *rng);

    const QString &sourceFormat() const { return m_sourceFormat; }
    const QString &currency(DemoMarket market) const;

private:
    quint64 m_seed;
    qint64 m_nowMs;
    qint64 m_startMs;
    int m_historyDays;
    geo::TimeZoneResolver m_resolver;
    DemoClock m_clock;

    std::vector<DemoPlaceInfo> m_places;
    std::vector<int> m_placeZones;
    std::vector<int> m_hubs; // per place: index of its hub
    std::vector<DemoCarrierInfo> m_carriers;
    std::vector<DemoVocabEntry> m_vocabulary;
    std::vector<DemoServiceInfo> m_services;
    std::vector<DemoLaneInfo> m_lanes;
    std::vector<DemoNameSetInfo> m_nameSets;
    QString m_sourceFormat;
    std::array<QString, 4> m_currencies;
};

} // namespace ct
