// SPDX-License-Identifier: MIT
#include "phonefield.h"

#include "geo/callingcodes.h"
#include "geo/countries.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ct {

namespace {

bool isE164(const QString &number)
{
    static const QRegularExpression E164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return E164.match(number).hasMatch();
}

} // namespace

PhoneField::PhoneField(const QString &destinationCountry, const QString &phoneOnOrder, QWidget *parent)
    : ActionField({QStringLiteral("phone")}, parent)
    , m_country(destinationCountry.toUpper())
    , m_edit(new QLineEdit(this))
    , m_suggestion(new QLabel(this))
    , m_use(new QPushButton(tr("&Use It"), this))
    , m_otherCountry(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setObjectName(QStringLiteral("phone"));
    m_edit->setMaxLength(32);
    const QString code = geo::callingCodeText(m_country);
    // The destination's calling code to start from: typing goes on after it.
    if (!code.isEmpty())
        m_edit->setText(code + QLatin1Char(' '));
    m_edit->setPlaceholderText(tr("+ country code, then the number"));
    layout->addWidget(m_edit);
    if (!phoneOnOrder.isEmpty()) {
        auto *onOrder = new QLabel(tr("On the order: %1").arg(phoneOnOrder), this);
        onOrder->setObjectName(QStringLiteral("phoneOnOrder"));
        onOrder->setForegroundRole(QPalette::PlaceholderText);
        onOrder->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(onOrder);
    }
    auto *row = new QHBoxLayout;
    m_suggestion->setObjectName(QStringLiteral("phoneSuggestion"));
    m_use->setObjectName(QStringLiteral("usePhoneSuggestion"));
    m_use->setAutoDefault(false);
    row->addWidget(m_suggestion, 1);
    row->addWidget(m_use);
    layout->addLayout(row);
    m_otherCountry->setObjectName(QStringLiteral("phoneCountry"));
    m_otherCountry->setWordWrap(true);
    m_otherCountry->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_otherCountry);
    layout->addWidget(errorLabel());
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        update();
        markEdited();
    });
    connect(m_use, &QPushButton::clicked, this, [this] {
        m_edit->setText(m_suggested);
        update();
        markEdited();
        m_edit->setFocus();
    });
    update();
}

void PhoneField::update()
{
    const QString typed = geo::compactPhoneNumber(m_edit->text());
    m_suggested.clear();
    // A national number, or an international one with its trunk 0 ("+44 020 ...").
    const QString suggested = geo::suggestedE164(m_edit->text(), m_country);
    if (isE164(suggested) && suggested != typed)
        m_suggested = suggested;
    m_suggestion->setText(m_suggested.isEmpty() ? QString() : tr("Did you mean %1?").arg(m_suggested));
    m_suggestion->setVisible(!m_suggested.isEmpty());
    m_use->setVisible(!m_suggested.isEmpty());
    QString other;
    if (isE164(typed) && !m_country.isEmpty()) {
        const QStringList owners = geo::countriesOfNumber(typed);
        if (!owners.isEmpty() && !owners.contains(m_country))
            other = tr("This is a number of %1; the parcel goes to %2.")
                        .arg(geo::countryName(owners.first()), geo::countryName(m_country));
    }
    m_otherCountry->setText(other);
    m_otherCountry->setVisible(!other.isEmpty());
}

QString PhoneField::number() const
{
    return geo::compactPhoneNumber(m_edit->text());
}

QString PhoneField::suggestion() const
{
    return m_suggested;
}

void PhoneField::writeParams(QJsonObject &params) const
{
    params.insert(QStringLiteral("phone"), number());
}

QWidget *PhoneField::focusTarget() const
{
    return m_edit;
}

} // namespace ct
