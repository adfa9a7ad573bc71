// SPDX-License-Identifier: MIT
#include "mappingcompiler.h"

#include "json/jsonpathoffset.h"
#include "json/parser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <functional>

namespace ct::mapping {

namespace {

constexpr int MappingVersion = 1;
constexpr int MaxStatusCodes = 8; // MappingAdapter reads them into a fixed array

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: return QStringLiteral("missing");
    }
    return {};
}

// json::Value::Type bits for the type names a mapping may name.
std::optional<unsigned> typeBit(const QString &name)
{
    using T = json::Value::Type;
    static const QHash<QString, T> types = {
        {QStringLiteral("missing"), T::Missing}, {QStringLiteral("null"), T::Null},
        {QStringLiteral("boolean"), T::Bool},    {QStringLiteral("number"), T::Number},
        {QStringLiteral("string"), T::String},   {QStringLiteral("array"), T::Array},
        {QStringLiteral("object"), T::Object},
    };
    const auto it = types.constFind(name);
    if (it == types.constEnd())
        return std::nullopt;
    return 1u << static_cast<unsigned>(*it);
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            out.append(e.isDouble() ? QString::number(e.toDouble()) : e.toString());
    } else if (v.isDouble()) {
        out.append(QString::number(v.toDouble()));
    } else {
        out.append(v.toString());
    }
    return out;
}

} // namespace

MappingCompiler::Result MappingCompiler::compile(const QByteArray &text)
{
    MappingCompiler compiler(text);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        MappingProblem p;
        p.message = QStringLiteral("not valid JSON: %1").arg(parseError.errorString());
        json::lineAndColumn(text.constData(), text.size(), parseError.offset, p.line, p.column);
        return {nullptr, {p}};
    }
    if (!document.isObject()) {
        MappingProblem p;
        p.message = QStringLiteral("a mapping is a JSON object");
        p.line = 1;
        p.column = 1;
        return {nullptr, {p}};
    }
    compiler.readTop(document.object());
    Result result;
    result.problems = std::move(compiler.m_problems);
    const bool failed = std::any_of(result.problems.cbegin(), result.problems.cend(), [](const MappingProblem &p) {
        return p.severity == MappingProblem::Severity::Error;
    });
    if (!failed)
        result.mapping = std::move(compiler.m_mapping);
    return result;
}

void MappingCompiler::problem(MappingProblem::Severity severity, const QString &field, const QString &message)
{
    MappingProblem p;
    p.severity = severity;
    p.field = field;
    p.message = message;
    // The deepest part of the field that the text holds (a missing key: its object).
    QString at = field;
    while (true) {
        if (const auto offset = json::offsetOfPath(m_text, at)) {
            json::lineAndColumn(m_text.constData(), m_text.size(), *offset, p.line, p.column);
            break;
        }
        const qsizetype cut = std::max(at.lastIndexOf(QLatin1Char('.')), at.lastIndexOf(QLatin1Char('[')));
        if (cut <= 0) {
            if (at.isEmpty())
                break;
            at.clear();
            continue;
        }
        at.truncate(cut);
    }
    m_problems.append(std::move(p));
}

namespace {

void collectNamed(const MappingCondition &c, QList<int> &out)
{
    if (c.kind == MappingCondition::Kind::Is && c.named >= 0)
        out.append(c.named);
    for (const MappingCondition &child : c.children)
        collectNamed(child, out);
}

} // namespace

void MappingCompiler::checkNamedCycles()
{
    const auto &named = m_mapping->named;
    const int n = static_cast<int>(named.size());
    QList<QList<int>> refs(n);
    for (int i = 0; i < n; ++i)
        collectNamed(named[static_cast<std::size_t>(i)], refs[i]);
    // Depth-first, colouring: 0 unseen, 1 on the path, 2 done.
    QList<int> colour(n, 0);
    QList<int> path;
    std::function<bool(int)> visit = [&](int i) {
        colour[i] = 1;
        path.append(i);
        for (int j : std::as_const(refs[i])) {
            if (colour[j] == 1) {
                QStringList names;
                for (int k = static_cast<int>(path.indexOf(j)); k < path.size(); ++k)
                    names.append(m_mapping->namedNames.at(path.at(k)));
                names.append(m_mapping->namedNames.at(j));
                error(join(QStringLiteral("conditions"), m_mapping->namedNames.at(j)),
                      QStringLiteral("the condition refers to itself (%1)").arg(names.join(QStringLiteral(" → "))));
                return false;
            }
            if (colour[j] == 0 && !visit(j))
                return false;
        }
        path.removeLast();
        colour[i] = 2;
        return true;
    };
    for (int i = 0; i < n; ++i) {
        if (colour[i] == 0 && !visit(i))
            return;
    }
}

qsizetype MappingCompiler::offsetOf(const QString &field) const
{
    return json::offsetOfPath(m_text, field).value_or(m_text.size());
}

QString MappingCompiler::join(const QString &field, const QString &key)
{
    return field.isEmpty() ? key : field + QLatin1Char('.') + key;
}

