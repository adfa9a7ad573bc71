// SPDX-License-Identifier: MIT
#pragma once

#include "actionfield.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ct {

// A text parameter: one line (an assignee, a pickup point) or several (a note), with
// the characters left shown for a long one. An empty optional text is left out of the
// parameters.
class TextField final : public ActionField
{
    Q_OBJECT

public:
    enum class Lines : quint8 { One, Several };

    TextField(const QString &param, Lines lines, int maxLength, QWidget *parent);

    void setText(const QString &text); // not an edit: the form's starting value
    QString text() const;
    void setPlaceholderText(const QString &text);

    void writeParams(QJsonObject &params) const override;
    QWidget *focusTarget() const override;

private:
    void updateCount();

    QString m_param;
    int m_maxLength;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_lines = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace ct
