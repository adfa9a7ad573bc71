// SPDX-License-Identifier: MIT
// The Control Tower desktop app. Everything lives in ui/ and core/; this file only reads
// the command line, opens the store and shows the window.
#include "jobs/storejobrunner.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "store/shipmentqueries.h"
#include "sync/serversession.h"
#include "sync/syncstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

QString defaultStorePath()
{
    const QString configured = ct::AppSettings::StorePath.value();
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/controltower.db");
}

void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("controltower"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Control Tower"));
    QApplication::setOrganizationName(QStringLiteral("Control Tower"));
    QApplication::setOrganizationDomain(QStringLiteral("controltower.invalid"));
    QApplication::setApplicationVersion(QStringLiteral(CT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.controltower.ControlTower"));
    QIcon icon;
    for (int size : {32, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/controltower-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Control Tower: every parcel across every carrier, and its delivery exceptions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Open this store instead of the default one in the app-data folder."),
        QStringLiteral("file"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window (or of the dialog in front) once it is ready, then quit."),
        QStringLiteral("png"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo-shipments"),
        QApplication::translate("main", "How many demo shipments an empty store gets (0: none)."),
        QStringLiteral("n"));
    const QCommandLineOption outboxOption(
        QStringLiteral("outbox"),
        QApplication::translate("main", "Open the outbox (edits waiting for the team server, conflicts) at start."));
    const QCommandLineOption offlineOption(
        QStringLiteral("offline"),
        QApplication::translate("main", "Do not connect to the team server at start (no saved sign-in is read)."));
    const QCommandLineOption connectOption(
        QStringLiteral("connect"), QApplication::translate("main", "Open Server > Connect… at start."));
    parser.addOptions({dbOption, screenshotOption, demoOption, outboxOption, offlineOption, connectOption});
    parser.process(app);

    int demoShipments = ct::AppSettings::FirstRunDemoShipments.value();
    if (parser.isSet(demoOption)) {
        bool ok = false;
        demoShipments = parser.value(demoOption).toInt(&ok);
        if (!ok || demoShipments < 0) {
            std::fprintf(stderr, "controltower: --demo-shipments must be a whole number of at least 0\n");
            return 2;
        }
    }
    const QString storePath = parser.isSet(dbOption) ? parser.value(dbOption) : defaultStorePath();

    QString error;
    auto database = ct::Database::open(storePath, &error);
    if (!database) {
        if (!parser.isSet(screenshotOption))
            QMessageBox::critical(nullptr, QApplication::translate("main", "Control Tower"),
                                  QApplication::translate("main", "The store could not be opened.\n\n%1").arg(error));
        std::fprintf(stderr, "controltower: %s\n", qPrintable(error));
        return 3;
    }

    ct::MainWindow window(*database);
    window.show();
    if (parser.isSet(outboxOption))
        window.showOutbox();
    if (parser.isSet(connectOption))
        window.showConnectDialog();
    // Screenshots show the store as it is, without a sync round changing it meanwhile.
    if (!parser.isSet(offlineOption) && !parser.isSet(screenshotOption))
        window.session()->restore();

    const qint64 shipments = ct::ShipmentQueries(*database).shipmentCount(&error);
    const bool teamStore = !ct::SyncStore(*database).serverId().isEmpty();
    if (shipments == 0 && demoShipments > 0 && !teamStore)
        window.seedDemoData(demoShipments);

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto shoot = [&window, file] {
            // Let pending layout and paint settle before grabbing.
            QTimer::singleShot(300, &window, [&window, file] {
                // The dialog in front, when one is open (--connect), else the window.
                QWidget *front = QApplication::activeModalWidget();
                const bool saved = (front ? front : &window)->grab().save(file);
                if (!saved)
                    std::fprintf(stderr, "controltower: cannot write %s\n", qPrintable(file));
                QApplication::exit(saved ? 0 : 4);
            });
        };
        if (window.jobs()->isBusy())
            QObject::connect(window.jobs(), &ct::StoreJobRunner::idle, &window, shoot);
        else
            shoot();
    }
    return QApplication::exec();
}
