// SPDX-License-Identifier: MIT
#include "assignmentrules.h"

#include "domain/carriers.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "teamsettings/settingsreader.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace ct {

namespace {

const char *const UnmatchedCodes[] = {"round_robin", "leave_unassigned"};

// The team server's user names (server/auth), so a roster name is a user's name; "rules"
// is the rules engine's own name in exception histories.
const QRegularExpression &agentNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern;
}

const QRegularExpression &ruleIdPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    return pattern;
}

QString quotedCodes(auto codes)
{
    QStringList quoted;
    for (const QString &code : codes)
        quoted << QLatin1Char('"') + code + QLatin1Char('"');
    return quoted.join(QStringLiteral(", "));
}

// Reads the document into AssignmentRules, every error with its path.
class RulesReader final
{
public:
    SettingsReader r;
    AssignmentRules out;

    void read(const json::Value &root)
    {
        if (!r.object(root, {"enabled", "time_zone", "default_daily_cap", "otherwise", "agents", "teams", "rules"},
                      QStringLiteral("the assignment rules")))
            return;
        out.enabled = r.boolean(root["enabled"]).value_or(true);
        if (!root["time_zone"].isMissing())
            out.timeZone = timeZone(root["time_zone"]).value_or(out.timeZone);
        out.defaultDailyCap = cap(root["default_daily_cap"]);
        if (!root["otherwise"].isMissing()) {
            const json::Value v = root["otherwise"];
            if (v.isString() && v.stringView() == "round_robin")
                out.otherwise = UnmatchedPolicy::RoundRobin;
            else if (v.isString() && v.stringView() == "leave_unassigned")
                out.otherwise = UnmatchedPolicy::LeaveUnassigned;
            else
                r.fail(v, QStringLiteral("must be \"round_robin\" or \"leave_unassigned\""));
        }
        r.list(root["agents"], QStringLiteral("agents"), [&](const json::Value &e) { agent(e); });
        if (out.agents.size() > AssignmentRules::MaxAgents)
            r.fail(root["agents"], QStringLiteral("may list at most %1 agents").arg(AssignmentRules::MaxAgents));
        r.list(root["teams"], QStringLiteral("teams"), [&](const json::Value &e) { team(e); });
        r.list(root["rules"], QStringLiteral("rules"), [&](const json::Value &e) { rule(e); });
        if (out.rules.size() > AssignmentRules::MaxRules)
            r.fail(root["rules"], QStringLiteral("may hold at most %1 rules").arg(AssignmentRules::MaxRules));
    }

private:
    QSet<QString> m_agentKeys; // lower case
    QSet<QString> m_teamKeys;
    QSet<QString> m_ruleIds;

