// SPDX-License-Identifier: MIT
#include "allocationsettings.h"

#include "json/jsonwriter.h"
#include "json/parser.h"
#include "teamsettings/settingsreader.h"
#include "teamsettings/teamsettingsstore.h"

namespace ct {

std::optional<QByteArray> AllocationSettings::normalizedPolicy(QByteArrayView document, QList<FieldError> *errors)
{
    const std::optional<AllocationPolicy> policy = AllocationPolicy::fromJson(document, errors);
    return policy ? std::optional<QByteArray>(policy->toJson()) : std::nullopt;
}

QByteArray AllocationSettings::defaultPolicy()
{
    return AllocationPolicy().toJson();
}

namespace {

struct RateCardDocument
{
    QString source;
    QByteArray csv;
};

std::optional<RateCardDocument> readDocument(QByteArrayView document, QList<FieldError> *errors)
{
    json::Parser parser;
    SettingsReader r;
    RateCardDocument out;
    if (const std::optional<json::Value> root = r.parseObject(parser, document)) {
        if (r.object(*root, {"source", "csv"}, QStringLiteral("the rate card"))) {
            const json::Value source = (*root)["source"];
            if (!source.isMissing() && !source.isString())
                r.fail(source, QStringLiteral("must be the file's name"));
            out.source = source.toString();
            const json::Value csv = (*root)["csv"];
            if (csv.isMissing())
                r.failMissing(*root, "csv", QStringLiteral("is required (the rate card's CSV text)"));
            else if (!csv.isString())
                r.fail(csv, QStringLiteral("must be the rate card's CSV text"));
            out.csv = QByteArray(csv.stringView().data(), qsizetype(csv.stringView().size()));
        }
    }
    if (errors)
        *errors = r.errors();
    return r.ok() ? std::optional<RateCardDocument>(out) : std::nullopt;
}

QByteArray writeDocument(const QString &source, const QByteArray &csv)
{
    json::Writer w;
    w.beginObject().key("source").value(source).key("csv").value(QString::fromUtf8(csv)).endObject();
    return w.take();
}

} // namespace

std::optional<QByteArray> AllocationSettings::normalizedRateCard(QByteArrayView document, QList<FieldError> *errors)
{
    const std::optional<RateCardDocument> doc = readDocument(document, errors);
    if (!doc)
        return std::nullopt;
    if (doc->csv.trimmed().isEmpty())
        return defaultRateCard();
    QStringList problems;
    if (!RateCard::fromCsv(doc->csv, doc->source.isEmpty() ? QStringLiteral("csv") : doc->source, &problems)) {
        if (errors)
            for (const QString &p : std::as_const(problems))
                *errors << FieldError{QStringLiteral("csv"), p};
        return std::nullopt;
    }
    return writeDocument(doc->source, doc->csv);
}

QByteArray AllocationSettings::defaultRateCard()
{
    return writeDocument(QString(), QByteArray());
}

QByteArray AllocationSettings::rateCardDocument(const RateCard &card)
{
    return writeDocument(card.source(), card.csv());
}

std::optional<RateCard> AllocationSettings::rateCardFrom(QByteArrayView document, QStringList *errors)
{
    QList<FieldError> fieldErrors;
    const std::optional<RateCardDocument> doc = readDocument(document, &fieldErrors);
    if (!doc) {
        if (errors)
            *errors << SettingsReader::describe(fieldErrors);
        return std::nullopt;
    }
    if (doc->csv.trimmed().isEmpty())
        return RateCard();
    return RateCard::fromCsv(doc->csv, doc->source.isEmpty() ? QStringLiteral("csv") : doc->source, errors);
}

AllocationSettings::InForce AllocationSettings::read(const Database &database)
{
    InForce in;
    TeamSettingsStore store(database);
    QString error;
    if (const std::optional<TeamSetting> s = store.read(QString::fromLatin1(PolicyName), &error)) {
        QList<FieldError> errors;
        if (std::optional<AllocationPolicy> policy = AllocationPolicy::fromJson(s->document, &errors)) {
            in.policy = std::move(*policy);
            in.policyVersion = s->version;
        } else {
            in.problem = QStringLiteral("the stored allocation policy does not read (%1); the default applies")
                             .arg(SettingsReader::describe(errors));
        }
    } else {
        in.problem = error;
    }
    if (const std::optional<TeamSetting> s = store.read(QString::fromLatin1(RateCardName), &error)) {
        QStringList errors;
        if (std::optional<RateCard> card = rateCardFrom(s->document, &errors)) {
            in.rateCard = std::move(*card);
            in.rateCardVersion = s->version;
        } else {
            in.problem = QStringLiteral("the stored rate card does not read (%1); there is none").arg(errors.join(QStringLiteral("; ")));
        }
    } else {
        in.problem = error;
    }
    return in;
}

} // namespace ct
