// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ct {

// How a message reaches a customer: the `channel` of the contact_customer edit.
enum class MessageChannel : quint8 { Email, Sms, WhatsApp };
inline constexpr MessageChannel AllMessageChannels[] = {MessageChannel::Email, MessageChannel::Sms,
                                                        MessageChannel::WhatsApp};

QString messageChannelCode(MessageChannel channel);  // "email", "sms", "whatsapp"
QString messageChannelLabel(MessageChannel channel); // "E-mail", "SMS", "WhatsApp"
std::optional<MessageChannel> messageChannelFromCode(QStringView code);

// One message an agent can send a customer about an exception (docs/ACTIONS.md,
// "Message templates"): text with placeholders such as {customer_name}, filled with the
// shipment's fields when it is previewed. Its id is the contact_customer edit's
// `template`.
struct MessageTemplate
{
    QString id;      // "ndr_missed_sms"
    MessageChannel channel = MessageChannel::Email;
    QString name;    // "Missed delivery: another attempt"
    QString subject; // e-mail only
    QString body;
};

} // namespace ct
