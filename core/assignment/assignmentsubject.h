// SPDX-License-Identifier: MIT
#pragma once

#include "domain/exceptiontype.h"
#include "domain/paymentmode.h"

#include <QString>

namespace ct {

// What the assignment rules look at when an exception opens: its type and NDR reason,
// the shipment's carrier and payment mode, and the delivery attempts so far.
struct AssignmentSubject
{
    ExceptionType type = ExceptionType::Stuck;
    NdrReason reason = NdrReason::None;
    QString carrier; // canonical code ("delhivery")
    PaymentMode paymentMode = PaymentMode::Unknown;
    int attempts = 0;
};

} // namespace ct
