// SPDX-License-Identifier: MIT
#pragma once

#include "democontext.h"

#include <vector>

namespace ct {

class DemoRandom;
class DemoTimeline;

// What a parcel's life holds besides the ordinary: the exception scenarios of
// docs/DEMO-DATA.md.
enum class DemoScenario : quint8
{
    Clean,
    AttemptsThenDelivered, // failed attempt(s), then delivered or collected
    AttemptsThenReturned,  // three failed attempts, return to origin
    RefusedThenReturned,   // refused at the door, return to origin
    FakeAttempt,           // "attempted" with no delivery run that day, or at night
    StuckThenResumed,      // no scan for 4+ days (6+ abroad), then scans resume
    StuckThenLost,         // no scan for days, then declared lost (or silent for good)
    Forgotten,             // label created, never (or only days later) scanned
    CustomsHold,           // held at customs / for duties, then cleared (or returned)
    Damaged,               // damaged in the network: repackaged, or returned
    AddressProblem,        // wrong address or customer moved: corrected, or returned
    PickupNotCollected,    // waiting at a pickup point until returned
    WeatherDelay,
    CarrierDelay,
};
inline constexpr int DemoScenarioCount = static_cast<int>(DemoScenario::CarrierDelay) + 1;

struct DemoParcelPlan
{
    int origin = 0; // place indices
    int destination = 0;
    int service = 0; // index into DemoContext::services()
    DemoBand band = DemoBand::Near;
    DemoMarket market = DemoMarket::US;
    bool cashOnDelivery = false;
    qint64 orderedUtcMs = 0;
    DemoScenario scenario = DemoScenario::Clean;
};

struct DemoParcelOutcome
{
    qint64 labelUtcMs = 0;
    qint64 pickupUtcMs = 0;    // 0: never picked up
    qint64 deliveredUtcMs = 0; // delivered or collected; 0: never
    qint64 returnedUtcMs = 0;  // back at the sender; 0: never
    qint64 promisedDay = 0;    // day numbers (days since 1970-01-01), local
    qint64 estimateDay = 0;    // the carrier's estimate at pickup
    qint64 revisedEstimateDay = 0;
    qint64 revisionUtcMs = 0; // when the carrier revised its estimate; 0: never
    bool damaged = false;
};

// Simulates the whole life of one parcel: label, pickup, line haul through the
// carrier's hubs (gateways and customs abroad), last mile, and the scenario's
// exceptions, at plausible local hours, with transit times drawn from the service's
// lognormal distribution for the lane's distance band.
class DemoShipmentSimulator final
{
public:
    explicit DemoShipmentSimulator(DemoContext &context);

    void simulate(const DemoParcelPlan &plan, DemoRandom &rng, DemoTimeline &timeline,
                  DemoParcelOutcome &outcome);

    // Draws the parcel's scenario from the market's shares (docs/DEMO-DATA.md).
    static DemoScenario pickScenario(DemoMarket market, DemoBand band, const DemoService &service,
                                     DemoRandom &rng);

    // Working-day arithmetic on day numbers with a DemoMonFri-style mask.
    static bool isWorkday(qint64 day, quint8 mask);
    static qint64 addWorkdays(qint64 day, int count, quint8 mask);
    static qint64 sameOrNextWorkday(qint64 day, quint8 mask);

private:
    struct Step
    {
        DemoScan scan;
        int place;
        int legWeight;  // share of the travel time before this step
        qint64 fixedMs; // fixed time before this step (dwell, hold, silence)
        bool silent;    // no "in transit" filler scans before this step
        bool revision;  // the carrier revises its estimate at this scan
    };

    void addStop(int place, DemoScan arrive, bool departs);
    void emitHaul(qint64 startUtc, qint64 endUtc, size_t count, size_t anchor);
    qint64 preferNight(int place, qint64 utcMs, qint64 lo, qint64 hi);
    void fillGap(qint64 untilUtc);
    void returnToSender(int fromPlace, qint64 fromDay);

    DemoScan deliveredScan(bool signature);
    DemoScan attemptReason(bool first);
    void outForDelivery(qint64 day);
    qint64 attempt(qint64 day, DemoScan reason);
    void deliverHome(qint64 day);
    void collectFromPickupPoint(qint64 fromDay, int maxDays);
    int retentionDays() const;

    DemoContext &m_context;
    std::vector<Step> m_steps;

    // The parcel being simulated.
    const DemoParcelPlan *m_plan = nullptr;
    const DemoService *m_service = nullptr;
    int m_carrier = 0;
    DemoRandom *m_rng = nullptr;
    DemoTimeline *m_timeline = nullptr;
    DemoParcelOutcome *m_outcome = nullptr;
    int m_transitDays = 1;
    qint64 m_failDay = 0;     // local day of the latest failed attempt
    int m_originFacility = 0; // where the carrier first sorts the parcel
    int m_originHub = 0;
    int m_destinationHub = 0;
    int m_originGateway = -1;
    int m_destinationGateway = -1;
};

} // namespace ct
