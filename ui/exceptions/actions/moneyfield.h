// SPDX-License-Identifier: MIT
#pragma once

#include "actionfield.h"

class QComboBox;
class QLineEdit;

namespace ct {

// An amount of money and its currency (a refund): typed as "12.50" (or "12,50"), sent in
// cents; the currency an ISO 4217 code, the order's to start with; the order's value
// shown beside, since a refund may not exceed it.
class MoneyField final : public ActionField
{
    Q_OBJECT

public:
    MoneyField(qint64 orderValueCents, const QString &orderCurrency, QWidget *parent);

    // The amount in cents; nullopt while the text is not an amount.
    std::optional<qint64> cents() const;
    void setCents(qint64 cents); // not an edit

    void writeParams(QJsonObject &params) const override;
    QList<FieldError> localProblems() const override;
    QWidget *focusTarget() const override;

private:
    QLineEdit *m_amount;
    QComboBox *m_currency;
};

} // namespace ct
