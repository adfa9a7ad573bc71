// SPDX-License-Identifier: MIT
#include "replaybody.h"

#include <QList>

namespace ct::server {

namespace {

// The positions of a compact JSON document that a replay needs: where the top-level
// "history" array's items start and end, and where each item starts, with its "id".
struct HistorySpan
{
    qsizetype itemsStart = -1; // just after '['
    qsizetype itemsEnd = -1;   // at ']'
    QList<qsizetype> itemStarts;
    QList<qint64> itemIds;
};

// Skips the string starting at `i` (a '"'); returns the index after its closing quote.
qsizetype skipString(const QByteArray &json, qsizetype i)
{
    for (++i; i < json.size(); ++i) {
        if (json.at(i) == '\\')
            ++i;
        else if (json.at(i) == '"')
            return i + 1;
    }
    return json.size();
}

HistorySpan findHistory(const QByteArray &json)
{
    HistorySpan span;
    int depth = 0;
    QByteArray lastKey;
    bool inHistory = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype end = skipString(json, i);
            lastKey = json.mid(i + 1, end - i - 2);
            i = end - 1;
        } else if (c == '{' || c == '[') {
            ++depth;
            if (c == '[' && depth == 2 && lastKey == "history" && span.itemsStart < 0) {
                span.itemsStart = i + 1;
                inHistory = true;
            } else if (inHistory && c == '{' && depth == 3) {
                span.itemStarts << i;
                span.itemIds << -1;
            }
        } else if (c == '}' || c == ']') {
            if (inHistory && c == ']' && depth == 2) {
                span.itemsEnd = i;
                inHistory = false;
            }
            --depth;
        } else if (c == ':' && inHistory && depth == 3 && lastKey == "id" && !span.itemIds.isEmpty()) {
            qsizetype start = i + 1;
            while (start < json.size() && json.at(start) == ' ')
                ++start;
            qsizetype end = start;
            while (end < json.size() && (json.at(end) == '-' || (json.at(end) >= '0' && json.at(end) <= '9')))
                ++end;
            span.itemIds.last() = json.mid(start, end - start).toLongLong();
            i = end - 1;
        }
    }
    return span;
}

} // namespace

ReplayBody::Stored ReplayBody::compact(EntityKind entity, const QByteArray &representation)
{
    if (entity != EntityKind::Exception)
        return {representation, -1};
    const HistorySpan span = findHistory(representation);
    if (span.itemsStart < 0 || span.itemsEnd < 0)
        return {representation, -1};
    qint64 through = 0; // no history yet: a replay has none either
    for (const qint64 id : span.itemIds)
        through = std::max(through, id);
    // Kept: everything but the items, so a replay only puts them back in their place.
    return {representation.left(span.itemsStart) + representation.mid(span.itemsEnd), through};
}

QByteArray ReplayBody::restore(const Stored &stored, const QByteArray &current)
{
    if (stored.historyThrough < 0)
        return stored.body;
    const HistorySpan now = findHistory(current);
    const HistorySpan kept = findHistory(stored.body);
    if (kept.itemsStart < 0)
        return stored.body;
    QByteArray items;
    if (now.itemsStart >= 0 && now.itemsEnd >= 0) {
        // Items are in id order: the first answer had those up to historyThrough.
        qsizetype end = now.itemsEnd;
        for (qsizetype i = 0; i < now.itemStarts.size(); ++i) {
            if (now.itemIds.at(i) > stored.historyThrough) {
                end = now.itemStarts.at(i);
                break;
            }
        }
        items = current.mid(now.itemsStart, end - now.itemsStart);
        if (items.endsWith(','))
            items.chop(1);
    }
    return stored.body.left(kept.itemsStart) + items + stored.body.mid(kept.itemsStart);
}

} // namespace ct::server
