// SPDX-License-Identifier: MIT
#pragma once

#include "demoorderbuilder.h"
#include "domain/returnrecord.h"

namespace ct {

class DemoContext;
class DemoRandom;
class DemoTrackingNumbers;

struct DemoReturnInput
{
    const DemoOrder *order = nullptr;
    QString orderId;
    QString carrier; // outbound parcel
    QString trackingNumber;
    int destinationPlace = 0;
    bool crossBorder = false;
    qint64 deliveredUtcMs = 0;
    bool late = false;    // delivered after the promised date
    bool damaged = false; // damaged on the way
};

// Decides whether a delivered order comes back, and plays the return's lifecycle forward
// to `now`: reason and items, request after delivery, approval or rejection, label,
// shipment back, receipt, inspection, refund / exchange / store credit, closing.
class DemoReturnPlanner final
{
public:
    DemoReturnPlanner(const DemoContext &context, const DemoOrderBuilder &orders,
                      DemoTrackingNumbers &numbers);

    // False when the order is not returned (or not yet, as of now).
    bool plan(const DemoReturnInput &input, DemoRandom &rng, ReturnRecord &out);

private:
    const DemoContext &m_context;
    const DemoOrderBuilder &m_orders;
    DemoTrackingNumbers &m_numbers;
    int m_sequence = 0;
};

} // namespace ct
