// SPDX-License-Identifier: MIT
#include "returnpolicy.h"

#include "json/jsonvalue.h"
#include "json/jsonwriter.h"
#include "json/parser.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>

namespace ct {

namespace {

constexpr int MaxDays = 3650;
constexpr qint64 MaxCents = 1'000'000'000'000LL;

const char *const WindowStarts[] = {"order", "fulfilment", "delivery"};
const char *const Effects[] = {"allow", "review", "refuse"};

// Reads one policy document, collecting every error with its path.
class PolicyReader final
{
public:
    QStringList errors;

    void fail(const json::Value &at, const QString &why)
    {
        const QString path = at.path();
        const bool root = path.isEmpty() || path.startsWith(QLatin1Char('('));
        errors << (root ? QStringLiteral("the policy") : path) + QStringLiteral(": ") + why;
    }
    void failMissing(const json::Value &parent, const char *key, const QString &why)
    {
        errors << parent.pathOf(key) + QStringLiteral(": ") + why;
    }

    // Only the named members may be present.
    bool members(const json::Value &object, std::initializer_list<const char *> known)
    {
        if (!object.isObject()) {
            fail(object, QStringLiteral("must be an object, not %1").arg(object.typeName()));
            return false;
        }
        for (const auto &member : object.members()) {
            const bool ok = std::any_of(known.begin(), known.end(),
                                        [&](const char *name) { return member.key == std::string_view(name); });
            if (!ok)
                fail(member.value, QStringLiteral("is not a setting of a return policy"));
        }
        return true;
    }

    void integer(const json::Value &v, int lo, int hi, int &out)
    {
        if (v.isMissing())
            return;
        const std::optional<double> d = v.isNumber() ? v.toDouble() : std::nullopt;
        if (!d || *d != std::floor(*d) || *d < lo || *d > hi) {
            fail(v, QStringLiteral("must be a whole number from %1 to %2").arg(lo).arg(hi));
            return;
        }
        out = static_cast<int>(*d);
    }

    void boolean(const json::Value &v, bool &out)
    {
        if (v.isMissing())
            return;
        if (!v.isBool()) {
            fail(v, QStringLiteral("must be true or false"));
            return;
        }
        out = *v.toBool();
    }

    template <size_t N> std::optional<int> choice(const json::Value &v, const char *const (&names)[N])
    {
        for (size_t i = 0; i < N; ++i)
            if (v.isString() && v.stringView() == std::string_view(names[i]))
                return static_cast<int>(i);
        QStringList quoted;
        for (const char *name : names)
            quoted << QLatin1Char('"') + QLatin1String(name) + QLatin1Char('"');
        fail(v, QStringLiteral("must be one of %1").arg(quoted.join(QStringLiteral(", "))));
        return std::nullopt;
    }

    // Lower-case, trimmed, non-empty strings; `what` names an element in messages.
    void strings(const json::Value &v, QStringList &out, const char *what)
    {
        if (v.isMissing())
            return;
        if (!v.isArray()) {
            fail(v, QStringLiteral("must be an array of %1").arg(QLatin1String(what)));
            return;
        }
        out.clear();
        for (const json::Value &e : v.elements()) {
            if (!e.isString() || e.toString().trimmed().isEmpty()) {
                fail(e, QStringLiteral("must be a non-empty string (%1)").arg(QLatin1String(what)));
                continue;
            }
            out << e.toString().trimmed().toLower();
        }
    }

    void categories(const json::Value &rule, QStringList &out)
    {
        const json::Value v = rule["categories"];
        if (v.isMissing()) {
            failMissing(rule, "categories", QStringLiteral("is required (a list of categories, or [\"*\"] for all)"));
            return;
        }
        strings(v, out, "category names");
        if (v.isArray() && out.isEmpty())
            fail(v, QStringLiteral("must name at least one category, or \"*\" for all"));
    }

    void amounts(const json::Value &v, QHash<QString, qint64> &out)
    {
        if (v.isMissing())
            return;
        if (!v.isObject()) {
            fail(v, QStringLiteral("must be an object of ISO 4217 currency codes to amounts in minor units"));
            return;
        }
        out.clear();
        for (const auto &member : v.members()) {
            const QString code = QString::fromUtf8(member.key.data(), static_cast<qsizetype>(member.key.size()));
            const bool iso = code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) {
                                 return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
                             });
            if (!iso) {
                fail(member.value, QStringLiteral("\"%1\" is not an ISO 4217 currency code such as \"USD\"").arg(code));
                continue;
            }
            const std::optional<double> d = member.value.isNumber() ? member.value.toDouble() : std::nullopt;
            if (!d || *d != std::floor(*d) || *d < 0 || *d > double(MaxCents)) {
                fail(member.value, QStringLiteral("must be a whole number of minor units (cents) from 0 to %1").arg(MaxCents));
                continue;
            }
            out.insert(code, static_cast<qint64>(*d));
        }
    }

