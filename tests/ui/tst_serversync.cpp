// SPDX-License-Identifier: MIT
// The desktop app with a real controltower-server in process (real HTTP on loopback):
// the connect dialog (good login, wrong password, unreachable, a store bound elsewhere),
// a sync from the window that fills the table, a refused token asking to connect again,
// a two-client conflict shown in the outbox and resolved both ways, with undo, as the
// server sees it, and a conflict opened from its row in the Exceptions view and from the
// detail pane.
#include "sync/syncsupport.h"

#include "edits/editcatalog.h"
#include "exceptions/exceptiondetailpane.h"
#include "exceptions/exceptionqueuemodel.h"
#include "exceptions/exceptionsview.h"
#include "jobs/storejobrunner.h"
#include "mainwindow.h"
#include "shell/clock.h"
#include "shipments/shipmentsview.h"
#include "shipments/shipmenttablemodel.h"
#include "outbox/outboxmodel.h"
#include "outbox/outboxview.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "sync/connectdialog.h"
#include "sync/outbox.h"
#include "sync/serverlogin.h"
#include "sync/serversession.h"
#include "sync/syncengine.h"
#include "support/testclock.h"
#include "widgets/shortcutsheet.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

using namespace ct;

namespace {

using synctest::Password;
using synctest::scalar;
using LoopbackServer = synctest::TestServer;

std::unique_ptr<LoopbackServer> startServer(const QString &dbPath, int demoShipments)
{
    return synctest::startServer(dbPath, demoShipments, synctest::testConfig());
}

QString text(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

// With CT_UI_SCREENSHOTS=DIR the tests save pictures of the states they reach, to look at.
void snapshot(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("CT_UI_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
}

// The keychain entries the tests may write: a service of this run's own, never the product's.
CredentialStore testCredentials()
{
    static const QString service = QStringLiteral("Control Tower test ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return CredentialStore(service, 10'000);
}

// CTest runs the suite without a keychain service and again with a real Secret Service
// (tests/credentials/with-secret-service.sh).
bool keychainExpected()
{
    return qgetenv("CT_TEST_KEYCHAIN") == "secret-service";
}

RetryPolicy::Options fastRetries()
{
    RetryPolicy::Options retry;
    retry.initialDelayMs = 5;
    retry.maxDelayMs = 40;
    retry.maxAttempts = 3;
    return retry;
}

} // namespace

class TestServerSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    Clock m_clock{test::fixedNow()};

    QString path(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2.db").arg(name).arg(++m_files)); }

    std::unique_ptr<Database> openStore(const QString &name)
    {
        QString error;
        auto db = Database::open(path(name), &error);
        if (!db)
            qFatal("store: %s", qPrintable(error));
        return db;
    }

    static ServerLogin::Result login(const QUrl &url, const QString &user, const QString &password)
    {
        ServerLogin login;
        QSignalSpy done(&login, &ServerLogin::finished);
        login.start(url, user, password);
        if (!done.wait(30'000))
            qFatal("login did not finish");
        return done.first().first().value<ServerLogin::Result>();
    }

    // A second client syncing without a window (SyncEngine as the command line uses it).
    static bool syncHeadless(const Database &db, const LoopbackServer &server, const QByteArray &token)
    {
        SyncOptions options;
        options.server = server.url;
        options.token = token;
        options.retry = fastRetries();
        SyncEngine engine(db, options);
        QSignalSpy done(&engine, &SyncEngine::finished);
        engine.start();
        return done.wait(60'000) && done.first().first().toBool();
    }

    // Types into the dialog and presses Connect; returns once the dialog is done or says why not.
    static void submit(ConnectDialog &dialog, const QString &url, const QString &user, const QString &password)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("serverUrl"))->setText(url);
        dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(user);
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connect")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted || message->text().contains(QLatin1String("<b>")),
                                 30'000);
    }

    // A connect dialog, shown, for a session on `store` (members end in reverse order).
    struct DialogUnderTest
    {
        std::unique_ptr<Clock> clock;
        std::unique_ptr<Database> store;
        std::unique_ptr<ServerSession> session;
        std::unique_ptr<ConnectDialog> dialog;
    };

    static DialogUnderTest openDialog(std::unique_ptr<Database> store)
    {
        DialogUnderTest open;
        open.clock = std::make_unique<Clock>(test::fixedNow());
        open.store = std::move(store);
        open.session = std::make_unique<ServerSession>(*open.store, *open.clock, testCredentials());
        open.dialog = std::make_unique<ConnectDialog>(*open.session, *open.store);
        open.dialog->show();
        return open;
    }

    static QString message(const ConnectDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("message"))->text();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ControlTowerSyncTests"));
        qRegisterMetaType<ServerLogin::Result>();
        QVERIFY(m_dir.isValid());
        const QByteArray mode = qgetenv("CT_TEST_KEYCHAIN");
        QVERIFY2(mode == "none" || mode == "secret-service",
                 "run through CTest: CT_TEST_KEYCHAIN must be none or secret-service");
    }

    void cleanup()
    {
        AppSettings::ServerUrl.reset();
        AppSettings::ServerUser.reset();
        AppSettings::AutoSyncMinutes.reset();
        AppSettings::LastSyncAt.reset();
        AppSettings::LastSyncStore.reset();
        AppSettings::MainWindowState.reset();
        AppSettings::MainWindowGeometry.reset();
    }

    void connectWithTheRightPassword()
    {
        auto server = startServer(path(QStringLiteral("server")), 20);
        auto client = openStore(QStringLiteral("client"));
        auto [clock, store, sessionOwner, dialogOwner] = openDialog(std::move(client));
        ServerSession &session = *sessionOwner;
        ConnectDialog &dialog = *dialogOwner;
        QSignalSpy kept(&session, &ServerSession::tokenKept);
        submit(dialog, server->url.toString(), QStringLiteral("maria"), Password);
        QVERIFY(session.isConnected());
        QCOMPARE(session.user(), QStringLiteral("maria"));
        QCOMPARE(session.role(), QStringLiteral("agent"));
        QCOMPARE(AppSettings::ServerUrl.value(), server->url.toString());
        QCOMPARE(AppSettings::ServerUser.value(), QStringLiteral("maria"));
        QTRY_COMPARE(kept.count(), 1);
        QCOMPARE(session.tokenKeeping(), keychainExpected() ? ServerSession::TokenKeeping::Keychain
                                                            : ServerSession::TokenKeeping::MemoryOnly);
        if (!keychainExpected()) {
            // No keychain here (headless): the dialog stays to say so plainly.
            QVERIFY(dialog.isVisible());
            QVERIFY2(message(dialog).contains(QLatin1String("this session only")), qPrintable(message(dialog)));
            snapshot(dialog, "connect-memory-only");
            QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("connect"))->text(), QStringLiteral("&Close"));
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connect")), Qt::LeftButton);
        }
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        session.disconnectFromServer();
        QVERIFY(!session.isConnected());
    }

    void storedSignInConnectsAtStart()
    {
        auto server = startServer(path(QStringLiteral("server")), 20);
        auto client = openStore(QStringLiteral("client"));
        const ServerLogin::Result maria = login(server->url, QStringLiteral("maria"), Password);
        QVERIFY(maria.ok());
        const QString key = CredentialStore::serverTokenKey(server->url.toString());
        {
            ServerSession first(*client, m_clock, testCredentials());
            QSignalSpy kept(&first, &ServerSession::tokenKept);
            first.connectWith(server->url, QStringLiteral("maria"), maria.role, maria.token);
            QTRY_COMPARE_WITH_TIMEOUT(kept.count(), 1, 15'000);
        }
        // The next start: a new session on the same store and settings.
        ServerSession again(*client, m_clock, testCredentials());
        again.setRetryOptions(fastRetries());
        QSignalSpy synced(&again, &ServerSession::syncFinished);
        QSignalSpy changed(&again, &ServerSession::statusChanged);
        again.restore();
        if (!keychainExpected()) {
            QTRY_VERIFY_WITH_TIMEOUT(again.status().text.contains(QLatin1String("keychain is not available")), 15'000);
            QVERIFY(!again.isConnected());
            QCOMPARE(synced.count(), 0);
            return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 30'000);
        QVERIFY2(synced.first().at(0).toBool(), qPrintable(synced.first().at(1).toString()));
        QVERIFY(again.isConnected());
        QCOMPARE(again.tokenKeeping(), ServerSession::TokenKeeping::Keychain);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM shipments")), 20);
        QCOMPARE(testCredentials().read(key).secret, QString::fromLatin1(maria.token));

        // Disconnect forgets it in the keychain too.
        again.disconnectFromServer();
        QTRY_COMPARE_WITH_TIMEOUT(testCredentials().read(key).status, CredentialStore::Result::Status::NotFound, 15'000);
    }

    void wrongPasswordSaysSo()
    {
        auto server = startServer(path(QStringLiteral("server")), 5);
        auto client = openStore(QStringLiteral("client"));
        auto [clock, store, sessionOwner, dialogOwner] = openDialog(std::move(client));
        ServerSession &session = *sessionOwner;
        ConnectDialog &dialog = *dialogOwner;
        submit(dialog, server->url.toString(), QStringLiteral("maria"), QStringLiteral("not the password"));
        QVERIFY2(message(dialog).contains(QLatin1String("Wrong user name or password")), qPrintable(message(dialog)));
        snapshot(dialog, "connect-wrong-password");
        QVERIFY(!session.isConnected());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(AppSettings::ServerUrl.value().isEmpty());
        // The password field is ready for another try.
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->isEnabled());
    }

    void unreachableServerSaysSo()
    {
        // A port nobody listens on: bound, then released.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        auto client = openStore(QStringLiteral("client"));
        auto [clock, store, sessionOwner, dialogOwner] = openDialog(std::move(client));
        ServerSession &session = *sessionOwner;
        ConnectDialog &dialog = *dialogOwner;
        submit(dialog, QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("maria"), Password);
        QVERIFY2(message(dialog).contains(QLatin1String("cannot be reached")), qPrintable(message(dialog)));
        QVERIFY2(message(dialog).contains(QLatin1String("connection refused")), qPrintable(message(dialog)));
        snapshot(dialog, "connect-unreachable");
        QVERIFY(!session.isConnected());

        submit(dialog, QStringLiteral("ftp://example.com"), QStringLiteral("maria"), Password);
        QVERIFY2(message(dialog).contains(QLatin1String("Enter the server's address")), qPrintable(message(dialog)));
    }

    void untrustedCertificateIsATlsError()
    {
        // A server with a self-signed certificate this machine does not trust.
        const QString certificate = m_dir.filePath(QStringLiteral("self-signed.pem"));
        const QString key = m_dir.filePath(QStringLiteral("self-signed.key"));
        QProcess openssl;
        openssl.start(QStringLiteral(CT_OPENSSL_PATH),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate});
        QVERIFY(openssl.waitForFinished(60'000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        server::ServerConfig config = synctest::testConfig();
        config.tlsCertificate = certificate;
        config.tlsKey = key;
        const auto server = synctest::startServer(path(QStringLiteral("tls-server")), 0, config);
        QCOMPARE(server->url.scheme(), QStringLiteral("https"));

        auto [clock, store, sessionOwner, dialogOwner] = openDialog(openStore(QStringLiteral("client")));
        ConnectDialog &dialog = *dialogOwner;
        submit(dialog, server->url.toString(), QStringLiteral("maria"), Password);
        QVERIFY2(message(dialog).contains(QLatin1String("The secure (TLS) connection failed")), qPrintable(message(dialog)));
        QVERIFY(!sessionOwner->isConnected());
        snapshot(dialog, "connect-tls");
    }

    void storeOfAnotherServerIsRefusedInTheDialog()
    {
        auto first = startServer(path(QStringLiteral("server")), 5);
        auto second = startServer(path(QStringLiteral("server")), 5);
        auto client = openStore(QStringLiteral("client"));
        QVERIFY(syncHeadless(*client, *first, login(first->url, QStringLiteral("maria"), Password).token));
        auto [clock, store, sessionOwner, dialogOwner] = openDialog(std::move(client));
        ServerSession &session = *sessionOwner;
        ConnectDialog &dialog = *dialogOwner;
        submit(dialog, second->url.toString(), QStringLiteral("maria"), Password);
        QVERIFY2(message(dialog).contains(QLatin1String("This store cannot sync with")), qPrintable(message(dialog)));
        QVERIFY2(message(dialog).contains(QLatin1String("another server")), qPrintable(message(dialog)));
        snapshot(dialog, "connect-bound-elsewhere");
        QVERIFY(!session.isConnected());
    }

    void syncFromTheWindowFillsTheTable()
    {
        auto server = startServer(path(QStringLiteral("server")), 300);
        auto client = openStore(QStringLiteral("client"));
        MainWindow window(*client, m_clock, testCredentials());
        window.show();
        auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty->text().contains(QLatin1String("Connect to your team's server")));
        auto *syncStatus = window.statusBar()->findChild<QLabel *>(QStringLiteral("syncStatus"));
        QCOMPARE(window.session()->status().link, ServerSession::Link::Standalone);
        QCOMPARE(syncStatus->text(), QStringLiteral("Standalone: no team server"));
        QVERIFY(!window.statusBar()->findChild<QWidget *>(QStringLiteral("syncNowButton"))->isVisible());

        const ServerLogin::Result maria = login(server->url, QStringLiteral("maria"), Password);
        QVERIFY(maria.ok());
        window.session()->setRetryOptions(fastRetries());
        window.session()->connectWith(server->url, QStringLiteral("maria"), maria.role, maria.token);
        const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(server->url.port());
        QCOMPARE(window.session()->status().link, ServerSession::Link::Online);
        QCOMPARE(syncStatus->text(), QStringLiteral("Connected: maria on %1").arg(hostPort));
        QVERIFY(window.statusBar()->findChild<QWidget *>(QStringLiteral("syncNowButton"))->isVisible());
        QSignalSpy finished(window.session(), &ServerSession::syncFinished);
        QSignalSpy states(window.session(), &ServerSession::statusChanged);
        QList<ServerSession::Link> links;
        connect(window.session(), &ServerSession::statusChanged, this,
                [&] { links << window.session()->status().link; });
        auto *syncNow = window.findChild<QAction *>(QStringLiteral("syncNow"));
        QVERIFY(syncNow && syncNow->isEnabled());
        QVERIFY(syncNow->shortcuts().contains(QKeySequence(Qt::Key_F5)));
        syncNow->trigger();
        QVERIFY(window.session()->isSyncing());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(finished.first().at(2).toLongLong(), scalar(*server->db, QStringLiteral("SELECT count(*) FROM change_log")));
        QVERIFY(states.count() >= 3); // connecting, pushing/pulling, synced

        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM shipments")), 300);
        auto *shipments = window.findChild<ShipmentsView *>();
        QCOMPARE(shipments->model()->rowCount(), ShipmentTableModel::PageSize);
        QCOMPARE(shipments->findChild<QStackedWidget *>(QStringLiteral("shipmentList"))->currentWidget(),
                 static_cast<QWidget *>(window.findChild<QTableView *>(QStringLiteral("shipmentTable"))));
        QVERIFY(window.statusBar()->findChild<QLabel *>(QStringLiteral("counts"))->text().contains(QLatin1String("300 shipments")));
        // The round showed as syncing, then online with the window clock's time.
        QVERIFY(links.contains(ServerSession::Link::Syncing));
        QCOMPARE(links.last(), ServerSession::Link::Online);
        const QString syncedAt = QLocale().toString(test::fixedNow().toLocalTime().time(), QLocale::ShortFormat);
        QVERIFY2(syncStatus->text().startsWith(QStringLiteral("Synced at %1").arg(syncedAt)), qPrintable(syncStatus->text()));
        QCOMPARE(window.session()->lastSyncAt(), test::fixedNow());
        snapshot(window, "window-synced");
        // The next start on this store, before anyone signs in: the store knows its server
        // and when it last synced.
        {
            ServerSession next(*client, m_clock, testCredentials());
            QCOMPARE(next.status().link, ServerSession::Link::NotConnected);
            QCOMPARE(next.status().text, QStringLiteral("Not connected to %1 · last synced %2").arg(hostPort, syncedAt));
        }
        // A replica: only sync writes to it, so the local exception refresh stays off. (The
        // Returns view first judges the returns the round brought, for its own display.)
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isBusy(), 60'000);
        window.refreshExceptions();
        QVERIFY(!window.jobs()->isBusy());
    }

    void unreachableServerMeansOfflineWithRetries()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl gone(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        auto client = openStore(QStringLiteral("client"));
        MainWindow window(*client, m_clock, testCredentials());
        window.show();
        window.session()->setRetryOptions(fastRetries());
        window.session()->connectWith(gone, QStringLiteral("maria"), QStringLiteral("agent"), "ct_token");
        QStringList texts;
        connect(window.session(), &ServerSession::statusChanged, this,
                [&] { texts << window.session()->status().text; });
        QSignalSpy finished(window.session(), &ServerSession::syncFinished);
        window.session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30'000);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(texts.first().startsWith(QLatin1String("Connecting to 127.0.0.1:")), qPrintable(texts.join(u'|')));
        QVERIFY2(!texts.filter(QRegularExpression(QStringLiteral("^Waiting: retry in \\d+ s$"))).isEmpty(),
                 qPrintable(texts.join(u'|')));
        const QString status = window.statusBar()->findChild<QLabel *>(QStringLiteral("syncStatus"))->text();
        QVERIFY2(status.startsWith(QLatin1String("Offline: 127.0.0.1:")), qPrintable(status));
        QCOMPARE(window.session()->status().link, ServerSession::Link::Offline);
        // Still connected: the next round (automatic, or F5) tries again.
        QVERIFY(window.session()->isConnected());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("syncNow"))->isEnabled());
    }

    void refusedTokenAsksToConnectAgain()
    {
        auto server = startServer(path(QStringLiteral("server")), 5);
        auto client = openStore(QStringLiteral("client"));
        MainWindow window(*client, m_clock, testCredentials());
        window.show();
        window.session()->setRetryOptions(fastRetries());
        window.session()->connectWith(server->url, QStringLiteral("maria"), QStringLiteral("agent"), "ct_expired_token");
        QSignalSpy asked(window.session(), &ServerSession::loginRequired);
        window.session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 30'000);
        QVERIFY(!window.session()->isConnected());
        auto *dialog = window.findChild<ConnectDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *reason = dialog->findChild<QLabel *>(QStringLiteral("reason"));
        QVERIFY(reason->isVisible());
        QVERIFY2(reason->text().contains(QLatin1String("Connect again")), qPrintable(reason->text()));
        snapshot(*dialog, "connect-token-refused");
        // The address and the user are filled in; only the password is asked for.
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("serverUrl"))->text(), server->url.toString());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("user"))->text(), QStringLiteral("maria"));
        dialog->reject();
    }

    void refusedEditIsShownAndPutAside()
    {
        auto server = startServer(path(QStringLiteral("server")), 40);
        auto client = openStore(QStringLiteral("ana"));
        const ServerLogin::Result ana = login(server->url, QStringLiteral("ana"), Password); // an analyst
        MainWindow window(*client, m_clock, testCredentials());
        window.show();
        window.session()->setRetryOptions(fastRetries());
        window.session()->connectWith(server->url, QStringLiteral("ana"), ana.role, ana.token);
        QSignalSpy finished(window.session(), &ServerSession::syncFinished);
        window.session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        // The analyst's claim is refused for the role, whatever the exception's state.
        const qint64 id = scalar(*client, QStringLiteral("SELECT id FROM exceptions ORDER BY status, id LIMIT 1"));
        const EditOutcome claimed = Outbox(*client).enqueue(EntityKind::Exception, id, *EditCatalog::find(EntityKind::Exception, u"claim"),
                                                            "{}", QStringLiteral("ana"), test::runningNowMs(), nullptr);
        QVERIFY2(claimed.ok(), qPrintable(claimed.detail));
        window.session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60'000);
        QVERIFY(finished.last().at(0).toBool());

        OutboxView *view = window.outboxView();
        window.showOutbox();
        QCOMPARE(view->model()->count(OutboxState::Failed), 1);
        QCOMPARE(view->model()->index(0, OutboxModel::State).data().toString(), QStringLiteral("Refused by the server"));
        QVERIFY2(view->model()->index(0, OutboxModel::ServerAnswer).data().toString().contains(QLatin1String("403")),
                 qPrintable(view->model()->index(0, OutboxModel::ServerAnswer).data().toString()));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("outboxDetail"))->text().contains(QLatin1String("The server refused this edit")));
        QVERIFY(view->findChild<QPushButton *>(QStringLiteral("dismissRefused"))->isVisible());
        QVERIFY(!view->findChild<QTableWidget *>(QStringLiteral("conflictComparison"))->isVisible());
        snapshot(window, "window-refused");

        // Read, put aside from the list with Delete; undo brings it back.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *list = view->findChild<QTableView *>(QStringLiteral("outboxTable"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("outboxEmptyState"))->isVisible());
        QCOMPARE(scalar(*client, QStringLiteral("SELECT state FROM outbox")), static_cast<qint64>(OutboxState::Dismissed));
        window.undoStack()->undo();
        QCOMPARE(view->model()->count(OutboxState::Failed), 1);
        window.undoStack()->redo();
        QCOMPARE(view->model()->rowCount(), 0);
    }

    void aConflictOpensFromItsRowAndFromTheDetail()
    {
        auto server = startServer(path(QStringLiteral("server")), 300);
        auto a = openStore(QStringLiteral("maria"));
        auto b = openStore(QStringLiteral("omar"));
        const QByteArray maria = login(server->url, QStringLiteral("maria"), Password).token;
        const ServerLogin::Result omar = login(server->url, QStringLiteral("omar"), Password);
        QVERIFY(syncHeadless(*a, *server, maria));
        MainWindow window(*b, m_clock, testCredentials());
        window.resize(1400, 900);
        window.show();
        window.session()->setRetryOptions(fastRetries());
        window.session()->connectWith(server->url, QStringLiteral("omar"), omar.role, omar.token);
        QSignalSpy finished(window.session(), &ServerSession::syncFinished);
        window.session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
        QVERIFY(finished.last().at(0).toBool());

        // Two real conflicts: Maria's assignment reaches the server before Omar's.
        const QString openSql = QStringLiteral("SELECT id FROM exceptions WHERE status = 0 ORDER BY id LIMIT 1 OFFSET %1");
        const QList<qint64> ids{scalar(*server->db, openSql.arg(0)), scalar(*server->db, openSql.arg(1))};
        const EditOp *assign = EditCatalog::find(EntityKind::Exception, u"assign");
        for (qint64 id : ids) {
            QVERIFY(Outbox(*a).enqueue(EntityKind::Exception, id, *assign, R"({"assignee":"maria"})",
                                       QStringLiteral("maria"), test::runningNowMs(), nullptr).ok());
            QVERIFY(Outbox(*b).enqueue(EntityKind::Exception, id, *assign, R"({"assignee":"omar"})",
                                       QStringLiteral("omar"), test::runningNowMs(), nullptr).ok());
        }
        QVERIFY(syncHeadless(*a, *server, maria));
        window.session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60'000);
        QVERIFY(finished.last().at(0).toBool());
        const auto outboxIdOf = [&](qint64 exceptionId) {
            return scalar(*b, QStringLiteral("SELECT id FROM outbox WHERE entity_id = %1 AND state = 3").arg(exceptionId));
        };
        QVERIFY(outboxIdOf(ids.at(0)) > 0 && outboxIdOf(ids.at(1)) > 0);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("outboxDock"));
        OutboxView *outbox = window.outboxView();
        auto *outboxList = outbox->findChild<QTableView *>(QStringLiteral("outboxTable"));
        auto *comparison = outbox->findChild<QTableWidget *>(QStringLiteral("conflictComparison"));
        const auto showsConflictOf = [&](qint64 exceptionId) {
            return dock->isVisible() && outboxList->currentIndex().isValid()
                   && outboxList->currentIndex().row() == outbox->model()->rowOf(outboxIdOf(exceptionId))
                   && comparison->isVisible();
        };
        QTRY_VERIFY(dock->isVisible()); // new conflicts open the outbox by themselves
        outbox->select(outboxIdOf(ids.at(0)));
        dock->hide();

        // The queue, on exactly these two: each row says it is in conflict.
        window.setCurrentView(ViewId::Exceptions);
        auto *view = static_cast<ExceptionsView *>(window.view(ViewId::Exceptions));
        view->showExceptionIds(ids, QStringLiteral("the two conflicts"));
        QCOMPARE(view->model()->rowCount(), 2);
        const int second = view->model()->rowOf(ids.at(1));
        QVERIFY(second >= 0);
        const QModelIndex mark = view->model()->index(second, ExceptionQueueModel::Status);
        QVERIFY2(mark.data().toString().contains(QLatin1String("conflict")), qPrintable(mark.data().toString()));

        // A double click on the second one's mark: the outbox on its conflict, side by side.
        QTableView *table = view->table();
        table->scrollTo(mark);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(mark).center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(mark).center());
        QTRY_VERIFY(showsConflictOf(ids.at(1)));
        snapshot(window, "window-conflict-from-row");
        dock->hide();

        // Ctrl+Shift+C from the queue, on the other row; listed on the shortcut sheet.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const int first = view->model()->rowOf(ids.at(0));
        table->setCurrentIndex(view->model()->index(first, ExceptionQueueModel::Priority));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(showsConflictOf(ids.at(0)));
        dock->hide();
        bool listed = false;
        for (const ShortcutSheet::Key &entry : ShortcutSheet::keysOf(view->viewActions()))
            listed = listed || (entry.keys == QStringLiteral("Ctrl+Shift+C") && entry.what.contains(QLatin1String("conflict")));
        QVERIFY(listed);

        // The detail pane of the current row offers it too.
        table->setCurrentIndex(view->model()->index(second, ExceptionQueueModel::Priority));
        QTRY_COMPARE(view->detail()->exceptionId(), ids.at(1));
        QPushButton *decide = view->detail()->conflictButton();
        QVERIFY(decide->isVisible());
        QCOMPARE(view->detail()->conflictOutboxId(), outboxIdOf(ids.at(1)));
        QTest::mouseClick(decide, Qt::LeftButton);
        QTRY_VERIFY(showsConflictOf(ids.at(1)));

        // Decided there (discard mine), the row and the detail no longer offer it.
        QTest::mouseClick(outbox->findChild<QPushButton *>(QStringLiteral("discardMyEdit")), Qt::LeftButton);
        QTRY_VERIFY(!view->model()->index(view->model()->rowOf(ids.at(1)), ExceptionQueueModel::Status)
                         .data().toString().contains(QLatin1String("conflict")));
        QTRY_VERIFY(!view->detail()->conflictButton()->isVisible());
        // A double click on a mark that is no conflict opens the exception, not the outbox.
        dock->hide();
        const QModelIndex plain = view->model()->index(view->model()->rowOf(ids.at(1)), ExceptionQueueModel::Status);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(plain).center());
        QVERIFY(!dock->isVisible());
    }

    void conflictsAreShownAndResolvedBothWays()
    {
        auto server = startServer(path(QStringLiteral("server")), 300);
        auto a = openStore(QStringLiteral("maria"));
        auto b = openStore(QStringLiteral("omar"));
        const QByteArray maria = login(server->url, QStringLiteral("maria"), Password).token;
        const ServerLogin::Result omar = login(server->url, QStringLiteral("omar"), Password);
        QVERIFY(syncHeadless(*a, *server, maria));

        MainWindow window(*b, m_clock, testCredentials());
        window.resize(1400, 900);
        window.show();
        window.session()->setRetryOptions(fastRetries());
        window.session()->connectWith(server->url, QStringLiteral("omar"), omar.role, omar.token);
        QSignalSpy finished(window.session(), &ServerSession::syncFinished);
        window.session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60'000);
        QVERIFY(finished.last().at(0).toBool());

        OutboxView *view = window.outboxView();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("outboxDock"));
        window.showOutbox();
        QVERIFY(dock->isVisible());
        auto *empty = view->findChild<QLabel *>(QStringLiteral("outboxEmptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QLatin1String("No edits waiting")));
        dock->hide();

        const QString openSql = QStringLiteral("SELECT id FROM exceptions WHERE status = 0 ORDER BY id LIMIT 1 OFFSET %1");
        const qint64 discarded = scalar(*server->db, openSql.arg(0));
        const qint64 reapplied = scalar(*server->db, openSql.arg(1));
        QVERIFY(discarded > 0 && reapplied > 0);
        const EditOp *assign = EditCatalog::find(EntityKind::Exception, u"assign");
        const qint64 now = test::runningNowMs();
        for (qint64 id : {discarded, reapplied}) {
            QVERIFY(Outbox(*a).enqueue(EntityKind::Exception, id, *assign, R"({"assignee":"maria"})",
                                       QStringLiteral("maria"), now, nullptr).ok());
            QVERIFY(Outbox(*b).enqueue(EntityKind::Exception, id, *assign, R"({"assignee":"omar"})",
                                       QStringLiteral("omar"), now, nullptr).ok());
        }
        QVERIFY(syncHeadless(*a, *server, maria));
        view->reload();
        QCOMPARE(view->model()->count(OutboxState::Pending), 2);

        // Omar's sync: both edits are stale. The outbox opens by itself and shows them.
        window.session()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60'000);
        QVERIFY(finished.last().at(0).toBool());
        QTRY_VERIFY(dock->isVisible());
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->model()->count(OutboxState::Conflict), 2);
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("outboxSummary"))->text().contains(QLatin1String("2 conflicts")));
        QVERIFY(window.statusBar()->findChild<QWidget *>(QStringLiteral("outboxButton"))->isVisible());

        // Side by side, the differing field highlighted: mine "omar", the server's "maria".
        const auto outboxIdOf = [&](qint64 exceptionId) {
            return scalar(*b, QStringLiteral("SELECT id FROM outbox WHERE entity_id = %1 AND state = 3").arg(exceptionId));
        };
        QVERIFY(view->select(outboxIdOf(discarded)));
        auto *comparison = view->findChild<QTableWidget *>(QStringLiteral("conflictComparison"));
        QVERIFY(comparison->isVisible());
        int assigneeRow = -1;
        for (int row = 0; row < comparison->rowCount(); ++row) {
            if (comparison->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("assignee"))
                assigneeRow = row;
        }
        QVERIFY(assigneeRow >= 0);
        QCOMPARE(comparison->item(assigneeRow, 1)->text(), QStringLiteral("omar"));
        QCOMPARE(comparison->item(assigneeRow, 2)->text(), QStringLiteral("maria"));
        QVERIFY(comparison->item(assigneeRow, 1)->font().bold());
        snapshot(window, "window-conflicts");
        QVERIFY(comparison->item(assigneeRow, 1)->background() != comparison->item(assigneeRow, 0)->background()
                || comparison->item(assigneeRow, 0)->background().style() != Qt::NoBrush);

        // Discard my edit: gone from the view; undo brings it back; redo discards again.
        auto *discard = view->findChild<QPushButton *>(QStringLiteral("discardMyEdit"));
        QVERIFY(discard->isEnabled());
        QTest::mouseClick(discard, Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(view->model()->rowCount(), 2);
        window.undoStack()->redo();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(text(*b, QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(discarded)), QStringLiteral("maria"));

        // Apply my edit again on the server's version: a new pending edit; undo takes it back.
        // By keyboard this time: from the list, Ctrl+Return applies again.
        QVERIFY(view->select(outboxIdOf(reapplied)));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *list = view->findChild<QTableView *>(QStringLiteral("outboxTable"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(view->model()->count(OutboxState::Pending), 1);
        QCOMPARE(view->model()->count(OutboxState::Conflict), 0);
        snapshot(window, "window-reapplied");
        QCOMPARE(text(*b, QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(reapplied)), QStringLiteral("omar"));
        QCOMPARE(scalar(*b, QStringLiteral("SELECT base_version FROM outbox WHERE state = 0")),
                 scalar(*server->db, QStringLiteral("SELECT version FROM exceptions WHERE id = %1").arg(reapplied)));
        window.undoStack()->undo();
        QCOMPARE(view->model()->count(OutboxState::Pending), 0);
        QCOMPARE(view->model()->count(OutboxState::Conflict), 1);
        QCOMPARE(text(*b, QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(reapplied)), QStringLiteral("maria"));
        QCOMPARE(scalar(*b, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 0")), 0);
        window.undoStack()->redo();
        QCOMPARE(view->model()->count(OutboxState::Pending), 1);

        // The next sync sends it: the server now has Omar's edit on the re-applied one,
        // Maria's on the discarded one; nothing waits any more, and undo ends there.
        window.session()->syncNow();
        QCOMPARE(window.undoStack()->count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 60'000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(text(*server->db, QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(reapplied)), QStringLiteral("omar"));
        QCOMPARE(text(*server->db, QStringLiteral("SELECT assignee FROM exceptions WHERE id = %1").arg(discarded)), QStringLiteral("maria"));
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'exception' AND entity_id = %1").arg(reapplied)), 2);
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'exception' AND entity_id = %1").arg(discarded)), 1);
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QVERIFY(!window.statusBar()->findChild<QWidget *>(QStringLiteral("outboxButton"))->isVisible());
    }
};

QTEST_MAIN(TestServerSync)

#include "tst_serversync.moc"
