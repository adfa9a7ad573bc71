// SPDX-License-Identifier: MIT
#include "allocationpolicy.h"

#include "json/jsonwriter.h"
#include "json/parser.h"
#include "teamsettings/settingsreader.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace ct {

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    return pattern;
}

const QRegularExpression &carrierPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,31}$"));
    return pattern;
}

QString decimalKilograms(qint64 grams)
{
    QString text = kilogramsText(grams);
    text.chop(3); // " kg"
    return text;
}

// Reads the document into an AllocationPolicy, every error with its path.
class PolicyReader final
{
public:
    SettingsReader r;
    AllocationPolicy out;

    void read(const json::Value &root)
    {
        if (!r.object(root, {"version", "time_zone", "scorecard", "weights", "carriers", "rules", "splits", "caps"},
                      QStringLiteral("the allocation policy")))
            return;
        if (root["version"].isMissing())
            r.failMissing(root, "version", QStringLiteral("is required (the policy's version number)"));
        out.version = r.integer(root["version"], 1, 1'000'000).value_or(1);
        if (!root["time_zone"].isMissing()) {
            const json::Value v = root["time_zone"];
            const QString id = v.isString() ? v.toString().trimmed() : QString();
            if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id.toLatin1()))
                r.fail(v, QStringLiteral("must be an IANA time zone such as \"Asia/Kolkata\" or \"UTC\""));
            else
                out.timeZone = id;
        }
        const json::Value card = root["scorecard"];
        if (!card.isMissing() && r.object(card, {"days", "min_shipments"}, QStringLiteral("the scorecard"))) {
            out.scorecardDays = r.integer(card["days"], 7, 730).value_or(out.scorecardDays);
            out.minShipments = r.integer(card["min_shipments"], 1, 100000).value_or(out.minShipments);
        }
        weights(root["weights"]);
        r.list(root["carriers"], QStringLiteral("carrier services"), [&](const json::Value &e) { carrier(e); });
        if (out.carriers.size() > AllocationPolicy::MaxCarriers)
            r.fail(root["carriers"], QStringLiteral("may list at most %1 carrier services").arg(AllocationPolicy::MaxCarriers));
        r.list(root["rules"], QStringLiteral("rules"), [&](const json::Value &e) { rule(e); });
        if (out.rules.size() > AllocationPolicy::MaxRules)
            r.fail(root["rules"], QStringLiteral("may hold at most %1 rules").arg(AllocationPolicy::MaxRules));
        r.list(root["splits"], QStringLiteral("splits"), [&](const json::Value &e) { split(e); });
        r.list(root["caps"], QStringLiteral("caps"), [&](const json::Value &e) { cap(e); });
    }

