// SPDX-License-Identifier: MIT
#include "moneyfield.h"

#include "orders/minorunits.h"
#include "widgets/displaytext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ct {

MoneyField::MoneyField(qint64 orderValueCents, const QString &orderCurrency, QWidget *parent)
    : ActionField({QStringLiteral("amount_cents"), QStringLiteral("currency")}, parent)
    , m_amount(new QLineEdit(this))
    , m_amountFormat(new QRegularExpressionValidator(m_amount))
    , m_currency(new QComboBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    m_amount->setObjectName(QStringLiteral("amount_cents"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setValidator(m_amountFormat);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    QStringList currencies{QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("INR"),
                           QStringLiteral("CAD"), QStringLiteral("AUD")};
    if (!orderCurrency.isEmpty() && !currencies.contains(orderCurrency))
        currencies.prepend(orderCurrency);
    m_currency->addItems(currencies);
    m_currency->setCurrentText(orderCurrency.isEmpty() ? QStringLiteral("USD") : orderCurrency);
    m_currency->lineEdit()->setMaxLength(3);
    row->addWidget(m_amount, 1);
    row->addWidget(m_currency);
    layout->addLayout(row);
    if (orderValueCents > 0) {
        auto *value = new QLabel(tr("The order's value: %1").arg(DisplayText::money(orderValueCents, orderCurrency)), this);
        value->setObjectName(QStringLiteral("orderValue"));
        value->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(value);
    }
    layout->addWidget(errorLabel());
    connect(m_amount, &QLineEdit::textEdited, this, &MoneyField::markEdited);
    connect(m_currency, &QComboBox::currentTextChanged, this, [this] {
        const QString upper = m_currency->currentText().toUpper();
        if (upper != m_currency->currentText())
            m_currency->setCurrentText(upper);
        followCurrency();
        markEdited();
    });
    followCurrency();
}

int MoneyField::exponent() const
{
    return exponentOr2(m_currency->currentText().trimmed().toUpper());
}

void MoneyField::followCurrency()
{
    // As many decimals as the currency has (none for JPY, three for KWD), and whole units
    // up to the edit catalog's bound of 1e9 minor units.
    const int e = exponent();
    m_amountFormat->setRegularExpression(QRegularExpression(
        e == 0 ? QStringLiteral("[0-9]{0,9}") : QStringLiteral("[0-9]{0,%1}([.,][0-9]{0,%2})?").arg(9 - e).arg(e)));
    m_amount->setPlaceholderText(minorUnitsText(0, e));
}

std::optional<qint64> MoneyField::cents() const
{
    const QString text = m_amount->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    const std::optional<qint64> minor = parseMinorUnits(text, exponent());
    if (!minor || *minor > MaxMinorUnits)
        return std::nullopt;
    return minor;
}

void MoneyField::setCents(qint64 cents)
{
    m_amount->setText(minorUnitsText(cents, exponent()));
}

void MoneyField::writeParams(QJsonObject &params) const
{
    if (const auto amount = cents())
        params.insert(QStringLiteral("amount_cents"), static_cast<double>(*amount));
    params.insert(QStringLiteral("currency"), m_currency->currentText().trimmed().toUpper());
}

QList<FieldError> MoneyField::localProblems() const
{
    if (!m_amount->text().trimmed().isEmpty() && !cents())
        return {FieldError{QStringLiteral("amount_cents"),
                           //: %1 is an example amount in the refund's currency: "12.50", "1250" (yen), "12.500" (dinar).
                           tr("write the amount as %1").arg(minorUnitsText(1250 * (exponent() == 3 ? 10 : 1), exponent()))}};
    return {};
}

QWidget *MoneyField::focusTarget() const
{
    return m_amount;
}

} // namespace ct
