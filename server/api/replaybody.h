// SPDX-License-Identifier: MIT
#pragma once

#include "sync/entitykind.h"

#include <QByteArray>

namespace ct::server {

// What the idempotency table keeps of an edit's answer so that a replay gets the same
// bytes, in constant space per edit. An exception's representation ends with its whole
// history, which grows with every edit; kept whole, each record would be larger than the
// last (22.8k edits stored 529 MB). So an exception's answer is kept without its history
// items, with the id of the last one: history rows are only ever added, in id order, so
// the items up to that id, cut from the exception's representation now, are the ones
// the first answer had. Any other answer is kept as it is.
class ReplayBody final
{
public:
    struct Stored
    {
        QByteArray body;
        qint64 historyThrough = -1; // -1: `body` is the whole answer
    };

    static Stored compact(EntityKind entity, const QByteArray &representation);
    // The first answer again, from what was stored and the entity's representation now.
    static QByteArray restore(const Stored &stored, const QByteArray &current);
};

} // namespace ct::server
