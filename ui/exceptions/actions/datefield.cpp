// SPDX-License-Identifier: MIT
#include "datefield.h"

#include "widgets/displaytext.h"

#include <QDateEdit>
#include <QLabel>
#include <QVBoxLayout>

namespace ct {

DateField::DateField(const QString &param, QDate earliest, QWidget *parent)
    : ActionField({param}, parent)
    , m_param(param)
    , m_edit(new QDateEdit(this))
    , m_hint(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit->setObjectName(param);
    m_edit->setCalendarPopup(true);
    // The weekday shows, since carriers deliver on some days only.
    m_edit->setDisplayFormat(DisplayText::weekdayDateFormat());
    m_edit->setMinimumDate(earliest);
    m_edit->setMaximumDate(earliest.addYears(1));
    m_hint->setObjectName(param + QStringLiteral("Hint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    layout->addWidget(m_edit);
    layout->addWidget(m_hint);
    layout->addWidget(errorLabel());
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingUp)
            markEdited();
    });
}

void DateField::setDate(QDate date)
{
    m_settingUp = true;
    m_edit->setDate(date);
    m_settingUp = false;
}

QDate DateField::date() const
{
    return m_edit->date();
}

void DateField::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty() && !hasErrors());
}

void DateField::showErrors(const QList<FieldError> &errors)
{
    ActionField::showErrors(errors);
    // The error says the same and more ("... the next delivery day is ...").
    m_hint->setVisible(!m_hint->text().isEmpty() && errors.isEmpty());
}

void DateField::writeParams(QJsonObject &params) const
{
    params.insert(m_param, m_edit->date().toString(Qt::ISODate));
}

QWidget *DateField::focusTarget() const
{
    return m_edit;
}

} // namespace ct
