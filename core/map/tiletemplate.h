// SPDX-License-Identifier: MIT
#pragma once

#include "tilegrid.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace ct::map {

// A tile server's URL template, as every slippy-map client takes it:
// "https://{s}.tile.example.org/{z}/{x}/{y}.png". {z}, {x} and {y} are required; {s} is
// optional and becomes a, b or c by the tile ((x + y) mod 3), spreading the requests
// over the server's usual three host names. Only http and https are fetched.
class TileTemplate final
{
public:
    // The template read, or nullopt with `error` saying where it is wrong ("position 27:
    // unknown placeholder {zoom}; a template takes {z}, {x}, {y} and {s}").
    static std::optional<TileTemplate> parse(const QString &text, QString *error);

    const QString &text() const { return m_text; }
    QUrl url(TileId tile) const;

private:
    explicit TileTemplate(QString text) : m_text(std::move(text)) {}
    QString m_text;
};

} // namespace ct::map
