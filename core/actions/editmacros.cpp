// SPDX-License-Identifier: MIT
#include "editmacros.h"

#include "geo/carrierdeliverydays.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "templates/messagetemplates.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace ct {

namespace {

constexpr int MaxSteps = 10;
constexpr int MaxNameLength = 60;

const EditParam *paramOf(const EditOp &op, std::string_view name)
{
    for (const EditParam &param : op.params) {
        if (name == param.name)
            return &param;
    }
    return nullptr;
}

// "+3d" -> 3 with unit 'd'.
std::optional<std::pair<int, QChar>> offset(QStringView text)
{
    static const QRegularExpression Offset(QStringLiteral("^\\+([0-9]{1,3})([dh])$"));
    const auto match = Offset.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair{match.captured(1).toInt(), match.captured(2).at(0)};
}

QDate utcDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
}

QString instantText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

const QString DateTokens = QStringLiteral("today, tomorrow, +Nd (N days from today) or next_delivery_day");
const QString InstantTokens = QStringLiteral("+Nh (N hours from now) or +Nd (N days from now)");

} // namespace

QString MacroProblem::text() const
{
    return location.isEmpty() ? message : QStringLiteral("%1: %2").arg(location, message);
}

bool EditMacros::isRelativeDate(QStringView text)
{
    if (text == u"today" || text == u"tomorrow" || text == u"next_delivery_day")
        return true;
    const auto off = offset(text);
    return off && off->second == u'd' && off->first <= MaxRelativeDays;
}

bool EditMacros::isRelativeInstant(QStringView text)
{
    const auto off = offset(text);
    if (!off || off->first < 1)
        return false;
    return off->second == u'h' ? off->first <= EditCatalog::MaxSnoozeDays * 24 : off->first <= EditCatalog::MaxSnoozeDays;
}

std::optional<QByteArray> EditMacros::resolve(const MacroStep &step, qint64 nowMs, QDate today, QStringView carrier,
                                              QString *error)
{
    const EditOp *op = EditCatalog::find(EntityKind::Exception, step.op);
    const QByteArray params = step.params.isEmpty() ? QByteArrayLiteral("{}") : step.params;
    json::Parser parser;
    json::Parser::Error parseError;
    const auto parsed = parser.parse(params.constData(), params.size(), &parseError);
    if (!op || !parsed || !parsed->isObject()) {
        *error = !op ? QStringLiteral("\"%1\" is not an exception edit").arg(step.op)
                     : QStringLiteral("the parameters are not a JSON object");
        return std::nullopt;
    }
    // Never before the UTC date the catalog counts "the past" from.
    const QDate floor = utcDate(nowMs);
    const auto atLeastFloor = [&](QDate date) { return date < floor ? floor : date; };
    json::Writer out;
    out.beginObject();
    for (const auto &[key, value] : parsed->members()) {
        const std::string name(key);
        const EditParam *param = paramOf(*op, key);
        const QString text = value.toString();
        if (param && param->type == ParamType::Date && value.isString() && isRelativeDate(text)) {
            QDate date;
            if (text == u"today")
                date = atLeastFloor(today);
            else if (text == u"tomorrow")
                date = atLeastFloor(today.addDays(1));
            else if (text == u"next_delivery_day")
                date = geo::nextDeliveryDay(carrier, atLeastFloor(today.addDays(1)));
            else
                date = atLeastFloor(today.addDays(offset(text)->first));
            out.key(param->name).value(date.toString(Qt::ISODate));
        } else if (param && param->type == ParamType::Instant && value.isString() && isRelativeInstant(text)) {
            const auto [count, unit] = *offset(text);
            out.key(param->name).value(instantText(nowMs + qint64(count) * (unit == u'h' ? 3'600'000 : 86'400'000)));
        } else if (param) {
            out.key(param->name).raw(value.minified());
        } else {
            *error = QStringLiteral("\"%1\" is not a parameter of \"%2\"").arg(QString::fromStdString(name), step.op);
            return std::nullopt;
        }
    }
    out.endObject();
    return out.take();
}

