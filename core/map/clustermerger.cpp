// SPDX-License-Identifier: MIT
#include "clustermerger.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ct::map::clustermerger {

namespace {

constexpr double Gap = 1.0; // pixels kept between two circles

using Cluster = ClusterIndex::Cluster;

// Whether b goes before a as the one a merged cluster is named after.
bool bigger(const Cluster &a, const Cluster &b)
{
    return a.count != b.count ? a.count > b.count : a.id < b.id;
}

void absorb(Cluster &into, const Cluster &other)
{
    if (into.runs.empty())
        into.runs.push_back(ClusterIndex::Run{into.first, into.count});
    if (other.runs.empty())
        into.runs.push_back(ClusterIndex::Run{other.first, other.count});
    else
        into.runs.insert(into.runs.end(), other.runs.begin(), other.runs.end());
    const double total = double(into.count) + double(other.count);
    into.x = float((double(into.x) * into.count + double(other.x) * other.count) / total);
    into.y = float((double(into.y) * into.count + double(other.y) * other.count) / total);
    into.count += other.count;
    for (std::size_t s = 0; s < into.byStatus.size(); ++s)
        into.byStatus[s] += other.byStatus[s];
    into.approximate += other.approximate;
}

// Whether two circles (centre in pixels, radius) overlap or come within Gap.
bool overlap(double ax, double ay, double ar, double bx, double by, double br)
{
    const double reach = ar + br + Gap;
    const double dx = ax - bx;
    if (dx >= reach || -dx >= reach)
        return false;
    const double dy = ay - by;
    return dx * dx + dy * dy < reach * reach;
}

} // namespace

double radius(quint32 count)
{
    return count <= 1 ? 4.0 : std::min(28.0, 7.0 + 3.0 * std::log2(double(count)));
}

std::vector<Cluster> mergeOverlapping(std::vector<Cluster> clusters, double pixelsPerUnit)
{
    // Biggest first: a big cluster takes in the small ones about it, as the eye groups them.
    std::vector<std::size_t> order(clusters.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t l, std::size_t r) { return bigger(clusters[l], clusters[r]); });
    std::vector<Cluster> drawn;
    drawn.reserve(clusters.size());
    for (std::size_t i : order)
        drawn.push_back(std::move(clusters[i]));
    // Until a pass merges nothing: a grown circle can reach clusters it did not before.
    // Each pass is O(n²) over the clusters on screen, a few hundred (cells of ~64 px).
    std::vector<quint64> namedAfter(drawn.size());
    for (std::size_t i = 0; i < drawn.size(); ++i)
        namedAfter[i] = drawn[i].id;
    for (bool merged = true; merged;) {
        merged = false;
        // Centres in pixels and radii, once per pass (the log2 is what a pair costs most).
        const std::size_t n = drawn.size();
        std::vector<double> px(n), py(n), pr(n);
        for (std::size_t i = 0; i < n; ++i) {
            px[i] = double(drawn[i].x) * pixelsPerUnit;
            py[i] = double(drawn[i].y) * pixelsPerUnit;
            pr[i] = radius(drawn[i].count);
        }
        std::vector<bool> gone(n, false);
        for (std::size_t i = 0; i < n; ++i) {
            if (gone[i])
                continue;
            for (std::size_t j = i + 1; j < n; ++j) {
                if (gone[j] || !overlap(px[i], py[i], pr[i], px[j], py[j], pr[j]))
                    continue;
                absorb(drawn[i], drawn[j]);
                px[i] = double(drawn[i].x) * pixelsPerUnit;
                py[i] = double(drawn[i].y) * pixelsPerUnit;
                pr[i] = radius(drawn[i].count);
                gone[j] = true;
                merged = true;
                j = i; // the grown circle: look at the rest again
            }
        }
        if (!merged)
            break;
        std::vector<Cluster> kept;
        std::vector<quint64> keptNames;
        kept.reserve(drawn.size());
        for (std::size_t i = 0; i < drawn.size(); ++i) {
            if (!gone[i]) {
                kept.push_back(std::move(drawn[i]));
                keptNames.push_back(namedAfter[i]);
            }
        }
        drawn = std::move(kept);
        namedAfter = std::move(keptNames);
    }
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        if (drawn[i].isMerged())
            drawn[i].id = MergedBit | namedAfter[i];
    }
    return drawn;
}

} // namespace ct::map::clustermerger