void MappingCompiler::checkKeys(const QJsonObject &object, const QString &field, std::initializer_list<const char *> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *key : allowed)
            known = known || it.key() == QLatin1String(key);
        if (known)
            continue;
        QStringList names;
        for (const char *key : allowed)
            names.append(QString::fromLatin1(key));
        error(join(field, it.key()), QStringLiteral("unknown key \"%1\" (known here: %2)").arg(it.key(), names.join(QStringLiteral(", "))));
    }
}

int MappingCompiler::slot(const QString &field, const QString &pathText, int group)
{
    const int index = static_cast<int>(m_mapping->slotFields.size());
    m_mapping->slotFields.append(field);
    m_mapping->slotPaths.append(pathText);
    m_mapping->slotGroups.push_back(group < 0 ? index : group);
    m_mapping->slotConditional.push_back(m_conditional > 0);
    return index;
}

std::optional<MappingPath> MappingCompiler::path(const QJsonValue &v, const QString &field)
{
    if (!v.isString()) {
        error(field, QStringLiteral("expected a path string, found %1").arg(typeName(v)));
        return std::nullopt;
    }
    QString why;
    auto p = MappingPath::parse(v.toString(), &why);
    if (!p)
        error(field, why);
    return p;
}

PathChoice MappingCompiler::paths(const QJsonValue &v, const QString &field)
{
    PathChoice choice;
    if (v.isUndefined())
        return choice;
    if (v.isArray()) {
        const QJsonArray array = v.toArray();
        if (array.isEmpty())
            error(field, QStringLiteral("an empty list of paths"));
        int group = -1;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString f = QStringLiteral("%1[%2]").arg(field).arg(i);
            if (auto p = path(array.at(i), f)) {
                const int s = slot(f, array.at(i).toString(), group);
                if (group < 0)
                    group = s;
                choice.entries.push_back({std::move(*p), s});
            }
        }
        return choice;
    }
    if (auto p = path(v, field))
        choice.entries.push_back({std::move(*p), slot(field, v.toString())});
    return choice;
}

TextField MappingCompiler::text(const QJsonValue &v, const QString &field)
{
    TextField t;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        checkKeys(o, field, {"value", "path"});
        if (o.contains(QLatin1String("value"))) {
            t.constant = o.value(QLatin1String("value")).toString();
            if (t.constant.isEmpty())
                error(join(field, QStringLiteral("value")), QStringLiteral("a constant must be a non-empty string"));
        }
        t.paths = paths(o.value(QLatin1String("path")), join(field, QStringLiteral("path")));
        if (!t.isSet() && o.isEmpty())
            error(field, QStringLiteral("give a \"path\" or a \"value\""));
        return t;
    }
    t.paths = paths(v, field);
    return t;
}

MappingCondition MappingCompiler::condition(const QJsonValue &v, const QString &field)
{
    MappingCondition c;
    if (v.isArray()) { // a list: all of them
        c.kind = MappingCondition::Kind::All;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            c.children.push_back(condition(array.at(i), QStringLiteral("%1[%2]").arg(field).arg(i)));
        return c;
    }
    if (!v.isObject()) {
        error(field, QStringLiteral("expected a condition object, found %1").arg(typeName(v)));
        return c;
    }
    const QJsonObject o = v.toObject();
    for (const char *group : {"all", "any"}) {
        if (!o.contains(QLatin1String(group)))
            continue;
        checkKeys(o, field, {group});
        c.kind = qstrcmp(group, "all") == 0 ? MappingCondition::Kind::All : MappingCondition::Kind::Any;
        const QString f = join(field, QLatin1String(group));
        const QJsonValue list = o.value(QLatin1String(group));
        if (!list.isArray() || list.toArray().isEmpty()) {
            error(f, QStringLiteral("expected a non-empty list of conditions"));
            return c;
        }
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            c.children.push_back(condition(array.at(i), QStringLiteral("%1[%2]").arg(f).arg(i)));
        return c;
    }
    if (o.contains(QLatin1String("not"))) {
        checkKeys(o, field, {"not"});
        c.kind = MappingCondition::Kind::Not;
        c.children.push_back(condition(o.value(QLatin1String("not")), join(field, QStringLiteral("not"))));
        return c;
    }
    if (o.contains(QLatin1String("is"))) {
        checkKeys(o, field, {"is", "at"});
        c.kind = MappingCondition::Kind::Is;
        const QString name = o.value(QLatin1String("is")).toString();
        c.named = static_cast<int>(m_mapping->namedNames.indexOf(name));
        if (c.named < 0)
            error(join(field, QStringLiteral("is")),
                  QStringLiteral("no condition named \"%1\" in \"conditions\"").arg(name));
        if (o.contains(QLatin1String("at"))) {
            if (auto p = path(o.value(QLatin1String("at")), join(field, QStringLiteral("at"))))
                c.path = std::move(*p);
        }
        return c;
    }
    checkKeys(o, field, {"path", "exists", "absent", "type", "equals", "startsWith", "contains", "matches", "size"});
    c.kind = MappingCondition::Kind::Leaf;
    if (!o.contains(QLatin1String("path"))) {
        error(field, QStringLiteral("a condition needs \"path\" (or \"all\", \"any\", \"not\", \"is\")"));
        return c;
    }
    if (auto p = path(o.value(QLatin1String("path")), join(field, QStringLiteral("path"))))
        c.path = std::move(*p);
    int tests = 0;
    auto take = [&](const char *key, MappingCondition::Test test) {
        if (!o.contains(QLatin1String(key)))
            return QJsonValue(QJsonValue::Undefined);
        ++tests;
        c.test = test;
        return o.value(QLatin1String(key));
    };
    if (const QJsonValue e = take("exists", MappingCondition::Test::Exists); !e.isUndefined())
        c.expected = e.toBool(true);
    if (const QJsonValue a = take("absent", MappingCondition::Test::Absent); !a.isUndefined())
        c.expected = a.toBool(true);
    if (const QJsonValue t = take("type", MappingCondition::Test::Type); !t.isUndefined()) {
        for (const QString &name : stringList(t)) {
            if (const auto bit = typeBit(name))
                c.typeMask |= *bit;
            else
                error(join(field, QStringLiteral("type")),
                      QStringLiteral("unknown type \"%1\" (object, array, string, number, boolean, null)").arg(name));
        }
    }
    for (auto [key, test] : {std::pair{"equals", MappingCondition::Test::Equals},
                             std::pair{"startsWith", MappingCondition::Test::StartsWith},
                             std::pair{"contains", MappingCondition::Test::Contains}}) {
        if (const QJsonValue t = take(key, test); !t.isUndefined()) {
            c.texts = stringList(t);
            for (const QString &s : std::as_const(c.texts))
                c.utf8Texts.push_back(s.toStdString());
        }
    }
    if (const QJsonValue m = take("matches", MappingCondition::Test::Matches); !m.isUndefined()) {
        c.pattern = QRegularExpression(m.toString());
        if (!c.pattern.isValid())
            error(join(field, QStringLiteral("matches")),
                  QStringLiteral("bad regular expression: %1").arg(c.pattern.errorString()));
    }
    if (const QJsonValue s = take("size", MappingCondition::Test::Size); !s.isUndefined())
        c.size = s.toInt(-1);
    if (tests > 1)
        error(field, QStringLiteral("one test per condition (use \"all\" to combine them)"));
    if (tests == 0)
        c.test = MappingCondition::Test::Exists;
    return c;
}

