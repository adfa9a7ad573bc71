// SPDX-License-Identifier: MIT
#pragma once

#include "clusterindex.h"

#include <vector>

namespace ct::map {

// The grid's clusters as drawn (docs/MAP.md#clusters): a circle whose radius grows with
// the count, and clusters whose circles would overlap on screen merged into one.
namespace clustermerger {

// Set in a merged cluster's id: bit 63, above the level (bits 48..52) and the cell.
inline constexpr quint64 MergedBit = quint64(1) << 63;

// The radius in pixels a cluster of `count` parcels is drawn with: 4 for one parcel,
// else 7 + 3·log2(count), at most 28.
double radius(quint32 count);

// Merges the clusters whose circles, at `pixelsPerUnit` screen pixels per world unit
// (256·2^zoom), would overlap or come closer than 1 px, until no two do. A merged cluster
// holds its members' counts, per-status counts and approximate counts summed, sits at the
// mean of their points, keeps their cells as runs (members() lists exactly their points),
// takes the level of its biggest member and the id MergedBit | that member's id (the
// biggest by count, then the smallest id), so the same clusters always give the same ids.
// Clusters that overlap nothing are returned as they were. The result is in the input's
// order of its biggest members.
std::vector<ClusterIndex::Cluster> mergeOverlapping(std::vector<ClusterIndex::Cluster> clusters, double pixelsPerUnit);

} // namespace clustermerger
} // namespace ct::map
