// SPDX-License-Identifier: MIT
#pragma once

#include "edits/editcatalog.h"
#include "json/jsonvalue.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>

namespace ct {

namespace json {
class Parser;
}

// Reads a team setting's JSON document (docs/ASSIGNMENT.md, docs/API.md) and collects
// every problem as a FieldError named by its JSON path ("rules[2].when.carriers[0]"; the
// document as a whole is the empty field), so a document with any error is refused whole
// and a form shows each error at its field. Absent members are not errors unless the
// caller says so; what is present must be right.
class SettingsReader final
{
public:
    // The document's root object, or nullopt with the syntax error (line and column) or
    // "must be a JSON object" recorded.
    std::optional<json::Value> parseObject(json::Parser &parser, QByteArrayView document);

    void fail(const json::Value &at, const QString &why);
    void failMissing(const json::Value &parent, const char *key, const QString &why);

    // True when `v` is an object; every member not in `known` is an error ("is not a
    // setting of <what>").
    bool object(const json::Value &v, std::initializer_list<const char *> known, const QString &what);
    // A whole number in [lo, hi]; nullopt (and an error unless absent) otherwise.
    std::optional<int> integer(const json::Value &v, int lo, int hi);
    std::optional<bool> boolean(const json::Value &v);
    // A trimmed string of 1..maxLength characters.
    std::optional<QString> text(const json::Value &v, int maxLength);
    // Calls `each` for every element of an array ("must be an array of <what>").
    template <typename Each> void list(const json::Value &v, const QString &what, Each &&each)
    {
        if (v.isMissing())
            return;
        if (!v.isArray()) {
            fail(v, QStringLiteral("must be an array of %1").arg(what));
            return;
        }
        for (const json::Value &e : v.elements())
            each(e);
    }

    bool ok() const { return m_errors.isEmpty(); }
    const QList<FieldError> &errors() const { return m_errors; }

    // "rules[2].name: must be ..." for people and logs, one line per error.
    static QString describe(const QList<FieldError> &errors);

    // Reads a whole document with `DocumentReader` (a class with a SettingsReader `r`, a
    // `read(root)` and the result in `out`): the result, or nullopt with every error.
    template <typename DocumentReader, typename Parser>
    static std::optional<decltype(DocumentReader::out)> readDocument(QByteArrayView document, QList<FieldError> *errors)
    {
        Parser parser;
        DocumentReader reader;
        if (const std::optional<json::Value> root = reader.r.parseObject(parser, document))
            reader.read(*root);
        if (!reader.r.ok()) {
            if (errors)
                *errors = reader.r.errors();
            return std::nullopt;
        }
        return reader.out;
    }

private:
    QList<FieldError> m_errors;
};

} // namespace ct