    void window(const json::Value &v, ReturnWindowRule &out)
    {
        if (!members(v, {"categories", "days", "from"}))
            return;
        categories(v, out.categories);
        if (v["days"].isMissing())
            failMissing(v, "days", QStringLiteral("is required"));
        integer(v["days"], 1, MaxDays, out.days);
        if (!v["from"].isMissing())
            if (const auto from = choice(v["from"], WindowStarts))
                out.from = static_cast<WindowStart>(*from);
    }

    void condition(const json::Value &v, ConditionRule &out)
    {
        if (!members(v, {"categories", "worn", "opened", "tags_removed"}))
            return;
        categories(v, out.categories);
        auto effect = [&](const char *key, ConditionEffect &target) {
            if (!v[key].isMissing())
                if (const auto e = choice(v[key], Effects))
                    target = static_cast<ConditionEffect>(*e);
        };
        effect("worn", out.worn);
        effect("opened", out.opened);
        effect("tags_removed", out.tagsRemoved);
    }

    void serial(const json::Value &v, SerialReturnerRule &out)
    {
        if (v.isMissing() || !members(v, {"returns", "share_percent", "min_orders", "days"}))
            return;
        integer(v["returns"], 0, 1000, out.returns);
        integer(v["share_percent"], 0, 100, out.sharePercent);
        integer(v["min_orders"], 1, 1000, out.minOrders);
        integer(v["days"], 1, MaxDays, out.days);
    }

    void exchange(const json::Value &v, ExchangeFirstRule &out)
    {
        if (v.isMissing() || !members(v, {"reasons", "store_credit_bonus_percent"}))
            return;
        const json::Value reasons = v["reasons"];
        if (!reasons.isMissing()) {
            if (!reasons.isArray()) {
                fail(reasons, QStringLiteral("must be an array of return reasons"));
            } else {
                out.reasons.clear();
                for (const json::Value &e : reasons.elements()) {
                    const auto reason = e.isString() ? returnReasonFromCode(e.toString()) : std::nullopt;
                    if (!reason)
                        fail(e, QStringLiteral("is not a return reason (wrong_size, wrong_colour, damaged, "
                                               "not_as_described, changed_mind, late_delivery, wrong_item, "
                                               "defective, better_price_elsewhere)"));
                    else
                        out.reasons << *reason;
                }
            }
        }
        integer(v["store_credit_bonus_percent"], 0, 100, out.storeCreditBonusPercent);
    }

    void list(const json::Value &v, const char *what, auto &&each)
    {
        if (v.isMissing())
            return;
        if (!v.isArray()) {
            fail(v, QStringLiteral("must be an array of %1").arg(QLatin1String(what)));
            return;
        }
        for (const json::Value &e : v.elements())
            each(e);
    }
};

void writeStrings(json::Writer &out, const char *key, const QStringList &values)
{
    out.key(key).beginArray();
    for (const QString &v : values)
        out.value(v);
    out.endArray();
}

void writeAmounts(json::Writer &out, const char *key, const QHash<QString, qint64> &amounts)
{
    QStringList codes = amounts.keys();
    codes.sort();
    out.key(key).beginObject();
    for (const QString &code : std::as_const(codes)) {
        const QByteArray name = code.toLatin1();
        out.key(name.constData()).value(amounts.value(code));
    }
    out.endObject();
}

} // namespace

QString windowStartCode(WindowStart start)
{
    return QLatin1String(WindowStarts[static_cast<int>(start)]);
}

QString conditionEffectCode(ConditionEffect effect)
{
    return QLatin1String(Effects[static_cast<int>(effect)]);
}

ReturnPolicy ReturnPolicy::defaults()
{
    ReturnPolicy p;
    p.windows = {ReturnWindowRule{{QStringLiteral("*")}, 30, WindowStart::Delivery},
                 ReturnWindowRule{{QStringLiteral("apparel"), QStringLiteral("footwear")}, 45, WindowStart::Delivery}};
    p.graceDays = 3;
    p.finalSaleCategories = {QStringLiteral("clearance")};
    p.nonReturnableCategories = {QStringLiteral("gift_card")};
    p.conditions = {
        ConditionRule{{QStringLiteral("apparel"), QStringLiteral("footwear")}, ConditionEffect::Refuse,
                      ConditionEffect::Allow, ConditionEffect::Review},
        ConditionRule{{QStringLiteral("beauty")}, ConditionEffect::Allow, ConditionEffect::Refuse, ConditionEffect::Allow},
    };
    p.autoApproveBelowCents = {{QStringLiteral("USD"), 15000}, {QStringLiteral("EUR"), 14000},
                               {QStringLiteral("GBP"), 12000}, {QStringLiteral("INR"), 1000000}};
    p.reviewFromCents = {{QStringLiteral("USD"), 50000}, {QStringLiteral("EUR"), 46000},
                         {QStringLiteral("GBP"), 40000}, {QStringLiteral("INR"), 4000000}};
    return p;
}

