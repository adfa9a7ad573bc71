// SPDX-License-Identifier: MIT
#include "textfield.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ct {

TextField::TextField(const QString &param, Lines lines, int maxLength, QWidget *parent)
    : ActionField({param}, parent)
    , m_param(param)
    , m_maxLength(maxLength)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (lines == Lines::One) {
        m_line = new QLineEdit(this);
        m_line->setObjectName(param);
        m_line->setMaxLength(maxLength);
        m_line->setClearButtonEnabled(true);
        layout->addWidget(m_line);
        connect(m_line, &QLineEdit::textEdited, this, &TextField::markEdited);
    } else {
        m_lines = new QPlainTextEdit(this);
        m_lines->setObjectName(param);
        m_lines->setTabChangesFocus(true);
        m_lines->setMinimumHeight(m_lines->fontMetrics().lineSpacing() * 4 + 12);
        m_lines->setMaximumHeight(m_lines->fontMetrics().lineSpacing() * 7 + 12);
        layout->addWidget(m_lines);
        m_count = new QLabel(this);
        m_count->setObjectName(param + QStringLiteral("Count"));
        m_count->setAlignment(Qt::AlignRight);
        m_count->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(m_count);
        connect(m_lines, &QPlainTextEdit::textChanged, this, [this] {
            updateCount();
            if (m_lines->document()->isModified())
                markEdited();
        });
        updateCount();
    }
    layout->addWidget(errorLabel());
}

void TextField::updateCount()
{
    if (!m_count)
        return;
    const qsizetype used = m_lines->toPlainText().trimmed().size();
    m_count->setText(tr("%1 of %2 characters").arg(used).arg(m_maxLength));
}

void TextField::setText(const QString &text)
{
    if (m_line) {
        m_line->setText(text);
        return;
    }
    const QSignalBlocker blocker(m_lines);
    m_lines->setPlainText(text);
    m_lines->document()->setModified(false);
    updateCount();
}

QString TextField::text() const
{
    return (m_line ? m_line->text() : m_lines->toPlainText()).trimmed();
}

void TextField::setPlaceholderText(const QString &text)
{
    if (m_line)
        m_line->setPlaceholderText(text);
    else
        m_lines->setPlaceholderText(text);
}

void TextField::writeParams(QJsonObject &params) const
{
    if (!text().isEmpty())
        params.insert(m_param, text());
}

QWidget *TextField::focusTarget() const
{
    return m_line ? static_cast<QWidget *>(m_line) : m_lines;
}

} // namespace ct
