// SPDX-License-Identifier: MIT
#include "automationcommand.h"

#include "automation/automationledger.h"
#include "automation/automationrunner.h"
#include "json/jsonindent.h"
#include "sync/syncstore.h"
#include "teamsettings/teamsettingsstore.h"

#include <QFile>

namespace ct::cli {

namespace {

int fail(Console &console, const QString &message, int code)
{
    console.err << "controltower-cli automation: " << message << "\n";
    console.err.flush();
    return code;
}

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm'Z'"));
}

// The rules in FILE; nullopt with every error printed ("rules.json: rules[2].conditions.carrier: ...").
std::optional<AutomationRules> readRules(const QString &path, Console &console, int *code)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *code = fail(console, QStringLiteral("%1: %2").arg(path, file.errorString()), UsageError);
        return std::nullopt;
    }
    const QByteArray document = file.readAll();
    QList<FieldError> errors;
    std::optional<AutomationRules> rules = AutomationRules::fromJson(document, &errors);
    if (!rules) {
        for (const FieldError &e : errors)
            console.err << path << ": " << (e.field.isEmpty() ? QStringLiteral("the document") : e.field) << ": " << e.detail << "\n";
        *code = DataErrors;
    }
    return rules;
}

// What a run did, or (a dry run) would have done.
QString countsText(const AutomationRunCounts &c, bool dry)
{
    return QStringLiteral("%1 fired, %2 already fired, %3 edits %4, %5 skipped, %6 messages decided (%7 held for quiet "
                          "hours), %8 rate limited, %9 without contact")
        .arg(c.fired).arg(c.alreadyFired).arg(c.editsApplied)
        .arg(dry ? QStringLiteral("would apply") : QStringLiteral("applied"))
        .arg(c.editsSkipped).arg(c.decisions).arg(c.messagesHeld).arg(c.rateLimited).arg(c.noContact);
}

} // namespace

QString AutomationCommand::summary() const
{
    return QStringLiteral(
        "The team's automation rules (docs/AUTOMATION.md): triggers on a shipment's status, an exception or a return, "
        "conditions, and actions that go through the edit machinery as \"automation:<rule id>\"; each rule fires once per "
        "transition. Ingest runs them on every changed shipment; the sweep finds what time brings.\n\n"
        "  automation check FILE     checks a rules document; every error by its path\n"
        "  automation set FILE       saves it as the team's rules (refused whole: the rules in force stay)\n"
        "  automation show           prints the rules in force and the ledger's latest firings\n"
        "  automation dry-run        what the rules (or --rules FILE) would have done over the last --days days,\n"
        "                            counts per rule; nothing is applied\n"
        "  automation sweep          hours in a state without action and SLA deadlines passed, at --now");
}

void AutomationCommand::describe(QCommandLineParser &parser) const
{
    addDbOption(parser);
    addNowOption(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("days"), QStringLiteral("dry-run: the days back from --now (1 to 90, default 7)."),
                                        QStringLiteral("n")));
    parser.addOption(QCommandLineOption(QStringLiteral("rules"),
                                        QStringLiteral("dry-run: a rules file to try instead of the rules in force."),
                                        QStringLiteral("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("ledger"), QStringLiteral("show: how many of the ledger's latest entries (default 20)."),
                                        QStringLiteral("n")));
    parser.addOption(QCommandLineOption(QStringLiteral("rule"), QStringLiteral("show: only this rule's entries."), QStringLiteral("id")));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("check FILE, set FILE, show, dry-run or sweep"));
}

int AutomationCommand::run(const QCommandLineParser &parser, Console &console) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if ((action == QLatin1String("check") || action == QLatin1String("set")) && args.size() == 2)
        return action == QLatin1String("check") ? check(args.at(1), console) : set(parser, args.at(1), console);
    if (action == QLatin1String("show") && args.size() == 1)
        return show(parser, console);
    if (action == QLatin1String("dry-run") && args.size() == 1)
        return dryRun(parser, console);
    if (action == QLatin1String("sweep") && args.size() == 1)
        return sweep(parser, console);
    return fail(console, QStringLiteral("use \"automation check FILE\", \"set FILE\", \"show\", \"dry-run --days N\" or \"sweep\""),
                UsageError);
}

std::unique_ptr<Database> AutomationCommand::openOwnStore(const QCommandLineParser &parser, Console &console,
                                                          const QString &onReplica, int *code) const
{
    bool usage = false;
    auto db = openStore(parser, console, &usage);
    if (!db) {
        *code = usage ? UsageError : StoreError;
        return nullptr;
    }
    if (!SyncStore(*db).serverId().isEmpty()) {
        *code = fail(console, QStringLiteral("this store is a replica of a team server: ") + onReplica, DataErrors);
        return nullptr;
    }
    return db;
}

int AutomationCommand::check(const QString &file, Console &console) const
{
    int code = Success;
    const std::optional<AutomationRules> rules = readRules(file, console, &code);
    if (!rules)
        return code == DataErrors ? fail(console, QStringLiteral("%1 is refused").arg(file), DataErrors) : code;
    console.out << "automation: " << file << ": " << formatCount(rules->rules.size(), "rule", "rules") << ", "
                << rules->runOrder().size() << " enabled" << (rules->enabled ? "" : " (all switched off)") << "\n";
    console.out.flush();
    return Success;
}

