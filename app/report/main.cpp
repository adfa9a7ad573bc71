// SPDX-License-Identifier: MIT
// controltower-report: the KPI report as PDF, CSV or Excel for scheduled runs (docs/KPIS.md,
// "Scheduled reports"). The PDF draws the Analytics page's charts, so this executable uses
// Qt Gui on the offscreen platform; controltower-cli, which writes CSV and Excel too, stays
// free of it.
#include "pdfreportcommand.h"
#include "reportcommand.h"

#include <QApplication>

using namespace ct::cli;

int main(int argc, char **argv)
{
    // No display is needed (cron, Task Scheduler): draw offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("controltower-report"));
    QCoreApplication::setOrganizationName(QStringLiteral("Control Tower"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CT_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Console console{out, err};

    const PdfReportCommand pdf;
    QCommandLineParser parser;
    parser.setApplicationDescription(pdf.summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    pdf.describe(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "controltower-report: " << parser.errorText() << "\nTry 'controltower-report --help'.\n";
        return UsageError;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(), QStringLiteral("controltower-report"));
        text.replace(QLatin1String("csv or xlsx (default"), QLatin1String("pdf, csv or xlsx (default"));
        out << text << "\nExit codes: 0 success, 2 usage error, 3 store error, 6 the report could not be written.\n";
        return Success;
    }
    if (parser.isSet(version)) {
        out << "controltower-report " << CT_VERSION << "\n";
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "controltower-report: unexpected argument \"" << parser.positionalArguments().constFirst()
            << "\"\nTry 'controltower-report --help'.\n";
        return UsageError;
    }
    if (PdfReportCommand::wantsPdf(parser))
        return pdf.run(parser, console);
    return ReportCommand().run(parser, console);
}