std::optional<Subtag> MappingCompiler::subtag(const QJsonValue &v, const QString &field)
{
    const QString code = v.toString();
    if (const auto s = subtagFromCode(code))
        return s;
    if (const auto t = tagFromCode(code))
        return genericSubtag(*t);
    error(field, QStringLiteral("unknown sub-status \"%1\" (a code of docs/TAXONOMY.md such as \"Delivered_001\", or a tag such as \"Delivered\")")
                     .arg(v.isString() ? code : typeName(v)));
    return std::nullopt;
}

LocationSpec MappingCompiler::location(const QJsonValue &v, const QString &field)
{
    LocationSpec l;
    if (v.isUndefined())
        return l;
    if (v.isString()) {
        // An object with the keys most aggregators use: city, state, zip, country.
        if (auto p = path(v, field)) {
            l.hasObject = true;
            l.objectSlot = slot(field, v.toString());
            l.object = std::move(*p);
            l.city.paths.entries.push_back({*MappingPath::parse(QStringLiteral("city"), nullptr), -1});
            l.state.paths.entries.push_back({*MappingPath::parse(QStringLiteral("state"), nullptr), -1});
            l.postalCode.paths.entries.push_back({*MappingPath::parse(QStringLiteral("zip"), nullptr), -1});
            l.country.entries.push_back({*MappingPath::parse(QStringLiteral("country"), nullptr), -1});
        }
        return l;
    }
    if (!v.isObject()) {
        error(field, QStringLiteral("expected a path or a location object, found %1").arg(typeName(v)));
        return l;
    }
    const QJsonObject o = v.toObject();
    checkKeys(o, field, {"at", "city", "state", "postalCode", "country"});
    if (o.contains(QLatin1String("at"))) {
        const QString f = join(field, QStringLiteral("at"));
        if (auto p = path(o.value(QLatin1String("at")), f)) {
            l.hasObject = true;
            l.object = std::move(*p);
            l.objectSlot = slot(f, o.value(QLatin1String("at")).toString());
        }
    }
    l.city = text(o.value(QLatin1String("city")), join(field, QStringLiteral("city")));
    l.state = text(o.value(QLatin1String("state")), join(field, QStringLiteral("state")));
    l.postalCode = text(o.value(QLatin1String("postalCode")), join(field, QStringLiteral("postalCode")));
    l.country = paths(o.value(QLatin1String("country")), join(field, QStringLiteral("country")));
    const std::array<qsizetype, 4> offsets = {offsetOf(join(field, QStringLiteral("city"))),
                                              offsetOf(join(field, QStringLiteral("state"))),
                                              offsetOf(join(field, QStringLiteral("postalCode"))),
                                              offsetOf(join(field, QStringLiteral("country")))};
    std::stable_sort(l.order.begin(), l.order.end(), [&](int a, int b) { return offsets[a] < offsets[b]; });
    return l;
}

