// SPDX-License-Identifier: MIT
#pragma once

#include "jsonvalue.h"

#include <QString>

#include <memory>
#include <optional>

namespace ct::json {

// Parses JSON documents with simdjson. Reuse one Parser for many documents: it keeps its
// buffers. The Value it returns lives until the next parse() or the Parser's destruction.
// Not thread-safe: one per thread.
class Parser final
{
public:
    Parser();
    ~Parser();
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;

    struct Error
    {
        QString message;      // "unterminated string"
        qsizetype offset = -1; // byte offset of the problem in the input; -1 when unknown
    };

    // The document's root, or nullopt with `error` filled in.
    std::optional<Value> parse(const char *data, qsizetype size, Error *error = nullptr);
    // Reads the file at `path` and returns its root when that is a JSON object; otherwise
    // nullopt and `error` = "path: why" (with line and column for a syntax error).
    // With `lineComments`, a line whose first non-blank characters are "//" is a comment
    // (a hand-edited config file; line and column numbers stay those of the file).
    std::optional<Value> parseObjectFile(const QString &path, QString *error, bool lineComments = false);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// `text` with every whole-line "//" comment blanked out (same length, same lines).
QByteArray blankLineComments(QByteArray text);

// Line and column (1-based) of a byte offset in a text.
void lineAndColumn(const char *data, qsizetype size, qsizetype offset, int &line, int &column);

} // namespace ct::json
