// SPDX-License-Identifier: MIT
#include "drilldownbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ct {

DrillDownBanner::DrillDownBanner(const QString &clearText, const QString &clearName, QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("idFilter"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("idFilterText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *clear = new QPushButton(clearText, this);
    clear->setObjectName(clearName);
    connect(clear, &QPushButton::clicked, this, &DrillDownBanner::cleared);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(clear);
    hide();
}

void DrillDownBanner::showFilter(const QString &count, const QString &what)
{
    m_label->setText(tr("<b>%1</b> from the analytics: %2").arg(count.toHtmlEscaped(), what.toHtmlEscaped()));
    show();
}

QString DrillDownBanner::text() const
{
    return m_label->text();
}

} // namespace ct