private:
    QSet<QString> m_ids;
    QSet<QString> m_capped;

    void weights(const json::Value &v)
    {
        if (v.isMissing())
            return;
        if (!r.object(v, {"on_time", "first_attempt", "ndr", "rto", "damage_loss", "transit_p50", "cost"},
                      QStringLiteral("the score weights")))
            return;
        AllocationWeights &w = out.weights;
        w.onTime = r.integer(v["on_time"], 0, 100).value_or(w.onTime);
        w.firstAttempt = r.integer(v["first_attempt"], 0, 100).value_or(w.firstAttempt);
        w.ndr = r.integer(v["ndr"], 0, 100).value_or(w.ndr);
        w.rto = r.integer(v["rto"], 0, 100).value_or(w.rto);
        w.damageLoss = r.integer(v["damage_loss"], 0, 100).value_or(w.damageLoss);
        w.transit = r.integer(v["transit_p50"], 0, 100).value_or(w.transit);
        w.cost = r.integer(v["cost"], 0, 100).value_or(w.cost);
        if (w.total() == 0)
            r.fail(v, QStringLiteral("must give at least one term a weight above 0"));
    }

    QList<PostalPattern> places(const json::Value &v, bool codes)
    {
        QList<PostalPattern> list;
        r.list(v, codes ? QStringLiteral("postal codes (\"IN:110099\", \"IN:1100*\")")
                        : QStringLiteral("places (\"IN\", \"IN:11\")"),
               [&](const json::Value &e) {
                   QString error;
                   const std::optional<PostalPattern> p =
                       e.isString() ? PostalPattern::parse(e.toString(), codes, &error) : std::nullopt;
                   if (p)
                       list << *p;
                   else
                       r.fail(e, e.isString() ? error : QStringLiteral("must be a text such as \"IN:11\""));
               });
        return list;
    }

    std::optional<qint64> weight(const json::Value &v)
    {
        if (v.isAbsent())
            return std::nullopt;
        const std::optional<qint64> grams = v.isNumber() ? gramsFromKilograms(v.toString()) : std::nullopt;
        if (!grams)
            r.fail(v, QStringLiteral("must be a weight in kilograms above 0, with at most 3 decimals"));
        return grams;
    }

    std::optional<Money> money(const json::Value &v)
    {
        if (v.isMissing())
            return std::nullopt;
        if (!r.object(v, {"amount", "currency"}, QStringLiteral("an amount")))
            return std::nullopt;
        if (v["amount"].isMissing() || v["currency"].isMissing()) {
            r.fail(v, QStringLiteral("needs an \"amount\" (\"2500.00\") and a \"currency\" (\"INR\")"));
            return std::nullopt;
        }
        const json::Value amount = v["amount"];
        if (!amount.isString() && !amount.isNumber()) {
            r.fail(amount, QStringLiteral("must be a decimal amount such as \"2500.00\""));
            return std::nullopt;
        }
        QString error;
        const std::optional<Money> m = Money::parse(amount.toString(), v["currency"].toString(), &error);
        if (!m)
            r.fail(error.contains(QLatin1String("currency code")) ? v["currency"] : amount, error);
        return m;
    }

    std::optional<CarrierServiceRef> ref(const json::Value &v, bool mustBeListed)
    {
        const QString text = v.isString() ? v.toString().trimmed() : QString();
        const qsizetype slash = text.indexOf(QLatin1Char('/'));
        CarrierServiceRef ref{slash < 0 ? text : text.left(slash), slash < 0 ? QString() : text.mid(slash + 1)};
        if (!carrierPattern().match(ref.carrier).hasMatch() || (slash >= 0 && ref.service.isEmpty())) {
            r.fail(v, QStringLiteral("must name a carrier (\"delhivery\") or a carrier's service (\"delhivery/Surface\")"));
            return std::nullopt;
        }
        if (mustBeListed) {
            const bool listed = std::any_of(out.carriers.cbegin(), out.carriers.cend(), [&](const AllocationCarrier &c) {
                return ref.matches(c.carrier, c.service);
            });
            if (!listed) {
                r.fail(v, QStringLiteral("\"%1\" is not one of the policy's carriers").arg(text));
                return std::nullopt;
            }
        }
        return ref;
    }

    void carrier(const json::Value &v)
    {
        if (!r.object(v, {"carrier", "service", "origins", "destinations", "blocklist", "cod", "max_weight_kg", "max_value"},
                      QStringLiteral("a carrier service")))
            return;
        AllocationCarrier c;
        if (v["carrier"].isMissing())
            r.failMissing(v, "carrier", QStringLiteral("is required (the carrier's code, \"delhivery\")"));
        else if (!v["carrier"].isString() || !carrierPattern().match(v["carrier"].toString()).hasMatch())
            r.fail(v["carrier"], QStringLiteral("must be a carrier code: lower-case letters, digits, '_' or '-'"));
        else
            c.carrier = v["carrier"].toString();
        if (v["service"].isMissing())
            r.failMissing(v, "service", QStringLiteral("is required (the service as the carrier names it, \"Surface\")"));
        c.service = r.text(v["service"], 64).value_or(QString());
        if (!c.carrier.isEmpty() && !c.service.isEmpty()) {
            const QString key = c.text();
            if (m_ids.contains(QStringLiteral("carrier:") + key))
                r.fail(v["service"], QStringLiteral("%1 is listed twice").arg(key));
            m_ids.insert(QStringLiteral("carrier:") + key);
        }
        c.origins = places(v["origins"], false);
        c.destinations = places(v["destinations"], false);
        c.blocklist = places(v["blocklist"], true);
        c.cod = r.boolean(v["cod"]).value_or(false);
        c.maxWeightGrams = weight(v["max_weight_kg"]);
        r.list(v["max_value"], QStringLiteral("amounts, one per currency"), [&](const json::Value &e) {
            if (const std::optional<Money> m = money(e)) {
                const bool again = std::any_of(c.maxValues.cbegin(), c.maxValues.cend(),
                                               [&](const Money &other) { return other.currency == m->currency; });
                if (again)
                    r.fail(e, QStringLiteral("gives a second limit in %1").arg(m->currency));
                else
                    c.maxValues << *m;
            }
        });
        out.carriers << c;
    }

    AllocationCondition condition(const json::Value &v)
    {
        AllocationCondition c;
        if (v.isMissing() || !r.object(v, {"origins", "destinations", "min_weight_kg", "max_weight_kg", "payment",
                                           "min_value", "max_value"},
                                       QStringLiteral("a condition")))
            return c;
        c.origins = places(v["origins"], false);
        c.destinations = places(v["destinations"], false);
        c.minWeightGrams = weight(v["min_weight_kg"]);
        c.maxWeightGrams = weight(v["max_weight_kg"]);
        if (c.minWeightGrams && c.maxWeightGrams && *c.minWeightGrams > *c.maxWeightGrams)
            r.fail(v["max_weight_kg"], QStringLiteral("is below min_weight_kg"));
        if (!v["payment"].isMissing()) {
            const json::Value p = v["payment"];
            if (p.isString() && p.stringView() == "cod")
                c.cod = true;
            else if (p.isString() && p.stringView() == "prepaid")
                c.cod = false;
            else
                r.fail(p, QStringLiteral("must be \"cod\" or \"prepaid\""));
        }
        c.minValue = money(v["min_value"]);
        c.maxValue = money(v["max_value"]);
        if (c.minValue && c.maxValue && c.minValue->currency != c.maxValue->currency)
            r.fail(v["max_value"], QStringLiteral("is in %1, min_value in %2: give both in one currency")
                                       .arg(c.maxValue->currency, c.minValue->currency));
        return c;
    }

    QString id(const json::Value &owner, const char *what)
    {
        const json::Value v = owner["id"];
        const QString id = v.isString() ? v.toString() : QString();
        if (v.isMissing())
            r.failMissing(owner, "id", QStringLiteral("is required (a stable id such as \"cod-north\")"));
        else if (!idPattern().match(id).hasMatch())
            r.fail(v, QStringLiteral("must be 1 to 64 lower-case letters, digits, '-' or '_'"));
        else if (m_ids.contains(QLatin1String(what) + id))
            r.fail(v, QStringLiteral("\"%1\" is the id of an earlier %2").arg(id, QLatin1String(what)));
        m_ids.insert(QLatin1String(what) + id);
        return id;
    }

    void rule(const json::Value &v)
    {
        if (!r.object(v, {"id", "priority", "when", "action", "carriers"}, QStringLiteral("a rule")))
            return;
        AllocationRule rule;
        rule.id = id(v, "rule");
        rule.priority = r.integer(v["priority"], 1, 1'000'000).value_or(rule.priority);
        rule.when = condition(v["when"]);
        const json::Value action = v["action"];
        if (action.isMissing())
            r.failMissing(v, "action", QStringLiteral("is required: \"restrict\", \"prefer\" or \"exclude\""));
        else if (action.isString() && action.stringView() == "restrict")
            rule.action = AllocationAction::Restrict;
        else if (action.isString() && action.stringView() == "prefer")
            rule.action = AllocationAction::Prefer;
        else if (action.isString() && action.stringView() == "exclude")
            rule.action = AllocationAction::Exclude;
        else
            r.fail(action, QStringLiteral("must be \"restrict\", \"prefer\" or \"exclude\""));
        if (v["carriers"].isMissing())
            r.failMissing(v, "carriers", QStringLiteral("is required (the carriers the action is about)"));
        r.list(v["carriers"], QStringLiteral("carriers"), [&](const json::Value &e) {
            if (const auto c = ref(e, true))
                rule.carriers << *c;
        });
        if (v["carriers"].isArray() && v["carriers"].size() == 0)
            r.fail(v["carriers"], QStringLiteral("must name at least one carrier"));
        out.rules << rule;
    }

    void split(const json::Value &v)
    {
        if (!r.object(v, {"id", "when", "shares"}, QStringLiteral("a split")))
            return;
        AllocationSplit split;
        split.id = id(v, "split");
        split.when = condition(v["when"]);
        if (v["shares"].isMissing())
            r.failMissing(v, "shares", QStringLiteral("is required: [{\"carrier\": ..., \"percent\": ...}, ...]"));
        int sum = 0;
        r.list(v["shares"], QStringLiteral("shares"), [&](const json::Value &e) {
            if (!r.object(e, {"carrier", "percent"}, QStringLiteral("a share")))
                return;
            AllocationShare share;
            const std::optional<CarrierServiceRef> c = ref(e["carrier"], true);
            if (e["percent"].isMissing())
                r.failMissing(e, "percent", QStringLiteral("is required (1 to 100)"));
            share.percent = r.integer(e["percent"], 1, 100).value_or(0);
            sum += share.percent;
            if (!c)
                return;
            share.carrier = *c;
            for (const AllocationShare &other : std::as_const(split.shares))
                if (other.carrier.text() == c->text())
                    r.fail(e["carrier"], QStringLiteral("%1 has a share already").arg(c->text()));
            split.shares << share;
        });
        if (v["shares"].isArray() && sum != 100)
            r.fail(v["shares"], QStringLiteral("percents sum to %1, not 100").arg(sum));
        out.splits << split;
    }

    void cap(const json::Value &v)
    {
        if (!r.object(v, {"carrier", "daily"}, QStringLiteral("a cap")))
            return;
        AllocationCap cap;
        const std::optional<CarrierServiceRef> c = ref(v["carrier"], true);
        if (v["daily"].isMissing())
            r.failMissing(v, "daily", QStringLiteral("is required (allocations a day)"));
        cap.daily = r.integer(v["daily"], 1, 10'000'000).value_or(0);
        if (!c)
            return;
        if (m_capped.contains(c->text()))
            r.fail(v["carrier"], QStringLiteral("%1 has a cap already").arg(c->text()));
        m_capped.insert(c->text());
        cap.carrier = *c;
        out.caps << cap;
    }
};