    std::optional<QString> timeZone(const json::Value &v)
    {
        const QString id = v.isString() ? v.toString().trimmed() : QString();
        if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id.toLatin1())) {
            r.fail(v, QStringLiteral("must be an IANA time zone such as \"Asia/Kolkata\" or \"UTC\""));
            return std::nullopt;
        }
        return id;
    }

    std::optional<int> cap(const json::Value &v)
    {
        if (v.isAbsent())
            return std::nullopt; // null: no cap
        return r.integer(v, 1, AssignmentRules::MaxCap);
    }

    // A roster agent's name; `what` says where it is referred to from.
    bool knownAgent(const json::Value &v, QString *name)
    {
        *name = v.isString() ? v.toString().trimmed() : QString();
        if (!m_agentKeys.contains(name->toLower())) {
            r.fail(v, v.isString() ? QStringLiteral("\"%1\" is not one of the agents").arg(*name)
                                   : QStringLiteral("must be the name of one of the agents"));
            return false;
        }
        return true;
    }

    void agent(const json::Value &v)
    {
        if (!r.object(v, {"name", "active", "daily_cap", "time_zone"}, QStringLiteral("an agent")))
            return;
        AssignmentAgent a;
        const json::Value name = v["name"];
        a.name = name.isString() ? name.toString().trimmed() : QString();
        if (name.isMissing()) {
            r.failMissing(v, "name", QStringLiteral("is required (the agent's user name)"));
        } else if (!agentNamePattern().match(a.name).hasMatch()) {
            r.fail(name, QStringLiteral("must be a user name: 1 to 64 letters, digits, '.', '_', '@' or '-'"));
        } else if (a.name.compare(QLatin1String("rules"), Qt::CaseInsensitive) == 0) {
            r.fail(name, QStringLiteral("\"rules\" is the rules engine's own name"));
        } else if (m_agentKeys.contains(a.name.toLower())) {
            r.fail(name, QStringLiteral("\"%1\" is listed twice").arg(a.name));
        } else {
            m_agentKeys.insert(a.name.toLower());
        }
        a.active = r.boolean(v["active"]).value_or(true);
        a.dailyCap = cap(v["daily_cap"]);
        if (!v["time_zone"].isAbsent())
            a.timeZone = timeZone(v["time_zone"]).value_or(QString());
        out.agents << a;
    }

    void team(const json::Value &v)
    {
        if (!r.object(v, {"name", "agents"}, QStringLiteral("a team")))
            return;
        AssignmentTeam t;
        if (v["name"].isMissing())
            r.failMissing(v, "name", QStringLiteral("is required"));
        t.name = r.text(v["name"], 64).value_or(QString());
        if (!t.name.isEmpty() && m_teamKeys.contains(t.name.toLower()))
            r.fail(v["name"], QStringLiteral("\"%1\" is listed twice").arg(t.name));
        m_teamKeys.insert(t.name.toLower());
        members(v, t.agents);
        out.teams << t;
    }

    // A rule's or a team's "agents": roster names, at least one, each once.
    void members(const json::Value &owner, QStringList &names)
    {
        const json::Value list = owner["agents"];
        if (list.isMissing()) {
            r.failMissing(owner, "agents", QStringLiteral("is required (a list of agents)"));
            return;
        }
        r.list(list, QStringLiteral("agents' names"), [&](const json::Value &e) {
            QString name;
            if (knownAgent(e, &name) && !names.contains(name, Qt::CaseInsensitive))
                names << out.agent(name)->name;
        });
        if (list.isArray() && list.size() == 0)
            r.fail(list, QStringLiteral("must name at least one agent"));
    }

    void rule(const json::Value &v)
    {
        if (!r.object(v, {"id", "name", "enabled", "when", "assign_to"}, QStringLiteral("a rule")))
            return;
        AssignmentRule rule;
        const json::Value id = v["id"];
        rule.id = id.isString() ? id.toString() : QString();
        if (id.isMissing())
            r.failMissing(v, "id", QStringLiteral("is required (a stable id such as \"cod-ndr\")"));
        else if (!ruleIdPattern().match(rule.id).hasMatch())
            r.fail(id, QStringLiteral("must be 1 to 64 lower-case letters, digits, '-' or '_'"));
        else if (m_ruleIds.contains(rule.id))
            r.fail(id, QStringLiteral("\"%1\" is the id of an earlier rule").arg(rule.id));
        m_ruleIds.insert(rule.id);
        rule.name = r.text(v["name"], 100).value_or(rule.id);
        rule.enabled = r.boolean(v["enabled"]).value_or(true);
        if (!v["when"].isMissing())
            condition(v["when"], rule.when);
        const json::Value to = v["assign_to"];
        if (to.isMissing()) {
            r.failMissing(v, "assign_to", QStringLiteral("is required: {\"agents\": [...]} or {\"team\": \"...\"}"));
        } else if (r.object(to, {"agents", "team"}, QStringLiteral("a rule's assign_to"))) {
            if (to["agents"].isMissing() == to["team"].isMissing()) {
                r.fail(to, QStringLiteral("must name either \"agents\" or a \"team\""));
            } else if (!to["team"].isMissing()) {
                const QString team = to["team"].isString() ? to["team"].toString().trimmed() : QString();
                if (const AssignmentTeam *t = out.team(team))
                    rule.team = t->name;
                else
                    r.fail(to["team"], to["team"].isString() ? QStringLiteral("\"%1\" is not one of the teams").arg(team)
                                                             : QStringLiteral("must be the name of one of the teams"));
            } else {
                members(to, rule.agents);
            }
        }
        out.rules << rule;
    }

    void condition(const json::Value &v, AssignmentCondition &c)
    {
        if (!r.object(v, {"types", "ndr_reasons", "carriers", "payment_modes", "attempts"}, QStringLiteral("a rule's condition")))
            return;
        r.list(v["types"], QStringLiteral("exception types"), [&](const json::Value &e) {
            const auto type = e.isString() ? exceptionTypeFromCode(e.toString()) : std::nullopt;
            if (!type) {
                QStringList codes;
                for (ExceptionType t : AllExceptionTypes)
                    codes << exceptionTypeCode(t);
                r.fail(e, QStringLiteral("must be an exception type: %1").arg(quotedCodes(codes)));
            } else if (!c.types.contains(*type)) {
                c.types << *type;
            }
        });
        r.list(v["ndr_reasons"], QStringLiteral("NDR reasons"), [&](const json::Value &e) {
            const auto reason = e.isString() && !e.toString().isEmpty() ? ndrReasonFromCode(e.toString()) : std::nullopt;
            if (!reason) {
                QStringList codes;
                for (int i = 1; i < NdrReasonCount; ++i)
                    codes << ndrReasonCode(static_cast<NdrReason>(i));
                r.fail(e, QStringLiteral("must be an NDR reason: %1").arg(quotedCodes(codes)));
            } else if (!c.ndrReasons.contains(*reason)) {
                c.ndrReasons << *reason;
            }
        });
        r.list(v["carriers"], QStringLiteral("carrier codes"), [&](const json::Value &e) {
            const QString code = e.isString() ? canonicalCarrierCode(e.toString().trimmed()) : QString();
            if (code.isEmpty())
                r.fail(e, QStringLiteral("must be a carrier code such as \"ups\" or \"delhivery\""));
            else if (!c.carriers.contains(code))
                c.carriers << code;
        });
        r.list(v["payment_modes"], QStringLiteral("payment modes"), [&](const json::Value &e) {
            const auto mode = e.isString() ? paymentModeFromCode(e.toString()) : std::nullopt;
            if (!mode)
                r.fail(e, QStringLiteral("must be \"prepaid\", \"cod\" or \"unknown\""));
            else if (!c.paymentModes.contains(*mode))
                c.paymentModes << *mode;
        });
        const json::Value attempts = v["attempts"];
        if (!attempts.isMissing() && r.object(attempts, {"min", "max"}, QStringLiteral("a rule's attempts"))) {
            c.minAttempts = r.integer(attempts["min"], 0, AssignmentRules::MaxAttempts);
            c.maxAttempts = r.integer(attempts["max"], 0, AssignmentRules::MaxAttempts);
            if (c.minAttempts && c.maxAttempts && *c.maxAttempts < *c.minAttempts)
                r.fail(attempts["max"], QStringLiteral("must not be less than min (%1)").arg(*c.minAttempts));
            if (attempts["min"].isMissing() && attempts["max"].isMissing())
                r.fail(attempts, QStringLiteral("must give min, max or both"));
        }
    }
};

