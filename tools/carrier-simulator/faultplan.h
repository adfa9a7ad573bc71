// SPDX-License-Identifier: MIT
#pragma once

#include "domain/shipmentrecord.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <random>

namespace ct::sim {

// What goes wrong with the simulator's replies, and how often: each kind has its own
// probability per request, drawn from a seeded generator, so a run with the same seed and
// the same request order injects the same faults. Counts what it injected.
class FaultPlan final
{
public:
    enum class Kind {
        Latency,         // the reply waits latencyMs
        TooManyRequests, // 429 with Retry-After
        ServerError,     // 500
        Reset,           // the connection is aborted, no reply
        Truncate,        // only a prefix of the body is sent: the JSON is cut
        Duplicate,       // some events appear twice in the document
        Shuffle,         // events out of order in the document
        HtmlPage,        // 200 with an HTML page instead of the document (a proxy's or portal's)
    };
    static constexpr int KindCount = 8;
    static constexpr std::array<Kind, KindCount> AllKinds = {
        Kind::Latency,  Kind::TooManyRequests, Kind::ServerError, Kind::Reset,
        Kind::Truncate, Kind::Duplicate,       Kind::Shuffle,     Kind::HtmlPage};

    struct Options
    {
        std::array<double, KindCount> probability{}; // per kind, 0..1
        int latencyMs = 200;
        int retryAfterSeconds = 1;
    };

    // What to do with one reply. At most one of the reply-replacing faults (reset, 500,
    // 429, html, truncate, in that precedence) is chosen; latency, duplicates and shuffling
    // combine with anything.
    struct Decision
    {
        int delayMs = 0;
        int status = 0; // 0: the normal reply; 429 or 500 instead
        int retryAfterSeconds = 0;
        bool reset = false;
        bool truncate = false;
        bool duplicate = false;
        bool shuffle = false;
        bool htmlPage = false;
        bool any() const { return delayMs > 0 || status != 0 || reset || truncate || duplicate || shuffle || htmlPage; }
    };

    FaultPlan() : FaultPlan(Options(), 1) {}
    FaultPlan(Options options, quint64 seed);

    // "latency=0.05:200,429=0.05:1,500=0.05,reset=0.03,truncate=0.03,duplicate=0.1,shuffle=0.1,html=0.01":
    // kind=probability, with the delay in ms for latency and Retry-After seconds for 429.
    // Empty means no faults. On a bad spec returns nullopt and says which item is wrong.
    static std::optional<Options> parse(const QString &spec, QString *error);
    static QString kindName(Kind kind); // "latency", "429", "500", "reset", ...

    const Options &options() const { return m_options; }

    // Draws the faults for one reply. `hasDocument`: the reply is a tracking document
    // (only those can be truncated, duplicated or shuffled).
    Decision next(bool hasDocument);
    // Applies a decision's duplicate and shuffle faults to the shipments of a document.
    void apply(const Decision &decision, QList<ShipmentRecord> &shipments);
    // How many bytes of a `size`-byte body to send for a truncated reply (1..size-1).
    qsizetype truncatedSize(qsizetype size);

    int count(Kind kind) const { return m_counts[static_cast<size_t>(kind)]; }
    int requests() const { return m_requests; }
    int faultedRequests() const { return m_faulted; }

private:
    bool draw(Kind kind);
    void counted(Kind kind) { ++m_counts[static_cast<size_t>(kind)]; }

    Options m_options;
    std::mt19937_64 m_random;
    std::array<int, KindCount> m_counts{};
    int m_requests = 0;
    int m_faulted = 0;
};

} // namespace ct::sim
