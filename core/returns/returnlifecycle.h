// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returnstatus.h"

#include <QList>
#include <QString>

namespace ct {

// The statuses a return may move through (docs/RETURNS.md): requested -> approved or
// rejected -> label issued -> in transit -> received -> inspected -> refunded, exchanged or
// credited -> closed, with an exchange or store credit allowed right after approval
// (an instant exchange), a refund once the parcel is on its way back (refund on first
// scan), and an unused label closing the return when it expires.
class ReturnLifecycle final
{
public:
    static QList<ReturnStatus> next(ReturnStatus from);
    static bool allows(ReturnStatus from, ReturnStatus to);
    // Whether `to` lies ahead of `from`: reached in one or more allowed moves (the table
    // has no way back, so this is "later in the lifecycle").
    static bool leadsTo(ReturnStatus from, ReturnStatus to);
    // The statuses `from` may become, in words: "approved or rejected"; empty when final.
    static QString nextText(ReturnStatus from);
    // Why `from` -> `to` is refused, naming the current state and the allowed ones:
    // "a return that is requested can become approved or rejected, not refunded".
    // Empty when the move is allowed.
    static QString refusal(ReturnStatus from, ReturnStatus to);
    static bool isFinal(ReturnStatus status) { return next(status).isEmpty(); }
};

} // namespace ct
