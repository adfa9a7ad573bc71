// SPDX-License-Identifier: MIT
// The carrier-mapping engine against the hand-written adapters, on the same payloads, in
// the same run: Shippo Track and EasyPost Tracker JSON lines read by FeedReader with only
// the C++ adapter, then with only its mapping (tests/fixtures/mappings/). Goal: the mapping
// within 2x of the adapter (issue 15). Prints the ratio of CPU times (best of --repeat
// runs), at two sizes: --shipments N and N/10.
#include "adapters/adapterregistry.h"
#include "adapters/easypostadapter.h"
#include "adapters/mapping/mappingadapter.h"
#include "adapters/mapping/mappingcheck.h"
#include "adapters/shippoadapter.h"
#include "cputime.h"
#include "ingest/feedreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <limits>

using namespace ct;

namespace {

const char *const ShippoStatuses[][3] = {
    {"PRE_TRANSIT", "information_received", "Shipping label created"},
    {"TRANSIT", "package_accepted", "Picked up by the carrier"},
    {"TRANSIT", "package_departed", "Departed facility"},
    {"TRANSIT", "package_arrived", "Arrived at facility"},
    {"TRANSIT", "out_for_delivery", "Out for delivery"},
    {"TRANSIT", "delivery_attempted", "Delivery attempted, no access to building"},
    {"DELIVERED", "delivered", "Delivered, front door"},
};
const char *const EasyPostStatuses[][3] = {
    {"pre_transit", "label_created", "Label created"},
    {"in_transit", "received_at_origin_facility", "Accepted at origin facility"},
    {"in_transit", "departed_facility", "Departed facility"},
    {"in_transit", "arrived_at_facility", "Arrived at facility"},
    {"out_for_delivery", "out_for_delivery", "Out for delivery"},
    {"in_transit", "weather_delay", "Delayed by weather"},
    {"delivered", "arrived_at_destination", "Delivered"},
};
const char *const Cities[][3] = {{"MEMPHIS", "TN", "38118"}, {"CHICAGO", "IL", "60607"}, {"DALLAS", "TX", "75201"},
                                 {"NEWARK", "NJ", "07114"},  {"DENVER", "CO", "80202"}};

using Statuses = const char *const[7][3];

// Deterministic payloads: shipment i has 3 to 7 events, each an hour after the last, one in
// three delivered. `event`: %1-%3 status, detail, message; %4 day, %5 hour, %6 minute;
// %7-%9 city, state, ZIP. `shipment`: %1 the shipment's number; the events follow it.
QByteArray payloadLines(int shipments, const Statuses &statuses, const char *event, const char *shipment, int numberWidth)
{
    QByteArray out;
    out.reserve(qsizetype(shipments) * 2000);
    for (int i = 0; i < shipments; ++i) {
        const int events = 3 + i % 5;
        QByteArray list;
        for (int e = 0; e < events; ++e) {
            const auto &s = statuses[e == events - 1 && i % 3 == 0 ? 6 : e % 6];
            const auto &c = Cities[(i + e) % 5];
            list += (e ? "," : "") + QString::fromLatin1(event)
                                         .arg(QLatin1String(s[0]), QLatin1String(s[1]), QLatin1String(s[2]))
                                         .arg(10 + e, 2, 10, QLatin1Char('0'))
                                         .arg(8 + e, 2, 10, QLatin1Char('0'))
                                         .arg(i % 60, 2, 10, QLatin1Char('0'))
                                         .arg(QLatin1String(c[0]), QLatin1String(c[1]), QLatin1String(c[2]))
                                         .toUtf8();
        }
        out += QString::fromLatin1(shipment).arg(i, numberWidth, 10, QLatin1Char('0')).toUtf8() + list + "]}\n";
    }
    return out;
}

QByteArray shippoLines(int shipments)
{
    return payloadLines(
        shipments, ShippoStatuses,
        R"({"status":"%1","substatus":{"code":"%2","text":"","action_required":false},"status_details":"%3","status_date":"2026-11-%4T%5:%6:00Z","location":{"city":"%7","state":"%8","zip":"%9","country":"US"}})",
        R"({"carrier":"usps","tracking_number":"9400%1","servicelevel":{"token":"usps_priority","name":"Priority Mail"},"address_from":{"city":"Memphis","state":"TN","zip":"38118","country":"US"},"address_to":{"city":"Denver","state":"CO","zip":"80202","country":"US"},"eta":"2026-11-20T00:00:00Z","tracking_status":null,"tracking_history":[)",
        18);
}

QByteArray easyPostLines(int shipments)
{
    return payloadLines(
        shipments, EasyPostStatuses,
        R"({"object":"TrackingDetail","message":"%3","status":"%1","status_detail":"%2","datetime":"2026-11-%4T%5:%6:00Z","source":"USPS","tracking_location":{"object":"TrackingLocation","city":"%7","state":"%8","country":"US","zip":"%9"}})",
        R"({"id":"trk_%1","object":"Tracker","mode":"production","tracking_code":"EZ%1","status":"in_transit","status_detail":"arrived_at_facility","signed_by":null,"carrier":"USPS","est_delivery_date":"2026-11-20T00:00:00Z","carrier_detail":{"object":"CarrierDetail","service":"Priority","origin_tracking_location":{"city":"MEMPHIS","state":"TN","country":"US","zip":"38118"},"destination_tracking_location":{"city":"DENVER","state":"CO","country":"US","zip":"80202"}},"tracking_details":[)",
        12);
}

struct Timing
{
    double cpuS = std::numeric_limits<double>::max();
    double wallS = std::numeric_limits<double>::max();
    int shipments = 0;
    int events = 0;
    int errors = 0;
};

Timing measure(const AdapterRegistry &registry, const QByteArray &data, int repeat)
{
    Timing best;
    for (int r = 0; r < repeat; ++r) {
        FeedReader reader(registry);
        int shipments = 0;
        int events = 0;
        QElapsedTimer wall;
        wall.start();
        const qint64 cpu0 = bench::ownCpuMs();
        const FeedReadSummary summary = reader.readData(
            QStringLiteral("bench.jsonl"), data,
            [&](ShipmentRecord &&s) {
                ++shipments;
                events += static_cast<int>(s.events.size());
            },
            {});
        best.cpuS = std::min(best.cpuS, (bench::ownCpuMs() - cpu0) / 1000.0);
        best.wallS = std::min(best.wallS, wall.nsecsElapsed() / 1e9);
        best.shipments = shipments;
        best.events = events;
        best.errors = summary.errors;
    }
    return best;
}

std::unique_ptr<MappingAdapter> loadMapping(const char *name)
{
    MappingCheck::Result result = MappingCheck::checkFile(QStringLiteral(CT_FIXTURES_DIR "/mappings/") + QLatin1String(name));
    if (!result.ok()) {
        std::fprintf(stderr, "bench: mapping %s does not load\n", name);
        std::exit(1);
    }
    return std::move(result.adapter);
}

// Both on the same data; they must agree on what they read before their times are compared.
void compare(const char *format, std::unique_ptr<TrackingAdapter> handWritten, std::unique_ptr<MappingAdapter> mapped,
             const QByteArray &data, int repeat)
{
    AdapterRegistry cpp;
    cpp.add(std::move(handWritten));
    AdapterRegistry mapping;
    mapping.add(std::move(mapped));
    const Timing a = measure(cpp, data, repeat);
    const Timing b = measure(mapping, data, repeat);
    if (a.shipments != b.shipments || a.events != b.events || a.errors != b.errors || a.errors != 0) {
        std::fprintf(stderr, "bench: %s: the adapter gave %d shipments, %d events, %d errors; the mapping %d, %d, %d\n", format,
                     a.shipments, a.events, a.errors, b.shipments, b.events, b.errors);
        std::exit(1);
    }
    std::printf("%-9s %8d shipments %9d events %6.1f MB: adapter %.3f s cpu (%.3f wall) = %.0f shipments/s; mapping %.3f s cpu "
                "(%.3f wall); ratio mapping/adapter = %.2f cpu (%.2f wall)\n",
                format, a.shipments, a.events, data.size() / 1e6, a.cpuS, a.wallS, a.shipments / std::max(a.cpuS, 1e-9), b.cpuS,
                b.wallS, b.cpuS / std::max(a.cpuS, 1e-9), b.wallS / std::max(a.wallS, 1e-9));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int shipments = 100000;
    int repeat = 3;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--shipments"))
            shipments = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--repeat"))
            repeat = args.at(i + 1).toInt();
    }
    if (shipments < 10 || repeat < 1) {
        std::fprintf(stderr, "usage: bench_mapping [--shipments N (>= 10, default 100000)] [--repeat R (default 3)]\n");
        return 2;
    }
    std::printf("bench_mapping: FeedReader with one format, best of %d runs; CPU time of this process\n", repeat);
    for (const int n : {shipments / 10, shipments}) {
        compare("shippo", std::make_unique<ShippoAdapter>(), loadMapping("shippo.json"), shippoLines(n), repeat);
        compare("easypost", std::make_unique<EasyPostAdapter>(), loadMapping("easypost.json"), easyPostLines(n), repeat);
    }
    return 0;
}
