// SPDX-License-Identifier: MIT
// controltower-cli: Control Tower without a GUI (core only). See docs/CLI.md.
#include "allocatecommand.h"
#include "automationcommand.h"
#include "democommand.h"
#include "feedcommands.h"
#include "ingestcommand.h"
#include "mappingcommand.h"
#include "normalizecommand.h"
#include "orderscommand.h"
#include "predictcommand.h"
#include "refreshcommand.h"
#include "reportcommand.h"
#include "rollupscommand.h"
#include "servercommands.h"
#include "geocodecommand.h"
#include "statscommand.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>
#include <vector>

using namespace ct::cli;

namespace {

void printUsage(QTextStream &stream, const std::vector<std::unique_ptr<CliCommand>> &commands)
{
    stream << "Usage: controltower-cli <command> [options]\n\n"
              "Control Tower from the command line: generate demo data, read carrier feeds,\n"
              "store them, report on the store, and sync it with a team server.\n\nCommands:\n";
    for (const auto &command : commands)
        stream << "  " << command->name().leftJustified(12) << command->brief() << "\n";
    stream << "\nRun 'controltower-cli <command> --help' for a command's options.\n"
              "Exit codes: 0 success, 1 some records failed, 2 usage error, 3 store error,\n"
              "4 server unreachable or refused, 5 keychain unavailable or refused,\n"
              "6 an output file could not be written.\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("controltower-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Control Tower"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CT_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Console console{out, err};

    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<IngestCommand>());
    commands.push_back(std::make_unique<OrdersCommand>());
    commands.push_back(std::make_unique<NormalizeCommand>());
    commands.push_back(std::make_unique<MappingCommand>());
    commands.push_back(std::make_unique<StatsCommand>());
    commands.push_back(std::make_unique<GeocodeCommand>());
    commands.push_back(std::make_unique<RefreshCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<RollupsCommand>());
    commands.push_back(std::make_unique<PredictCommand>());
    commands.push_back(std::make_unique<AllocateCommand>());
    commands.push_back(std::make_unique<AutomationCommand>());
    commands.push_back(std::make_unique<PollCommand>());
    commands.push_back(std::make_unique<CredentialsCommand>());
    commands.push_back(std::make_unique<LoginCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<EditCommand>());
    commands.push_back(std::make_unique<OutboxCommand>());
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        printUsage(err, commands);
        return UsageError;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        if (!args.isEmpty()) {
            for (const auto &command : commands) {
                if (command->name() == args.first())
                    return command->execute({QStringLiteral("--help")}, console);
            }
        }
        printUsage(out, commands);
        return Success;
    }
    if (name == QLatin1String("--version")) {
        out << "controltower-cli " << QCoreApplication::applicationVersion() << "\n";
        return Success;
    }
    for (const auto &command : commands) {
        if (command->name() == name)
            return command->execute(args, console);
    }
    err << "controltower-cli: unknown command \"" << name << "\"\n\n";
    printUsage(err, commands);
    return UsageError;
}
