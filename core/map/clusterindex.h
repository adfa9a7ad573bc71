// SPDX-License-Identifier: MIT
#pragma once

#include "etastatus.h"
#include "mapdata.h"

#include <array>
#include <span>
#include <vector>

namespace ct::map {

// A hierarchical grid over the world square (docs/MAP.md#clusters): at level L the square
// is cut into 2^L × 2^L cells and a cluster is the points of one cell, so every level
// holds every point exactly once (counts are preserved) and a cluster's id, made of its
// level and cell, is the same in every build over any points. Built once per data set
// (points sorted by their Morton code at the finest level, so each cell is one run of
// the sorted points); clusters() then answers any level and viewport with one pass over
// the sorted points inside it.
class ClusterIndex final
{
public:
    static constexpr int MaxLevel = 24;

    // A run of sorted points: a grid cell's points.
    struct Run
    {
        quint32 first = 0;
        quint32 count = 0;
    };

    struct Cluster
    {
        quint64 id = 0;      // level << 48 | cell (Morton code at that level); merged: see clustermerger.h
        int level = 0;
        float x = 0;         // mean of the points, world coordinates
        float y = 0;
        quint32 count = 0;
        quint32 first = 0;   // position of the first point in sortedPoints()
        std::array<quint32, EtaStatusCount> byStatus{};
        quint32 approximate = 0;
        // Empty for a grid cell (its points are the run first, count); a merged cluster's
        // cells, each a run of sorted points (clustermerger::mergeOverlapping).
        std::vector<Run> runs;
        EtaStatus worst() const;
        bool isMerged() const { return !runs.empty(); }
    };

    void build(std::span<const MapPoint> points);
    int size() const { return static_cast<int>(m_order.size()); }

    // The clusters of `level` whose cell meets the world rectangle [x0, x1] × [y0, y1].
    std::vector<Cluster> clusters(int level, double x0, double y0, double x1, double y1) const;
    // The original index (into the built points) of the sorted point at `position`.
    quint32 pointIndex(quint32 position) const { return m_order[position]; }
    // The original indexes of a cluster's points.
    std::vector<quint32> members(const Cluster &cluster) const;

    static quint64 clusterId(int level, quint64 cell) { return (quint64(level) << 48) | cell; }
    // The finest-level Morton code of a world point.
    static quint64 mortonCode(float x, float y);
    // The grid level whose cells are about `cellPixels` wide at a zoom.
    static int levelForZoom(double zoom, double cellPixels = 64);

private:
    std::vector<quint64> m_codes;  // sorted
    std::vector<quint32> m_order;  // original index per sorted position
    std::vector<MapPoint> m_points; // in sorted order
};

} // namespace ct::map
