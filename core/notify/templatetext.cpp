// SPDX-License-Identifier: MIT
#include "templatetext.h"

#include <algorithm>

namespace ct {

namespace {

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.';
}

} // namespace

TemplateText TemplateText::parse(const QString &text, QList<TemplateTextProblem> *problems)
{
    TemplateText out;
    int line = 1;
    int column = 1;
    Part literal{false, QString(), QString(), false, 1, 1};
    const auto step = [&](QChar c) {
        if (c == u'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    };
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) != u'{' || i + 1 >= text.size() || text.at(i + 1) != u'{') {
            if (literal.text.isEmpty()) {
                literal.line = line;
                literal.column = column;
            }
            literal.text += text.at(i);
            step(text.at(i));
            ++i;
            continue;
        }
        const int startLine = line;
        const int startColumn = column;
        const qsizetype close = text.indexOf(QStringLiteral("}}"), i + 2);
        const qsizetype nextOpen = text.indexOf(QStringLiteral("{{"), i + 2);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            if (problems)
                *problems << TemplateTextProblem{startLine, startColumn,
                                                 QStringLiteral("\"{{\" is not closed by \"}}\"")};
            // Read the rest as text, so later problems are still found.
            literal.text += text.mid(i, 2);
            step(u'{');
            step(u'{');
            i += 2;
            continue;
        }
        const QString inside = text.mid(i + 2, close - i - 2);
        const qsizetype bar = inside.indexOf(u'|');
        const QString name = (bar < 0 ? inside : inside.left(bar)).trimmed();
        Part variable{true, name, bar < 0 ? QString() : inside.mid(bar + 1).trimmed(), bar >= 0, startLine, startColumn};
        if (name.isEmpty() || !std::all_of(name.begin(), name.end(), isNameChar)) {
            if (problems)
                *problems << TemplateTextProblem{startLine, startColumn,
                                                 QStringLiteral("{{%1}} is not a variable name (lower-case words joined by "
                                                                "dots, such as {{customer.first_name}})")
                                                     .arg(inside)};
        } else {
            if (!literal.text.isEmpty())
                out.m_parts << literal;
            literal = Part{false, QString(), QString(), false, line, column};
            out.m_parts << variable;
        }
        for (qsizetype k = i; k < close + 2; ++k)
            step(text.at(k));
        i = close + 2;
    }
    if (!literal.text.isEmpty())
        out.m_parts << literal;
    return out;
}

QList<TemplateTextProblem> TemplateText::check(NotificationSubject subject) const
{
    QList<TemplateTextProblem> problems;
    for (const Part &part : m_parts) {
        if (!part.variable)
            continue;
        const NotificationVariable *known = NotificationVariables::find(part.text);
        if (!known)
            problems << TemplateTextProblem{part.line, part.column,
                                            QStringLiteral("{{%1}} is not a variable (known: %2)")
                                                .arg(part.text, NotificationVariables::names())};
        else if (known->needs == NotificationSubject::Return && subject != NotificationSubject::Return)
            problems << TemplateTextProblem{part.line, part.column,
                                            QStringLiteral("{{%1}} is missing in a template about a shipment: only a "
                                                           "template with \"about\": \"return\" has a return's variables")
                                                .arg(part.text)};
    }
    return problems;
}

QStringList TemplateText::variables() const
{
    QStringList names;
    for (const Part &part : m_parts)
        if (part.variable && !names.contains(part.text))
            names << part.text;
    return names;
}

QString TemplateText::render(const QHash<QString, QString> &values, Escape escape, QStringList *missing) const
{
    QString out;
    for (const Part &part : m_parts) {
        if (!part.variable) {
            out += part.text;
            continue;
        }
        const auto found = values.constFind(part.text);
        QString value;
        if (found != values.constEnd() && !found->isEmpty()) {
            value = *found;
        } else if (part.hasFallback) {
            value = part.fallback;
        } else if (missing && !missing->contains(part.text)) {
            *missing << part.text;
        }
        out += escape == Escape::Html ? value.toHtmlEscaped() : value;
    }
    return out;
}

} // namespace ct
