// SPDX-License-Identifier: MIT
#include "allocatecommand.h"

#include "allocation/allocationsettings.h"
#include "allocation/allocationwhatif.h"
#include "allocation/carrierallocator.h"
#include "json/jsonindent.h"
#include "sync/syncstore.h"
#include "teamsettings/settingsreader.h"
#include "teamsettings/teamsettingsstore.h"

#include <QFile>
#include <QFileInfo>

namespace ct::cli {

namespace {

int fail(Console &console, const QString &message, int code)
{
    console.err << "controltower-cli allocate: " << message << "\n";
    console.err.flush();
    return code;
}

std::optional<QByteArray> readFile(const QString &path, Console &console)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(console, QStringLiteral("%1: %2").arg(path, file.errorString()), UsageError);
        return std::nullopt;
    }
    return file.readAll();
}

// A policy file's errors, one a line: "policy.json: rules[0].action: must be ...".
void printErrors(const QString &file, const QList<FieldError> &errors, Console &console)
{
    for (const FieldError &e : errors)
        console.err << file << ": " << (e.field.isEmpty() ? QStringLiteral("the document") : e.field) << ": " << e.detail
                    << "\n";
}

QString figure(const ScorecardFigure &f, bool share)
{
    if (!f.value)
        return QStringLiteral("-");
    return share ? QString::number(*f.value * 100.0, 'f', 1) : QString::number(*f.value);
}

} // namespace

QString AllocateCommand::summary() const
{
    return QStringLiteral(
        "Recommends a carrier service for an order under the allocation policy, with the whole trace: the carriers "
        "considered, why each ineligible one was excluded, the rules matched, each score term, the split and the caps "
        "applied, and the final order (docs/ALLOCATION.md). With --record the recommendation is written to the store, "
        "where daily caps and splits count it.\n\n"
        "  allocate rates import FILE   sets the rate card from a CSV file (refused whole on any error)\n"
        "  allocate rates show          prints the rate card in force\n"
        "  allocate policy set FILE     sets the allocation policy from a JSON file (refused whole on any error)\n"
        "  allocate policy show         prints the policy in force\n"
        "  allocate scorecard           prints the scorecard the recommendations read\n"
        "  allocate whatif FILE         re-runs the last --days days of orders under the policy in FILE and\n"
        "                               under the one in force: estimated on-time and RTO rates and cost");
}

void AllocateCommand::describe(QCommandLineParser &parser) const
{
    addDbOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("from"),
                                        QStringLiteral("Where the order ships from: postal code, country and, for the "
                                                       "lane's scorecard, the region (\"560001,IN,KA\")."),
                                        QStringLiteral("postal,cc[,region]")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"), QStringLiteral("Where it goes, the same way."),
                                        QStringLiteral("postal,cc[,region]")));
    parser.addOption(QCommandLineOption(QStringLiteral("weight"), QStringLiteral("The parcel's weight in kilograms."),
                                        QStringLiteral("kg")));
    parser.addOption(QCommandLineOption(QStringLiteral("cod"), QStringLiteral("Cash on delivery (default: prepaid).")));
    parser.addOption(QCommandLineOption(QStringLiteral("value"),
                                        QStringLiteral("The declared value: \"2499.00 INR\" (or the amount, then the "
                                                       "currency as the next argument)."),
                                        QStringLiteral("amount cur")));
    parser.addOption(QCommandLineOption(QStringLiteral("promised"),
                                        QStringLiteral("The delivery date promised at checkout (YYYY-MM-DD)."),
                                        QStringLiteral("date")));
    addNowOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print the trace as JSON.")));
    parser.addOption(QCommandLineOption(QStringLiteral("record"),
                                        QStringLiteral("Record the recommended carrier for the order in the store.")));
    parser.addOption(QCommandLineOption(QStringLiteral("order"), QStringLiteral("The order's reference, for --record."),
                                        QStringLiteral("ref")));
    parser.addOption(QCommandLineOption(QStringLiteral("days"),
                                        QStringLiteral("whatif: the days of orders to re-run, ending today (default 30)."),
                                        QStringLiteral("n")));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("rates import FILE | rates show | policy set FILE | policy show | "
                                                "scorecard | whatif FILE; none: recommend a carrier"),
                                 QStringLiteral("[action]"));
}

int AllocateCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const QStringList args = parser.positionalArguments();
    const QString first = args.value(0);
    if (first == QLatin1String("rates") || first == QLatin1String("policy")) {
        const bool rates = first == QLatin1String("rates");
        const QString verb = args.value(1);
        if (verb == (rates ? QLatin1String("import") : QLatin1String("set")) && args.size() == 3)
            return rates ? importRates(parser, args.at(2), console) : setPolicy(parser, args.at(2), console);
        if (verb == QLatin1String("show") && args.size() == 2)
            return show(parser, rates ? AllocationSettings::RateCardName : AllocationSettings::PolicyName, console);
        return fail(console,
                    rates ? QStringLiteral("use \"allocate rates import FILE\" or \"allocate rates show\"")
                          : QStringLiteral("use \"allocate policy set FILE\" or \"allocate policy show\""),
                    UsageError);
    }
    if (first == QLatin1String("scorecard") && args.size() == 1)
        return scorecard(parser, console);
    if (first == QLatin1String("whatif")) {
        if (args.size() != 2)
            return fail(console, QStringLiteral("use \"allocate whatif POLICY-FILE [--days N] [--weight KG]\""), UsageError);
        return whatIf(parser, args.at(1), console);
    }
    // "--value 2499.00 INR": the currency arrives as a positional argument.
    const bool currencyArgument = parser.isSet(QStringLiteral("value")) && args.size() == 1
        && !parser.value(QStringLiteral("value")).trimmed().contains(QLatin1Char(' '));
    if (!args.isEmpty() && !currencyArgument)
        return fail(console, QStringLiteral("unknown action \"%1\" (rates, policy, scorecard or whatif)").arg(args.join(QLatin1Char(' '))),
                    UsageError);
    return recommend(parser, console);
}

int AllocateCommand::recommend(const QCommandLineParser &parser, Console &console) const
{
    AllocationOrder order;
    QString error;
    for (const char *option : {"from", "to"}) {
        const QString name = QLatin1String(option);
        const std::optional<QString> text = requiredValue(parser, name, console);
        if (!text)
            return UsageError;
        const std::optional<PostalPlace> place = PostalPlace::parse(*text, &error);
        if (!place)
            return fail(console, QStringLiteral("--%1 %2").arg(name, error), UsageError);
        (name == QLatin1String("from") ? order.origin : order.destination) = *place;
    }
    const std::optional<QString> weight = requiredValue(parser, QStringLiteral("weight"), console);
    if (!weight)
        return UsageError;
    const std::optional<qint64> grams = gramsFromKilograms(*weight);
    if (!grams)
        return fail(console, QStringLiteral("--weight must be kilograms above 0 with at most 3 decimals (\"0.5\"), not \"%1\"")
                                 .arg(*weight),
                    UsageError);
    order.weightGrams = *grams;
    order.cod = parser.isSet(QStringLiteral("cod"));
    if (parser.isSet(QStringLiteral("value"))) {
        QStringList parts = parser.value(QStringLiteral("value")).simplified().split(QLatin1Char(' '));
        if (parts.size() == 1 && parser.positionalArguments().size() == 1)
            parts << parser.positionalArguments().constFirst();
        if (parts.size() != 2)
            return fail(console, QStringLiteral("--value needs an amount and a currency: --value \"2499.00 INR\""), UsageError);
        const std::optional<Money> value = Money::parse(parts.at(0), parts.at(1), &error);
        if (!value)
            return fail(console, QStringLiteral("--value: ") + error, UsageError);
        order.value = value;
    }
    if (parser.isSet(QStringLiteral("promised"))) {
        const QDate promised = QDate::fromString(parser.value(QStringLiteral("promised")), Qt::ISODate);
        if (!promised.isValid())
            return fail(console, QStringLiteral("--promised must be a date such as 2026-06-20, not \"%1\"")
                                     .arg(parser.value(QStringLiteral("promised"))),
                        UsageError);
        order.promised = promised;
    }
    if (parser.isSet(QStringLiteral("order")) && !parser.isSet(QStringLiteral("record")))
        return fail(console, QStringLiteral("--order goes with --record"), UsageError);
    const std::optional<QDateTime> now = nowValue(parser, console);
    if (!now)
        return UsageError;
    bool usage = false;
    const auto db = openStore(parser, console, &usage);
    if (!db)
        return usage ? UsageError : StoreError;
    const std::optional<CarrierAllocator> allocator = CarrierAllocator::open(*db, now->toMSecsSinceEpoch(), &error);
    if (!allocator)
        return fail(console, error, StoreError);
    if (!allocator->settings().problem.isEmpty())
        console.err << "controltower-cli allocate: " << allocator->settings().problem << "\n";
    if (allocator->settings().policy.carriers.isEmpty())
        return fail(console, QStringLiteral("the allocation policy lists no carriers: set one with "
                                            "\"controltower-cli allocate policy set FILE\" (docs/ALLOCATION.md)"),
                    DataErrors);
    const std::optional<AllocationResult> result = allocator->allocate(order, &error);
    if (!result)
        return fail(console, error, StoreError);
    if (parser.isSet(QStringLiteral("json")))
        console.out << QString::fromUtf8(result->json()) << "\n";
    else
        console.out << result->text();
    console.out.flush();
    if (!result->best())
        return DataErrors;
    if (parser.isSet(QStringLiteral("record"))) {
        if (!allocator->record(*result, order, parser.value(QStringLiteral("order")), &error))
            return fail(console, error, StoreError);
        console.err << "allocate: recorded " << result->best()->text() << " on " << result->day.toString(Qt::ISODate) << "\n";
        console.err.flush();
    }
    return Success;
}