int AutomationCommand::set(const QCommandLineParser &parser, const QString &file, Console &console) const
{
    int code = Success;
    const std::optional<AutomationRules> rules = readRules(file, console, &code);
    if (!rules)
        return code == DataErrors ? fail(console, QStringLiteral("the rules are refused; the ones in force stay"), DataErrors) : code;
    const std::optional<QDateTime> now = nowValue(parser, console);
    if (!now)
        return UsageError;
    int failed = Success;
    const auto db = openOwnStore(parser, console, QStringLiteral("change the automation rules on the server"), &failed);
    if (!db)
        return failed;
    TeamSettingsStore store(*db);
    QString error;
    const std::optional<TeamSetting> current = store.read(QString::fromLatin1(AutomationRunner::SettingName), &error);
    if (!current)
        return fail(console, error, StoreError);
    const TeamSettingsStore::PutOutcome outcome = store.save(QString::fromLatin1(AutomationRunner::SettingName), rules->toJson(),
                                                             current->version, QStringLiteral("cli"), now->toMSecsSinceEpoch());
    if (!outcome.ok())
        return fail(console, outcome.detail, StoreError);
    console.out << "automation: rules saved as version " << outcome.setting.version << " (" << rules->runOrder().size()
                << " enabled)\n";
    console.out.flush();
    return Success;
}

int AutomationCommand::show(const QCommandLineParser &parser, Console &console) const
{
    const std::optional<qint64> limit = integerValue(parser, QStringLiteral("ledger"), 0, 10'000, 20, console);
    if (!limit)
        return UsageError;
    bool usage = false;
    const auto db = openStore(parser, console, &usage);
    if (!db)
        return usage ? UsageError : StoreError;
    QString error;
    const std::optional<TeamSetting> s = TeamSettingsStore(*db).read(QString::fromLatin1(AutomationRunner::SettingName), &error);
    if (!s)
        return fail(console, error, StoreError);
    console.out << "# automation rules, version " << s->version
                << (s->isDefault() ? QStringLiteral(" (never set: no rules)")
                                   : QStringLiteral(", set by %1 at %2").arg(s->updatedBy, utcText(s->updatedAtMs)))
                << "\n"
                << QString::fromUtf8(json::indented(s->document)) << "\n";
    const std::optional<QList<AutomationLedgerEntry>> entries =
        AutomationLedger(*db).latest(static_cast<int>(*limit), parser.value(QStringLiteral("rule")), &error);
    if (!entries)
        return fail(console, error, StoreError);
    console.out << "# the ledger's latest " << entries->size() << " firings\n";
    for (const AutomationLedgerEntry &e : *entries) {
        console.out << utcText(e.firedAtMs) << "  " << e.ruleId << "  shipment " << e.shipmentId
                    << (e.exceptionId ? QStringLiteral(" exception %1").arg(*e.exceptionId) : QString()) << "  " << e.transition << "\n";
        for (const QString &line : e.outcome.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            console.out << "    " << line << "\n";
    }
    console.out.flush();
    return Success;
}

int AutomationCommand::dryRun(const QCommandLineParser &parser, Console &console) const
{
    const std::optional<qint64> days = integerValue(parser, QStringLiteral("days"), 1, 90, 7, console);
    const std::optional<QDateTime> now = nowValue(parser, console);
    if (!days || !now)
        return UsageError;
    std::optional<AutomationRules> candidate;
    if (parser.isSet(QStringLiteral("rules"))) {
        int code = Success;
        candidate = readRules(parser.value(QStringLiteral("rules")), console, &code);
        if (!candidate)
            return code == DataErrors ? fail(console, QStringLiteral("the rules file is refused"), DataErrors) : code;
    }
    bool usage = false;
    const auto db = openStore(parser, console, &usage);
    if (!db)
        return usage ? UsageError : StoreError;
    AutomationRunner runner(*db);
    QString error;
    if (candidate)
        runner.setRules(*candidate);
    else if (!runner.reload(&error))
        return fail(console, error, StoreError);
    AutomationDryRunReport report;
    if (!runner.dryRun(static_cast<int>(*days), now->toMSecsSinceEpoch(), &report, &error))
        return fail(console, error, StoreError);
    console.out << "automation dry run: " << utcText(report.fromMs) << " to " << utcText(report.toMs) << ", "
                << report.transitions << " transitions, nothing applied\n";
    for (const AutomationRuleFigures &f : report.rules) {
        console.out << f.ruleId << " (" << f.name << "): " << countsText(f.counts, true) << "\n";
        QStringList actions;
        for (auto it = f.actions.cbegin(); it != f.actions.cend(); ++it)
            actions << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        actions.sort();
        if (!actions.isEmpty())
            console.out << "    actions: " << actions.join(QStringLiteral(", ")) << "\n";
    }
    if (report.rules.isEmpty())
        console.out << "no enabled rules\n";
    console.out.flush();
    return Success;
}

int AutomationCommand::sweep(const QCommandLineParser &parser, Console &console) const
{
    const std::optional<QDateTime> now = nowValue(parser, console);
    if (!now)
        return UsageError;
    int failed = Success;
    const auto db = openOwnStore(parser, console, QStringLiteral("the server runs the rules"), &failed);
    if (!db)
        return failed;
    AutomationRunner runner(*db);
    AutomationRunCounts counts;
    QString error;
    if (!runner.sweep(now->toMSecsSinceEpoch(), &counts, &error))
        return fail(console, error, StoreError);
    console.out << "automation sweep at " << utcText(now->toMSecsSinceEpoch()) << ": " << counts.transitions
                << " transitions, " << countsText(counts, false) << "\n";
    console.out.flush();
    return Success;
}

} // namespace ct::cli
