// SPDX-License-Identifier: MIT
#pragma once

#include "domain/exceptiontype.h"
#include "domain/paymentmode.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// The exception a rule looks at: the trigger's own, or for a shipment's or a return's
// transition the shipment's latest open exception.
struct AutomationException
{
    qint64 id = 0;
    ExceptionType type = ExceptionType::Stuck;
    NdrReason reason = NdrReason::None;
    int priority = 4; // band, 1 most urgent
};

// What a rule's conditions are judged on: the shipment as the transition leaves it
// (docs/AUTOMATION.md, "Conditions").
struct AutomationSubject
{
    qint64 shipmentId = 0;
    QString carrier; // canonical code
    QString service;
    PaymentMode paymentMode = PaymentMode::Unknown;
    qint64 orderValueCents = 0;
    QString currency;
    QString destinationCountry;
    QString destinationState;
    int attempts = 0;       // failed delivery attempts in the timeline
    int outForDelivery = 0; // out-for-delivery scans in the timeline
    QString customerEmail;
    QString customerPhone;
    QStringList customerTags; // of the linked storefront order
    std::optional<AutomationException> exception;
};

} // namespace ct
