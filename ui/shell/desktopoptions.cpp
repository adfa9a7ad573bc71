// SPDX-License-Identifier: MIT
#include "desktopoptions.h"

#include "applanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ct {

void DesktopOptions::describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Control Tower: every parcel across every carrier, and its delivery exceptions."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"), tr("Open this store instead of the default one in the app-data folder."),
         QStringLiteral("file")},
        {QStringLiteral("demo-shipments"), tr("How many demo shipments an empty store gets (0: none)."),
         QStringLiteral("n")},
        {QStringLiteral("view"),
         tr("Open this view: exceptions, returns, shipments, map or analytics (default: the last one)."),
         QStringLiteral("name")},
        {QStringLiteral("shipment"), tr("Open the shipment with this tracking number in the Shipments view."),
         QStringLiteral("tracking-number")},
        {QStringLiteral("payloads"), tr("With --shipment: show its raw carrier payloads too.")},
        {QStringLiteral("appearance"),
         tr("system (the desktop's colours), light or dark, for this run; View > Appearance keeps a choice."),
         QStringLiteral("name")},
        {QStringLiteral("lang"),
         tr("Speak this language for this run: system, or a translation's code (%1); Preferences > Language "
            "keeps a choice.")
             .arg(AppLanguage::choices().mid(1).join(QStringLiteral(", "))),
         QStringLiteral("code")},
        {QStringLiteral("now"),
         tr("Treat this ISO 8601 instant as the current time and keep it there (reproducible screenshots)."),
         QStringLiteral("time")},
        {QStringLiteral("screenshot"),
         tr("Save a picture of the window (or of the dialog in front) once it is ready, then quit."),
         QStringLiteral("png")},
        {QStringLiteral("outbox"), tr("Open the outbox (edits waiting for the team server, conflicts) at start.")},
        {QStringLiteral("offline"), tr("Do not connect to the team server at start (no saved sign-in is read).")},
        {QStringLiteral("connect"), tr("Open Server > Connect… at start.")},
        {QStringLiteral("import"),
         tr("Import this carrier or storefront file, or folder, at start, as File > Import Files… does (repeatable)."),
         QStringLiteral("path")},
        {QStringLiteral("report-ready"),
         tr("Print how long the start took until the view's first rows were on screen, and the peak memory, "
            "then quit (to measure a cold start).")},
    });
}

std::optional<DesktopOptions> DesktopOptions::from(const QCommandLineParser &parser, QString *error)
{
    DesktopOptions options;
    options.storePath = parser.value(QStringLiteral("db"));
    options.screenshot = parser.value(QStringLiteral("screenshot"));
    options.shipment = parser.value(QStringLiteral("shipment")).trimmed();
    options.payloads = parser.isSet(QStringLiteral("payloads"));
    options.outbox = parser.isSet(QStringLiteral("outbox"));
    options.offline = parser.isSet(QStringLiteral("offline"));
    options.connect = parser.isSet(QStringLiteral("connect"));
    options.importPaths = parser.values(QStringLiteral("import"));
    options.reportReady = parser.isSet(QStringLiteral("report-ready"));
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (parser.isSet(QStringLiteral("demo-shipments"))) {
        bool ok = false;
        const int n = parser.value(QStringLiteral("demo-shipments")).toInt(&ok);
        if (!ok || n < 0)
            return refuse(tr("--demo-shipments must be a whole number of at least 0, not \"%1\"")
                              .arg(parser.value(QStringLiteral("demo-shipments"))));
        options.demoShipments = n;
    }
    if (parser.isSet(QStringLiteral("view"))) {
        options.view = viewFromName(parser.value(QStringLiteral("view")));
        if (!options.view)
            return refuse(tr("--view must be one of %1, not \"%2\"")
                              .arg(viewNames().join(QStringLiteral(", ")), parser.value(QStringLiteral("view"))));
    }
    if (parser.isSet(QStringLiteral("appearance"))) {
        options.appearance = appearanceFromName(parser.value(QStringLiteral("appearance")));
        if (!options.appearance)
            return refuse(tr("--appearance must be system, light or dark, not \"%1\"")
                              .arg(parser.value(QStringLiteral("appearance"))));
    }
    if (parser.isSet(QStringLiteral("lang"))) {
        options.language = parser.value(QStringLiteral("lang"));
        if (!AppLanguage::isChoice(options.language))
            return refuse(tr("--lang must be one of %1, not \"%2\"")
                              .arg(AppLanguage::choices().join(QStringLiteral(", ")), options.language));
    }
    if (parser.isSet(QStringLiteral("now"))) {
        const QString text = parser.value(QStringLiteral("now"));
        options.now = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!options.now.isValid())
            return refuse(tr("--now must be an ISO 8601 date and time such as 2026-06-17T10:00:00Z, not \"%1\"")
                              .arg(text));
        options.now = options.now.toUTC();
    }
    if (options.payloads && options.shipment.isEmpty())
        return refuse(tr("--payloads needs --shipment TRACKING-NUMBER: whose payloads to show"));
    if (options.reportReady && !options.screenshot.isEmpty())
        return refuse(tr("--report-ready and --screenshot both quit the app: give one of them"));
    return options;
}

bool DesktopOptions::asksForTextOnly(const QStringList &arguments)
{
    static const QStringList textOnly = {QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-?"),
                                         QStringLiteral("--help-all"), QStringLiteral("-v"),
                                         QStringLiteral("--version")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break;
        if (textOnly.contains(arguments.at(i)))
            return true;
    }
    return false;
}

} // namespace ct
