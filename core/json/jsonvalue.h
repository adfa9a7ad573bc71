// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>
#include <string_view>

namespace ct::json {

// A read-only view of one value inside a parsed JSON document (simdjson underneath, kept
// out of this header). A Value knows its path from the document root, so an adapter can
// report "output.completeTrackResults[0].trackResults[1].scanEvents[2].date" for a bad
// field. Looking up a member that is absent, or indexing a non-array, gives a Missing
// value rather than failing: adapters test what they need. Values are valid while the
// Parser that produced them is alive and has not parsed another document.
class Value final
{
public:
    enum class Type : quint8 { Missing, Null, Bool, Number, String, Array, Object };

    Value() = default;

    Type type() const { return m_type; }
    bool isMissing() const { return m_type == Type::Missing; }
    // Missing or JSON null: "nothing there".
    bool isAbsent() const { return m_type == Type::Missing || m_type == Type::Null; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isBool() const { return m_type == Type::Bool; }

    // Object member (Missing when absent or when this is not an object). `key` must
    // outlive the Value: pass string literals.
    Value operator[](const char *key) const;
    // Array element (Missing when out of range or not an array).
    Value operator[](int index) const;
    // Number of array elements or object members; 0 for anything else.
    int size() const;

    // The string's UTF-8 bytes; empty unless this is a string.
    std::string_view stringView() const;
    // The same without leading and trailing white space.
    std::string_view trimmedStringView() const;
    // Strings as they are; numbers and booleans as their JSON text; otherwise empty.
    QString toString() const;
    // toString(), trimmed, with placeholder text some carriers send for "nothing"
    // ("N/A", "null", "-", "--", "Unknown") read as empty, and so are the placeholders of
    // generated API documentation ("string", "XXXXXXXX"), which the thread's
    // PlaceholderObserver is told of.
    QString text() const;
    // toString(), trimmed, without placeholder filtering: for status codes, where
    // "UNKNOWN" or "NA" are real values.
    QString code() const;
    // Numbers, and strings holding a number.
    std::optional<double> toDouble() const;
    std::optional<qint64> toInt() const;
    // Booleans, and the strings "true"/"false".
    std::optional<bool> toBool() const;

    // Path from the document root, e.g. "trackResponse.shipment[0].package[1]".
    QString path() const;
    // Path of a member of this value, for reporting a missing required member.
    QString pathOf(const char *key) const;
    // "string", "number", "object", "missing"... for error messages.
    QString typeName() const;
    // Minified JSON text of this value.
    QByteArray minified() const;

    // Iteration over arrays: for (const Value &v : value.elements()).
    class ElementRange;
    ElementRange elements() const;
    // Iteration over object members: for (const auto &[key, v] : value.members()).
    class MemberRange;
    MemberRange members() const;

private:
    friend class Parser;
    struct Segment
    {
        const char *key = nullptr; // member name, or nullptr for an array index
        int keyLength = 0;
        int index = 0;
    };
    static constexpr int MaxDepth = 14;

    Value child(const void *element, Segment segment) const;
    friend class ElementRange;
    friend class MemberRange;

    alignas(8) unsigned char m_element[16] = {};
    Type m_type = Type::Missing;
    quint8 m_depth = 0;
    bool m_pathTruncated = false;
    std::array<Segment, MaxDepth> m_path{};
};

struct Member
{
    std::string_view key;
    Value value;
};

// Forward iteration over an array's elements or an object's members, walking simdjson's
// tape (linear, unlike repeated indexing).
class Value::ElementRange final
{
public:
    class iterator
    {
    public:
        Value operator*() const;
        iterator &operator++();
        bool operator!=(const iterator &other) const { return m_index != other.m_index; }

    private:
        friend class ElementRange;
        iterator(const Value *array, int index, bool atEnd);
        const Value *m_array;
        int m_index;
        alignas(8) unsigned char m_cursor[16] = {};
    };
    // Anything but an array is an empty range.
    explicit ElementRange(const Value &array) : m_array(array), m_size(array.isArray() ? array.size() : 0) {}
    iterator begin() const { return iterator(&m_array, 0, m_size == 0); }
    iterator end() const { return iterator(&m_array, m_size, true); }

private:
    Value m_array;
    int m_size;
};

class Value::MemberRange final
{
public:
    class iterator
    {
    public:
        Member operator*() const;
        iterator &operator++();
        bool operator!=(const iterator &other) const { return m_index != other.m_index; }

    private:
        friend class MemberRange;
        iterator(const Value *object, int index, bool atEnd);
        const Value *m_object;
        int m_index;
        alignas(8) unsigned char m_cursor[16] = {};
    };
    // Anything but an object is an empty range.
    explicit MemberRange(const Value &object) : m_object(object), m_size(object.isObject() ? object.size() : 0) {}
    iterator begin() const { return iterator(&m_object, 0, m_size == 0); }
    iterator end() const { return iterator(&m_object, m_size, true); }

private:
    Value m_object;
    int m_size;
};

inline Value::ElementRange Value::elements() const
{
    return ElementRange(*this);
}

inline Value::MemberRange Value::members() const
{
    return MemberRange(*this);
}

} // namespace ct::json