std::optional<MappingTimeFormat> MappingCompiler::timeFormat(const QJsonValue &v, const QString &field)
{
    if (v.isUndefined())
        return MappingTimeFormat::parse(QString(), nullptr);
    if (!v.isString()) {
        error(field, QStringLiteral("expected a format string, found %1").arg(typeName(v)));
        return std::nullopt;
    }
    QString why;
    auto f = MappingTimeFormat::parse(v.toString(), &why);
    if (!f)
        error(field, why);
    return f;
}

TimeSpec MappingCompiler::time(const QJsonValue &v, const QString &field)
{
    TimeSpec t;
    if (v.isUndefined())
        return t;
    if (v.isString() || v.isArray()) {
        t.paths = paths(v, field);
        t.format = *MappingTimeFormat::parse(QString(), nullptr);
        return t;
    }
    if (!v.isObject()) {
        error(field, QStringLiteral("expected a path or a time object, found %1").arg(typeName(v)));
        return t;
    }
    const QJsonObject o = v.toObject();
    checkKeys(o, field, {"path", "format", "time", "timeFormat", "zone", "offset", "midnightUtcIsDate", "zoneFallback"});
    t.paths = paths(o.value(QLatin1String("path")), join(field, QStringLiteral("path")));
    if (t.paths.isEmpty() && !o.contains(QLatin1String("path")))
        error(field, QStringLiteral("a time needs \"path\""));
    if (auto f = timeFormat(o.value(QLatin1String("format")), join(field, QStringLiteral("format"))))
        t.format = std::move(*f);
    if (o.contains(QLatin1String("time"))) {
        t.timePaths = paths(o.value(QLatin1String("time")), join(field, QStringLiteral("time")));
        QJsonValue tf = o.value(QLatin1String("timeFormat"));
        if (tf.isUndefined())
            tf = QStringLiteral("compact");
        if (auto f = timeFormat(tf, join(field, QStringLiteral("timeFormat"))))
            t.timeFormat = std::move(*f);
    } else if (o.contains(QLatin1String("timeFormat"))) {
        error(join(field, QStringLiteral("timeFormat")), QStringLiteral("\"timeFormat\" without \"time\""));
    }
    if (t.format.kind() == MappingTimeFormat::Kind::Pattern && !t.format.hasDate())
        error(join(field, QStringLiteral("format")), QStringLiteral("\"%1\" names no date").arg(t.format.text()));
    const QString zone = o.value(QLatin1String("zone")).toString(QStringLiteral("place"));
    if (zone == QLatin1String("place")) {
        t.zone = TimeSpec::Zone::Place;
    } else if (zone == QLatin1String("UTC") || zone == QLatin1String("utc")) {
        t.zone = TimeSpec::Zone::Utc;
    } else if (const auto offset = parseUtcOffset(zone)) {
        t.zone = TimeSpec::Zone::Fixed;
        t.fixedOffsetMinutes = *offset;
    } else {
        error(join(field, QStringLiteral("zone")),
              QStringLiteral("unknown zone rule \"%1\" (\"place\", \"UTC\" or an offset such as \"+05:30\")").arg(zone));
    }
    if (o.contains(QLatin1String("offset"))) {
        t.offsetPaths = paths(o.value(QLatin1String("offset")), join(field, QStringLiteral("offset")));
        if (t.zone == TimeSpec::Zone::Place)
            t.zone = TimeSpec::Zone::OffsetField;
    }
    t.midnightUtcIsDate = o.value(QLatin1String("midnightUtcIsDate")).toBool(false);
    const QString fallback = o.value(QLatin1String("zoneFallback")).toString(QStringLiteral("shipment"));
    if (fallback == QLatin1String("destination"))
        t.fallback = TimeSpec::Fallback::Destination;
    else if (fallback != QLatin1String("shipment"))
        error(join(field, QStringLiteral("zoneFallback")),
              QStringLiteral("\"zoneFallback\" is \"shipment\" (destination, origin, carrier's home) or \"destination\""));
    return t;
}

