// SPDX-License-Identifier: MIT
#include "predictcommand.h"

#include "json/jsonwriter.h"
#include "ingestcommand.h"
#include "predict/eddbacktest.h"
#include "predict/eddrefit.h"
#include "predict/transithistoryreader.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>

#include <algorithm>

namespace ct::cli {

namespace {

using predict::EddAccuracy;
using predict::EddBacktestReport;
using predict::EstimatePercentiles;

constexpr qint64 MsPerDay = 24LL * 3600 * 1000;
// Without --split or --train-days: the last four weeks before the store's latest event are scored.
constexpr qint64 DefaultTestDays = 28;
// Lanes listed in the text report (most shipments first); --json lists them all.
constexpr std::size_t LanesShown = 20;

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

QString percent(double share)
{
    return QString::number(100.0 * share, 'f', 1) + QStringLiteral(" %");
}

QString days(double value)
{
    return QString::number(value, 'f', 2);
}

void writeAccuracy(json::Writer &w, const EddAccuracy &a)
{
    w.beginObject();
    w.key("scored").value(a.scored);
    w.key("not_enough_history").value(a.noEstimate);
    w.key("mae_business_days").value(a.mae());
    w.key("within_one_day").value(a.withinOneDayShare());
    w.key("p90_coverage").value(a.coverage(predict::P90Index));
    w.key("reliability").beginArray();
    for (std::size_t i = 0; i < EstimatePercentiles.size(); ++i) {
        w.beginObject();
        w.key("nominal").value(double(EstimatePercentiles[i]) / 100.0);
        w.key("observed").value(a.coverage(i));
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

void writeComparison(json::Writer &w, const predict::CarrierEddComparison &c)
{
    w.beginObject();
    w.key("shipments").value(c.shipments);
    w.key("model_mae_business_days").value(c.modelMae());
    w.key("carrier_mae_business_days").value(c.carrierMae());
    w.key("model_within_one_day").value(c.modelWithinOneDayShare());
    w.key("carrier_within_one_day").value(c.carrierWithinOneDayShare());
    w.key("model_beats_carrier").value(c.modelBeatsCarrier());
    w.endObject();
}

QByteArray reportJson(const EddBacktestReport &r, int minSamples)
{
    json::Writer w;
    w.beginObject();
    w.key("split").value(isoUtc(r.splitMs));
    w.key("latest_event").value(isoUtc(r.latestEventMs));
    w.key("min_samples").value(minSamples);
    w.key("training_shipments").value(r.trainingShipments);
    w.key("units").value("business days of the destination country's delivery calendar");
    w.key("at_shipping");
    writeAccuracy(w, r.atShipping);
    w.key("levels_used").beginObject();
    for (int l = 0; l < predict::BackoffLevelCount; ++l)
        w.key(predict::backoffLevelKey(static_cast<predict::BackoffLevel>(l))).value(r.levelsUsed[static_cast<std::size_t>(l)]);
    w.endObject();
    w.key("by_milestone").beginObject();
    for (int m = 0; m < predict::MilestoneCount; ++m) {
        w.key(predict::milestoneName(static_cast<predict::Milestone>(m)));
        writeAccuracy(w, r.byMilestone[static_cast<std::size_t>(m)]);
    }
    w.endObject();
    w.key("carriers").beginArray();
    for (const auto &row : r.carriers) {
        w.beginObject();
        w.key("carrier").value(row.carrier);
        w.key("model");
        writeAccuracy(w, row.model);
        w.key("versus_carrier_edd");
        writeComparison(w, row.versusCarrier);
        w.endObject();
    }
    w.endArray();
    w.key("delay_risk").beginArray();
    for (const auto &s : r.delayRisk) {
        w.beginObject();
        w.key("threshold").value(double(s.percent) / 100.0);
        w.key("promised").value(s.promised);
        w.key("late").value(s.late);
        w.key("warned").value(s.warned);
        w.key("warned_late").value(s.warnedLate);
        w.key("precision").value(s.precision());
        w.key("recall").value(s.recall());
        w.key("median_warning_hours").value(s.medianWarningHours());
        w.endObject();
    }
    w.endArray();
    w.key("lanes_compared").value(r.lanesCompared);
    w.key("lanes_carrier_better").beginArray();
    for (const auto &row : r.lanesCarrierBetter) {
        w.beginObject();
        w.key("carrier").value(row.lane.carrier);
        w.key("service").value(row.lane.service);
        w.key("origin").value(row.lane.originRegion);
        w.key("destination").value(row.lane.destinationRegion);
        w.key("versus_carrier_edd");
        writeComparison(w, row.versusCarrier);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

void printAccuracyRow(QTextStream &out, const QString &label, const EddAccuracy &a)
{
    out << "  " << label.leftJustified(22) << QString::number(a.scored).rightJustified(9)
        << days(a.mae()).rightJustified(8) << percent(a.withinOneDayShare()).rightJustified(10)
        << percent(a.coverage(predict::P90Index)).rightJustified(10)
        << QString::number(a.noEstimate).rightJustified(10) << "\n";
}

void printReport(QTextStream &out, const EddBacktestReport &r, int minSamples, int minLaneShipments)
{
    const EddAccuracy &a = r.atShipping;
    out << "backtest: split " << isoUtc(r.splitMs) << ", latest event " << isoUtc(r.latestEventMs) << "\n"
        << "  fitted on " << formatCount(r.trainingShipments, "shipment", "shipments")
        << " delivered before the split (cells need " << minSamples << " deliveries)\n"
        << "  scored " << formatCount(a.scored + a.noEstimate, "shipment", "shipments")
        << " shipped at or after it and delivered since, estimated when shipped\n"
        << "  errors in business days of the destination's delivery calendar\n\n";
    out << "  MAE                      " << days(a.mae()) << " business days\n"
        << "  within ±1 day of P50     " << percent(a.withinOneDayShare()) << "   (goal: at least 90 %)\n"
        << "  P90 coverage             " << percent(a.coverage(predict::P90Index)) << "   (goal: 88 to 92 %)\n"
        << "  not enough history       " << formatCount(a.noEstimate) << "\n";
    out << "  levels used             ";
    for (int l = 0; l < predict::BackoffLevelCount; ++l)
        out << " " << predict::backoffLevelKey(static_cast<predict::BackoffLevel>(l)) << " "
            << formatCount(r.levelsUsed[static_cast<std::size_t>(l)]);
    out << "\n\nreliability (share delivered by the Pk date, against k %)\n ";
    for (std::size_t i = 0; i < EstimatePercentiles.size(); ++i)
        out << "  P" << EstimatePercentiles[i] << " " << percent(a.coverage(i));
    out << "\n\nby milestone (estimated again from each milestone's date)\n"
        << "  " << QStringLiteral("milestone").leftJustified(22) << QStringLiteral("scored").rightJustified(9)
        << QStringLiteral("MAE").rightJustified(8) << QStringLiteral("±1 day").rightJustified(10)
        << QStringLiteral("P90 cov").rightJustified(10) << QStringLiteral("no est.").rightJustified(10) << "\n";
    for (int m = 0; m < predict::MilestoneCount; ++m)
        printAccuracyRow(out, QString::fromUtf8(predict::milestoneName(static_cast<predict::Milestone>(m))),
                         r.byMilestone[static_cast<std::size_t>(m)]);
    out << "\nby carrier, estimated when shipped; against the carrier's own EDD where the payloads carry one\n"
        << "  " << QStringLiteral("carrier").leftJustified(22) << QStringLiteral("scored").rightJustified(9)
        << QStringLiteral("MAE").rightJustified(8) << QStringLiteral("±1 day").rightJustified(10)
        << QStringLiteral("P90 cov").rightJustified(10) << QStringLiteral("no est.").rightJustified(10)
        << QStringLiteral("with EDD").rightJustified(10) << QStringLiteral("EDD MAE").rightJustified(9)
        << QStringLiteral("EDD ±1").rightJustified(9) << "\n";
    for (const auto &row : r.carriers) {
        const auto &c = row.versusCarrier;
        out << "  " << row.carrier.leftJustified(22) << QString::number(row.model.scored).rightJustified(9)
            << days(row.model.mae()).rightJustified(8) << percent(row.model.withinOneDayShare()).rightJustified(10)
            << percent(row.model.coverage(predict::P90Index)).rightJustified(10)
            << QString::number(row.model.noEstimate).rightJustified(10)
            << QString::number(c.shipments).rightJustified(10);
        if (c.shipments > 0) {
            out << days(c.carrierMae()).rightJustified(9) << percent(c.carrierWithinOneDayShare()).rightJustified(9)
                << (c.modelBeatsCarrier() ? QStringLiteral("   model better (MAE %1)")
                                          : QStringLiteral("   carrier EDD better or equal (model MAE %1 on these)"))
                       .arg(days(c.modelMae()));
        }
        out << "\n";
    }
    out << "\nlanes with at least " << minLaneShipments << " shipments carrying a carrier EDD: "
        << formatCount(r.lanesCompared) << "; the model does not beat the carrier's EDD on "
        << formatCount(qint64(r.lanesCarrierBetter.size())) << (r.lanesCarrierBetter.empty() ? "\n" : ":\n");
    const std::size_t shown = std::min<std::size_t>(r.lanesCarrierBetter.size(), LanesShown);
    for (std::size_t i = 0; i < shown; ++i) {
        const auto &row = r.lanesCarrierBetter[i];
        const auto &c = row.versusCarrier;
        out << "  " << row.lane.text() << "  n=" << c.shipments << "  model MAE " << days(c.modelMae())
            << ", carrier EDD MAE " << days(c.carrierMae()) << "\n";
    }
    if (shown < r.lanesCarrierBetter.size())
        out << "  ... and " << formatCount(qint64(r.lanesCarrierBetter.size() - shown))
            << " more with fewer shipments (--json lists every one)\n";
    if (!r.delayRisk.empty()) {
        const auto &first = r.delayRisk.front();
        out << "\nat risk of missing the promise: " << formatCount(first.promised, "scored shipment", "scored shipments")
            << " with a promised date, " << formatCount(first.late) << " delivered after it\n"
            << "  (checked once a day from shipping until delivered or the promise ended)\n"
            << "  " << QStringLiteral("threshold").leftJustified(12) << QStringLiteral("warned").rightJustified(9)
            << QStringLiteral("precision").rightJustified(11) << QStringLiteral("recall").rightJustified(9)
            << QStringLiteral("median warning").rightJustified(17) << "\n";
        for (const auto &s : r.delayRisk) {
            out << "  " << QString(QString::number(s.percent) + QStringLiteral(" %")).leftJustified(12)
                << QString::number(s.warned).rightJustified(9) << percent(s.precision()).rightJustified(11)
                << percent(s.recall()).rightJustified(9)
                << QString(QString::number(s.medianWarningHours(), 'f', 0) + QStringLiteral(" h")).rightJustified(17) << "\n";
        }
    }
    out.flush();
}

} // namespace

QString PredictCommand::summary() const
{
    return QStringLiteral(
        "backtest: the delivery-date model's accuracy on this store's own history. The split is by "
        "time: the model is fitted on the shipments delivered before the split and scores the "
        "delivered shipments shipped at or after it (never shuffled). --split takes an ISO 8601 "
        "instant; --train-days N puts it N days after the first delivered shipment was shipped; "
        "without either, the last 28 days before the store's latest event are scored. Prints MAE "
        "(business days), the share within one day of P50, P90 coverage, the reliability curve, "
        "the figures per milestone and per carrier against the carrier's own EDD, and the lanes "
        "where the carrier's EDD is better (docs/PREDICTION.md). "
        "refit: fits the model on every shipment delivered before --now (default: now), stores it "
        "as the store's next model version and re-estimates every shipment still on its way with "
        "it (P50, P90 and the chance of missing the promise, beside the carrier's EDD), opening "
        "and closing the at-risk exceptions that follow; ingest then estimates with it.");
}

void PredictCommand::describe(QCommandLineParser &parser) const
{
    addDbOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("split"), QStringLiteral("The split instant (ISO 8601)."),
                                        QStringLiteral("instant")));
    parser.addOption(QCommandLineOption(QStringLiteral("train-days"),
                                        QStringLiteral("Split N days after the first delivered shipment was shipped."),
                                        QStringLiteral("n")));
    parser.addOption(QCommandLineOption(QStringLiteral("min-samples"),
                                        QStringLiteral("Deliveries a cell needs before it is used (default 10)."),
                                        QStringLiteral("n"), QStringLiteral("10")));
    parser.addOption(QCommandLineOption(QStringLiteral("holidays"),
                                        QStringLiteral("A delivery calendar file: holidays and non-delivery weekdays."),
                                        QStringLiteral("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print one JSON object.")));
    addNowOption(parser);
    addRulesOption(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("backtest or refit."));
}

int PredictCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 1 && positional.first() == QLatin1String("backtest"))
        return backtest(parser, console);
    if (positional.size() == 1 && positional.first() == QLatin1String("refit"))
        return refit(parser, console);
    console.err << "controltower-cli predict: expected an action: backtest or refit\n";
    console.err.flush();
    return UsageError;
}

int PredictCommand::backtest(const QCommandLineParser &parser, Console &console) const
{
    const auto fail = [&](const QString &message, int code) {
        console.err << "controltower-cli predict backtest: " << message << "\n";
        console.err.flush();
        return code;
    };
    if (parser.isSet(QStringLiteral("split")) && parser.isSet(QStringLiteral("train-days")))
        return fail(QStringLiteral("--split and --train-days cannot be used together"), UsageError);
    const auto minSamples = integerValue(parser, QStringLiteral("min-samples"), 1, 1000000, 10, console);
    const auto trainDays = integerValue(parser, QStringLiteral("train-days"), 1, 36500, 0, console);
    if (!minSamples || !trainDays)
        return UsageError;
    std::optional<qint64> split;
    if (parser.isSet(QStringLiteral("split"))) {
        const QDateTime at = QDateTime::fromString(parser.value(QStringLiteral("split")), Qt::ISODateWithMs);
        if (!at.isValid())
            return fail(QStringLiteral("--split must be an ISO 8601 date and time such as 2026-05-20T00:00:00Z, not \"")
                            + parser.value(QStringLiteral("split")) + QLatin1Char('"'),
                        UsageError);
        split = at.toMSecsSinceEpoch();
    }
    predict::EddBacktest::Options options;
    options.model.minSamples = static_cast<int>(*minSamples);
    if (parser.isSet(QStringLiteral("holidays"))) {
        QString error;
        if (!options.calendar.loadFile(parser.value(QStringLiteral("holidays")), &error))
            return fail(error, UsageError);
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(QStringLiteral("--db is required"), UsageError);
    QString error;
    auto db = Database::open(path, &error, Database::Mode::ReadOnly);
    if (!db)
        return fail(error, StoreError);

    if (!split) {
        const auto anchor = *trainDays > 0 ? predict::TransitHistoryReader::earliestShippedMs(*db, &error)
                                           : predict::TransitHistoryReader::latestEventMs(*db, &error);
        if (!error.isEmpty())
            return fail(error, StoreError);
        if (!anchor)
            return fail(QStringLiteral("the store has no delivered shipments: nothing to learn from or score"), DataErrors);
        split = *trainDays > 0 ? *anchor + *trainDays * MsPerDay : *anchor - DefaultTestDays * MsPerDay;
    }
    options.splitMs = *split;
    const auto report = predict::EddBacktest::run(*db, options, &error);
    if (!report)
        return fail(error, StoreError);
    if (parser.isSet(QStringLiteral("json"))) {
        console.out << reportJson(*report, options.model.minSamples) << "\n";
        console.out.flush();
    } else {
        printReport(console.out, *report, options.model.minSamples, options.minLaneShipments);
    }
    if (report->trainingShipments == 0)
        return fail(QStringLiteral("no shipment was delivered before the split ") + isoUtc(*split)
                        + QStringLiteral(": every estimate is \"not enough history\""),
                    DataErrors);
    if (report->atShipping.scored + report->atShipping.noEstimate == 0)
        return fail(QStringLiteral("no delivered shipment was shipped at or after the split ") + isoUtc(*split)
                        + QStringLiteral(": nothing to score"),
                    DataErrors);
    return Success;
}

int PredictCommand::refit(const QCommandLineParser &parser, Console &console) const
{
    const auto fail = [&](const QString &message, int code) {
        console.err << "controltower-cli predict refit: " << message << "\n";
        console.err.flush();
        return code;
    };
    const auto now = nowValue(parser, console);
    const auto rules = rulesOption(parser, console);
    const auto minSamples = integerValue(parser, QStringLiteral("min-samples"), 1, 1000000, 10, console);
    if (!now || !rules || !minSamples)
        return UsageError;
    predict::EddRefit::Options options;
    options.nowMs = now->toMSecsSinceEpoch();
    options.model.minSamples = static_cast<int>(*minSamples);
    options.rules = *rules;
    if (parser.isSet(QStringLiteral("holidays"))) {
        const QString path = parser.value(QStringLiteral("holidays"));
        QString error;
        predict::DeliveryCalendar check;
        if (!check.loadFile(path, &error))
            return fail(error, UsageError);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(path + QStringLiteral(": ") + file.errorString(), UsageError);
        options.calendarJson = file.readAll();
    }
    bool usage = false;
    auto db = openStore(parser, console, &usage);
    if (!db)
        return usage ? UsageError : StoreError;
    QString error;
    const auto result = predict::EddRefit::run(*db, options, {}, {}, &error);
    if (!result)
        return fail(error, StoreError);
    console.out << "model version " << result->version << ": fitted on "
                << formatCount(result->delivered, "shipment", "shipments") << " delivered before "
                << isoUtc(options.nowMs) << " (cells need " << options.model.minSamples << " deliveries)\n"
                << "re-estimated " << formatCount(result->reestimated, "shipment", "shipments")
                << " on their way; exceptions: " << formatCount(result->exceptions.exceptionsOpened) << " opened, "
                << formatCount(result->exceptions.exceptionsResolved) << " resolved\n";
    console.out.flush();
    if (result->delivered == 0)
        return fail(QStringLiteral("no shipment was delivered before ") + isoUtc(options.nowMs)
                        + QStringLiteral(": every estimate says \"not enough history\""),
                    DataErrors);
    return Success;
}

} // namespace ct::cli
