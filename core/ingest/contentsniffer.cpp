// SPDX-License-Identifier: MIT
#include "contentsniffer.h"

#include <QRegularExpression>

#include <algorithm>

namespace ct {

namespace {

constexpr qsizetype SniffBytes = ContentSniffer::HeadBytes;
constexpr qsizetype SampleChars = 60;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool startsWith(QByteArrayView data, QByteArrayView prefix, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return data.size() >= prefix.size() && data.first(prefix.size()).compare(prefix, cs) == 0;
}

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > SampleChars)
        text = text.left(SampleChars - 1) + QChar(0x2026);
    return text;
}

// A JSON literal or number at the start, followed by a delimiter.
bool startsWithJsonScalar(QByteArrayView data)
{
    const char c = data.front();
    if (c == '"' || c == '-' || (c >= '0' && c <= '9'))
        return true;
    for (QByteArrayView literal : {QByteArrayView("true"), QByteArrayView("false"), QByteArrayView("null")}) {
        if (startsWith(data, literal)
            && (data.size() == literal.size() || isSpace(data[literal.size()]) || data[literal.size()] == ','
                || data[literal.size()] == ']'))
            return true;
    }
    return false;
}

// Control characters other than whitespace make bytes binary; so does invalid UTF-8.
bool looksBinary(QByteArrayView head)
{
    qsizetype control = 0;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return true;
        if (u < 0x20 && !isSpace(c) && c != '\x1b')
            ++control;
    }
    if (control * 20 > head.size()) // more than 5 %
        return true;
    // Cut at the last complete character so that a multi-byte one split by the window
    // does not count as invalid.
    qsizetype end = head.size();
    qsizetype back = 0;
    while (end > 0 && back < 4 && (static_cast<unsigned char>(head[end - 1]) & 0xC0) == 0x80) {
        --end;
        ++back;
    }
    if (end > 0 && static_cast<unsigned char>(head[end - 1]) >= 0xC0)
        --end;
    return !QUtf8StringView(head.first(end)).isValidUtf8();
}

// The name of a known binary format by its magic number, or null.
const char *magicName(QByteArrayView data)
{
    struct Magic
    {
        QByteArrayView bytes;
        const char *name;
    };
    static const Magic Magics[] = {
        {"\x1f\x8b", "gzip-compressed data"},
        {"PK\x03\x04", "a ZIP archive (an Excel workbook, or a zipped export)"},
        {"%PDF-", "a PDF document"},
        {"\x28\xb5\x2f\xfd", "zstd-compressed data"},
        {"BZh", "bzip2-compressed data"},
        {"\xfd" "7zXZ", "xz-compressed data"},
        {"SQLite format 3", "an SQLite database"},
        {"\x89PNG", "a PNG image"},
        {"\xff\xd8\xff", "a JPEG image"},
    };
    for (const Magic &magic : Magics)
        if (startsWith(data, magic.bytes))
            return magic.name;
    return nullptr;
}

// The first element of an XML or HTML document, past the prolog, comments and doctype.
ContentSniffer::Result markup(QByteArrayView head)
{
    const QString text = QString::fromUtf8(head);
    static const QRegularExpression Element(QStringLiteral("<([A-Za-z_][\\w.:-]*)"));
    static const QRegularExpression Title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    // Skip the prolog: <?...?>, <!--...-->, <!DOCTYPE ...>.
    qsizetype at = 0;
    static const QRegularExpression Prolog(QStringLiteral("\\G\\s*(<\\?.*?\\?>|<!--.*?-->|<!(?!--)[^>]*>)"),
                                           QRegularExpression::DotMatchesEverythingOption);
    for (auto m = Prolog.match(text, at); m.hasMatch(); m = Prolog.match(text, at))
        at = m.capturedEnd();
    const auto element = Element.match(text, at);
    const QString name = element.hasMatch() ? element.captured(1) : QString();
    const bool htmlDoctype = text.left(at).contains(QLatin1String("<!doctype html"), Qt::CaseInsensitive);
    if (htmlDoctype || name.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0) {
        const auto title = Title.match(text);
        const QString sample = title.hasMatch() && !title.captured(1).trimmed().isEmpty()
            ? QStringLiteral("\"%1\"").arg(shortened(title.captured(1)))
            : QStringLiteral("<html>");
        return {ContentSniffer::Kind::Html, sample};
    }
    return {ContentSniffer::Kind::Xml, name.isEmpty() ? QStringLiteral("<?xml?>") : QStringLiteral("<%1>").arg(name)};
}