StatusSpec MappingCompiler::status(const QJsonValue &v, const QString &field)
{
    StatusSpec s;
    if (!v.isObject()) {
        error(field, QStringLiteral("expected a status object (codes, rules), found %1").arg(typeName(v)));
        return s;
    }
    const QJsonObject o = v.toObject();
    checkKeys(o, field, {"codes", "rawCode", "raw", "read", "at", "rules"});
    if (o.contains(QLatin1String("raw")))
        s.raw = text(o.value(QLatin1String("raw")), join(field, QStringLiteral("raw")));
    const QString read = o.value(QLatin1String("read")).toString(QStringLiteral("code"));
    s.readAsText = read == QLatin1String("text");
    if (!s.readAsText && read != QLatin1String("code"))
        error(join(field, QStringLiteral("read")), QStringLiteral("\"read\" is \"code\" (as written) or \"text\""));
    const QString codesField = join(field, QStringLiteral("codes"));
    const QJsonValue codes = o.value(QLatin1String("codes"));
    if (codes.isString()) {
        s.partNames.append(QStringLiteral("code"));
        s.parts.push_back(paths(codes, codesField));
    } else if (codes.isObject() && !codes.toObject().isEmpty()) {
        const QJsonObject c = codes.toObject();
        for (auto it = c.begin(); it != c.end(); ++it) {
            s.partNames.append(it.key());
            s.parts.push_back(paths(it.value(), join(codesField, it.key())));
        }
    } else {
        error(codesField, QStringLiteral("name the code: a path, or an object of named paths"));
        return s;
    }
    if (s.partNames.size() > MaxStatusCodes) {
        error(codesField, QStringLiteral("at most %1 codes").arg(MaxStatusCodes));
        return s;
    }
    const QString rawField = join(field, QStringLiteral("rawCode"));
    if (o.contains(QLatin1String("rawCode"))) {
        const QStringList names = stringList(o.value(QLatin1String("rawCode")));
        for (const QString &name : names) {
            const int part = static_cast<int>(s.partNames.indexOf(name));
            if (part < 0)
                error(rawField, QStringLiteral("\"%1\" is not one of the codes (%2)").arg(name, s.partNames.join(QStringLiteral(", "))));
            else
                s.rawCodeParts.push_back(part);
        }
    } else if (s.partNames.size() > 1 && !s.raw.isSet()) {
        error(field, QStringLiteral("with several codes, \"rawCode\" lists them in the order they are joined"));
    } else {
        s.rawCodeParts.push_back(0);
    }
    if (o.contains(QLatin1String("at")))
        s.at = paths(o.value(QLatin1String("at")), join(field, QStringLiteral("at")));
    else if (!s.rawCodeParts.empty())
        s.at = s.parts.at(static_cast<std::size_t>(s.rawCodeParts.front()));
    const QString rulesField = join(field, QStringLiteral("rules"));
    const QJsonValue rules = o.value(QLatin1String("rules"));
    if (!rules.isArray() || rules.toArray().isEmpty()) {
        error(rulesField, QStringLiteral("expected a non-empty list of rules"));
        return s;
    }
    const QJsonArray array = rules.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString rf = QStringLiteral("%1[%2]").arg(rulesField).arg(i);
        const QJsonObject r = array.at(i).toObject();
        StatusRule rule;
        if (r.contains(QLatin1String("table"))) {
            checkKeys(r, rf, {"table", "codes"});
            rule.tablePart = static_cast<int>(s.partNames.indexOf(r.value(QLatin1String("table")).toString()));
            if (rule.tablePart < 0)
                error(join(rf, QStringLiteral("table")), QStringLiteral("\"%1\" is not one of the codes (%2)")
                                                              .arg(r.value(QLatin1String("table")).toString(), s.partNames.join(QStringLiteral(", "))));
            const QJsonObject table = r.value(QLatin1String("codes")).toObject();
            if (table.isEmpty())
                error(join(rf, QStringLiteral("codes")), QStringLiteral("expected an object of code: sub-status"));
            for (auto it = table.begin(); it != table.end(); ++it) {
                if (const auto sub = subtag(it.value(), join(join(rf, QStringLiteral("codes")), it.key())))
                    rule.table.insert(it.key(), *sub);
            }
            s.rules.push_back(std::move(rule));
            continue;
        }
        checkKeys(r, rf, {"when", "then"});
        if (!r.contains(QLatin1String("then"))) {
            error(rf, QStringLiteral("a rule needs \"then\" (or \"table\")"));
            continue;
        }
        const QJsonObject when = r.value(QLatin1String("when")).toObject();
        for (auto it = when.begin(); it != when.end(); ++it) {
            const QString wf = join(join(rf, QStringLiteral("when")), it.key());
            if (it.key() == QLatin1String("description")) {
                const QJsonObject d = it.value().toObject();
                checkKeys(d, wf, {"containsAny", "containsNone"});
                for (const QString &t : stringList(d.value(QLatin1String("containsAny"))))
                    if (!t.isEmpty())
                        rule.descriptionAny.append(t.toLower());
                for (const QString &t : stringList(d.value(QLatin1String("containsNone"))))
                    if (!t.isEmpty())
                        rule.descriptionNone.append(t.toLower());
                continue;
            }
            const int part = static_cast<int>(s.partNames.indexOf(it.key()));
            if (part < 0) {
                error(wf, QStringLiteral("\"%1\" is not one of the codes (%2) nor \"description\"").arg(it.key(), s.partNames.join(QStringLiteral(", "))));
                continue;
            }
            StatusRule::PartTest test;
            test.part = part;
            if (it.value().isObject()) {
                const QJsonObject prefix = it.value().toObject();
                checkKeys(prefix, wf, {"startsWith"});
                test.prefixes = stringList(prefix.value(QLatin1String("startsWith")));
            } else {
                test.values = stringList(it.value());
            }
            rule.when.push_back(std::move(test));
        }
        if (const auto sub = subtag(r.value(QLatin1String("then")), join(rf, QStringLiteral("then"))))
            rule.then = *sub;
        s.rules.push_back(std::move(rule));
    }
    return s;
}

