// SPDX-License-Identifier: MIT
#include "instantfield.h"

#include "widgets/displaytext.h"

#include <QLabel>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace ct {

InstantField::InstantField(const QString &param, const QDateTime &now, const QDateTime &latest, QWidget *parent)
    : ActionField({param}, parent)
    , m_param(param)
    , m_now(now.toUTC())
    , m_edit(new QDateTimeEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_edit->setObjectName(param);
    m_edit->setCalendarPopup(true);
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setDisplayFormat(DisplayText::weekdayDateFormat() + QStringLiteral(" HH:mm"));
    m_edit->setMinimumDateTime(m_now.toLocalTime());
    m_edit->setMaximumDateTime(latest.toLocalTime());
    layout->addWidget(m_edit);
    auto *choices = new QHBoxLayout;
    choices->setSpacing(4);
    const QDateTime tomorrowNine(m_now.toLocalTime().date().addDays(1), QTime(9, 0));
    const std::pair<QString, QDateTime> quick[] = {
        {tr("In 1 hour"), m_now.addSecs(3600)},
        {tr("In 4 hours"), m_now.addSecs(4 * 3600)},
        {tr("Tomorrow 09:00"), tomorrowNine},
        {tr("In 3 days"), m_now.addDays(3)},
    };
    int index = 0;
    for (const auto &[text, at] : quick) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("%1Choice%2").arg(param).arg(index++));
        button->setAutoDefault(false);
        choices->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, at = at] { choose(at); });
    }
    choices->addStretch(1);
    layout->addLayout(choices);
    layout->addWidget(errorLabel());
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_settingUp)
            markEdited();
    });
}

void InstantField::choose(const QDateTime &at)
{
    m_edit->setDateTime(at.toLocalTime());
    markEdited();
}

void InstantField::setInstant(const QDateTime &at)
{
    m_settingUp = true;
    m_edit->setDateTime(at.toLocalTime());
    m_settingUp = false;
}

QDateTime InstantField::instant() const
{
    return m_edit->dateTime().toUTC();
}

void InstantField::writeParams(QJsonObject &params) const
{
    params.insert(m_param, instant().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")));
}

QWidget *InstantField::focusTarget() const
{
    return m_edit;
}

} // namespace ct
