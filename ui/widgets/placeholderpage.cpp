// SPDX-License-Identifier: MIT
#include "placeholderpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ct {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &purpose, QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("placeholderPage"));
    m_label->setObjectName(QStringLiteral("placeholderText"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextFormat(Qt::RichText);
    // A measure a reader's eye follows, however wide the window.
    m_label->setFixedWidth(m_label->fontMetrics().averageCharWidth() * 72);
    m_label->setText(tr("<h2>%1</h2><p>%2</p><p><i>This view comes in a later version of Control Tower.</i></p>")
                         .arg(title.toHtmlEscaped(), purpose.toHtmlEscaped()));
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_label);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    // The page takes the keyboard when its view is shown, so focus is never lost.
    m_label->setFocusPolicy(Qt::StrongFocus);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusProxy(m_label);
}

QString PlaceholderPage::text() const
{
    return m_label->text();
}

} // namespace ct