void writePlaces(json::Writer &w, const char *key, const QList<PostalPattern> &places)
{
    w.key(key).beginArray();
    for (const PostalPattern &p : places)
        w.value(p.text());
    w.endArray();
}

void writeMoney(json::Writer &w, const Money &m)
{
    QString amount = m.text();
    amount.chop(4); // " INR"
    w.beginObject().key("amount").value(amount).key("currency").value(m.currency).endObject();
}

void writeCondition(json::Writer &w, const AllocationCondition &c)
{
    w.key("when").beginObject();
    if (!c.origins.isEmpty())
        writePlaces(w, "origins", c.origins);
    if (!c.destinations.isEmpty())
        writePlaces(w, "destinations", c.destinations);
    if (c.minWeightGrams)
        w.key("min_weight_kg").raw(decimalKilograms(*c.minWeightGrams).toLatin1());
    if (c.maxWeightGrams)
        w.key("max_weight_kg").raw(decimalKilograms(*c.maxWeightGrams).toLatin1());
    if (c.cod)
        w.key("payment").value(*c.cod ? "cod" : "prepaid");
    if (c.minValue) {
        w.key("min_value");
        writeMoney(w, *c.minValue);
    }
    if (c.maxValue) {
        w.key("max_value");
        writeMoney(w, *c.maxValue);
    }
    w.endObject();
}

} // namespace

