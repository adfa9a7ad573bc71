// SPDX-License-Identifier: MIT
#pragma once

#include "store/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace ct::cli {

// Exit codes of controltower-cli (docs/CLI.md).
enum ExitCode : int {
    Success = 0,
    DataErrors = 1,  // some records or files could not be read; the rest was processed
    UsageError = 2,  // unknown command or option, missing or bad argument
    StoreError = 3,  // the store could not be opened or written
    ServerError = 4, // the server could not be reached or refused the request
    KeychainError = 5, // no OS keychain service, or it refused
    OutputError = 6,   // a file the command writes (a report) could not be written
};

// Output channels: results on stdout, messages on stderr.
struct Console
{
    QTextStream &out;
    QTextStream &err;
};

// One subcommand: its name, options and behaviour.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // One line for the command list.
    virtual QString brief() const = 0;
    // Adds options and positional arguments to the parser.
    virtual void describe(QCommandLineParser &parser) const = 0;
    // Runs with parsed arguments; returns an ExitCode.
    virtual int run(const QCommandLineParser &parser, Console &console) const = 0;

    // Parses `arguments` (without the program and command names), handles --help and
    // usage errors, and runs.
    int execute(const QStringList &arguments, Console &console) const;

protected:
    // Helpers for option values; each reports a usage error on the console.
    static std::optional<QString> requiredValue(const QCommandLineParser &parser, const QString &option,
                                                Console &console);
    static std::optional<qint64> integerValue(const QCommandLineParser &parser, const QString &option,
                                              qint64 min, qint64 max, qint64 fallback, Console &console);
    // --now ISO-8601 (for reproducible runs), else the current time.
    static std::optional<QDateTime> nowValue(const QCommandLineParser &parser, Console &console);
    static void addNowOption(QCommandLineParser &parser);
    // Opens the store named by --db, reporting a missing option (nullptr, `*usage` set)
    // or a store that cannot be opened (nullptr) on the console.
    std::unique_ptr<Database> openStore(const QCommandLineParser &parser, Console &console, bool *usage,
                                        Database::Mode mode = Database::Mode::ReadWrite) const;
    static void addDbOption(QCommandLineParser &parser);
};

QString formatCount(qint64 n);
// "1 record", "2 records".
QString formatCount(qint64 n, const char *one, const char *many);

} // namespace ct::cli