QByteArray ReturnPolicy::toJson() const
{
    json::Writer out;
    out.beginObject();
    out.key("version").value(version);
    out.key("windows").beginArray();
    for (const ReturnWindowRule &w : windows) {
        out.beginObject();
        writeStrings(out, "categories", w.categories);
        out.key("days").value(w.days).key("from").value(windowStartCode(w.from));
        out.endObject();
    }
    out.endArray();
    out.key("grace_days").value(graceDays);
    writeStrings(out, "final_sale_categories", finalSaleCategories);
    writeStrings(out, "non_returnable_categories", nonReturnableCategories);
    out.key("conditions").beginArray();
    for (const ConditionRule &c : conditions) {
        out.beginObject();
        writeStrings(out, "categories", c.categories);
        out.key("worn").value(conditionEffectCode(c.worn));
        out.key("opened").value(conditionEffectCode(c.opened));
        out.key("tags_removed").value(conditionEffectCode(c.tagsRemoved));
        out.endObject();
    }
    out.endArray();
    writeAmounts(out, "auto_approve_below_cents", autoApproveBelowCents);
    writeAmounts(out, "review_from_cents", reviewFromCents);
    out.key("serial_returner").beginObject();
    out.key("returns").value(serialReturner.returns).key("share_percent").value(serialReturner.sharePercent);
    out.key("min_orders").value(serialReturner.minOrders).key("days").value(serialReturner.days);
    out.endObject();
    writeStrings(out, "blocklist", blocklist);
    writeStrings(out, "allowlist", allowlist);
    out.key("one_return_per_item").value(oneReturnPerItem);
    out.key("exchange_first").beginObject();
    out.key("reasons").beginArray();
    for (ReturnReason r : exchangeFirst.reasons)
        out.value(returnReasonCode(r));
    out.endArray();
    out.key("store_credit_bonus_percent").value(exchangeFirst.storeCreditBonusPercent);
    out.endObject();
    out.key("label_expiry_days").value(labelExpiryDays);
    out.endObject();
    return out.take();
}

QString ReturnPolicy::digest() const
{
    return QString::fromLatin1(QCryptographicHash::hash(toJson(), QCryptographicHash::Sha256).toHex().left(16));
}

std::optional<ReturnPolicy> ReturnPolicy::fromJson(QByteArrayView json, QString *error)
{
    json::Parser parser;
    json::Parser::Error parseError;
    const auto root = parser.parse(json.data(), json.size(), &parseError);
    if (!root) {
        if (error) {
            int line = 0, column = 0;
            json::lineAndColumn(json.data(), json.size(), parseError.offset, line, column);
            *error = parseError.offset < 0 ? QStringLiteral("not JSON: %1").arg(parseError.message)
                                           : QStringLiteral("not JSON at line %1, column %2: %3")
                                                 .arg(line).arg(column).arg(parseError.message);
        }
        return std::nullopt;
    }
    PolicyReader r;
    ReturnPolicy p;
    if (r.members(*root, {"version", "windows", "grace_days", "final_sale_categories", "non_returnable_categories",
                          "conditions", "auto_approve_below_cents", "review_from_cents", "serial_returner",
                          "blocklist", "allowlist", "one_return_per_item", "exchange_first", "label_expiry_days"})) {
        const json::Value &v = *root;
        if (v["version"].isMissing())
            r.failMissing(v, "version", QStringLiteral("is required (the policy's version number)"));
        r.integer(v["version"], 1, 1'000'000, p.version);
        if (!v["windows"].isMissing()) {
            p.windows.clear();
            r.list(v["windows"], "windows", [&](const json::Value &e) {
                ReturnWindowRule w;
                r.window(e, w);
                p.windows << w;
            });
            if (v["windows"].isArray() && p.windows.isEmpty())
                r.fail(v["windows"], QStringLiteral("must hold at least one window"));
        }
        r.integer(v["grace_days"], 0, 60, p.graceDays);
        r.strings(v["final_sale_categories"], p.finalSaleCategories, "category names");
        r.strings(v["non_returnable_categories"], p.nonReturnableCategories, "category names");
        if (!v["conditions"].isMissing()) {
            p.conditions.clear();
            r.list(v["conditions"], "condition rules", [&](const json::Value &e) {
                ConditionRule c;
                r.condition(e, c);
                p.conditions << c;
            });
        }
        r.amounts(v["auto_approve_below_cents"], p.autoApproveBelowCents);
        r.amounts(v["review_from_cents"], p.reviewFromCents);
        r.serial(v["serial_returner"], p.serialReturner);
        r.strings(v["blocklist"], p.blocklist, "e-mail addresses");
        r.strings(v["allowlist"], p.allowlist, "e-mail addresses");
        for (const QString &email : std::as_const(p.allowlist))
            if (p.blocklist.contains(email))
                r.fail(v["allowlist"], QStringLiteral("%1 is on both the blocklist and the allowlist").arg(email));
        r.boolean(v["one_return_per_item"], p.oneReturnPerItem);
        r.exchange(v["exchange_first"], p.exchangeFirst);
        r.integer(v["label_expiry_days"], 1, MaxLabelExpiryDays, p.labelExpiryDays);
    }
    if (!r.errors.isEmpty()) {
        if (error)
            *error = r.errors.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    return p;
}

} // namespace ct