QString allocationActionCode(AllocationAction action)
{
    switch (action) {
    case AllocationAction::Restrict: return QStringLiteral("restrict");
    case AllocationAction::Prefer: return QStringLiteral("prefer");
    case AllocationAction::Exclude: return QStringLiteral("exclude");
    }
    return {};
}

bool AllocationCondition::matches(const AllocationOrder &order) const
{
    const auto in = [](const QList<PostalPattern> &places, const PostalPlace &place) {
        return places.isEmpty()
            || std::any_of(places.cbegin(), places.cend(), [&](const PostalPattern &p) { return p.matches(place); });
    };
    if (!in(origins, order.origin) || !in(destinations, order.destination))
        return false;
    if ((minWeightGrams && order.weightGrams < *minWeightGrams) || (maxWeightGrams && order.weightGrams > *maxWeightGrams))
        return false;
    if (cod && *cod != order.cod)
        return false;
    for (const std::optional<Money> *limit : {&minValue, &maxValue}) {
        if (!*limit)
            continue;
        if (!order.value || order.value->currency != (*limit)->currency)
            return false;
    }
    if (minValue && order.value->minor < minValue->minor)
        return false;
    if (maxValue && order.value->minor > maxValue->minor)
        return false;
    return true;
}

std::optional<AllocationPolicy> AllocationPolicy::fromJson(QByteArrayView document, QList<FieldError> *errors)
{
    json::Parser parser;
    PolicyReader reader;
    if (const std::optional<json::Value> root = reader.r.parseObject(parser, document))
        reader.read(*root);
    if (errors)
        *errors = reader.r.errors();
    if (!reader.r.ok())
        return std::nullopt;
    return reader.out;
}

