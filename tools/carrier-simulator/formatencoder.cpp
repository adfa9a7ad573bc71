// SPDX-License-Identifier: MIT
#include "formatencoder.h"

#include "aftershipencoder.h"
#include "json/jsonwriter.h"
#include "delhiveryencoder.h"
#include "dhlencoder.h"
#include "easypostencoder.h"
#include "fedexencoder.h"
#include "shippoencoder.h"
#include "upsencoder.h"
#include "uspsencoder.h"

#include <array>
#include <memory>

namespace ct::sim {

namespace {

struct CarrierFormat
{
    const char *carrier;
    const char *format;
};

// Carriers with an adapter of their own are tracked through their own API; the others
// through the aggregator a merchant in that market would typically use.
constexpr auto CarrierFormats = std::to_array<CarrierFormat>({
    {"ups", "ups"},
    {"fedex", "fedex"},
    {"usps", "usps"},
    {"dhl", "dhl"},
    {"delhivery", "delhivery"},
    {"ontrac", "easypost"},
    {"royal-mail", "easypost"},
    {"gls", "easypost"},
    {"xpressbees", "aftership"},
    {"dpd", "aftership"},
    {"colissimo", "aftership"},
    {"postnl", "aftership"},
    {"bluedart", "shippo"},
    {"ecom-express", "shippo"},
    {"deutsche-post", "shippo"},
});

constexpr std::array<const char *, 3> Aggregators = {"aftership", "easypost", "shippo"};

} // namespace

bool FormatEncoder::encode(const QList<ShipmentRecord> &records, QByteArray *doc) const
{
    if (records.isEmpty() || (records.size() > 1 && !multiShipment()))
        return false;
    json::Writer w;
    write(w, records);
    *doc = w.take();
    return true;
}

QList<const FormatEncoder *> allEncoders()
{
    static const std::array<std::unique_ptr<const FormatEncoder>, 8> encoders = {
        std::make_unique<AfterShipEncoder>(), std::make_unique<EasyPostEncoder>(),
        std::make_unique<ShippoEncoder>(),    std::make_unique<UpsEncoder>(),
        std::make_unique<FedExEncoder>(),     std::make_unique<DhlEncoder>(),
        std::make_unique<UspsEncoder>(),      std::make_unique<DelhiveryEncoder>(),
    };
    QList<const FormatEncoder *> list;
    for (const auto &e : encoders)
        list.append(e.get());
    return list;
}

const FormatEncoder *encoderFor(const QString &formatId)
{
    for (const FormatEncoder *e : allEncoders()) {
        if (e->formatId() == formatId)
            return e;
    }
    return nullptr;
}

QString formatForCarrier(const QString &carrier)
{
    for (const CarrierFormat &cf : CarrierFormats) {
        if (carrier == QLatin1StringView(cf.carrier))
            return QString::fromLatin1(cf.format);
    }
    // Any other carrier: an aggregator picked by a stable hash of its code (FNV-1a).
    quint32 hash = 2166136261u;
    for (const char byte : carrier.toUtf8()) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 16777619u;
    }
    return QString::fromLatin1(Aggregators[hash % Aggregators.size()]);
}

} // namespace ct::sim
