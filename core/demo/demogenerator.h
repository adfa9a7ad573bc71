// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returnrecord.h"
#include "domain/shipmentrecord.h"

#include <QDateTime>

#include <functional>
#include <memory>
#include <vector>

namespace ct {

class DemoContext;
class DemoRandom;
class DemoOrderBuilder;
class DemoReturnPlanner;
class DemoShipmentSimulator;
class DemoTimeline;
class DemoTrackingNumbers;

struct DemoOptions
{
    quint64 seed = 1;
    QDateTime now;        // UTC; "today" for the data: nothing may happen after it
    int historyDays = 90; // orders are spread over the days before `now`
    // DemoSeeder only: after the shipments, a team works the open exceptions through the
    // history (DemoTeamWork). Off, the store holds what the rules decided and nothing else.
    bool teamWork = false;
};

// Generates realistic, deterministic demo data: orders of a direct-to-consumer brand
// shipped with 15 carriers on US, Indian, European and cross-border lanes, each parcel's
// whole simulated life (with the exception scenarios of docs/DEMO-DATA.md) cut at `now`,
// and the returns of some delivered orders. Same options and count give byte-identical
// output on every platform. Reads no clock: `now` is the caller's.
class DemoGenerator final
{
public:
    explicit DemoGenerator(const DemoOptions &options);
    ~DemoGenerator();
    DemoGenerator(const DemoGenerator &) = delete;
    DemoGenerator &operator=(const DemoGenerator &) = delete;

    // Generates `count` shipments (each with its OrderInfo and events, oldest first, all
    // at or before options.now) and the returns of some delivered ones. Calls the sinks
    // in generation order (orders oldest first). Same options + count => byte-identical
    // output on every platform. A second call continues the counters (order and tracking
    // numbers stay unique) with fresh random streams.
    void generate(int count, const std::function<void(ShipmentRecord &&)> &onShipment,
                  const std::function<void(ReturnRecord &&)> &onReturn);

private:
    int pickLane(size_t bucket, DemoRandom &rng) const;

    DemoOptions m_options;
    std::unique_ptr<DemoContext> m_context;
    std::unique_ptr<DemoOrderBuilder> m_orders;
    std::unique_ptr<DemoTrackingNumbers> m_numbers;
    std::unique_ptr<DemoShipmentSimulator> m_simulator;
    std::unique_ptr<DemoReturnPlanner> m_returns;
    std::unique_ptr<DemoTimeline> m_timeline;
    std::vector<quint64> m_cumulative; // order density per hour before now, cumulative
    quint64 m_nextIndex = 0;           // shipments generated so far (random stream ids)
    qint64 m_nextOrderNumber = 100000;
};

} // namespace ct
