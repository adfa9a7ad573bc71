// SPDX-License-Identifier: MIT
#include "jsonvalue.h"

#include "parser.h"
#include "placeholderobserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <new>

namespace ct::json {

namespace dom = simdjson::dom;

static_assert(sizeof(dom::element) <= 16, "Value's element storage is too small");
static_assert(std::is_trivially_copyable_v<dom::element>);
static_assert(std::is_trivially_destructible_v<dom::element>);
static_assert(sizeof(dom::array::iterator) <= 16);
static_assert(sizeof(dom::object::iterator) <= 16);
static_assert(std::is_trivially_copyable_v<dom::array::iterator>);
static_assert(std::is_trivially_copyable_v<dom::object::iterator>);

namespace {

const dom::element &elementOf(const unsigned char *storage)
{
    return *std::launder(reinterpret_cast<const dom::element *>(storage));
}

template<typename T>
T &cursorOf(unsigned char *storage)
{
    return *std::launder(reinterpret_cast<T *>(storage));
}

template<typename T>
const T &cursorOf(const unsigned char *storage)
{
    return *std::launder(reinterpret_cast<const T *>(storage));
}

Value::Type typeOf(const dom::element &e)
{
    switch (e.type()) {
    case dom::element_type::ARRAY: return Value::Type::Array;
    case dom::element_type::OBJECT: return Value::Type::Object;
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE: return Value::Type::Number;
    case dom::element_type::STRING: return Value::Type::String;
    case dom::element_type::BOOL: return Value::Type::Bool;
    case dom::element_type::NULL_VALUE: return Value::Type::Null;
    }
    return Value::Type::Missing;
}

// Placeholder words some carriers send for "nothing", tested on the UTF-8 bytes so the
// common case (a real value) costs one length check.
bool isPlaceholder(std::string_view text)
{
    static constexpr std::string_view Placeholders[] = {"n/a", "na", "null", "none", "-", "--",
                                                        "---", "unknown", "undefined", "nil", "."};
    if (text.size() > 9)
        return false;
    for (std::string_view p : Placeholders) {
        if (p.size() != text.size())
            continue;
        bool same = true;
        for (size_t i = 0; i < p.size() && same; ++i) {
            const char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] - 'A' + 'a') : text[i];
            same = c == p[i];
        }
        if (same)
            return true;
    }
    return false;
}

// Placeholders of generated API documentation: "string" (any case), and X's standing for
// a value ("XX", "XXXXXXXX"). Unlike "N/A" they look like text; the reader is told of them.
bool isExamplePlaceholder(std::string_view text)
{
    if (text.size() == 6) {
        static constexpr std::string_view String = "string";
        bool same = true;
        for (size_t i = 0; i < 6 && same; ++i)
            same = (text[i] | 0x20) == String[i];
        if (same)
            return true;
    }
    if (text.size() < 2 || text.size() > 40)
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return c == 'X' || c == 'x'; });
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

} // namespace

Value Value::child(const void *element, Segment segment) const
{
    Value v;
    std::memcpy(v.m_element, element, sizeof(dom::element));
    v.m_type = typeOf(elementOf(v.m_element));
    v.m_path = m_path;
    v.m_depth = m_depth;
    v.m_pathTruncated = m_pathTruncated;
    if (v.m_depth < MaxDepth)
        v.m_path[v.m_depth++] = segment;
    else
        v.m_pathTruncated = true;
    return v;
}

Value Value::operator[](const char *key) const
{
    Value missing;
    missing.m_path = m_path;
    missing.m_depth = m_depth;
    if (m_depth < MaxDepth)
        missing.m_path[missing.m_depth++] = Segment{key, static_cast<int>(std::strlen(key)), 0};
    if (m_type != Type::Object)
        return missing;
    dom::element member;
    if (elementOf(m_element).get_object().at_key(key).get(member) != simdjson::SUCCESS)
        return missing;
    return child(&member, Segment{key, static_cast<int>(std::strlen(key)), 0});
}

Value Value::operator[](int index) const
{
    if (m_type != Type::Array || index < 0)
        return Value();
    dom::element item;
    if (elementOf(m_element).get_array().at(static_cast<size_t>(index)).get(item)
        != simdjson::SUCCESS)
        return Value();
    return child(&item, Segment{nullptr, 0, index});
}

