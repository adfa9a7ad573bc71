// SPDX-License-Identifier: MIT
// controltower-server: the reference team server. See docs/SERVER.md.
#include "api/apiservice.h"
#include "api/labelexpiries.h"
#include "api/policyapprovals.h"
#include "auth/authservice.h"
#include "auth/passwordhasher.h"
#include "config/serverconfig.h"
#include "config/testclockfile.h"
#include "http/httpfrontend.h"
#include "store/connectionbudget.h"
#include "store/serverschema.h"

#include "demo/demoseeder.h"
#include "feeds/carrierfeedpoller.h"
#include "notify/automationhandoff.h"
#include "notify/notificationdispatcher.h"
#include "store/database.h"
#include "store/postgreslocation.h"
#include "store/shipmentingestor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTimeZone>

#include <cstdio>
#include <functional>
#include <memory>

using namespace ct;
using namespace ct::server;

namespace {

constexpr int ExitUsage = 2;
constexpr int ExitStore = 3;
constexpr int ExitListen = 4;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString readPassword(const QString &file, QString *error)
{
    QFile input;
    const bool ok = file.isEmpty() ? input.open(stdin, QIODevice::ReadOnly) : (input.setFileName(file), input.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = QStringLiteral("cannot read the password from %1: %2")
                     .arg(file.isEmpty() ? QStringLiteral("standard input") : file, input.errorString());
        return {};
    }
    QString password = QString::fromUtf8(input.readLine());
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    return password;
}

qint64 shipmentCount(const Database &database)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM shipments")) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("controltower-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Control Tower"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The Control Tower team server: serves the store's change feed and takes agents' edits "
        "over HTTP (docs/api/openapi.yaml). Listens on loopback unless told otherwise."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The store: an SQLite file (created when missing) or postgresql://[user@]host[:port]/dbname "
                                                                         "(password from PGPASSWORD; docs/SERVER.md)."), QStringLiteral("FILE|URL"));
    const QCommandLineOption listenOption(QStringLiteral("listen"), QStringLiteral("Address and port (default 127.0.0.1:8787; port 0 picks a free one)."), QStringLiteral("HOST:PORT"));
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("JSON config file (docs/SERVER.md)."), QStringLiteral("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QStringLiteral("Fill an empty store with N demo shipments first."), QStringLiteral("N"));
    const QCommandLineOption createUserOption(QStringLiteral("create-user"), QStringLiteral("Create a user (password from standard input or --password-file) and exit."), QStringLiteral("NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QStringLiteral("Role of the new user: agent, manager, analyst or admin."), QStringLiteral("ROLE"));
    const QCommandLineOption passwordFileOption(QStringLiteral("password-file"), QStringLiteral("Read the new user's password from FILE's first line."), QStringLiteral("FILE"));
    const QCommandLineOption routesOption(QStringLiteral("print-routes"), QStringLiteral("Print every route with its roles and exit."));
    parser.addOptions({dbOption, listenOption, configOption, demoOption, createUserOption, roleOption,
                       passwordFileOption, routesOption});
    parser.process(app);

    if (parser.isSet(routesOption)) {
        for (const QString &route : ApiService::routes())
            out << route << "\n";
        return 0;
    }

    ServerConfig config;
    QString error;
    if (parser.isSet(configOption)) {
        const auto loaded = ServerConfig::fromFile(parser.value(configOption), &error);
        if (!loaded) {
            err << "controltower-server: " << error << "\n";
            return ExitUsage;
        }
        config = *loaded;
    }
    if (parser.isSet(dbOption))
        config.database = parser.value(dbOption);
    if (parser.isSet(listenOption) && !config.setListen(parser.value(listenOption), &error)) {
        err << "controltower-server: --listen: " << error << "\n";
        return ExitUsage;
    }
    if (config.database.isEmpty()) {
        err << "controltower-server: say which store to serve with --db FILE (or \"database\" in --config)\n";
        return ExitUsage;
    }
    if (config.usesTls() && (config.tlsCertificate.isEmpty() || config.tlsKey.isEmpty())) {
        err << "controltower-server: TLS needs both tls_certificate and tls_key\n";
        return ExitUsage;
    }

    // The server's clock: the system's, or a test's (test_clock_file), checked before anything else.
    std::function<qint64()> clock = &nowMs;
    std::shared_ptr<TestClockFile> testClock;
    if (!config.testClockFile.isEmpty()) {
        testClock = std::make_shared<TestClockFile>(config.testClockFile);
        if (!testClock->read(&error)) {
            err << "controltower-server: " << error << "\n";
            return ExitUsage;
        }
        clock = [testClock] { return testClock->now(); };
    }

    const bool postgres = PostgresLocation::isUrl(config.database);
    // Warnings are whole lines, written at once: a server that goes on running must not
    // keep them in a buffer.
    const auto warn = [&err](const QString &text) { err << "controltower-server: warning: " << text << "\n" << Qt::flush; };
    if (postgres && PostgresLocation::parse(config.database, nullptr).value_or(PostgresLocation()).passwordInUrl)
        warn(QStringLiteral("a password in the URL is discouraged (with --db it shows in the process list); set "
                            "PGPASSWORD or use ~/.pgpass instead"));
    // One store connection per serving thread and the event loop's, within max_store_connections.
    const std::optional<ConnectionBudget::Plan> connections = ConnectionBudget::plan(config, QThread::idealThreadCount(), &error);
    if (!connections) {
        err << "controltower-server: " << error << "\n";
        return ExitUsage;
    }
    std::unique_ptr<Database> database = ServerSchema::openStore(config.database, &error, config.storeBusyTimeoutMs);
    if (!database) {
        // PostgreSQL errors name the URL already, without its password.
        err << "controltower-server: " << (postgres ? QString() : config.database + QStringLiteral(": ")) << error << "\n";
        return ExitStore;
    }
    if (postgres && !parser.isSet(createUserOption)) {
        // Every server sharing the database must be able to open all its connections.
        const std::optional<ConnectionBudget::ClusterLimits> limits = ConnectionBudget::clusterLimits(*database, &error);
        const std::optional<QString> problem =
            limits ? ConnectionBudget::clusterProblem(*limits, config.serverProcesses, *connections) : std::optional<QString>(error);
        if (problem) {
            err << "controltower-server: " << database->path() << ": " << *problem << "\n";
            return ExitStore;
        }
    }

    if (parser.isSet(createUserOption)) {
        const std::optional<Role> role = roleFromCode(parser.value(roleOption));
        if (!role) {
            err << "controltower-server: --create-user needs --role agent, manager, analyst or admin\n";
            return ExitUsage;
        }
        const QString password = readPassword(parser.value(passwordFileOption), &error);
        AuthService auth(*database, config.passwordIterations, config.tokenLifetimeMs);
        if (!error.isEmpty() || !auth.createUser(parser.value(createUserOption), *role, password, clock(), &error)) {
            err << "controltower-server: " << error << "\n";
            return ExitUsage;
        }
        out << "created user " << parser.value(createUserOption) << " (" << roleCode(*role) << ")\n";
        return 0;
    }

    if (parser.isSet(demoOption)) {
        bool ok = false;
        const int count = parser.value(demoOption).toInt(&ok);
        if (!ok || count < 1 || count > 5'000'000) {
            err << "controltower-server: --demo needs a number of shipments from 1 to 5000000\n";
            return ExitUsage;
        }
        const qint64 existing = shipmentCount(*database);
        if (existing > 0) {
            out << "the store already holds " << existing << " shipments; --demo left it as it is\n";
        } else {
            DemoOptions options;
            options.now = QDateTime::currentDateTimeUtc();
            DemoSeeder::Result result;
            if (!DemoSeeder::seed(*database, options, count, {}, &result, &error)) {
                err << "controltower-server: demo data: " << error << "\n";
                return ExitStore;
            }
            out << "stored " << result.shipments << " demo shipments and " << result.returns << " returns\n";
        }
    }

    ApiService api(*database, config, clock);
    HttpFrontend frontend(api, config);
    if (!frontend.listen(&error)) {
        err << "controltower-server: " << error << "\n";
        return ExitListen;
    }
    if (!config.listenAddress.isLoopback() && !config.usesTls())
        warn(QStringLiteral("serving plain HTTP on %1; tokens and passwords cross the network unencrypted. "
                            "Configure tls_certificate and tls_key.").arg(config.listenAddress.toString()));
    if (!postgres) {
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
            | QFileDevice::WriteOther;
        if (QFile::permissions(config.database) & others)
            warn(QStringLiteral("%1 can be read by other users of this machine, and it holds password hashes; "
                                "chmod 600 it (and its -wal and -shm files)").arg(config.database));
    }
    QObject::connect(&frontend, &HttpFrontend::purged, &app, [&](qint64 records, qint64 tokens, const QString &purgeError) {
        if (!purgeError.isEmpty())
            err << "controltower-server: purging expired idempotency records and tokens failed: " << purgeError << "\n" << Qt::flush;
        else if (records + tokens > 0)
            err << "controltower-server: purged " << records << " idempotency records and " << tokens << " expired tokens\n"
                << Qt::flush;
    });
    frontend.purgeExpired(); // and every purge_interval_s
    out << "controltower-server listening on " << frontend.url().toString() << "\n";
    out.flush();

    // The return policy approves what it may (docs/RETURNS.md, "Automatic approval"): the
    // returns in the store now (demo data, returns that came while the server was down),
    // then after each carrier poll and each exception refresh, and after a policy is saved
    // (SettingsService).
    const auto approveByPolicy = [&] {
        QString approvalError;
        const std::optional<int> approved = PolicyApprovals(*database).run(clock(), &approvalError);
        if (!approved)
            err << "controltower-server: approving returns by the return policy failed: " << approvalError << "\n" << Qt::flush;
        else if (*approved > 0)
            err << "controltower-server: the return policy approved " << *approved << " returns\n" << Qt::flush;
    };
    approveByPolicy();

    // Return labels unused past the policy's label_expiry_days close (docs/RETURNS.md,
    // "Label expiry"): here alone in a team; replicas pull the closings.
    const auto expireLabels = [&] {
        QString expiryError;
        const auto expired = LabelExpiries(*database).run(clock(), &expiryError);
        if (!expired)
            err << "controltower-server: closing returns whose label expired failed: " << expiryError << "\n" << Qt::flush;
        else if (expired->closed > 0)
            err << "controltower-server: closed " << expired->closed << " returns whose label expired unused\n" << Qt::flush;
    };
    expireLabels();

    // The automation rules' notify decisions (docs/AUTOMATION.md, "Notify") go to the
    // notification queue when this server sends notifications: after each exception refresh
    // (which ends with the rules' sweep) and each carrier poll; the dispatcher is woken.
    // Without "notifications" they stay not_sent in the ledger.
    std::unique_ptr<NotificationDispatcher> dispatcher;
    const auto handOffDecisions = [&] {
        if (!dispatcher)
            return;
        QString handoffError;
        const auto handed = AutomationHandoff(*database, config.notifications).run(clock(), 1000, &handoffError);
        if (!handed) {
            err << "controltower-server: handing the automation rules' messages to the queue failed: " << handoffError
                << "\n" << Qt::flush;
            return;
        }
        for (const QString &refused : handed->refused)
            err << "controltower-server: an automation message was refused: " << refused << "\n" << Qt::flush;
        if (handed->queued > 0) {
            err << "controltower-server: queued " << handed->queued << " messages decided by the automation rules\n"
                << Qt::flush;
            dispatcher->wake();
        }
    };

    // Time-based exception conditions (stuck, delayed...) appear as time passes.
    ShipmentIngestor ingestor(*database);
    QTimer refresh;
    refresh.setInterval(5 * 60 * 1000);
    QObject::connect(&refresh, &QTimer::timeout, &app, [&] {
        QString refreshError;
        if (!ingestor.refreshExceptions(clock(), nullptr, &refreshError))
            err << "controltower-server: refreshing exceptions failed: " << refreshError << "\n" << Qt::flush;
        approveByPolicy();
        expireLabels();
        handOffDecisions();
    });
    refresh.start();

    // Carrier feeds (config "carrier_feeds"): polled into the store, so onto the change feed.
    std::unique_ptr<CarrierFeedPoller> poller;
    QTimer poll;
    if (!config.carrierFeeds.isEmpty()) {
        QList<CarrierFeedConfig> feeds = config.carrierFeeds;
        for (CarrierFeedConfig &feed : feeds)
            feed.authHeader = feed.authHeaderFromEnvironment();
        poller = std::make_unique<CarrierFeedPoller>(*database, feeds);
        QObject::connect(poller.get(), &CarrierFeedPoller::feedFinished, &app,
                         [&](const QString &feed, bool ok, const QString &message) {
                             if (ok)
                                 err << "controltower-server: feed " << feed << ": " << poller->progress(feed).summary()
                                     << "\n" << Qt::flush;
                             else
                                 err << "controltower-server: " << message << "\n" << Qt::flush;
                             if (ok) {
                                 approveByPolicy(); // a delivery scan may open a return's window
                                 handOffDecisions();
                             }
                         });
        poll.setInterval(config.carrierPollIntervalS * 1000);
        QObject::connect(&poll, &QTimer::timeout, poller.get(), &CarrierFeedPoller::start);
        poll.start();
        poller->start();
        out << "polling " << feeds.size() << " carrier feeds every " << config.carrierPollIntervalS << " s\n" << Qt::flush;
    }
    // Customer notifications (config "notifications"): the dispatcher drains the queue on a
    // thread of its own with its own store connection (docs/NOTIFICATIONS.md).
    if (config.notifications.any()) {
        dispatcher = std::make_unique<NotificationDispatcher>(config.database, config.notifications, clock);
        QObject::connect(dispatcher.get(), &NotificationDispatcher::report, &app,
                         [&err](const QString &line) { err << "controltower-server: " << line << "\n" << Qt::flush; });
        dispatcher->start();
        out << "sending notifications by" << (config.notifications.smtp.configured() ? " e-mail" : "")
            << (config.notifications.sms.configured() ? " SMS" : "")
            << (config.notifications.whatsapp.configured() ? " WhatsApp" : "") << "\n" << Qt::flush;
    }
    handOffDecisions(); // decided while the server was down, or before a crash
    return QCoreApplication::exec();
}