void writeCodes(json::Writer &out, const char *key, const QStringList &codes)
{
    if (codes.isEmpty())
        return;
    out.key(key).beginArray();
    for (const QString &code : codes)
        out.value(code);
    out.endArray();
}

template <typename T, typename Code> QStringList codesOf(const QList<T> &values, Code code)
{
    QStringList codes;
    for (const T &v : values)
        codes << code(v);
    return codes;
}

} // namespace

bool AssignmentCondition::matches(const AssignmentSubject &s) const
{
    return (types.isEmpty() || types.contains(s.type)) && (ndrReasons.isEmpty() || ndrReasons.contains(s.reason))
        && (carriers.isEmpty() || carriers.contains(s.carrier)) && (paymentModes.isEmpty() || paymentModes.contains(s.paymentMode))
        && (!minAttempts || s.attempts >= *minAttempts) && (!maxAttempts || s.attempts <= *maxAttempts);
}

QString unmatchedPolicyCode(UnmatchedPolicy policy)
{
    return QLatin1String(UnmatchedCodes[static_cast<int>(policy)]);
}

const AssignmentAgent *AssignmentRules::agent(QStringView name) const
{
    for (const AssignmentAgent &a : agents)
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}

const AssignmentTeam *AssignmentRules::team(QStringView name) const
{
    for (const AssignmentTeam &t : teams)
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return &t;
    return nullptr;
}

