// SPDX-License-Identifier: MIT
#pragma once

#include "notificationvariables.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ct {

// A problem in one template text, where it is: line and column are 1-based.
struct TemplateTextProblem
{
    int line = 0;
    int column = 0;
    QString message;
};

// A notification template's text: literal runs and {{variable}} or {{variable|fallback}}
// (the fallback is used when the shipment has no value: "Hello {{customer.first_name|there}}").
// Single braces are text (CSS in an HTML part has them). Parsed once, checked against the
// variable catalog, filled per shipment.
class TemplateText final
{
public:
    struct Part
    {
        bool variable = false;
        QString text;     // the literal, or the variable's name
        QString fallback; // variables only
        bool hasFallback = false;
        int line = 1;
        int column = 1;
    };

    // Splits `text`; an unclosed "{{", an empty or malformed name go to `problems`.
    static TemplateText parse(const QString &text, QList<TemplateTextProblem> *problems);

    // Unknown variables, and variables of a return in a template about a shipment.
    QList<TemplateTextProblem> check(NotificationSubject subject) const;
    // The variables used, in order, each once.
    QStringList variables() const;

    enum class Escape : quint8 { None, Html };
    // The text with `values` put in (escaped for HTML when asked; fallbacks are escaped too);
    // a variable with neither value nor fallback is left empty and named in `missing`.
    QString render(const QHash<QString, QString> &values, Escape escape, QStringList *missing) const;

    const QList<Part> &parts() const { return m_parts; }

private:
    QList<Part> m_parts;
};

} // namespace ct