namespace {

// Refuses a replica's local change: the team server's settings win there.
bool refuseReplica(const Database &db, Console &console)
{
    if (SyncStore(db).serverId().isEmpty())
        return false;
    fail(console, QStringLiteral("this store is a replica of a team server: change the allocation settings on the server"),
         DataErrors);
    return true;
}

int save(const Database &db, const char *name, const QByteArray &document, const QDateTime &now, Console &console,
         const QString &what)
{
    TeamSettingsStore store(db);
    QString error;
    const std::optional<TeamSetting> current = store.read(QString::fromLatin1(name), &error);
    if (!current)
        return fail(console, error, StoreError);
    const TeamSettingsStore::PutOutcome outcome =
        store.save(QString::fromLatin1(name), document, current->version, QStringLiteral("cli"), now.toMSecsSinceEpoch());
    switch (outcome.status) {
    case TeamSettingsStore::PutOutcome::Status::Saved:
        console.out << "allocate: " << what << " saved as version " << outcome.setting.version << "\n";
        console.out.flush();
        return Success;
    case TeamSettingsStore::PutOutcome::Status::Invalid:
        for (const FieldError &e : outcome.errors)
            console.err << (e.field.isEmpty() ? QString() : e.field + QStringLiteral(": ")) << e.detail << "\n";
        console.err << "controltower-cli allocate: " << what << " refused; version " << current->version
                    << " stays in force\n";
        console.err.flush();
        return DataErrors;
    default:
        return fail(console, outcome.detail, StoreError);
    }
}

} // namespace

int AllocateCommand::saveSetting(const QCommandLineParser &parser, const char *setting, const QByteArray &document,
                                 const QString &what, Console &console) const
{
    const std::optional<QDateTime> now = nowValue(parser, console);
    if (!now)
        return UsageError;
    bool usage = false;
    const auto db = openStore(parser, console, &usage);
    if (!db)
        return usage ? UsageError : StoreError;
    if (refuseReplica(*db, console))
        return DataErrors;
    return save(*db, setting, document, *now, console, what);
}

int AllocateCommand::importRates(const QCommandLineParser &parser, const QString &file, Console &console) const
{
    const std::optional<QByteArray> csv = readFile(file, console);
    if (!csv)
        return UsageError;
    QStringList errors;
    const std::optional<RateCard> card = RateCard::fromCsv(*csv, QFileInfo(file).fileName(), &errors);
    if (!card) {
        for (const QString &e : std::as_const(errors))
            console.err << e << "\n";
        return fail(console, QStringLiteral("the rate card is refused; the one in force stays"), DataErrors);
    }
    console.out << "allocate: " << file << ": " << card->zones().size() << " zones, " << card->slabs().size()
                << " slabs, " << card->increments().size() << " increments, " << card->codFees().size() << " COD fees\n";
    return saveSetting(parser, AllocationSettings::RateCardName, AllocationSettings::rateCardDocument(*card),
                       QStringLiteral("rate card"), console);
}

int AllocateCommand::setPolicy(const QCommandLineParser &parser, const QString &file, Console &console) const
{
    const std::optional<QByteArray> document = readFile(file, console);
    if (!document)
        return UsageError;
    QList<FieldError> errors;
    if (!AllocationPolicy::fromJson(*document, &errors)) {
        printErrors(file, errors, console);
        return fail(console, QStringLiteral("the policy is refused; the one in force stays"), DataErrors);
    }
    return saveSetting(parser, AllocationSettings::PolicyName, *document, QStringLiteral("allocation policy"), console);
}

