// SPDX-License-Identifier: MIT
#include "returnqueuefilter.h"

#include "queue/queuefilterjson.h"

#include <QRegularExpression>

namespace ct {

namespace {

std::optional<ReturnEligibility> eligibilityFromCode(QStringView code)
{
    for (ReturnEligibility e : {ReturnEligibility::Eligible, ReturnEligibility::NeedsReview, ReturnEligibility::Ineligible}) {
        if (code == returnEligibilityCode(e))
            return e;
    }
    return std::nullopt;
}

} // namespace

QByteArray ReturnQueueFilter::toJson() const
{
    json::Writer w;
    w.beginObject();
    queue::writeCodes(w, "statuses", statuses, returnStatusCode);
    queue::writeCodes(w, "reasons", reasons, returnReasonCode);
    queue::writeCodes(w, "verdicts", verdicts, returnEligibilityCode);
    if (valueCents.isSet() || !valueCurrency.isEmpty()) {
        w.key("value").beginObject();
        if (valueCents.min)
            w.key("min_cents").value(*valueCents.min);
        if (valueCents.max)
            w.key("max_cents").value(*valueCents.max);
        if (!valueCurrency.isEmpty())
            w.key("currency").value(valueCurrency);
        w.endObject();
    }
    queue::writeRange(w, "age_days", ageDays, "min", "max");
    queue::writeTexts(w, "categories", categories);
    queue::writeTexts(w, "reverse_carriers", reverseCarriers);
    if (!search.isEmpty())
        w.key("search").value(search);
    w.endObject();
    return w.take();
}

std::optional<ReturnQueueFilter> ReturnQueueFilter::fromJson(const json::Value &value, QList<FieldError> *errors)
{
    QList<FieldError> found;
    queue::FilterReader read(found);
    ReturnQueueFilter f;
    if (!read.object(value, {"statuses", "reasons", "verdicts", "value", "age_days", "categories", "reverse_carriers", "search"},
                     "a returns filter")) {
        if (errors)
            *errors = found;
        return std::nullopt;
    }
    f.statuses = read.codes<ReturnStatus>(value["statuses"], returnStatusFromCode, "a return status");
    f.reasons = read.codes<ReturnReason>(value["reasons"], returnReasonFromCode, "a return reason");
    f.verdicts = read.codes<ReturnEligibility>(value["verdicts"], eligibilityFromCode,
                                               "a verdict (eligible, needs_review, ineligible)");
    if (const json::Value v = value["value"];
        !v.isAbsent() && read.object(v, {"min_cents", "max_cents", "currency"}, "a value range")) {
        f.valueCents.min = read.integer(v["min_cents"], 0, 1'000'000'000'000);
        f.valueCents.max = read.integer(v["max_cents"], 0, 1'000'000'000'000);
        read.inverted(v, f.valueCents);
        f.valueCurrency = read.currency(v["currency"]);
    }
    f.ageDays = read.range<int>(value["age_days"], "min", "max", 0, 3650);
    f.categories = read.texts(value["categories"], 64);
    for (QString &category : f.categories)
        category = category.toLower();
    f.reverseCarriers = read.texts(value["reverse_carriers"], 64);
    if (const json::Value search = value["search"]; !search.isAbsent()) {
        if (!search.isString() || search.toString().size() > 200)
            read.error(search, QStringLiteral("must be a string of at most 200 characters"));
        else
            f.search = search.toString().trimmed();
    }
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return f;
}

std::optional<ReturnQueueFilter> ReturnQueueFilter::fromJson(const QByteArray &text, QList<FieldError> *errors)
{
    json::Parser parser;
    const std::optional<json::Value> root = queue::parseDocument(parser, text, errors);
    if (!root)
        return std::nullopt;
    return fromJson(*root, errors);
}

} // namespace ct