int Value::size() const
{
    if (m_type == Type::Array)
        return static_cast<int>(elementOf(m_element).get_array().value_unsafe().size());
    if (m_type == Type::Object)
        return static_cast<int>(elementOf(m_element).get_object().value_unsafe().size());
    return 0;
}

std::string_view Value::stringView() const
{
    if (m_type != Type::String)
        return {};
    return elementOf(m_element).get_string().value_unsafe();
}

std::string_view Value::trimmedStringView() const
{
    return trimmed(stringView());
}

QString Value::toString() const
{
    const dom::element &e = elementOf(m_element);
    switch (m_type) {
    case Type::String: {
        const std::string_view s = e.get_string().value_unsafe();
        return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
    }
    case Type::Number:
        if (e.is_int64())
            return QString::number(e.get_int64().value_unsafe());
        if (e.is_uint64())
            return QString::number(e.get_uint64().value_unsafe());
        return QString::number(e.get_double().value_unsafe(), 'g', QLocale::FloatingPointShortest);
    case Type::Bool:
        return e.get_bool().value_unsafe() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

QString Value::text() const
{
    if (m_type != Type::String)
        return toString();
    const std::string_view s = trimmed(stringView());
    if (s.empty() || isPlaceholder(s))
        return {};
    if (isExamplePlaceholder(s)) {
        if (PlaceholderObserver *observer = PlaceholderObserver::current())
            observer->placeholderRead(*this);
        return {};
    }
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString Value::code() const
{
    return toString().trimmed();
}

std::optional<double> Value::toDouble() const
{
    if (m_type == Type::Number) {
        double d = 0;
        if (elementOf(m_element).get_double().get(d) == simdjson::SUCCESS)
            return d;
        return std::nullopt;
    }
    if (m_type == Type::String) {
        const std::string_view s = stringView();
        double d = 0;
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
        if (ec == std::errc() && ptr == s.data() + s.size() && !s.empty())
            return d;
    }
    return std::nullopt;
}

std::optional<qint64> Value::toInt() const
{
    if (m_type == Type::Number) {
        const dom::element &e = elementOf(m_element);
        if (e.is_int64())
            return e.get_int64().value_unsafe();
        double d = 0;
        if (e.get_double().get(d) == simdjson::SUCCESS && d == static_cast<double>(static_cast<qint64>(d)))
            return static_cast<qint64>(d);
        return std::nullopt;
    }
    if (m_type == Type::String) {
        const std::string_view s = stringView();
        qint64 v = 0;
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec == std::errc() && ptr == s.data() + s.size() && !s.empty())
            return v;
    }
    return std::nullopt;
}

std::optional<bool> Value::toBool() const
{
    if (m_type == Type::Bool)
        return elementOf(m_element).get_bool().value_unsafe();
    if (m_type == Type::String) {
        const std::string_view s = stringView();
        if (s == "true" || s == "TRUE" || s == "True")
            return true;
        if (s == "false" || s == "FALSE" || s == "False")
            return false;
    }
    return std::nullopt;
}

QString Value::path() const
{
    QString p;
    for (int i = 0; i < m_depth; ++i) {
        const Segment &s = m_path[static_cast<size_t>(i)];
        if (s.key) {
            if (!p.isEmpty())
                p += QLatin1Char('.');
            p += QString::fromUtf8(s.key, s.keyLength);
        } else {
            p += QLatin1Char('[') + QString::number(s.index) + QLatin1Char(']');
        }
    }
    if (m_pathTruncated)
        p += QStringLiteral(".…");
    if (p.isEmpty())
        return QStringLiteral("(document)");
    return p;
}

QString Value::pathOf(const char *key) const
{
    return (*this)[key].path();
}

QString Value::typeName() const
{
    switch (m_type) {
    case Type::Missing: return QStringLiteral("missing");
    case Type::Null: return QStringLiteral("null");
    case Type::Bool: return QStringLiteral("boolean");
    case Type::Number: return QStringLiteral("number");
    case Type::String: return QStringLiteral("string");
    case Type::Array: return QStringLiteral("array");
    case Type::Object: return QStringLiteral("object");
    }
    return {};
}

QByteArray Value::minified() const
{
    if (m_type == Type::Missing)
        return {};
    const std::string s = simdjson::minify(elementOf(m_element));
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

// --- iteration -------------------------------------------------------------------------

Value::ElementRange::iterator::iterator(const Value *array, int index, bool atEnd)
    : m_array(array), m_index(index)
{
    if (!atEnd && array->m_type == Type::Array) {
        const dom::array a = elementOf(array->m_element).get_array().value_unsafe();
        new (m_cursor) dom::array::iterator(a.begin());
    }
}

Value Value::ElementRange::iterator::operator*() const
{
    const dom::element e = *cursorOf<dom::array::iterator>(m_cursor);
    return m_array->child(&e, Segment{nullptr, 0, m_index});
}

Value::ElementRange::iterator &Value::ElementRange::iterator::operator++()
{
    ++cursorOf<dom::array::iterator>(m_cursor);
    ++m_index;
    return *this;
}

Value::MemberRange::iterator::iterator(const Value *object, int index, bool atEnd)
    : m_object(object), m_index(index)
{
    if (!atEnd && object->m_type == Type::Object) {
        const dom::object o = elementOf(object->m_element).get_object().value_unsafe();
        new (m_cursor) dom::object::iterator(o.begin());
    }
}

Member Value::MemberRange::iterator::operator*() const
{
    const auto &it = cursorOf<dom::object::iterator>(m_cursor);
    const std::string_view key = it.key();
    const dom::element e = it.value();
    return Member{key, m_object->child(&e, Segment{key.data(), static_cast<int>(key.size()), 0})};
}

Value::MemberRange::iterator &Value::MemberRange::iterator::operator++()
{
    ++cursorOf<dom::object::iterator>(m_cursor);
    ++m_index;
    return *this;
}

// --- parser ----------------------------------------------------------------------------

struct Parser::Private
{
    dom::parser parser;
};

Parser::Parser() : d(std::make_unique<Private>()) {}

Parser::~Parser() = default;

void lineAndColumn(const char *data, qsizetype size, qsizetype offset, int &line, int &column)
{
    line = 1;
    column = 1;
    for (qsizetype i = 0; i < offset && i < size; ++i) {
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
}

std::optional<Value> Parser::parse(const char *data, qsizetype size, Error *error)
{
    dom::element root;
    const auto code = d->parser.parse(data, static_cast<size_t>(size), true).get(root);
    if (code == simdjson::SUCCESS) {
        Value v;
        std::memcpy(v.m_element, &root, sizeof root);
        v.m_type = typeOf(root);
        return v;
    }
    if (error) {
        // simdjson does not say where; Qt's parser does. Only paid on failure.
        QJsonParseError qtError;
        QJsonDocument::fromJson(QByteArray::fromRawData(data, size), &qtError);
        if (qtError.error != QJsonParseError::NoError) {
            error->message = qtError.errorString();
            error->offset = qtError.offset;
        } else {
            error->message = QString::fromUtf8(simdjson::error_message(code));
            error->offset = -1;
        }
    }
    return std::nullopt;
}

QByteArray blankLineComments(QByteArray text)
{
    qsizetype line = 0;
    while (line < text.size()) {
        qsizetype end = text.indexOf('\n', line);
        if (end < 0)
            end = text.size();
        qsizetype first = line;
        while (first < end && (text[first] == ' ' || text[first] == '\t'))
            ++first;
        if (end - first >= 2 && text[first] == '/' && text[first + 1] == '/')
            std::fill(text.begin() + first, text.begin() + end, ' ');
        line = end + 1;
    }
    return text;
}

std::optional<Value> Parser::parseObjectFile(const QString &path, QString *error, bool lineComments)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray text = file.readAll(); // parse() copies it into its padded buffer
    if (lineComments)
        text = blankLineComments(std::move(text));
    Error parseError;
    std::optional<Value> root = parse(text.constData(), text.size(), &parseError);
    if (!root) {
        int line = 0;
        int column = 0;
        lineAndColumn(text.constData(), text.size(), parseError.offset, line, column);
        *error = parseError.offset < 0 ? QStringLiteral("%1: %2").arg(path, parseError.message)
                                       : QStringLiteral("%1:%2:%3: %4").arg(path).arg(line).arg(column).arg(parseError.message);
        return std::nullopt;
    }
    if (!root->isObject()) {
        *error = QStringLiteral("%1: expected a JSON object, found %2").arg(path, root->typeName());
        return std::nullopt;
    }
    return root;
}

} // namespace ct::json
