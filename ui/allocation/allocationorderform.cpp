// SPDX-License-Identifier: MIT
#include "allocationorderform.h"

#include "allocation/money.h"
#include "geo/countries.h"
#include "settings/appsettings.h"
#include "widgets/statuspalette.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>

namespace ct {

namespace {

using Field = AllocationOrderForm::Field;

QString nameOf(Field f)
{
    switch (f) {
    case Field::FromPostal:
        return QStringLiteral("fromPostal");
    case Field::FromCountry:
        return QStringLiteral("fromCountry");
    case Field::FromRegion:
        return QStringLiteral("fromRegion");
    case Field::ToPostal:
        return QStringLiteral("toPostal");
    case Field::ToCountry:
        return QStringLiteral("toCountry");
    case Field::ToRegion:
        return QStringLiteral("toRegion");
    case Field::Weight:
        return QStringLiteral("weight");
    case Field::Value:
        return QStringLiteral("value");
    case Field::Currency:
        return QStringLiteral("currency");
    case Field::Promised:
        return QStringLiteral("promised");
    }
    return {};
}

constexpr Field AllFields[] = {
    Field::FromPostal, Field::FromCountry, Field::FromRegion, Field::ToPostal, Field::ToCountry,
    Field::ToRegion,   Field::Weight,      Field::Value,      Field::Currency, Field::Promised};

bool isPostalCode(const QString &compact)
{
    if (compact.isEmpty() || compact.size() > 12)
        return false;
    for (QChar ch : compact)
        if (!ch.isLetterOrNumber() || ch.unicode() > 127)
            return false;
    return true;
}

} // namespace

AllocationOrderForm::AllocationOrderForm(QWidget *parent)
    : QWidget(parent), m_cod(new QCheckBox(tr("Cash on &delivery (COD)"), this))
{
    m_cod->setObjectName(QStringLiteral("codField"));
    for (Field f : AllFields) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(nameOf(f) + QStringLiteral("Field"));
        auto *message = new QLabel(this);
        message->setObjectName(nameOf(f) + QStringLiteral("Error"));
        message->setWordWrap(true);
        message->setTextFormat(Qt::PlainText);
        message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QPalette palette = message->palette();
        palette.setColor(QPalette::WindowText, StatusPalette::errorText());
        message->setPalette(palette);
        message->hide();
        connect(edit, &QLineEdit::returnPressed, this, &AllocationOrderForm::submitted);
        m_fields.insert(f, edit);
        m_errors.insert(f, message);
    }
    field(Field::FromPostal)->setPlaceholderText(tr("postal code"));
    field(Field::ToPostal)->setPlaceholderText(tr("postal code"));
    field(Field::FromCountry)->setPlaceholderText(tr("country, e.g. US"));
    field(Field::ToCountry)->setPlaceholderText(tr("country, e.g. US"));
    field(Field::FromRegion)->setPlaceholderText(tr("region (optional), e.g. CA"));
    field(Field::ToRegion)->setPlaceholderText(tr("region (optional), e.g. NY"));
    field(Field::Weight)->setPlaceholderText(tr("kg, e.g. 0.5"));
    field(Field::Value)->setPlaceholderText(tr("optional, e.g. 2499.00"));
    field(Field::Currency)->setPlaceholderText(tr("e.g. USD"));
    field(Field::Promised)->setPlaceholderText(tr("optional, e.g. 2026-06-20"));
    for (Field f : {Field::FromCountry, Field::ToCountry, Field::FromRegion, Field::ToRegion,
                    Field::Currency})
        field(f)->setMaximumWidth(
            field(f)->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMMMMMMMMM")));

    const auto row = [this](std::initializer_list<Field> fields) {
        auto *line = new QHBoxLayout;
        auto *messages = new QVBoxLayout;
        for (Field f : fields) {
            line->addWidget(field(f));
            messages->addWidget(error(f));
        }
        auto *column = new QVBoxLayout;
        column->setContentsMargins(0, 0, 0, 0);
        column->addLayout(line);
        column->addLayout(messages);
        auto *outer = new QWidget(this);
        outer->setLayout(column);
        return outer;
    };
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&From:"), row({Field::FromPostal, Field::FromCountry, Field::FromRegion}));
    form->addRow(tr("&To:"), row({Field::ToPostal, Field::ToCountry, Field::ToRegion}));
    form->addRow(tr("&Weight:"), row({Field::Weight}));
    form->addRow(QString(), m_cod);
    form->addRow(tr("Declared &value:"), row({Field::Value, Field::Currency}));
    form->addRow(tr("&Promised by:"), row({Field::Promised}));
    // Each label's buddy is the first field of its row (addRow made it the row's container).
    for (int r = 0; r < form->rowCount(); ++r) {
        QLayoutItem *label = form->itemAt(r, QFormLayout::LabelRole);
        QLayoutItem *fields = form->itemAt(r, QFormLayout::FieldRole);
        auto *text = label ? qobject_cast<QLabel *>(label->widget()) : nullptr;
        if (text && fields && fields->widget())
            if (auto *first = fields->widget()->findChild<QLineEdit *>())
                text->setBuddy(first);
    }
}

void AllocationOrderForm::setError(Field f, const QString &message)
{
    error(f)->setText(message);
    error(f)->setVisible(!message.isEmpty());
}

std::optional<PostalPlace> AllocationOrderForm::place(Field postal, Field country, Field region)
{
    PostalPlace p;
    p.country = field(country)->text().trimmed().toUpper();
    p.postal = compactPostalCode(field(postal)->text().trimmed());
    p.region = field(region)->text().trimmed().toUpper();
    bool ok = true;
    if (p.country.isEmpty()) {
        setError(country, tr("Give the country code (two letters, ISO 3166-1: US, IN)."));
        ok = false;
    } else if (!isCountryCode(p.country) || geo::countryName(p.country).isEmpty()) {
        setError(country, tr("\"%1\" is not a country code (two letters, ISO 3166-1: US, IN).")
                              .arg(field(country)->text().trimmed()));
        ok = false;
    }
    if (!isPostalCode(p.postal)) {
        setError(postal, p.postal.isEmpty()
                             ? tr("Give the postal code.")
                             : tr("\"%1\" is not a postal code (1 to 12 letters and digits).")
                                   .arg(field(postal)->text().trimmed()));
        ok = false;
    }
    return ok ? std::optional<PostalPlace>(p) : std::nullopt;
}

std::optional<AllocationOrder> AllocationOrderForm::order()
{
    for (Field f : AllFields)
        setError(f, QString());
    AllocationOrder order;
    bool ok = true;
    if (const auto from = place(Field::FromPostal, Field::FromCountry, Field::FromRegion))
        order.origin = *from;
    else
        ok = false;
    if (const auto to = place(Field::ToPostal, Field::ToCountry, Field::ToRegion))
        order.destination = *to;
    else
        ok = false;
    const QString weight = field(Field::Weight)->text().trimmed();
    if (const std::optional<qint64> grams = gramsFromKilograms(weight)) {
        order.weightGrams = *grams;
    } else {
        setError(Field::Weight,
                 weight.isEmpty()
                     ? tr("Give the weight in kilograms (0.5).")
                     : tr("\"%1\" is not a weight: kilograms above 0 with at most 3 decimals "
                          "(0.5).")
                           .arg(weight));
        ok = false;
    }
    order.cod = m_cod->isChecked();
    const QString amount = field(Field::Value)->text().trimmed();
    const QString currency = field(Field::Currency)->text().trimmed().toUpper();
    if (!amount.isEmpty() || !currency.isEmpty()) {
        QString problem;
        if (amount.isEmpty()) {
            setError(Field::Value, tr("Give the amount with its currency, or neither."));
            ok = false;
        } else if (currency.isEmpty()) {
            setError(Field::Currency, tr("Give the currency (ISO 4217: USD, INR)."));
            ok = false;
        } else if (const std::optional<Money> value = Money::parse(amount, currency, &problem)) {
            order.value = value;
        } else {
            setError(Field::Value, problem);
            ok = false;
        }
    }
    const QString promised = field(Field::Promised)->text().trimmed();
    if (!promised.isEmpty()) {
        const QDate date = QDate::fromString(promised, Qt::ISODate);
        if (date.isValid()) {
            order.promised = date;
        } else {
            setError(Field::Promised, tr("\"%1\" is not a date such as 2026-06-20.").arg(promised));
            ok = false;
        }
    }
    if (!ok) {
        for (Field f : AllFields)
            if (!error(f)->text().isEmpty()) {
                field(f)->setFocus(Qt::OtherFocusReason);
                break;
            }
        return std::nullopt;
    }
    return order;
}

void AllocationOrderForm::restore()
{
    const QJsonObject saved = QJsonDocument::fromJson(AppSettings::AllocationForm.value()).object();
    for (Field f : AllFields)
        field(f)->setText(saved.value(nameOf(f)).toString());
    m_cod->setChecked(saved.value(QStringLiteral("cod")).toBool());
}

void AllocationOrderForm::save() const
{
    QJsonObject values;
    for (Field f : AllFields)
        values.insert(nameOf(f), field(f)->text());
    values.insert(QStringLiteral("cod"), m_cod->isChecked());
    AppSettings::AllocationForm.setValue(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

} // namespace ct
