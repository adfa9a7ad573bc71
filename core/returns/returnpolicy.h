// SPDX-License-Identifier: MIT
#pragma once

#include "domain/returnstatus.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

// The date a return window counts from.
enum class WindowStart : quint8 { Order, Fulfilment, Delivery };

// How many days an item may come back, for some categories ("*": every category).
struct ReturnWindowRule
{
    QStringList categories;
    int days = 30;
    WindowStart from = WindowStart::Delivery;
};

// What a condition the customer reports does to an item's eligibility.
enum class ConditionEffect : quint8 { Allow, Review, Refuse };

struct ConditionRule
{
    QStringList categories; // "*": every category
    ConditionEffect worn = ConditionEffect::Allow;
    ConditionEffect opened = ConditionEffect::Allow;
    ConditionEffect tagsRemoved = ConditionEffect::Allow;
};

// A customer who returns a lot goes to review: `returns` or more returns, or `sharePercent`
// or more of at least `minOrders` orders returned, within `days` before the request.
// A threshold of 0 is off.
struct SerialReturnerRule
{
    int returns = 5;
    int sharePercent = 50;
    int minOrders = 4;
    int days = 90;
};

// Exchange first: for these reasons the recommendation is an exchange for another variant
// (or store credit with a bonus) before a refund.
struct ExchangeFirstRule
{
    QList<ReturnReason> reasons{ReturnReason::WrongSize, ReturnReason::WrongColour};
    int storeCreditBonusPercent = 10;
};

// A merchant's return policy, as data (docs/RETURNS.md): windows per category counted from
// the order, fulfilment or delivery date with a grace period, final-sale and
// non-returnable categories, item conditions, value thresholds per currency, the serial
// returner rule, block- and allowlists, one return per item, and exchange first. JSON in,
// JSON out; a policy with any error is refused whole, with the path of the bad field.
struct ReturnPolicy
{
    int version = 1;
    QList<ReturnWindowRule> windows{ReturnWindowRule{{QStringLiteral("*")}, 30, WindowStart::Delivery}};
    int graceDays = 3; // late carrier scans: the window stays open this much longer
    QStringList finalSaleCategories;
    QStringList nonReturnableCategories;
    QList<ConditionRule> conditions;
    // Per ISO 4217 currency, in minor units: eligible returns worth less are approved
    // automatically; returns worth this much or more go to review. A currency with no
    // entry: never automatic, never review by value.
    QHash<QString, qint64> autoApproveBelowCents;
    QHash<QString, qint64> reviewFromCents;
    SerialReturnerRule serialReturner;
    QStringList blocklist; // customer e-mails, lower case: their returns are refused
    QStringList allowlist; // customer e-mails, lower case: exempt from review by value or history
    bool oneReturnPerItem = true;
    ExchangeFirstRule exchangeFirst;
    // A return label unused this many days after it was issued has expired (Loop's 28).
    int labelExpiryDays = 28;
    static constexpr int MaxLabelExpiryDays = 365;

    // The policy a new store starts with (docs/RETURNS.md).
    static ReturnPolicy defaults();

    QByteArray toJson() const;
    // What names this policy's content in kept verdicts: the first 16 hex digits of the
    // SHA-256 of toJson(). Two policies with one version number but other rules differ.
    QString digest() const;
    // Reads a whole policy; every error names its path ("windows[2].days: must be a whole
    // number from 1 to 3650"), and nothing is returned when there is one.
    static std::optional<ReturnPolicy> fromJson(QByteArrayView json, QString *error);
};

QString windowStartCode(WindowStart start); // "order", "fulfilment", "delivery"
QString conditionEffectCode(ConditionEffect effect); // "allow", "review", "refuse"

} // namespace ct