OutcomeRule MappingCompiler::outcome(const QJsonValue &v, const QString &field)
{
    const ConditionalScope conditional(m_conditional);
    OutcomeRule r;
    const QJsonObject o = v.toObject();
    checkKeys(o, field, {"when", "report", "at", "message", "text"});
    if (!o.contains(QLatin1String("when")))
        error(field, QStringLiteral("an outcome needs \"when\""));
    r.when = condition(o.value(QLatin1String("when")), join(field, QStringLiteral("when")));
    const QString report = o.value(QLatin1String("report")).toString();
    if (report == QLatin1String("error"))
        r.isError = true;
    else if (report != QLatin1String("notFound"))
        error(join(field, QStringLiteral("report")), QStringLiteral("\"report\" is \"notFound\" or \"error\""));
    r.at = paths(o.value(QLatin1String("at")), join(field, QStringLiteral("at")));
    r.message = text(o.value(QLatin1String("message")), join(field, QStringLiteral("message")));
    r.errorText = o.value(QLatin1String("text")).toString();
    if (r.isError && r.errorText.isEmpty())
        error(field, QStringLiteral("an error outcome needs \"text\""));
    return r;
}

void MappingCompiler::shipmentsEntry(const QJsonValue &v, const QString &field)
{
    const ConditionalScope conditional(m_conditional);
    ShipmentsEntry e;
    if (!v.isObject()) {
        error(field, QStringLiteral("expected a shipments entry object, found %1").arg(typeName(v)));
        return;
    }
    const QJsonObject o = v.toObject();
    checkKeys(o, field, {"when", "one", "each", "error"});
    if (o.contains(QLatin1String("when"))) {
        e.hasWhen = true;
        e.when = condition(o.value(QLatin1String("when")), join(field, QStringLiteral("when")));
    }
    int kinds = 0;
    for (auto [key, kind] : {std::pair{"one", ShipmentsEntry::Kind::One}, std::pair{"each", ShipmentsEntry::Kind::Each}}) {
        if (!o.contains(QLatin1String(key)))
            continue;
        ++kinds;
        e.kind = kind;
        const QString f = join(field, QLatin1String(key));
        if (auto p = path(o.value(QLatin1String(key)), f)) {
            e.slot = slot(f, o.value(QLatin1String(key)).toString());
            e.path = std::move(*p);
        }
    }
    if (o.contains(QLatin1String("error"))) {
        ++kinds;
        e.kind = ShipmentsEntry::Kind::Report;
        const QString f = join(field, QStringLiteral("error"));
        const QJsonObject r = o.value(QLatin1String("error")).toObject();
        checkKeys(r, f, {"at", "code", "message", "notFoundWhen", "text", "dataBeside", "trackingNumber"});
        const QJsonArray beside = r.value(QLatin1String("dataBeside")).toArray();
        for (qsizetype i = 0; i < beside.size(); ++i) {
            if (auto p = path(beside.at(i), QStringLiteral("%1.dataBeside[%2]").arg(f).arg(i)))
                e.dataBeside.push_back(std::move(*p));
        }
        e.trackingNumber = text(r.value(QLatin1String("trackingNumber")), join(f, QStringLiteral("trackingNumber")));
        if (auto p = path(r.value(QLatin1String("at")).isUndefined() ? QJsonValue(QString()) : r.value(QLatin1String("at")),
                          join(f, QStringLiteral("at"))))
            e.path = std::move(*p);
        e.code = text(r.value(QLatin1String("code")), join(f, QStringLiteral("code")));
        e.message = text(r.value(QLatin1String("message")), join(f, QStringLiteral("message")));
        if (r.contains(QLatin1String("notFoundWhen"))) {
            e.hasNotFoundWhen = true;
            e.notFoundWhen = condition(r.value(QLatin1String("notFoundWhen")), join(f, QStringLiteral("notFoundWhen")));
        }
        e.errorText = r.value(QLatin1String("text")).toString(QStringLiteral("the carrier returned error {code}: {message}"));
    }
    if (kinds != 1)
        error(field, QStringLiteral("a shipments entry has one of \"one\", \"each\" or \"error\""));
    m_mapping->shipments.push_back(std::move(e));
}