ContentSniffer::Result text(QByteArrayView data)
{
    const qsizetype newline = data.indexOf('\n');
    QString firstLine = QString::fromUtf8(newline < 0 ? data : data.first(newline));
    if (firstLine.endsWith(QLatin1Char('\r')))
        firstLine.chop(1);
    // Two or more fields separated by commas, semicolons or tabs, and a second line: a table.
    const bool secondLine = newline >= 0 && newline + 1 < data.size();
    const auto fields = [&](QChar separator) { return firstLine.count(separator) + 1; };
    const int most = std::max({fields(QLatin1Char(',')), fields(QLatin1Char(';')), fields(QLatin1Char('\t'))});
    const ContentSniffer::Kind kind = most >= 2 && secondLine ? ContentSniffer::Kind::Csv : ContentSniffer::Kind::Text;
    return {kind, QStringLiteral("first line: \"%1\"").arg(shortened(firstLine))};
}

} // namespace

ContentSniffer::Result ContentSniffer::sniff(QByteArrayView data, qint64 size)
{
    if (startsWith(data, "\xff\xfe") || startsWith(data, "\xfe\xff"))
        return {Kind::Utf16, QStringLiteral("a UTF-16 byte order mark")};
    if (startsWith(data, "\xef\xbb\xbf")) {
        data = data.sliced(3);
        size -= 3;
    }
    const QByteArrayView head = data.first(std::min(data.size(), SniffBytes));
    // ASCII in UTF-16 without a byte order mark: every other byte is NUL.
    if (head.size() >= 4 && ((head[0] == 0 && head[1] != 0 && head[2] == 0) || (head[0] != 0 && head[1] == 0 && head[3] == 0)))
        return {Kind::Utf16, QStringLiteral("NUL between the characters")};
    if (const char *name = magicName(head))
        return {Kind::Binary, QString::fromLatin1(name)};
    if (looksBinary(head))
        return {Kind::Binary, QStringLiteral("%1 bytes that are not text").arg(size)};
    const auto first = std::find_if_not(head.begin(), head.end(), isSpace);
    if (first == head.end())
        return {Kind::Blank, {}};
    const QByteArrayView rest = head.sliced(first - head.begin());
    if (rest.front() == '{' || rest.front() == '[' || startsWithJsonScalar(rest))
        return {Kind::Json, {}};
    if (rest.front() == '<')
        return markup(rest);
    return text(rest);
}

QString ContentSniffer::Result::message() const
{
    switch (kind) {
    case Kind::Json:
        return {};
    case Kind::Blank:
        return QStringLiteral("holds only whitespace: no JSON records found");
    case Kind::Xml:
        return QStringLiteral("looks like XML (%1): this format is not supported").arg(sample);
    case Kind::Html:
        return QStringLiteral("looks like an HTML page (%1), not tracking data: an error page from a proxy or a "
                              "login page?").arg(sample);
    case Kind::Csv:
        return QStringLiteral("looks like CSV (%1): this format is not supported").arg(sample);
    case Kind::Text:
        return QStringLiteral("is text, not JSON (%1)").arg(sample);
    case Kind::Utf16:
        return QStringLiteral("is UTF-16 text (%1): save it as UTF-8").arg(sample);
    case Kind::Binary:
        return QStringLiteral("is not text: %1").arg(sample);
    }
    return {};
}

} // namespace ct