QList<FieldError> EditMacros::checkStep(const MacroStep &step, qint64 nowMs)
{
    QList<FieldError> errors;
    const EditOp *op = EditCatalog::find(EntityKind::Exception, step.op);
    if (!op) {
        errors << FieldError{QStringLiteral("op"), QStringLiteral("\"%1\" is not an exception edit").arg(step.op)};
        return errors;
    }
    const QByteArray params = step.params.isEmpty() ? QByteArrayLiteral("{}") : step.params;
    json::Parser parser;
    json::Parser::Error parseError;
    const auto parsed = parser.parse(params.constData(), params.size(), &parseError);
    if (!parsed || !parsed->isObject()) {
        errors << FieldError{QStringLiteral("params"),
                             parsed ? QStringLiteral("must be a JSON object") : QStringLiteral("is not JSON: %1").arg(parseError.message)};
        return errors;
    }
    for (const auto &[key, value] : parsed->members()) {
        const EditParam *param = paramOf(*op, key);
        const QString field = QStringLiteral("params.") + QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
        if (!param) {
            errors << FieldError{field, QStringLiteral("is not a parameter of \"%1\"").arg(step.op)};
            continue;
        }
        if (param->type == ParamType::Date && !(value.isString() && isRelativeDate(value.toString())))
            errors << FieldError{field, QStringLiteral("must be relative in a macro: %1").arg(DateTokens)};
        if (param->type == ParamType::Instant && !(value.isString() && isRelativeInstant(value.toString())))
            errors << FieldError{field, QStringLiteral("must be relative in a macro: %1, at most %2 days ahead")
                                            .arg(InstantTokens).arg(EditCatalog::MaxSnoozeDays)};
    }
    if (!errors.isEmpty())
        return errors;
    QString error;
    const auto resolved = resolve(step, nowMs, utcDate(nowMs), QString(), &error);
    if (!resolved) {
        errors << FieldError{QStringLiteral("params"), error};
        return errors;
    }
    json::Parser resolvedParser;
    const auto values = resolvedParser.parse(resolved->constData(), resolved->size());
    for (const FieldError &e : EditCatalog::validate(*op, *values, nowMs))
        errors << FieldError{e.field.isEmpty() ? QStringLiteral("params") : QStringLiteral("params.") + e.field, e.detail};
    if (step.op == u"contact_customer" && errors.isEmpty()) {
        const auto message = MessageTemplates::find((*values)["template"].toString());
        const auto channel = messageChannelFromCode((*values)["channel"].toString());
        if (!message)
            errors << FieldError{QStringLiteral("params.template"),
                                 QStringLiteral("\"%1\" is not a message template").arg((*values)["template"].toString())};
        else if (channel && message->channel != *channel)
            errors << FieldError{QStringLiteral("params.template"),
                                 QStringLiteral("\"%1\" is a %2 template, not %3")
                                     .arg(message->id, messageChannelLabel(message->channel), messageChannelLabel(*channel))};
    }
    return errors;
}

