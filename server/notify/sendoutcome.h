// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ct::server {

// What a provider (an SMTP server, an SMS or WhatsApp endpoint) answered one send.
struct SendOutcome
{
    enum class Kind : quint8 {
        Sent,      // accepted
        Transient, // 5xx, 429, a timeout, a connection that failed: retried with backoff
        Permanent, // 4xx (SMTP 5xx): refused, not retried
    };
    Kind kind = Kind::Transient;
    QString answer;            // the provider's answer, for the delivery log ("HTTP 400: {...}")
    QString providerMessageId; // the provider's id of the message, when it gave one

    static SendOutcome sent(QString answer, QString id = {}) { return {Kind::Sent, std::move(answer), std::move(id)}; }
    static SendOutcome transient(QString answer) { return {Kind::Transient, std::move(answer), {}}; }
    static SendOutcome permanent(QString answer) { return {Kind::Permanent, std::move(answer), {}}; }
};

} // namespace ct::server