int AllocateCommand::show(const QCommandLineParser &parser, const char *setting, Console &console) const
{
    bool usage = false;
    const auto db = openStore(parser, console, &usage, Database::Mode::ReadOnly);
    if (!db)
        return usage ? UsageError : StoreError;
    QString error;
    const std::optional<TeamSetting> s = TeamSettingsStore(*db).read(QString::fromLatin1(setting), &error);
    if (!s)
        return fail(console, error, StoreError);
    console.err << "allocate: " << setting << " version " << s->version
                << (s->isDefault() ? QStringLiteral(" (never set: the default)") : QStringLiteral(", set by %1 at %2")
                                                                                    .arg(s->updatedBy, QDateTime::fromMSecsSinceEpoch(s->updatedAtMs, QTimeZone::utc()).toString(Qt::ISODate)))
                << "\n";
    console.err.flush();
    if (QLatin1String(setting) == QLatin1String(AllocationSettings::RateCardName)) {
        QStringList errors;
        const std::optional<RateCard> card = AllocationSettings::rateCardFrom(s->document, &errors);
        if (!card)
            return fail(console, errors.join(QLatin1Char('\n')), DataErrors);
        console.out << QString::fromUtf8(card->csv());
    } else {
        console.out << QString::fromUtf8(json::indented(s->document)) << "\n";
    }
    console.out.flush();
    return Success;
}

int AllocateCommand::scorecard(const QCommandLineParser &parser, Console &console) const
{
    const std::optional<QDateTime> now = nowValue(parser, console);
    if (!now)
        return UsageError;
    bool usage = false;
    const auto db = openStore(parser, console, &usage, Database::Mode::ReadOnly);
    if (!db)
        return usage ? UsageError : StoreError;
    QString error;
    const std::optional<CarrierAllocator> allocator = CarrierAllocator::open(*db, now->toMSecsSinceEpoch(), &error);
    if (!allocator)
        return fail(console, error, StoreError);
    const CarrierScorecard::Window w = allocator->scorecard().window();
    console.out << "scorecard " << w.from.toString(Qt::ISODate) << " to " << w.to.toString(Qt::ISODate)
                << " (rates in %, transit in calendar days)\n";
    console.out << "level\tcarrier\tservice\tkey\tshipments\ton_time\tfirst_attempt\tndr\trto\tdamage_loss\ttransit_p50\t"
                   "transit_p90\n";
    for (const CarrierScorecard::Row &r : allocator->scorecard().rows()) {
        const ScorecardMetrics &m = r.metrics;
        console.out << scorecardLevelCode(r.level) << '\t' << r.carrier << '\t' << r.service << '\t' << r.key << '\t'
                    << m.shipments << '\t' << figure(m.onTime, true) << '\t' << figure(m.firstAttempt, true) << '\t'
                    << figure(m.ndr, true) << '\t' << figure(m.rto, true) << '\t' << figure(m.damageLoss, true) << '\t'
                    << figure(m.transitP50, false) << '\t' << figure(m.transitP90, false) << "\n";
    }
    console.out.flush();
    return Success;
}

int AllocateCommand::whatIf(const QCommandLineParser &parser, const QString &file, Console &console) const
{
    const std::optional<QByteArray> document = readFile(file, console);
    if (!document)
        return UsageError;
    QList<FieldError> errors;
    const std::optional<AllocationPolicy> candidate = AllocationPolicy::fromJson(*document, &errors);
    if (!candidate) {
        printErrors(file, errors, console);
        return fail(console, QStringLiteral("the candidate policy does not read"), DataErrors);
    }
    const std::optional<qint64> days = integerValue(parser, QStringLiteral("days"), 1, 366, 30, console);
    if (!days)
        return UsageError;
    qint64 grams = 1000;
    if (parser.isSet(QStringLiteral("weight"))) {
        const std::optional<qint64> g = gramsFromKilograms(parser.value(QStringLiteral("weight")));
        if (!g)
            return fail(console, QStringLiteral("--weight must be kilograms above 0 with at most 3 decimals (\"0.5\"), "
                                                "not \"%1\"").arg(parser.value(QStringLiteral("weight"))),
                        UsageError);
        grams = *g;
    }
    const std::optional<QDateTime> now = nowValue(parser, console);
    if (!now)
        return UsageError;
    bool usage = false;
    const auto db = openStore(parser, console, &usage, Database::Mode::ReadOnly);
    if (!db)
        return usage ? UsageError : StoreError;
    const AllocationSettings::InForce in = AllocationSettings::read(*db);
    if (!in.problem.isEmpty())
        console.err << "controltower-cli allocate: " << in.problem << "\n";
    QString error;
    const std::optional<WhatIfReport> report =
        AllocationWhatIf::run(*db, in.policy, *candidate, in.rateCard, int(*days), grams, now->toMSecsSinceEpoch(), &error);
    if (!report)
        return fail(console, error, StoreError);
    console.out << (parser.isSet(QStringLiteral("json")) ? QString::fromUtf8(report->json()) + QLatin1Char('\n')
                                                        : report->text());
    console.out.flush();
    return Success;
}

} // namespace ct::cli
