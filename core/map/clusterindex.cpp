// SPDX-License-Identifier: MIT
#include "clusterindex.h"

#include "webmercator.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ct::map {

namespace {

quint64 spread(quint64 v)
{
    v &= 0xFFFFFF; // 24 bits
    v = (v | (v << 16)) & 0x0000FFFF0000FFFFULL;
    v = (v | (v << 8)) & 0x00FF00FF00FF00FFULL;
    v = (v | (v << 4)) & 0x0F0F0F0F0F0F0F0FULL;
    v = (v | (v << 2)) & 0x3333333333333333ULL;
    v = (v | (v << 1)) & 0x5555555555555555ULL;
    return v;
}

quint32 cellCoordinate(double v)
{
    const double scaled = std::clamp(v, 0.0, 1.0) * double(1u << ClusterIndex::MaxLevel);
    return quint32(std::min(scaled, double((1u << ClusterIndex::MaxLevel) - 1)));
}

} // namespace

EtaStatus ClusterIndex::Cluster::worst() const
{
    // The status most of the cluster has, worse ones winning ties; any exception shows.
    if (byStatus[std::size_t(EtaStatus::Exception)] * 4 >= count && byStatus[std::size_t(EtaStatus::Exception)] > 0)
        return EtaStatus::Exception;
    int best = 0;
    for (int s = 1; s < EtaStatusCount; ++s) {
        if (byStatus[std::size_t(s)] >= byStatus[std::size_t(best)])
            best = s;
    }
    return EtaStatus(best);
}

quint64 ClusterIndex::mortonCode(float x, float y)
{
    return spread(cellCoordinate(x)) | (spread(cellCoordinate(y)) << 1);
}

int ClusterIndex::levelForZoom(double zoom, double cellPixels)
{
    const double level = zoom + std::log2(webmercator::TileSize / cellPixels);
    return std::clamp(int(std::floor(level)), 0, MaxLevel);
}

void ClusterIndex::build(std::span<const MapPoint> points)
{
    const std::size_t n = points.size();
    std::vector<std::pair<quint64, quint32>> keyed(n);
    for (std::size_t i = 0; i < n; ++i)
        keyed[i] = {mortonCode(points[i].x, points[i].y), quint32(i)};
    std::sort(keyed.begin(), keyed.end());
    m_codes.resize(n);
    m_order.resize(n);
    m_points.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        m_codes[i] = keyed[i].first;
        m_order[i] = keyed[i].second;
        m_points[i] = points[keyed[i].second];
    }
}

std::vector<ClusterIndex::Cluster> ClusterIndex::clusters(int level, double x0, double y0, double x1, double y1) const
{
    level = std::clamp(level, 0, MaxLevel);
    const int shift = 2 * (MaxLevel - level);
    // Cells meeting the rectangle, in cell coordinates at this level.
    const double cells = double(1u << level);
    const quint32 cx0 = quint32(std::clamp(std::floor(x0 * cells), 0.0, cells - 1));
    const quint32 cx1 = quint32(std::clamp(std::floor(x1 * cells), 0.0, cells - 1));
    const quint32 cy0 = quint32(std::clamp(std::floor(y0 * cells), 0.0, cells - 1));
    const quint32 cy1 = quint32(std::clamp(std::floor(y1 * cells), 0.0, cells - 1));
    const int cellShift = MaxLevel - level;
    std::vector<Cluster> out;
    std::size_t i = 0;
    const std::size_t n = m_codes.size();
    while (i < n) {
        const quint64 cell = m_codes[i] >> shift;
        // The run of this cell.
        std::size_t end = i + 1;
        while (end < n && (m_codes[end] >> shift) == cell)
            ++end;
        const MapPoint &p = m_points[i];
        const quint32 px = cellCoordinate(p.x) >> cellShift;
        const quint32 py = cellCoordinate(p.y) >> cellShift;
        if (px >= cx0 && px <= cx1 && py >= cy0 && py <= cy1) {
            Cluster c;
            c.id = clusterId(level, cell);
            c.level = level;
            c.first = quint32(i);
            c.count = quint32(end - i);
            double sx = 0;
            double sy = 0;
            for (std::size_t k = i; k < end; ++k) {
                const MapPoint &q = m_points[k];
                sx += q.x;
                sy += q.y;
                ++c.byStatus[std::size_t(q.status)];
                c.approximate += q.approximate ? 1 : 0;
            }
            c.x = float(sx / double(c.count));
            c.y = float(sy / double(c.count));
            out.push_back(c);
            i = end;
        } else {
            // Skip to the next cell quickly: the first code past this cell's range.
            const quint64 next = (cell + 1) << shift;
            i = std::size_t(std::lower_bound(m_codes.begin() + std::ptrdiff_t(end), m_codes.end(), next) - m_codes.begin());
        }
    }
    return out;
}

std::vector<quint32> ClusterIndex::members(const Cluster &cluster) const
{
    std::vector<quint32> out;
    out.reserve(cluster.count);
    if (cluster.runs.empty()) {
        for (quint32 k = 0; k < cluster.count; ++k)
            out.push_back(m_order[cluster.first + k]);
        return out;
    }
    for (const Run &run : cluster.runs) {
        for (quint32 k = 0; k < run.count; ++k)
            out.push_back(m_order[run.first + k]);
    }
    return out;
}

} // namespace ct::map
