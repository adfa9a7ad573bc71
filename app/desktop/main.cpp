// SPDX-License-Identifier: MIT
// The Control Tower desktop app. Everything lives in ui/ and core/; this file only reads
// the command line, opens the store and shows the window.
#include "adapters/mapping/mappingfolder.h"
#include "exceptions/exceptionqueuemodel.h"
#include "exceptions/exceptionsview.h"
#include "feeds/carrierfeeds.h"
#include "jobs/storejobrunner.h"
#include "mainwindow.h"
#include "platform/peakmemory.h"
#include "settings/appsettings.h"
#include "shell/applanguage.h"
#include "shell/appearance.h"
#include "shell/appview.h"
#include "shell/clock.h"
#include "shell/desktopoptions.h"
#include "shell/storeswitcher.h"
#include "shipments/shipmentdetailpane.h"
#include "shipments/shipmentsview.h"
#include "store/database.h"
#include "store/shipmentqueries.h"
#include "sync/serversession.h"
#include "sync/syncstore.h"
#include "welcome/welcomepage.h"
#include "widgets/firstpaintwatch.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QCommandLineParser>
#include <QDialog>
#include <QIcon>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

namespace {

// Exit codes (docs/DESKTOP.md).
enum ExitCode : int {
    UsageError = 2,
    StoreError = 3,
    ScreenshotError = 4,
    NoDisplay = 5,
};

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Control Tower"));
    QCoreApplication::setOrganizationName(QStringLiteral("Control Tower"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("controltower.invalid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CT_VERSION));
}

QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

QString defaultStorePath()
{
    const QString configured = ct::AppSettings::StorePath.value();
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/controltower.db");
}

// While the QApplication starts: Qt ends the process (qFatal, an abort) when no platform
// plugin can start, typically because there is no display, with a message about
// reinstalling. What it logged is kept, and in its place the user reads what happened
// and what to do; the process exits with NoDisplay instead of aborting.
QStringList g_startupMessages;
QtMessageHandler g_previousHandler = nullptr;

void startupMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtFatalMsg) {
        g_startupMessages.append(message);
        return;
    }
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    const bool wantsDisplay = platform.isEmpty() || platform.startsWith(QLatin1String("xcb"))
                              || platform.startsWith(QLatin1String("wayland"));
    const QString display = qEnvironmentVariable("DISPLAY");
    // Qt's own reason when it logged one ("could not connect to display :1"; logging
    // rules may have silenced it), else what it logged first, else its fatal line.
    QString reason;
    for (const QString &logged : std::as_const(g_startupMessages)) {
        if (logged.contains(QLatin1String("display"), Qt::CaseInsensitive)) {
            reason = logged;
            break;
        }
    }
    if (wantsDisplay && display.isEmpty() && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        reason = QStringLiteral("there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)");
    else if (reason.isEmpty() && wantsDisplay)
        reason = QStringLiteral("could not connect to display %1").arg(display);
    else if (reason.isEmpty())
        reason = g_startupMessages.isEmpty() ? message.section(QLatin1Char('\n'), 0, 0) : g_startupMessages.constFirst();
    reason = reason.trimmed().remove(QRegularExpression(QStringLiteral("\\.$")));
    std::fprintf(stderr, "controltower: cannot open a window: %s.\n", qPrintable(reason));
    std::fprintf(stderr, "Run Control Tower in a desktop session, or on a virtual display: xvfb-run -a controltower.\n"
                         "--help and --version work without a display; so does controltower-cli.\n");
    std::fflush(stderr);
    std::_Exit(NoDisplay);
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer started;
    started.start();
    setIdentity();
    // --help and --version are answered on the terminal, before anything needs a display.
    if (ct::DesktopOptions::asksForTextOnly(argumentList(argc, argv))) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        ct::DesktopOptions::describe(parser);
        parser.process(app); // prints, and exits
        return 0;
    }

    g_previousHandler = qInstallMessageHandler(startupMessageHandler);
    QApplication app(argc, argv);
    qInstallMessageHandler(g_previousHandler);
    for (const QString &message : std::as_const(g_startupMessages))
        std::fprintf(stderr, "%s\n", qPrintable(message));
    g_startupMessages.clear();

    QApplication::setDesktopFileName(QStringLiteral("io.controltower.ControlTower"));
    QIcon icon;
    for (int size : {32, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/controltower-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    // Preferences > Language (read at start), then --lang once the options are read.
    ct::AppLanguage::install(ct::AppSettings::Language.value());

    QCommandLineParser parser;
    ct::DesktopOptions::describe(parser);
    parser.process(app);
    QString error;
    const std::optional<ct::DesktopOptions> options = ct::DesktopOptions::from(parser, &error);
    if (!options) {
        std::fprintf(stderr, "controltower: %s\n", qPrintable(error));
        return UsageError;
    }

    if (!options->language.isEmpty())
        ct::AppLanguage::install(options->language);
    ct::applyAppearance(options->appearance.value_or(
        ct::appearanceFromName(ct::AppSettings::Appearance.value()).value_or(ct::Appearance::System)));
    ct::Clock clock;
    if (options->now.isValid())
        clock.setFixed(options->now);

    // The user's carrier mappings (docs/MAPPING-FORMAT.md) beside the built-in formats, for
    // every import and carrier feed; a bad file is reported here and skipped.
    for (const QString &message : ct::MappingFolder::install(ct::MappingFolder::userDirectory()).messages)
        std::fprintf(stderr, "controltower: mappings: %s\n", qPrintable(message));

    const int demoShipments = options->demoShipments.value_or(ct::AppSettings::FirstRunDemoShipments.value());
    const QString storePath = options->storePath.isEmpty() ? defaultStorePath() : options->storePath;
    auto database = ct::Database::open(storePath, &error);
    if (!database) {
        if (options->screenshot.isEmpty())
            QMessageBox::critical(nullptr, QApplication::translate("main", "Control Tower"),
                                  QApplication::translate("main", "The store could not be opened.\n\n%1").arg(error));
        std::fprintf(stderr, "controltower: %s\n", qPrintable(error));
        return StoreError;
    }

    // File > New Store for a Team Server… moves the app to a new store in a new window
    // (StoreSwitcher); the old store stays as it was, open until the app quits.
    ct::StoreSwitcher stores(std::move(database), clock);
    const auto window = [&stores] { return stores.window(); };
    // A screenshot or a timed start shows the store as it is: no carrier feed is polled.
    if (!options->screenshot.isEmpty() || options->reportReady)
        window()->carrierFeeds()->setPollingEnabled(false);
    if (options->view)
        window()->setCurrentView(*options->view);
    else if (!options->shipment.isEmpty())
        window()->setCurrentView(ct::ViewId::Shipments);
    window()->show();
    if (!options->shipment.isEmpty()) {
        auto *shipments = window()->findChild<ct::ShipmentsView *>();
        if (!shipments->openShipment(options->shipment))
            std::fprintf(stderr, "controltower: --shipment: no shipment with tracking number %s in %s\n",
                         qPrintable(options->shipment), qPrintable(storePath));
        else if (options->payloads)
            shipments->detail()->showPayloads();
    }
    if (options->outbox)
        window()->showOutbox();
    if (options->connect)
        window()->showConnectDialog();
    if (!options->importPaths.isEmpty())
        window()->importFiles(options->importPaths);
    // Screenshots show the store as it is, without a sync round changing it meanwhile.
    if (!options->offline && options->screenshot.isEmpty() && !options->reportReady)
        window()->session()->restore();

    const qint64 shipments = ct::ShipmentQueries(stores.database()).shipmentCount(&error);
    const bool teamStore = !ct::SyncStore(stores.database()).serverId().isEmpty();
    if (shipments == 0 && demoShipments > 0 && !teamStore)
        window()->seedDemoData(demoShipments);

    if (options->reportReady) {
        // The queue's rows (another view's content) on screen: the start is over, the
        // window answers the keyboard; the facet counts may still run on their thread.
        auto *exceptions = qobject_cast<ct::ExceptionsView *>(window()->view(window()->currentView()));
        // An empty store's welcome stands in for the views.
        QWidget *watched = window()->showsWelcome() ? static_cast<QWidget *>(window()->welcome())
                           : exceptions           ? exceptions->shownQueue()
                                                  : window()->view(window()->currentView());
        auto *watch = new ct::FirstPaintWatch(watched);
        QObject::connect(watch, &ct::FirstPaintWatch::painted, window(), [&started, exceptions] {
            std::printf("ready after %lld ms, %d rows shown, peak resident memory %lld MB\n",
                        static_cast<long long>(started.elapsed()), exceptions ? exceptions->model()->rowCount() : -1,
                        static_cast<long long>(ct::platform::peakResidentMiB()));
            std::fflush(stdout);
            QApplication::exit(0);
        });
    }

    if (!options->screenshot.isEmpty()) {
        const QString file = options->screenshot;
        // Once the store is quiet: no job running and the view shown done reading what it
        // shows (the analytics, the map, the returns' verdicts), twice in a row 300 ms apart,
        // since one piece of work can start another (demo data, then judging its returns).
        auto *settle = new QTimer(window());
        settle->setInterval(300);
        QObject::connect(settle, &QTimer::timeout, window(), [window, file, settle, quiet = 0]() mutable {
            const bool busy = window()->jobs()->isBusy() || window()->view(window()->currentView())->isBusy();
            quiet = busy ? 0 : quiet + 1;
            if (quiet < 2)
                return;
            settle->stop();
            // The dialog in front, when one is open (--connect, --import), else the window.
            QWidget *front = QApplication::activeModalWidget();
            for (QWidget *each : QApplication::topLevelWidgets()) {
                if (!front && each != window() && each->isVisible() && qobject_cast<QDialog *>(each))
                    front = each;
            }
            const bool saved = (front ? front : window())->grab().save(file);
            if (!saved)
                std::fprintf(stderr, "controltower: cannot write %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : ScreenshotError);
        });
        settle->start();
    }
    return QApplication::exec();
}
