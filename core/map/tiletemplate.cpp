// SPDX-License-Identifier: MIT
#include "tiletemplate.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace ct::map {

namespace {

// The template with each placeholder replaced; false (and `error`) at one it does not know.
bool expand(const QString &text, const TileId &tile, QString *out, QString *error, bool seen[4])
{
    out->clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'}') {
            *error = QCoreApplication::translate("ct::map::TileTemplate", "position %1: “}” without “{”").arg(i + 1);
            return false;
        }
        if (c != u'{') {
            out->append(c);
            continue;
        }
        const qsizetype close = text.indexOf(u'}', i + 1);
        const qsizetype reopen = text.indexOf(u'{', i + 1);
        if (close < 0 || (reopen >= 0 && reopen < close)) {
            *error = QCoreApplication::translate("ct::map::TileTemplate", "position %1: “{” is not closed").arg(i + 1);
            return false;
        }
        const QString name = text.mid(i + 1, close - i - 1);
        static const QString names[] = {QStringLiteral("z"), QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("s")};
        const auto found = std::find(std::begin(names), std::end(names), name);
        if (found == std::end(names)) {
            *error = QCoreApplication::translate("ct::map::TileTemplate", "position %1: unknown placeholder {%2}; a template takes {z}, {x}, {y} and {s}").arg(i + 1).arg(name);
            return false;
        }
        const int which = int(found - std::begin(names));
        seen[which] = true;
        switch (which) {
        case 0: out->append(QString::number(tile.z)); break;
        case 1: out->append(QString::number(tile.x)); break;
        case 2: out->append(QString::number(tile.y)); break;
        default: out->append(QChar(u'a' + (tile.x + tile.y) % 3)); break;
        }
        i = close;
    }
    return true;
}

} // namespace

std::optional<TileTemplate> TileTemplate::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        *error = QCoreApplication::translate("ct::map::TileTemplate", "the tile URL is empty");
        return std::nullopt;
    }
    QString expanded;
    bool seen[4] = {false, false, false, false};
    if (!expand(text, TileId{1, 1, 1}, &expanded, error, seen))
        return std::nullopt;
    for (int i = 0; i < 3; ++i) {
        if (!seen[i]) {
            *error = QCoreApplication::translate("ct::map::TileTemplate", "the template has no {%1}; it needs {z}, {x} and {y}").arg(QChar(u"zxy"[i]));
            return std::nullopt;
        }
    }
    const QUrl url(expanded, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = QCoreApplication::translate("ct::map::TileTemplate", "not a URL: %1").arg(url.errorString());
        return std::nullopt;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty()) {
        *error = QCoreApplication::translate("ct::map::TileTemplate", "the URL has no scheme; start it with https:// or http://");
        return std::nullopt;
    }
    if (scheme != u"https" && scheme != u"http") {
        *error = QCoreApplication::translate("ct::map::TileTemplate", "the scheme “%1” is not supported; use https:// or http://").arg(url.scheme());
        return std::nullopt;
    }
    if (url.host().isEmpty()) {
        *error = QCoreApplication::translate("ct::map::TileTemplate", "the URL has no host name");
        return std::nullopt;
    }
    return TileTemplate(text);
}

QUrl TileTemplate::url(TileId tile) const
{
    QString expanded;
    QString error;
    bool seen[4] = {false, false, false, false};
    expand(m_text, tile, &expanded, &error, seen); // read by parse: cannot fail
    return QUrl(expanded);
}

} // namespace ct::map
