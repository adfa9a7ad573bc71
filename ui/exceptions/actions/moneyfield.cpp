// SPDX-License-Identifier: MIT
#include "moneyfield.h"

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
    , m_currency(new QComboBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    m_amount->setObjectName(QStringLiteral("amount_cents"));
    m_amount->setPlaceholderText(QStringLiteral("0.00"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,7}([.,][0-9]{0,2})?")), m_amount));
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
        markEdited();
    });
}

std::optional<qint64> MoneyField::cents() const
{
    static const QRegularExpression Amount(QStringLiteral("^([0-9]{1,7})(?:[.,]([0-9]{1,2}))?$"));
    const auto match = Amount.match(m_amount->text().trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString fraction = match.captured(2);
    return match.captured(1).toLongLong() * 100 + (fraction.isEmpty() ? 0 : fraction.leftJustified(2, QLatin1Char('0')).toInt());
}

void MoneyField::setCents(qint64 cents)
{
    m_amount->setText(QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0')));
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
        return {FieldError{QStringLiteral("amount_cents"), tr("write the amount as 12.50")}};
    return {};
}

QWidget *MoneyField::focusTarget() const
{
    return m_amount;
}

} // namespace ct