QByteArray AllocationPolicy::toJson() const
{
    json::Writer w;
    w.beginObject().key("version").value(version).key("time_zone").value(timeZone);
    w.key("scorecard").beginObject().key("days").value(scorecardDays).key("min_shipments").value(minShipments).endObject();
    w.key("weights").beginObject()
        .key("on_time").value(weights.onTime)
        .key("first_attempt").value(weights.firstAttempt)
        .key("ndr").value(weights.ndr)
        .key("rto").value(weights.rto)
        .key("damage_loss").value(weights.damageLoss)
        .key("transit_p50").value(weights.transit)
        .key("cost").value(weights.cost)
        .endObject();
    w.key("carriers").beginArray();
    for (const AllocationCarrier &c : carriers) {
        w.beginObject().key("carrier").value(c.carrier).key("service").value(c.service);
        writePlaces(w, "origins", c.origins);
        writePlaces(w, "destinations", c.destinations);
        writePlaces(w, "blocklist", c.blocklist);
        w.key("cod").value(c.cod);
        if (c.maxWeightGrams)
            w.key("max_weight_kg").raw(decimalKilograms(*c.maxWeightGrams).toLatin1());
        else
            w.key("max_weight_kg").null();
        w.key("max_value").beginArray();
        for (const Money &m : c.maxValues)
            writeMoney(w, m);
        w.endArray().endObject();
    }
    w.endArray();
    w.key("rules").beginArray();
    for (const AllocationRule &rule : rules) {
        w.beginObject().key("id").value(rule.id).key("priority").value(rule.priority);
        writeCondition(w, rule.when);
        w.key("action").value(allocationActionCode(rule.action)).key("carriers").beginArray();
        for (const CarrierServiceRef &c : rule.carriers)
            w.value(c.text());
        w.endArray().endObject();
    }
    w.endArray();
    w.key("splits").beginArray();
    for (const AllocationSplit &split : splits) {
        w.beginObject().key("id").value(split.id);
        writeCondition(w, split.when);
        w.key("shares").beginArray();
        for (const AllocationShare &s : split.shares)
            w.beginObject().key("carrier").value(s.carrier.text()).key("percent").value(s.percent).endObject();
        w.endArray().endObject();
    }
    w.endArray();
    w.key("caps").beginArray();
    for (const AllocationCap &cap : caps)
        w.beginObject().key("carrier").value(cap.carrier.text()).key("daily").value(cap.daily).endObject();
    w.endArray();
    w.endObject();
    return w.take();
}

} // namespace ct
