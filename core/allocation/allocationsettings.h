// SPDX-License-Identifier: MIT
#pragma once

#include "allocationpolicy.h"
#include "ratecard.h"

#include "edits/editcatalog.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct {

class Database;

// The allocation policy and the rate card in force (docs/ALLOCATION.md, "Where they are
// kept"): the team settings "allocation_policy" and "rate_card", saved whole against a
// version like the return policy, so a document with an error is refused and the one in
// force stays; a team server shares them with its replicas. The rate card's document
// keeps the CSV as imported: {"source": "rates.csv", "csv": "kind,carrier,..."}.
class AllocationSettings final
{
public:
    static constexpr const char *PolicyName = "allocation_policy";
    static constexpr const char *RateCardName = "rate_card";

    // The team settings' checks and normal forms (TeamSettingKind).
    static std::optional<QByteArray> normalizedPolicy(QByteArrayView document, QList<FieldError> *errors);
    static QByteArray defaultPolicy();
    static std::optional<QByteArray> normalizedRateCard(QByteArrayView document, QList<FieldError> *errors);
    static QByteArray defaultRateCard();
    // A rate card's team-setting document for an imported CSV.
    static QByteArray rateCardDocument(const RateCard &card);
    // The card a rate card document holds; an empty card for the default (no rate card).
    static std::optional<RateCard> rateCardFrom(QByteArrayView document, QStringList *errors);

    struct InForce
    {
        AllocationPolicy policy;
        qint64 policyVersion = 0;
        RateCard rateCard;
        qint64 rateCardVersion = 0;
        QString problem; // a stored document that no longer reads, or a store failure
    };
    // What is in force in the store: the defaults (an empty policy, no rate card) for
    // what was never saved.
    static InForce read(const Database &database);
};

} // namespace ct