void MappingCompiler::events(const QJsonValue &v, const QString &field)
{
    EventsSpec &e = m_mapping->shipment.events;
    if (!v.isObject()) {
        error(field, QStringLiteral("expected an events object, found %1").arg(typeName(v)));
        return;
    }
    const QJsonObject o = v.toObject();
    checkKeys(o, field, {"each", "listName", "object", "single", "expect", "description", "location", "time", "status"});
    e.list = paths(o.value(QLatin1String("each")), join(field, QStringLiteral("each")));
    if (e.list.isEmpty())
        error(field, QStringLiteral("\"each\" names the array of events"));
    e.listName = o.value(QLatin1String("listName")).toString(e.listName);
    e.objectName = o.value(QLatin1String("object")).toString(e.objectName);
    if (o.contains(QLatin1String("single"))) {
        const QString f = join(field, QStringLiteral("single"));
        if (auto p = path(o.value(QLatin1String("single")), f)) {
            const ConditionalScope conditional(m_conditional);
            e.hasSingle = true;
            e.singleSlot = slot(f, o.value(QLatin1String("single")).toString());
            e.single = std::move(*p);
        }
    }
    const QJsonArray expect = o.value(QLatin1String("expect")).toArray();
    for (qsizetype i = 0; i < expect.size(); ++i) {
        const QString f = QStringLiteral("%1.expect[%2]").arg(field).arg(i);
        const QJsonObject x = expect.at(i).toObject();
        checkKeys(x, f, {"path", "type", "what"});
        TypeCheck check;
        if (auto p = path(x.value(QLatin1String("path")), join(f, QStringLiteral("path")))) {
            check.slot = slot(join(f, QStringLiteral("path")), x.value(QLatin1String("path")).toString());
            check.path = std::move(*p);
        }
        const QStringList types = stringList(x.value(QLatin1String("type")));
        for (const QString &name : types) {
            if (const auto bit = typeBit(name))
                check.typeMask |= *bit;
            else
                error(join(f, QStringLiteral("type")), QStringLiteral("unknown type \"%1\"").arg(name));
        }
        check.what = x.value(QLatin1String("what")).toString(types.join(QStringLiteral(" or ")));
        e.expect.push_back(std::move(check));
    }
    e.description = text(o.value(QLatin1String("description")), join(field, QStringLiteral("description")));
    e.descriptionFirst = o.contains(QLatin1String("description")) && o.contains(QLatin1String("location"))
                         && offsetOf(join(field, QStringLiteral("description"))) < offsetOf(join(field, QStringLiteral("location")));
    e.location = location(o.value(QLatin1String("location")), join(field, QStringLiteral("location")));
    e.time = time(o.value(QLatin1String("time")), join(field, QStringLiteral("time")));
    if (!e.time.isSet() && !o.contains(QLatin1String("time")))
        error(field, QStringLiteral("\"time\" says where each event's time is"));
    if (o.contains(QLatin1String("status")))
        e.status = status(o.value(QLatin1String("status")), join(field, QStringLiteral("status")));
    else
        error(field, QStringLiteral("\"status\" maps the carrier's codes to sub-statuses"));
}

void MappingCompiler::summary(const QJsonValue &v, const QString &field)
{
    SummarySpec &s = m_mapping->shipment.summary;
    const QJsonObject o = v.toObject();
    checkKeys(o, field, {"object", "codes", "description", "at"});
    s.isSet = true;
    if (o.contains(QLatin1String("object"))) {
        if (auto p = path(o.value(QLatin1String("object")), join(field, QStringLiteral("object")))) {
            s.hasObject = true;
            s.object = std::move(*p);
        }
    }
    const QStringList &names = m_mapping->shipment.events.status.partNames;
    s.parts.resize(static_cast<std::size_t>(names.size()));
    const QJsonValue codes = o.value(QLatin1String("codes"));
    const QString cf = join(field, QStringLiteral("codes"));
    if (codes.isString() && names.size() == 1) {
        s.parts[0] = paths(codes, cf);
    } else if (codes.isObject()) {
        const QJsonObject c = codes.toObject();
        for (auto it = c.begin(); it != c.end(); ++it) {
            const int part = static_cast<int>(names.indexOf(it.key()));
            if (part < 0)
                error(join(cf, it.key()), QStringLiteral("\"%1\" is not one of the events' codes (%2)").arg(it.key(), names.join(QStringLiteral(", "))));
            else
                s.parts[static_cast<std::size_t>(part)] = paths(it.value(), join(cf, it.key()));
        }
    } else {
        error(cf, QStringLiteral("the summary's codes, named as the events' are"));
    }
    s.description = text(o.value(QLatin1String("description")), join(field, QStringLiteral("description")));
    s.at = paths(o.value(QLatin1String("at")), join(field, QStringLiteral("at")));
}

