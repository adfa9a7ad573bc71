// SPDX-License-Identifier: MIT
#pragma once

#include "actionfield.h"

class QComboBox;
class QLineEdit;
class QRegularExpressionValidator;

namespace ct {

// An amount of money and its currency (a refund): typed with the currency's decimals
// ("12.50" or "12,50"; "1250" yen; "12.500" dinar), sent in its minor units; the currency
// an ISO 4217 code, the order's to start with; the order's value
// shown beside, since a refund may not exceed it.
class MoneyField final : public ActionField
{
    Q_OBJECT

public:
    MoneyField(qint64 orderValueCents, const QString &orderCurrency, QWidget *parent);

    // The amount in the currency's minor units (cents; yen for JPY); nullopt while the
    // text is not an amount of that currency.
    std::optional<qint64> cents() const;
    void setCents(qint64 cents); // not an edit

    void writeParams(QJsonObject &params) const override;
    QList<FieldError> localProblems() const override;
    QWidget *focusTarget() const override;

private:
    // The refund form's bound, as the edit catalog's Amount (1 .. 1e9 minor units).
    static constexpr qint64 MaxMinorUnits = 1'000'000'000;
    int exponent() const;
    void followCurrency();

    QLineEdit *m_amount;
    QRegularExpressionValidator *m_amountFormat;
    QComboBox *m_currency;
};

} // namespace ct
