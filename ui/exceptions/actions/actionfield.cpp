// SPDX-License-Identifier: MIT
#include "actionfield.h"

#include "formparts.h"

#include <QLabel>

namespace ct {

ActionField::ActionField(QStringList params, QWidget *parent)
    : QWidget(parent)
    , m_params(std::move(params))
    , m_error(makeErrorLabel(m_params.value(0) + QStringLiteral("Error"), this))
{
}

QLabel *ActionField::makeErrorLabel(const QString &objectName, QWidget *parent)
{
    return FormParts::errorLabel(objectName, parent);
}

void ActionField::showErrorText(QLabel *label, const QStringList &messages)
{
    // The catalog's messages follow the field's name ("date: is in the past"); under the
    // field they stand alone, as sentences.
    QStringList lines;
    for (const QString &message : messages)
        lines << (message.isEmpty() ? message : message.at(0).toUpper() + message.mid(1));
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!messages.isEmpty());
}

bool ActionField::owns(const QString &field) const
{
    for (const QString &param : m_params) {
        if (field == param || field.startsWith(param + QLatin1Char('.')))
            return true;
    }
    return false;
}

void ActionField::setErrors(const QList<FieldError> &errors)
{
    m_hasErrors = !errors.isEmpty();
    showErrors(errors);
}

void ActionField::showErrors(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &e : errors)
        messages << e.detail;
    showErrorText(m_error, messages);
}

void ActionField::markEdited()
{
    m_dirty = true;
    Q_EMIT edited();
}

} // namespace ct
