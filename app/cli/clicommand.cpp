// SPDX-License-Identifier: MIT
#include "clicommand.h"

#include <QCoreApplication>
#include <QLocale>

namespace ct::cli {

QString formatCount(qint64 n)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(n);
}

QString formatCount(qint64 n, const char *one, const char *many)
{
    return formatCount(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

int CliCommand::execute(const QStringList &arguments, Console &console) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    describe(parser);
    QStringList args = arguments;
    args.prepend(QStringLiteral("controltower-cli ") + name());
    if (!parser.parse(args)) {
        console.err << "controltower-cli " << name() << ": " << parser.errorText() << "\n"
                    << "Try 'controltower-cli " << name() << " --help'.\n";
        console.err.flush();
        return UsageError;
    }
    if (parser.isSet(help)) {
        // Qt names the executable's path; scripts and people know it by its command.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().constFirst();
        if (const qsizetype at = text.indexOf(program); at >= 0)
            text.replace(at, program.size(), QStringLiteral("controltower-cli ") + name());
        console.out << text;
        console.out.flush();
        return Success;
    }
    return run(parser, console);
}

std::optional<QString> CliCommand::requiredValue(const QCommandLineParser &parser,
                                                 const QString &option, Console &console)
{
    const QString value = parser.value(option);
    if (value.isEmpty()) {
        console.err << "controltower-cli: --" << option << " is required\n";
        console.err.flush();
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> CliCommand::integerValue(const QCommandLineParser &parser, const QString &option,
                                               qint64 min, qint64 max, qint64 fallback, Console &console)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        console.err << "controltower-cli: --" << option << " must be a whole number from "
                    << formatCount(min) << " to " << formatCount(max) << ", not \""
                    << parser.value(option) << "\"\n";
        console.err.flush();
        return std::nullopt;
    }
    return value;
}

std::unique_ptr<Database> CliCommand::openStore(const QCommandLineParser &parser, Console &console,
                                                bool *usage, Database::Mode mode) const
{
    *usage = false;
    const auto path = requiredValue(parser, QStringLiteral("db"), console);
    if (!path) {
        *usage = true;
        return nullptr;
    }
    QString error;
    auto db = Database::open(*path, &error, mode);
    if (!db) {
        console.err << "controltower-cli " << name() << ": " << error << "\n";
        console.err.flush();
    }
    return db;
}

void CliCommand::addNowOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("now"),
        QStringLiteral("Treat this ISO 8601 instant as the current time (reproducible runs)."),
        QStringLiteral("time")));
}

void CliCommand::addDbOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("db"),
                                        QStringLiteral("The store (SQLite file); created when missing."),
                                        QStringLiteral("file")));
}

std::optional<QDateTime> CliCommand::nowValue(const QCommandLineParser &parser, Console &console)
{
    if (!parser.isSet(QStringLiteral("now")))
        return QDateTime::currentDateTimeUtc();
    const QDateTime now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODateWithMs);
    if (!now.isValid()) {
        console.err << "controltower-cli: --now must be an ISO 8601 date and time such as "
                       "2026-11-23T12:00:00Z, not \""
                    << parser.value(QStringLiteral("now")) << "\"\n";
        console.err.flush();
        return std::nullopt;
    }
    return now.toUTC();
}

} // namespace ct::cli
