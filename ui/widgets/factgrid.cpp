// SPDX-License-Identifier: MIT
#include "factgrid.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>

namespace ct {

FactGrid::FactGrid(QWidget *owner) : m_owner(owner), m_grid(new QGridLayout)
{
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(1, 1);
}

QLabel *FactGrid::valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *FactGrid::add(const char *objectName, const QString &label)
{
    QLabel *value = valueLabel(m_owner);
    value->setObjectName(QLatin1String(objectName));
    auto *name = new QLabel(label, m_owner);
    name->setBuddy(value);
    // A value on two lines keeps its name beside its first.
    const int row = m_grid->rowCount();
    m_grid->addWidget(name, row, 0, Qt::AlignLeft | Qt::AlignTop);
    m_grid->addWidget(value, row, 1, Qt::AlignTop);
    m_names.insert(value, name);
    return value;
}

void FactGrid::set(QLabel *value, const QString &text, bool hideWhenEmpty)
{
    value->setText(text.isEmpty() ? QCoreApplication::translate("ct::FactGrid", "—") : text);
    value->setToolTip(text);
    const bool shown = !(hideWhenEmpty && text.isEmpty());
    value->setVisible(shown);
    if (QLabel *name = m_names.value(value))
        name->setVisible(shown);
}

} // namespace ct
