// SPDX-License-Identifier: MIT
#include "addressfield.h"

#include "geo/countries.h"
#include "geo/countrydata.h"
#include "geo/postalcodes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace ct {

AddressField::AddressField(QWidget *parent)
    : ActionField({QStringLiteral("address")}, parent)
    , m_country(new QComboBox(this))
    , m_postalNote(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);
    outer->addWidget(errorLabel());

    m_country->setObjectName(QStringLiteral("address.country"));
    QList<std::pair<QString, QString>> countries;
    for (const geo::CountryData &c : geo::countryData())
        countries.append({QString::fromUtf8(c.name), QString::fromLatin1(c.alpha2)});
    std::sort(countries.begin(), countries.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    // Typed to find (completed from the start of the name) or chosen from the list; its
    // code typed alone ("GB") is found too.
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    m_country->lineEdit()->setPlaceholderText(tr("Type the country's name or code"));
    for (const auto &[name, code] : countries)
        m_country->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    m_country->setCurrentIndex(-1);
    connect(m_country->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString typed = m_country->currentText().trimmed();
        if (typed.size() == 2 || typed.size() == 3) {
            const int index = m_country->findData(geo::countryAlpha2(typed));
            if (index >= 0 && index != m_country->currentIndex())
                m_country->setCurrentIndex(index);
        }
    });
    connect(m_country, &QComboBox::currentIndexChanged, this, [this] {
        countryChanged();
        if (!m_settingUp)
            markEdited();
    });
    connect(m_country, &QComboBox::editTextChanged, this, [this] {
        countryChanged();
        if (!m_settingUp)
            markEdited();
    });
    auto *countryBox = new QWidget(this);
    auto *countryLayout = new QVBoxLayout(countryBox);
    countryLayout->setContentsMargins(0, 0, 0, 0);
    countryLayout->setSpacing(2);
    countryLayout->addWidget(m_country);
    m_errors.insert(QStringLiteral("country"), makeErrorLabel(QStringLiteral("address.countryError"), countryBox));
    countryLayout->addWidget(m_errors.value(QStringLiteral("country")));
    form->addRow(tr("Co&untry"), countryBox);

    addLine(form, QStringLiteral("line1"), tr("&Street"), 200)->setPlaceholderText(tr("Street and number"));
    addLine(form, QStringLiteral("line2"), tr("Flat, &building"), 200)->setPlaceholderText(tr("Optional"));
    addLine(form, QStringLiteral("city"), tr("Cit&y"), 100);
    addLine(form, QStringLiteral("state"), tr("St&ate, region"), 100)->setPlaceholderText(tr("Optional"));
    QLineEdit *postal = addLine(form, QStringLiteral("postal"), tr("&Postal code"), 20);
    m_postalNote->setObjectName(QStringLiteral("address.postalNote"));
    m_postalNote->setForegroundRole(QPalette::PlaceholderText);
    m_postalNote->setWordWrap(true);
    form->addRow(QString(), m_postalNote);
    connect(postal, &QLineEdit::editingFinished, this, [this, postal] {
        const QString normalized = geo::normalizedPostalCode(country(), postal->text());
        if (normalized != postal->text())
            postal->setText(normalized);
    });
    countryChanged();
}

QLineEdit *AddressField::addLine(QFormLayout *form, const QString &part, const QString &label, int maxLength)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *line = new QLineEdit(box);
    line->setObjectName(QStringLiteral("address.") + part);
    line->setMaxLength(maxLength);
    layout->addWidget(line);
    QLabel *error = makeErrorLabel(QStringLiteral("address.%1Error").arg(part), box);
    layout->addWidget(error);
    form->addRow(label, box);
    m_parts.insert(part, line);
    m_errors.insert(part, error);
    connect(line, &QLineEdit::textEdited, this, &AddressField::markEdited);
    return line;
}

void AddressField::countryChanged()
{
    QLineEdit *postal = m_parts.value(QStringLiteral("postal"));
    const QString code = country();
    const geo::PostalCodeFormat *format = geo::postalCodeFormat(code);
    const bool has = code.isEmpty() || geo::hasPostalCodes(code);
    postal->setEnabled(has);
    if (!has) {
        postal->clear();
        postal->setPlaceholderText(QString());
        m_postalNote->setText(tr("%1 has no postal codes.").arg(geo::countryName(code)));
    } else if (format) {
        postal->setPlaceholderText(QString::fromLatin1(format->example));
        m_postalNote->setText(tr("Written %1, for example %2.")
                                  .arg(QString::fromLatin1(format->shape), QString::fromLatin1(format->example)));
    } else {
        postal->setPlaceholderText(QString());
        m_postalNote->setText(code.isEmpty() ? QString() : tr("Letters, digits, spaces or hyphens."));
    }
    m_postalNote->setVisible(!m_postalNote->text().isEmpty() && m_errors.value(QStringLiteral("postal"))->isHidden());
}

void AddressField::setAddress(const Address &address)
{
    m_settingUp = true;
    m_country->setCurrentIndex(m_country->findData(address.country.toUpper()));
    m_parts.value(QStringLiteral("city"))->setText(address.city);
    m_parts.value(QStringLiteral("state"))->setText(address.state);
    m_parts.value(QStringLiteral("postal"))->setText(geo::normalizedPostalCode(address.country, address.postalCode));
    m_settingUp = false;
    countryChanged();
}

QString AddressField::country() const
{
    // What the field shows, not a choice the user has typed over.
    if (m_country->currentIndex() < 0 || m_country->currentText() != m_country->itemText(m_country->currentIndex()))
        return {};
    return m_country->currentData().toString();
}

void AddressField::writeParams(QJsonObject &params) const
{
    QJsonObject address;
    for (const char *part : {"line1", "line2", "city", "state"}) {
        const QString text = m_parts.value(QLatin1String(part))->text().trimmed();
        if (!text.isEmpty() || qstrcmp(part, "line1") == 0 || qstrcmp(part, "city") == 0)
            address.insert(QLatin1String(part), text);
    }
    const QString postal = geo::normalizedPostalCode(country(), m_parts.value(QStringLiteral("postal"))->text());
    if (!postal.isEmpty() || (geo::hasPostalCodes(country()) && !country().isEmpty()))
        address.insert(QStringLiteral("postal"), postal);
    address.insert(QStringLiteral("country"), country());
    params.insert(QStringLiteral("address"), address);
}

QWidget *AddressField::focusTarget() const
{
    if (country().isEmpty() || m_errors.value(QStringLiteral("country"))->isVisible())
        return m_country;
    for (const char *part : {"line1", "line2", "city", "state", "postal"}) {
        if (m_errors.value(QLatin1String(part))->isVisible())
            return m_parts.value(QLatin1String(part));
    }
    return m_parts.value(QStringLiteral("line1"));
}

void AddressField::showErrors(const QList<FieldError> &errors)
{
    QHash<QString, QStringList> byPart;
    QStringList whole;
    for (const FieldError &e : errors) {
        const QString part = e.field.section(QLatin1Char('.'), 1);
        if (m_errors.contains(part))
            byPart[part] << e.detail;
        else
            whole << e.detail;
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        showErrorText(it.value(), byPart.value(it.key()));
    showErrorText(errorLabel(), whole);
    // The error gives the shape and the example already.
    m_postalNote->setVisible(!m_postalNote->text().isEmpty() && !byPart.contains(QStringLiteral("postal")));
}

} // namespace ct
