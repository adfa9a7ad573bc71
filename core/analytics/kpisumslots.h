// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <unordered_map>
#include <vector>

namespace ct {

// Sums of rollup rows per (grouping, period, cut key) of one request, found by integers:
// KpiRollupReader adds each stored row into the slot of every grouping it falls in, then
// hands each slot's sums to the accumulator once, instead of calling the accumulator (and
// hashing the cut key's string) per row and grouping. Slots are visited in the order they
// were first touched, so the accumulator sees the cut keys in the same order as row by row.
template<typename Sums>
class KpiSumSlots final
{
public:
    struct Slot
    {
        int grouping;
        int period;
        int cut; // index into cutKeys(grouping)
        Sums sums;
    };

    explicit KpiSumSlots(int groupings) : m_cutIndex(static_cast<size_t>(groupings)), m_cutKeys(static_cast<size_t>(groupings))
    {
    }

    // The index of a cut key in a grouping, added when new.
    int cutId(int grouping, const QString &key)
    {
        QHash<QString, int> &index = m_cutIndex[static_cast<size_t>(grouping)];
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, static_cast<int>(m_cutKeys[static_cast<size_t>(grouping)].size()));
            m_cutKeys[static_cast<size_t>(grouping)].append(key);
        }
        return *it;
    }
    const QString &cutKey(int grouping, int cut) const { return m_cutKeys[static_cast<size_t>(grouping)].at(cut); }

    Sums &at(int grouping, int period, int cut)
    {
        const quint64 key = (quint64(quint32(grouping)) << 48) | (quint64(quint32(period)) << 24) | quint64(quint32(cut));
        const auto [it, added] = m_slotIndex.try_emplace(key, static_cast<int>(m_slots.size()));
        if (added)
            m_slots.push_back(Slot{grouping, period, cut, Sums{}});
        return m_slots[static_cast<size_t>(it->second)].sums;
    }

    const std::vector<Slot> &entries() const { return m_slots; }

private:
    std::vector<QHash<QString, int>> m_cutIndex;
    std::vector<QStringList> m_cutKeys;
    std::unordered_map<quint64, int> m_slotIndex;
    std::vector<Slot> m_slots;
};

} // namespace ct
