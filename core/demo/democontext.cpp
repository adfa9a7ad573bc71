// SPDX-License-Identifier: MIT
#include "democontext.h"

#include "demorandom.h"

#include <cstring>

namespace ct {

namespace {

bool sameCountry(const char *a, const char *b)
{
    return a[0] == b[0] && a[1] == b[1];
}

// Splits "a|b|c" into its parts, calling f(const char *begin, size_t length).
template <typename F> void forEachPart(const char *text, F f)
{
    const char *start = text;
    for (const char *p = text;; ++p) {
        if (*p == '|' || *p == '\0') {
            if (p != start)
                f(start, static_cast<size_t>(p - start));
            if (*p == '\0')
                break;
            start = p + 1;
        }
    }
}

// "Name:weight" -> name and weight (1 when absent).
void splitWeight(const char *begin, size_t length, std::string &name, quint32 &weight)
{
    const std::string part(begin, length);
    const size_t colon = part.rfind(':');
    weight = 1;
    if (colon == std::string::npos || colon + 1 >= part.size() || part[colon + 1] < '0' ||
        part[colon + 1] > '9') {
        name = part;
        return;
    }
    name = part.substr(0, colon);
    weight = static_cast<quint32>(std::stoul(part.substr(colon + 1)));
}

DemoName makeName(const char *entry)
{
    DemoName name;
    const char *bar = std::strchr(entry, '|');
    const size_t displayLength = bar ? static_cast<size_t>(bar - entry) : std::strlen(entry);
    name.display = QString::fromUtf8(entry, static_cast<qsizetype>(displayLength));
    const char *ascii = bar ? bar + 1 : entry;
    for (const char *p = ascii; *p && (bar || p < entry + displayLength); ++p) {
        const char c = *p;
        if (c >= 'A' && c <= 'Z')
            name.ascii += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            name.ascii += c;
    }
    return name;
}

} // namespace

DemoContext::DemoContext(quint64 seed, qint64 nowMs, int historyDays)
    : m_seed(seed), m_nowMs(nowMs), m_startMs(nowMs - qint64(historyDays) * MsPerDay),
      m_historyDays(historyDays),
      m_clock(m_resolver, DemoClock::floorDiv(nowMs, MsPerDay) - historyDays - 3,
              DemoClock::floorDiv(nowMs, MsPerDay) + 100),
      m_sourceFormat(QStringLiteral("demo"))
{
    m_currencies = {QStringLiteral("USD"), QStringLiteral("INR"), QStringLiteral("EUR"),
                    QStringLiteral("GBP")};

    const auto places = demoPlaces();
    m_places.reserve(places.size());
    for (const DemoPlace &p : places) {
        DemoPlaceInfo info;
        info.place = &p;
        info.city = QString::fromUtf8(p.city);
        info.cityUpper = info.city.toUpper();
        info.state = QString::fromUtf8(p.state);
        info.country = QString::fromLatin1(p.country);
        info.facilityPostal = formatPostal(p, p.postalBase, nullptr);
        const auto zone = geo::TimeZoneResolver::zoneFor(info.country, info.state);
        info.zone = m_clock.zoneIndex(zone.ianaId);
        m_placeZones.push_back(info.zone);
        m_places.push_back(std::move(info));
    }

    m_hubs.resize(places.size(), -1);
    for (size_t i = 0; i < places.size(); ++i) {
        const DemoPlace &p = places[i];
        int fallback = -1;
        for (const DemoHub &h : demoHubs()) {
            if (!sameCountry(h.country, p.country))
                continue;
            const std::string qualified = std::string(h.country) + ':' + h.city;
            const int index = findPlace(qualified.c_str());
            if (fallback < 0)
                fallback = index;
            if (h.region == p.region) {
                m_hubs[i] = index;
                break;
            }
        }
        if (m_hubs[i] < 0)
            m_hubs[i] = fallback >= 0 ? fallback : static_cast<int>(i);
    }

    const auto generic = demoGenericVocabulary();
    for (const DemoCarrierProfile &profile : demoCarriers()) {
        DemoCarrierInfo info;
        info.profile = &profile;
        info.code = QString::fromLatin1(profile.code);
        for (int s = 0; s < DemoScanCount; ++s) {
            const auto scan = static_cast<DemoScan>(s);
            const auto first = static_cast<quint16>(m_vocabulary.size());
            for (const DemoScanText &t : profile.vocabulary) {
                if (t.scan == scan)
                    m_vocabulary.push_back(
                        {QString::fromLatin1(t.rawCode), QString::fromUtf8(t.description)});
            }
            if (m_vocabulary.size() == first) {
                for (const DemoScanText &t : generic) {
                    if (t.scan == scan)
                        m_vocabulary.push_back(
                            {QString::fromLatin1(t.rawCode), QString::fromUtf8(t.description)});
                }
            }
            info.first[static_cast<size_t>(s)] = first;
            info.count[static_cast<size_t>(s)] = static_cast<quint8>(m_vocabulary.size() - first);
        }
        m_carriers.push_back(std::move(info));
    }

    for (const DemoService &s : demoServices()) {
        DemoServiceInfo info;
        info.service = &s;
        info.carrier = carrierIndex(s.carrier);
        info.name = QString::fromUtf8(s.name);
        info.ontrac = std::strcmp(s.carrier, "ontrac") == 0;
        m_services.push_back(std::move(info));
    }

    for (const DemoLane &lane : demoLanes()) {
        DemoLaneInfo info;
        info.lane = &lane;
        forEachPart(lane.origins, [&](const char *b, size_t n) {
            const std::string q(b, n);
            const int index = findPlace(q.c_str());
            Q_ASSERT(index >= 0);
            if (index >= 0)
                info.origins.push_back(index);
        });
        forEachPart(lane.destinations, [&](const char *b, size_t n) {
            std::string country;
            quint32 weight = 1;
            splitWeight(b, n, country, weight);
            quint64 total = 0;
            for (const DemoPlace &p : places) {
                if (sameCountry(p.country, country.c_str()))
                    total += p.weight;
            }
            for (size_t i = 0; i < places.size(); ++i) {
                const DemoPlace &p = places[i];
                if (!sameCountry(p.country, country.c_str()) || p.weight == 0)
                    continue;
                info.destinations.push_back(static_cast<int>(i));
                info.destinationWeights.push_back(
                    static_cast<quint32>(quint64(weight) * p.weight * 100000 / total));
            }
        });
        forEachPart(lane.services, [&](const char *b, size_t n) {
            std::string name;
            quint32 weight = 1;
            splitWeight(b, n, name, weight);
            for (size_t i = 0; i < m_services.size(); ++i) {
                if (name == m_services[i].service->name) {
                    info.services.push_back(static_cast<int>(i));
                    info.serviceWeights.push_back(weight);
                    break;
                }
            }
        });
        Q_ASSERT(!info.origins.empty() && !info.destinations.empty() && !info.services.empty());
        m_lanes.push_back(std::move(info));
    }

    for (const DemoNameSet &set : demoNameSets()) {
        DemoNameSetInfo info;
        for (const char *n : set.givenNames)
            info.given.push_back(makeName(n));
        for (const char *n : set.familyNames)
            info.family.push_back(makeName(n));
        m_nameSets.push_back(std::move(info));
    }
}

int DemoContext::findPlace(const char *qualified) const
{
    const char *colon = std::strchr(qualified, ':');
    if (!colon)
        return -1;
    const auto places = demoPlaces();
    for (size_t i = 0; i < places.size(); ++i) {
        if (sameCountry(places[i].country, qualified) &&
            std::strcmp(places[i].city, colon + 1) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

int DemoContext::hubFor(int place) const
{
    return m_hubs[static_cast<size_t>(place)];
}

int DemoContext::gatewayFor(const char *country, const QString &carrier) const
{
    const char *fallback = nullptr;
    for (const DemoGateway &g : demoGateways()) {
        if (!sameCountry(g.country, country))
            continue;
        if (g.carrier && carrier == QLatin1StringView(g.carrier))
            return findPlace(g.city);
        if (!g.carrier && !fallback)
            fallback = g.city;
    }
    return fallback ? findPlace(fallback) : -1;
}

int DemoContext::airHubFor(const char *country, const QString &carrier) const
{
    for (const DemoGateway &g : demoGateways()) {
        if (sameCountry(g.country, country) && g.carrier && sameCountry(g.city, country) &&
            carrier == QLatin1StringView(g.carrier))
            return findPlace(g.city);
    }
    return -1;
}

int DemoContext::carrierIndex(const char *code) const
{
    for (size_t i = 0; i < m_carriers.size(); ++i) {
        if (std::strcmp(m_carriers[i].profile->code, code) == 0)
            return static_cast<int>(i);
    }
    Q_ASSERT(false);
    return 0;
}

const DemoVocabEntry &DemoContext::vocabulary(int carrier, DemoScan scan, int variant) const
{
    const DemoCarrierInfo &c = m_carriers[static_cast<size_t>(carrier)];
    const auto s = static_cast<size_t>(scan);
    const int n = c.count[s];
    return m_vocabulary[c.first[s] + static_cast<size_t>(n > 0 ? variant % n : 0)];
}

int DemoContext::vocabularyVariants(int carrier, DemoScan scan) const
{
    return m_carriers[static_cast<size_t>(carrier)].count[static_cast<size_t>(scan)];
}

const DemoNameSetInfo &DemoContext::namesFor(const char *country) const
{
    const auto sets = demoNameSets();
    for (size_t i = 0; i < sets.size(); ++i) {
        bool match = false;
        forEachPart(sets[i].countries, [&](const char *b, size_t n) {
            if (n == 2 && sameCountry(b, country))
                match = true;
        });
        if (match)
            return m_nameSets[i];
    }
    return m_nameSets.front();
}

DemoMarket DemoContext::marketOf(const char *country)
{
    if (sameCountry(country, "US"))
        return DemoMarket::US;
    if (sameCountry(country, "IN"))
        return DemoMarket::IN;
    if (sameCountry(country, "GB"))
        return DemoMarket::GB;
    return DemoMarket::EU;
}

const char *DemoContext::currencyOf(const char *country)
{
    switch (marketOf(country)) {
    case DemoMarket::US:
        return "USD";
    case DemoMarket::IN:
        return "INR";
    case DemoMarket::GB:
        return "GBP";
    case DemoMarket::EU:
        return "EUR";
    }
    return "EUR";
}

const QString &DemoContext::currency(DemoMarket market) const
{
    return m_currencies[static_cast<size_t>(market)];
}

QString DemoContext::postalCode(int place, DemoRandom &rng) const
{
    const DemoPlace &p = *m_places[static_cast<size_t>(place)].place;
    quint32 number = p.postalBase;
    if (p.postalSpan > 0) {
        if (sameCountry(p.country, "FR") && p.postalSpan >= 100)
            number += 100 * static_cast<quint32>(rng.uniformInt(0, p.postalSpan / 100));
        else
            number += static_cast<quint32>(rng.uniformInt(0, p.postalSpan));
    }
    return formatPostal(p, number, &rng);
}

QString DemoContext::formatPostal(const DemoPlace &p, quint32 number, DemoRandom *rng)
{
    char buf[16];
    int n = 0;
    auto digits = [&](quint32 v, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[n + i] = static_cast<char>('0' + v % 10);
            v /= 10;
        }
        n += width;
    };
    auto pick = [&](const char *alphabet, int fixedIndex) {
        const int size = static_cast<int>(std::strlen(alphabet));
        buf[n++] = alphabet[rng ? rng->uniformInt(0, size - 1) : fixedIndex % size];
    };
    const char *c = p.country;
    if (sameCountry(c, "IN")) {
        digits(number, 6);
    } else if (sameCountry(c, "NL")) {
        digits(number, 4);
        buf[n++] = ' ';
        pick("ABCEGHJKLMNPRTVWXZ", 0);
        pick("ABCEGHJKLMNPRTVWXZ", 1);
    } else if (sameCountry(c, "GB")) {
        for (const char *q = p.postalPrefix; *q; ++q)
            buf[n++] = *q;
        digits(number, number >= 10 ? 2 : 1);
        buf[n++] = ' ';
        pick("123456789", 0);
        pick("ABDEFGHJLNPQRSTUWXYZ", 0);
        pick("ABDEFGHJLNPQRSTUWXYZ", 1);
    } else if (sameCountry(c, "IE")) {
        for (const char *q = p.postalPrefix; *q; ++q)
            buf[n++] = *q;
        digits(number, 2);
        buf[n++] = ' ';
        for (int i = 0; i < 4; ++i)
            pick("ACDEFHKNPRTVWXY0123456789", i * 7 + 3);
    } else if (sameCountry(c, "BE") || sameCountry(c, "AT")) {
        digits(number, 4);
    } else if (sameCountry(c, "PL")) {
        digits(number / 1000, 2);
        buf[n++] = '-';
        digits(number % 1000, 3);
    } else {
        digits(number, 5); // US ZIP, DE PLZ, FR, ES, IT
    }
    return QString::fromLatin1(buf, n);
}

} // namespace ct