void MappingCompiler::shipment(const QJsonValue &v, const QString &field)
{
    ShipmentSpec &s = m_mapping->shipment;
    if (!v.isObject()) {
        error(field, QStringLiteral("expected a shipment object, found %1").arg(typeName(v)));
        return;
    }
    const QJsonObject o = v.toObject();
    checkKeys(o, field, {"object", "trackingNumber", "outcomes", "carrier", "carrierReference", "service",
                         "masterTrackingNumber", "pieceCount", "origin", "destination", "estimate", "signedBy",
                         "order", "events", "summary"});
    s.objectName = o.value(QLatin1String("object")).toString(s.objectName);
    s.trackingNumber = paths(o.value(QLatin1String("trackingNumber")), join(field, QStringLiteral("trackingNumber")));
    if (s.trackingNumber.isEmpty())
        error(field, QStringLiteral("\"trackingNumber\" says where the tracking number is"));
    const QJsonArray outcomes = o.value(QLatin1String("outcomes")).toArray();
    for (qsizetype i = 0; i < outcomes.size(); ++i)
        s.outcomes.push_back(outcome(outcomes.at(i), QStringLiteral("%1.outcomes[%2]").arg(field).arg(i)));
    s.carrier = text(o.value(QLatin1String("carrier")), join(field, QStringLiteral("carrier")));
    if (!s.carrier.isSet())
        error(field, QStringLiteral("\"carrier\" names the carrier: a path, or {\"value\": \"code\"}"));
    s.carrierReference = text(o.value(QLatin1String("carrierReference")), join(field, QStringLiteral("carrierReference")));
    s.service = text(o.value(QLatin1String("service")), join(field, QStringLiteral("service")));
    s.masterTrackingNumber = text(o.value(QLatin1String("masterTrackingNumber")), join(field, QStringLiteral("masterTrackingNumber")));
    s.pieceCount = paths(o.value(QLatin1String("pieceCount")), join(field, QStringLiteral("pieceCount")));
    s.origin = location(o.value(QLatin1String("origin")), join(field, QStringLiteral("origin")));
    s.destination = location(o.value(QLatin1String("destination")), join(field, QStringLiteral("destination")));
    // The estimate's sources are alternatives: a sample shows one of them.
    const int firstEstimateSlot = static_cast<int>(m_mapping->slotFields.size());
    const QJsonValue estimate = o.value(QLatin1String("estimate"));
    const QString ef = join(field, QStringLiteral("estimate"));
    if (estimate.isArray() && !estimate.toArray().isEmpty() && !estimate.toArray().at(0).isString()) {
        const QJsonArray array = estimate.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            s.estimate.push_back(time(array.at(i), QStringLiteral("%1[%2]").arg(ef).arg(i)));
    } else if (!estimate.isUndefined()) {
        s.estimate.push_back(time(estimate, ef));
    }
    for (std::size_t i = static_cast<std::size_t>(firstEstimateSlot); i < m_mapping->slotGroups.size(); ++i)
        m_mapping->slotGroups[i] = firstEstimateSlot;
    s.signedBy = text(o.value(QLatin1String("signedBy")), join(field, QStringLiteral("signedBy")));
    if (o.contains(QLatin1String("order"))) {
        const QString of = join(field, QStringLiteral("order"));
        const QJsonObject order = o.value(QLatin1String("order")).toObject();
        checkKeys(order, of, {"id", "customerName", "customerEmail", "customerPhone", "promisedDate"});
        s.order.orderId = text(order.value(QLatin1String("id")), join(of, QStringLiteral("id")));
        s.order.customerName = text(order.value(QLatin1String("customerName")), join(of, QStringLiteral("customerName")));
        s.order.customerEmail = text(order.value(QLatin1String("customerEmail")), join(of, QStringLiteral("customerEmail")));
        s.order.customerPhone = text(order.value(QLatin1String("customerPhone")), join(of, QStringLiteral("customerPhone")));
        s.order.promisedDate = paths(order.value(QLatin1String("promisedDate")), join(of, QStringLiteral("promisedDate")));
    }
    if (o.contains(QLatin1String("events")))
        events(o.value(QLatin1String("events")), join(field, QStringLiteral("events")));
    else
        error(field, QStringLiteral("\"events\" says where the events are and how to read them"));
    if (o.contains(QLatin1String("summary")))
        summary(o.value(QLatin1String("summary")), join(field, QStringLiteral("summary")));
}

void MappingCompiler::readTop(const QJsonObject &top)
{
    checkKeys(top, QString(), {"mapping", "format", "name", "conditions", "detect", "shipments", "shipment", "sample"});
    if (top.value(QLatin1String("mapping")).toInt(-1) != MappingVersion)
        error(QStringLiteral("mapping"), QStringLiteral("\"mapping\": %1 says which version of the format this file follows").arg(MappingVersion));
    m_mapping->formatId = top.value(QLatin1String("format")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (!idPattern.match(m_mapping->formatId).hasMatch())
        error(QStringLiteral("format"), QStringLiteral("the format id is lower-case letters, digits, '-' and '_' (\"acme-express\"), found \"%1\"").arg(m_mapping->formatId));
    m_mapping->name = top.value(QLatin1String("name")).toString();
    if (m_mapping->name.isEmpty())
        error(QStringLiteral("name"), QStringLiteral("a mapping needs a \"name\" (\"Acme Express tracking\")"));
    const QJsonObject named = top.value(QLatin1String("conditions")).toObject();
    for (auto it = named.begin(); it != named.end(); ++it)
        m_mapping->namedNames.append(it.key());
    for (auto it = named.begin(); it != named.end(); ++it)
        m_mapping->named.push_back(condition(it.value(), join(QStringLiteral("conditions"), it.key())));
    checkNamedCycles();
    if (top.contains(QLatin1String("detect")))
        m_mapping->detect = condition(top.value(QLatin1String("detect")), QStringLiteral("detect"));
    else
        error(QString(), QStringLiteral("\"detect\" says how to recognise the format"));
    const QJsonValue shipments = top.value(QLatin1String("shipments"));
    if (shipments.isArray()) {
        const QJsonArray array = shipments.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            shipmentsEntry(array.at(i), QStringLiteral("shipments[%1]").arg(i));
    } else if (shipments.isObject()) {
        shipmentsEntry(shipments, QStringLiteral("shipments"));
    } else {
        error(QString(), QStringLiteral("\"shipments\" says where the shipments are"));
    }
    if (top.contains(QLatin1String("shipment")))
        shipment(top.value(QLatin1String("shipment")), QStringLiteral("shipment"));
    else
        error(QString(), QStringLiteral("\"shipment\" says how to read a shipment"));
    if (top.contains(QLatin1String("sample"))) {
        const QJsonValue sample = top.value(QLatin1String("sample"));
        m_mapping->sampleField = QStringLiteral("sample");
        m_mapping->sample = sample.isObject() ? QJsonDocument(sample.toObject()).toJson(QJsonDocument::Compact)
                                              : QJsonDocument(sample.toArray()).toJson(QJsonDocument::Compact);
    }
}

} // namespace ct::mapping