QStringList AssignmentRules::poolOf(const AssignmentRule &rule) const
{
    if (rule.team.isEmpty())
        return rule.agents;
    const AssignmentTeam *t = team(rule.team);
    return t ? t->agents : QStringList();
}

QStringList AssignmentRules::everyone() const
{
    QStringList names;
    for (const AssignmentAgent &a : agents)
        names << a.name;
    return names;
}

std::optional<int> AssignmentRules::capOf(const AssignmentAgent &a) const
{
    return a.dailyCap ? a.dailyCap : defaultDailyCap;
}

QString AssignmentRules::timeZoneOf(const AssignmentAgent &a) const
{
    return a.timeZone.isEmpty() ? timeZone : a.timeZone;
}

const AssignmentRule *AssignmentRules::firstMatch(const AssignmentSubject &subject) const
{
    for (const AssignmentRule &rule : rules)
        if (rule.enabled && rule.when.matches(subject))
            return &rule;
    return nullptr;
}

QByteArray AssignmentRules::toJson() const
{
    json::Writer out;
    out.beginObject();
    out.key("enabled").value(enabled);
    out.key("time_zone").value(timeZone);
    if (defaultDailyCap)
        out.key("default_daily_cap").value(*defaultDailyCap);
    out.key("otherwise").value(unmatchedPolicyCode(otherwise));
    out.key("agents").beginArray();
    for (const AssignmentAgent &a : agents) {
        out.beginObject().key("name").value(a.name).key("active").value(a.active);
        if (a.dailyCap)
            out.key("daily_cap").value(*a.dailyCap);
        if (!a.timeZone.isEmpty())
            out.key("time_zone").value(a.timeZone);
        out.endObject();
    }
    out.endArray();
    out.key("teams").beginArray();
    for (const AssignmentTeam &t : teams) {
        out.beginObject().key("name").value(t.name);
        out.key("agents").beginArray();
        for (const QString &name : t.agents)
            out.value(name);
        out.endArray().endObject();
    }
    out.endArray();
    out.key("rules").beginArray();
    for (const AssignmentRule &rule : rules) {
        out.beginObject().key("id").value(rule.id).key("name").value(rule.name).key("enabled").value(rule.enabled);
        const AssignmentCondition &c = rule.when;
        out.key("when").beginObject();
        writeCodes(out, "types", codesOf(c.types, exceptionTypeCode));
        writeCodes(out, "ndr_reasons", codesOf(c.ndrReasons, ndrReasonCode));
        writeCodes(out, "carriers", c.carriers);
        writeCodes(out, "payment_modes", codesOf(c.paymentModes, paymentModeCode));
        if (c.minAttempts || c.maxAttempts) {
            out.key("attempts").beginObject();
            if (c.minAttempts)
                out.key("min").value(*c.minAttempts);
            if (c.maxAttempts)
                out.key("max").value(*c.maxAttempts);
            out.endObject();
        }
        out.endObject();
        out.key("assign_to").beginObject();
        if (rule.team.isEmpty()) {
            out.key("agents").beginArray();
            for (const QString &name : rule.agents)
                out.value(name);
            out.endArray();
        } else {
            out.key("team").value(rule.team);
        }
        out.endObject().endObject();
    }
    out.endArray();
    out.endObject();
    return out.take();
}

std::optional<AssignmentRules> AssignmentRules::fromJson(QByteArrayView json, QList<FieldError> *errors)
{
    json::Parser parser;
    RulesReader reader;
    if (const std::optional<json::Value> root = reader.r.parseObject(parser, json))
        reader.read(*root);
    if (!reader.r.ok()) {
        if (errors)
            *errors = reader.r.errors();
        return std::nullopt;
    }
    return reader.out;
}

} // namespace ct
