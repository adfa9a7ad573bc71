// SPDX-License-Identifier: MIT
#include "choicefield.h"

#include <QLabel>
#include <QComboBox>
#include <QVBoxLayout>

namespace ct {

ChoiceField::ChoiceField(const QString &param, const QString &prompt, const QList<QPair<QString, QString>> &choices,
                         QWidget *parent)
    : ActionField({param}, parent)
    , m_param(param)
    , m_box(new QComboBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_box->setObjectName(param);
    m_box->addItem(prompt, QString());
    for (const auto &[code, label] : choices)
        m_box->addItem(label, code);
    layout->addWidget(m_box);
    layout->addWidget(errorLabel());
    connect(m_box, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_settingUp)
            markEdited();
    });
}

QString ChoiceField::code() const
{
    return m_box->currentData().toString();
}

void ChoiceField::setCode(const QString &code)
{
    m_settingUp = true;
    m_box->setCurrentIndex(qMax(0, m_box->findData(code)));
    m_settingUp = false;
}

void ChoiceField::writeParams(QJsonObject &params) const
{
    if (!code().isEmpty())
        params.insert(m_param, code());
}

QWidget *ChoiceField::focusTarget() const
{
    return m_box;
}

} // namespace ct
