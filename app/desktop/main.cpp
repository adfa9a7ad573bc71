// SPDX-License-Identifier: MIT
// The Control Tower desktop app. Everything lives in ui/ and core/; this file only reads
// the command line, opens the store and shows the window.
#include "jobs/storejobrunner.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "shell/appearance.h"
#include "shell/clock.h"
#include "shell/desktopoptions.h"
#include "store/database.h"
#include "store/shipmentqueries.h"
#include "sync/serversession.h"
#include "sync/syncstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

// Exit codes (docs/DESKTOP.md).
enum ExitCode : int {
    UsageError = 2,
    StoreError = 3,
    ScreenshotError = 4,
};

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Control Tower"));
    QCoreApplication::setOrganizationName(QStringLiteral("Control Tower"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("controltower.invalid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CT_VERSION));
}

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
    setIdentity();
    QApplication app(argc, argv);

    QApplication::setDesktopFileName(QStringLiteral("io.controltower.ControlTower"));
    QIcon icon;
    for (int size : {32, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/controltower-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    installTranslations(app);

    QCommandLineParser parser;
    ct::DesktopOptions::describe(parser);
    parser.process(app);
    QString error;
    const std::optional<ct::DesktopOptions> options = ct::DesktopOptions::from(parser, &error);
    if (!options) {
        std::fprintf(stderr, "controltower: %s\n", qPrintable(error));
        return UsageError;
    }

    ct::applyAppearance(options->appearance.value_or(
        ct::appearanceFromName(ct::AppSettings::Appearance.value()).value_or(ct::Appearance::System)));
    ct::Clock clock;
    if (options->now.isValid())
        clock.setFixed(options->now);

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

    ct::MainWindow window(*database, clock);
    if (options->view)
        window.setCurrentView(*options->view);
    window.show();
    if (options->outbox)
        window.showOutbox();
    if (options->connect)
        window.showConnectDialog();
    // Screenshots show the store as it is, without a sync round changing it meanwhile.
    if (!options->offline && options->screenshot.isEmpty())
        window.session()->restore();

    const qint64 shipments = ct::ShipmentQueries(*database).shipmentCount(&error);
    const bool teamStore = !ct::SyncStore(*database).serverId().isEmpty();
    if (shipments == 0 && demoShipments > 0 && !teamStore)
        window.seedDemoData(demoShipments);

    if (!options->screenshot.isEmpty()) {
        const QString file = options->screenshot;
        auto shoot = [&window, file] {
            // Let pending layout and paint settle before grabbing.
            QTimer::singleShot(300, &window, [&window, file] {
                // The dialog in front, when one is open (--connect), else the window.
                QWidget *front = QApplication::activeModalWidget();
                const bool saved = (front ? front : &window)->grab().save(file);
                if (!saved)
                    std::fprintf(stderr, "controltower: cannot write %s\n", qPrintable(file));
                QApplication::exit(saved ? 0 : ScreenshotError);
            });
        };
        if (window.jobs()->isBusy())
            QObject::connect(window.jobs(), &ct::StoreJobRunner::idle, &window, shoot);
        else
            shoot();
    }
    return QApplication::exec();
}
