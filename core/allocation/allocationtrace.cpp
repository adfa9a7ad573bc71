// SPDX-License-Identifier: MIT
#include "allocationtrace.h"

#include "json/jsonwriter.h"

#include <QTextStream>

namespace ct {

namespace {

QString number(double v)
{
    return QString::number(v, 'f', 2);
}

QString rawText(const AllocationScoreTerm &t)
{
    if (!t.raw)
        return QStringLiteral("—");
    if (QLatin1String(t.code) == QLatin1String("cost"))
        return QString::number(qint64(*t.raw));
    if (QLatin1String(t.code) == QLatin1String("transit_p50"))
        return QString::number(*t.raw) + QStringLiteral(" d");
    return QString::number(*t.raw, 'f', 4);
}

} // namespace

QString AllocationScoreTerm::explanation(const QString &currency) const
{
    if (!raw || !note.isEmpty())
        return note;
    const QLatin1String term(code);
    const auto percent = [](double share) -> QString { return QString::number(share * 100.0, 'f', 1) + QStringLiteral(" %"); };
    if (term == QLatin1String("transit_p50"))
        return QStringLiteral("P50 %1 days; fastest %2: (%2 + 1) ÷ (%1 + 1)").arg(*raw).arg(best.value_or(*raw));
    if (term == QLatin1String("cost"))
        return QStringLiteral("%1; cheapest %2").arg(Money{qint64(*raw), currency}.text(),
                                                     Money{qint64(best.value_or(*raw)), currency}.text());
    if (term == QLatin1String("on_time") || term == QLatin1String("first_attempt"))
        return percent(*raw);
    return QStringLiteral("1 − ") + percent(*raw);
}

QString AllocationResult::text() const
{
    QString out;
    QTextStream s(&out);
    s << "allocation on " << day.toString(Qt::ISODate) << " (policy version " << policyVersion << ", rate card version "
      << rateCardVersion << ")\n";
    if (ranking.isEmpty()) {
        s << "no carrier can take this order\n";
    } else {
        s << "recommended: " << best()->text() << "\n";
        s << "order:";
        int place = 0;
        for (int i : ranking)
            s << " " << ++place << ". " << candidates.at(i).text() << " (" << number(candidates.at(i).score) << ")";
        s << "\n";
    }
    s << "rules matched:";
    if (rulesMatched.isEmpty())
        s << " none";
    s << "\n";
    for (const QString &r : rulesMatched)
        s << "  " << r << "\n";
    if (!steps.isEmpty()) {
        s << "splits and caps:\n";
        for (const QString &step : steps)
            s << "  " << step << "\n";
    }
    s << "carriers considered: " << candidates.size() << "\n";
    for (const AllocationCandidate &c : candidates) {
        s << "  " << c.text() << ": ";
        if (!c.eligible()) {
            s << "not eligible: " << c.exclusions.join(QStringLiteral("; ")) << "\n";
            continue;
        }
        s << "score " << number(c.score);
        if (c.preferredBy >= 0)
            s << ", preferred";
        if (c.arrivalP50)
            s << ", P50 arrival " << c.arrivalP50->toString(Qt::ISODate)
              << (c.meetsPromise ? (*c.meetsPromise ? QStringLiteral(" (keeps the promise)")
                                                    : QStringLiteral(" (after the promise)"))
                                 : QString());
        s << "\n";
        s << "    scorecard: "
          << (c.scorecard.level ? scorecardLevelCode(*c.scorecard.level) + QLatin1Char(' ') + c.scorecard.key
                                      + QStringLiteral(", n = ") + QString::number(c.scorecard.metrics.shipments)
                                : QStringLiteral("not enough history"))
          << " (tried " << c.scorecard.triedText().join(QStringLiteral("; ")) << ")\n";
        if (c.priced) {
            if (c.quote.ok()) {
                s << "    price: " << c.quote.total.text() << " (zone " << c.quote.zone << ", slab up to "
                  << kilogramsText(c.quote.slabUpToGrams) << " " << Money{c.quote.slabMinor, c.quote.total.currency}.text();
                if (c.quote.steps > 0)
                    s << ", " << c.quote.steps << " × " << kilogramsText(c.quote.stepGrams) << " at "
                      << Money{c.quote.stepMinor, c.quote.total.currency}.text();
                if (c.quote.codFeeMinor > 0)
                    s << ", COD fee " << Money{c.quote.codFeeMinor, c.quote.total.currency}.text();
                s << ")\n";
            } else {
                s << "    price: " << c.quote.problem << "\n";
            }
        }
        for (const AllocationScoreTerm &t : c.terms) {
            const QString why = t.explanation(c.quote.total.currency);
            s << "    " << QString::fromLatin1(t.code).leftJustified(14) << " raw " << rawText(t).leftJustified(10)
              << " normalised " << number(t.normalised) << " × weight " << t.weight << " = " << number(t.contribution)
              << (why.isEmpty() ? QString() : QStringLiteral("  (") + why + QLatin1Char(')')) << "\n";
        }
        for (const QString &r : c.rules)
            s << "    " << r << "\n";
    }
    s.flush();
    return out;
}

QByteArray AllocationResult::json() const
{
    json::Writer w;
    w.beginObject().key("day").value(day.toString(Qt::ISODate)).key("policy_version").value(policyVersion)
        .key("rate_card_version").value(rateCardVersion);
    if (const AllocationCandidate *b = best())
        w.key("recommended").beginObject().key("carrier").value(b->carrier).key("service").value(b->service).endObject();
    else
        w.key("recommended").null();
    w.key("ranking").beginArray();
    for (int i : ranking)
        w.value(candidates.at(i).text());
    w.endArray();
    w.key("rules_matched").beginArray();
    for (const QString &r : rulesMatched)
        w.value(r);
    w.endArray();
    w.key("split").stringOrNull(split).key("split_choice").stringOrNull(splitChoice);
    w.key("steps").beginArray();
    for (const QString &step : steps)
        w.value(step);
    w.endArray();
    w.key("candidates").beginArray();
    for (const AllocationCandidate &c : candidates) {
        w.beginObject().key("carrier").value(c.carrier).key("service").value(c.service).key("eligible").value(c.eligible());
        w.key("exclusions").beginArray();
        for (const QString &e : c.exclusions)
            w.value(e);
        w.endArray();
        w.key("rules").beginArray();
        for (const QString &r : c.rules)
            w.value(r);
        w.endArray();
        if (c.eligible() || c.capReached) {
            w.key("preferred").value(c.preferredBy >= 0).key("score").value(c.score);
            w.key("scorecard").beginObject()
                .key("level").stringOrNull(c.scorecard.level ? scorecardLevelCode(*c.scorecard.level) : QString())
                .key("key").value(c.scorecard.key)
                .key("n").value(c.scorecard.metrics.shipments)
                .key("tried").beginArray();
            for (const QString &t : c.scorecard.triedText())
                w.value(t);
            w.endArray().endObject();
            if (c.priced) {
                w.key("price").beginObject();
                if (c.quote.ok())
                    w.key("total_minor").value(c.quote.total.minor).key("currency").value(c.quote.total.currency)
                        .key("zone").value(c.quote.zone).key("slab_up_to_grams").value(c.quote.slabUpToGrams)
                        .key("slab_minor").value(c.quote.slabMinor).key("steps").value(c.quote.steps)
                        .key("step_minor").value(c.quote.stepMinor).key("cod_fee_minor").value(c.quote.codFeeMinor);
                else
                    w.key("problem").value(c.quote.problem);
                w.endObject();
            }
            w.key("terms").beginArray();
            for (const AllocationScoreTerm &t : c.terms) {
                w.beginObject().key("term").value(t.code).key("raw");
                if (t.raw)
                    w.value(*t.raw);
                else
                    w.null();
                w.key("n").value(t.n).key("normalised").value(t.normalised).key("weight").value(t.weight)
                    .key("contribution").value(t.contribution).key("note").value(t.explanation(c.quote.total.currency)).endObject();
            }
            w.endArray();
            w.key("arrival_p50").stringOrNull(c.arrivalP50 ? c.arrivalP50->toString(Qt::ISODate) : QString());
            w.key("meets_promise");
            if (c.meetsPromise)
                w.value(*c.meetsPromise);
            else
                w.null();
            w.key("daily_cap");
            if (c.cap)
                w.value(*c.cap);
            else
                w.null();
            w.key("allocated_today").value(c.allocatedToday).key("cap_reached").value(c.capReached);
        }
        w.endObject();
    }
    w.endArray().endObject();
    return w.take();
}

} // namespace ct