QList<FieldError> EditMacros::check(const EditMacro &macro, const QList<EditMacro> &others, qint64 nowMs)
{
    QList<FieldError> errors;
    const QString name = macro.name.trimmed();
    if (name.isEmpty() || name.size() > MaxNameLength)
        errors << FieldError{QStringLiteral("name"), QStringLiteral("must be 1 to %1 characters long").arg(MaxNameLength)};
    if (macro.slot < 0 || macro.slot > MaxSlots)
        errors << FieldError{QStringLiteral("slot"), QStringLiteral("must be 1 to %1 (Ctrl+Alt+1..%1), or 0 for none").arg(MaxSlots)};
    for (const EditMacro &other : others) {
        if (!name.isEmpty() && other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            errors << FieldError{QStringLiteral("name"), QStringLiteral("another macro is called \"%1\"").arg(other.name)};
        if (macro.slot > 0 && other.slot == macro.slot)
            errors << FieldError{QStringLiteral("slot"),
                                 QStringLiteral("Ctrl+Alt+%1 already runs \"%2\"").arg(macro.slot).arg(other.name)};
    }
    if (macro.steps.isEmpty() || macro.steps.size() > MaxSteps)
        errors << FieldError{QStringLiteral("steps"), QStringLiteral("must be 1 to %1 actions").arg(MaxSteps)};
    for (int i = 0; i < macro.steps.size(); ++i) {
        for (const FieldError &e : checkStep(macro.steps.at(i), nowMs))
            errors << FieldError{QStringLiteral("steps[%1].%2").arg(i).arg(e.field), e.detail};
    }
    return errors;
}

EditMacros::Loaded EditMacros::fromJson(const QByteArray &json, qint64 nowMs)
{
    Loaded loaded;
    json::Parser parser;
    json::Parser::Error parseError;
    const auto root = parser.parse(json.constData(), json.size(), &parseError);
    if (!root || !(*root)["macros"].isArray()) {
        MacroProblem problem;
        problem.raw = json;
        if (!root) {
            int line = 0;
            int column = 0;
            if (parseError.offset >= 0)
                json::lineAndColumn(json.constData(), json.size(), parseError.offset, line, column);
            problem.location = QStringLiteral("line %1, column %2").arg(line).arg(column);
            problem.message = QStringLiteral("the saved macros are not JSON: %1").arg(parseError.message);
        } else {
            problem.location = QStringLiteral("macros");
            problem.message = QStringLiteral("expected an array of macros, found %1").arg((*root)["macros"].typeName());
        }
        loaded.problems << problem;
        return loaded;
    }
    int index = 0;
    for (const json::Value &entry : (*root)["macros"].elements()) {
        EditMacro macro;
        MacroProblem problem{index, entry["name"].toString(), QString(), QString(), entry.minified()};
        const auto fail = [&](const QString &where, const QString &message) {
            if (problem.message.isEmpty()) {
                problem.location = where;
                problem.message = message;
            }
        };
        if (!entry.isObject())
            fail(entry.path(), QStringLiteral("expected a macro object, found %1").arg(entry.typeName()));
        macro.name = entry["name"].toString();
        if (!entry["name"].isString())
            fail(entry.pathOf("name"), QStringLiteral("is required: the macro's name"));
        if (!entry["slot"].isAbsent()) {
            const auto slot = entry["slot"].isNumber() ? entry["slot"].toInt() : std::nullopt;
            if (!slot)
                fail(entry.pathOf("slot"), QStringLiteral("must be a number from 0 to %1").arg(MaxSlots));
            macro.slot = static_cast<int>(slot.value_or(0));
        }
        if (!entry["steps"].isArray())
            fail(entry.pathOf("steps"), QStringLiteral("is required: an array of actions"));
        for (const json::Value &step : entry["steps"].elements()) {
            if (!step["op"].isString())
                fail(step.pathOf("op"), QStringLiteral("is required: the name of an exception edit"));
            if (!step["params"].isAbsent() && !step["params"].isObject())
                fail(step.pathOf("params"), QStringLiteral("must be an object"));
            macro.steps << MacroStep{step["op"].toString(), step["params"].isObject() ? step["params"].minified()
                                                                                      : QByteArrayLiteral("{}")};
        }
        if (problem.message.isEmpty()) {
            const QList<FieldError> errors = check(macro, loaded.macros, nowMs);
            if (!errors.isEmpty())
                fail(QStringLiteral("%1.%2").arg(entry.path(), errors.first().field), errors.first().detail);
        }
        if (problem.message.isEmpty())
            loaded.macros << macro;
        else
            loaded.problems << problem;
        ++index;
    }
    return loaded;
}

QByteArray EditMacros::toJson(const QList<EditMacro> &macros, const QList<QByteArray> &kept)
{
    json::Writer out;
    out.beginObject().key("macros").beginArray();
    for (const EditMacro &macro : macros) {
        out.beginObject().key("name").value(macro.name);
        if (macro.slot > 0)
            out.key("slot").value(macro.slot);
        out.key("steps").beginArray();
        for (const MacroStep &step : macro.steps) {
            out.beginObject().key("op").value(step.op);
            if (!step.params.isEmpty() && step.params != "{}")
                out.key("params").raw(step.params);
            out.endObject();
        }
        out.endArray().endObject();
    }
    for (const QByteArray &raw : kept)
        out.raw(raw);
    out.endArray().endObject();
    return out.take();
}

QList<EditMacro> EditMacros::defaults()
{
    return {
        {QStringLiteral("Missed delivery: note, re-attempt, SMS"), 1,
         {{QStringLiteral("note"), R"({"text":"Customer not reached at the attempt; re-attempt requested, customer told by SMS."})"},
          {QStringLiteral("reattempt"), R"({"date":"next_delivery_day"})"},
          {QStringLiteral("contact_customer"), R"({"template":"ndr_missed_sms","channel":"sms"})"}}},
        {QStringLiteral("Address problem: ask the customer, wait a day"), 2,
         {{QStringLiteral("contact_customer"), R"({"template":"address_check_email","channel":"email"})"},
          {QStringLiteral("snooze"), R"({"until":"+1d","note":"Waiting for the customer's address"})"}}},
        {QStringLiteral("Delay: apologise by e-mail"), 3,
         {{QStringLiteral("contact_customer"), R"({"template":"delay_apology_email","channel":"email"})"},
          {QStringLiteral("note"), R"({"text":"Customer told of the delay and the new date."})"}}},
    };
}

} // namespace ct
