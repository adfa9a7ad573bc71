// SPDX-License-Identifier: MIT
// HTTPS: a controltower-server with a self-signed certificate made at test time by the
// openssl command; login and a whole sync with a client that trusts it (SyncEngine and
// controltower-cli --ca-file); a client that does not trust it stops with a TLS error; a
// missing or wrong key stops the server from starting, naming the file.
#include "syncsupport.h"

#include "edits/editcatalog.h"
#include "net/tlstrust.h"
#include "store/database.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"

#include "support/testclock.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::server;
using namespace ct::synctest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program without blocking this thread's event loop (the in-process server
// answers from it), feeding `input` on standard input.
Run runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!process.waitForStarted(10'000))
        return {-3, {}, process.errorString()};
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(60'000)) {
        process.kill();
        process.waitForFinished();
        return {-2, QString::fromUtf8(process.readAllStandardOutput()), QStringLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_certificate, m_key, m_otherKey;
    QList<QSslCertificate> m_trusted;
    int m_files = 0;

    QString path(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_files).arg(name)); }

    void makeCertificate(const QString &certificate, const QString &key)
    {
        QString error;
        QVERIFY2(synctest::makeCertificate(certificate, key, &error), qPrintable(error));
    }

    std::unique_ptr<TestServer> startHttpsServer(int demoShipments)
    {
        ServerConfig config = testConfig();
        config.tlsCertificate = m_certificate;
        config.tlsKey = m_key;
        return startServer(path(QStringLiteral("server.db")), demoShipments, config);
    }

    std::unique_ptr<Database> openClient() { return synctest::openClient(path(QStringLiteral("client.db"))); }

    // One SyncEngine round that trusts `cas`; (ok, message).
    static std::pair<bool, QString> sync(const Database &client, const TestServer &server, const QByteArray &token,
                                         const QList<QSslCertificate> &cas, SyncReport *report = nullptr)
    {
        SyncOptions options;
        options.server = server.url;
        options.token = token;
        options.pageSize = 50;
        options.caCertificates = cas;
        options.retry.initialDelayMs = 5;
        options.retry.maxDelayMs = 20;
        options.retry.maxAttempts = 3;
        return syncOnce(client, options, report);
    }

    // controltower-server with TLS files that cannot work: it must not start.
    Run serverWith(const QString &certificate, const QString &key)
    {
        const QString config = path(QStringLiteral("server.json"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QStringLiteral(R"({"tls_certificate": "%1", "tls_key": "%2", "listen": "127.0.0.1:0"})")
                       .arg(certificate, key).toUtf8());
        file.close();
        return runProgram(QStringLiteral(CT_SERVER_PATH),
                          {QStringLiteral("--db"), path(QStringLiteral("refused.db")), QStringLiteral("--config"), config});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QSslSocket::supportsSsl(), qPrintable(QStringLiteral("Qt has no TLS backend here (%1)")
                                                             .arg(QSslSocket::sslLibraryBuildVersionString())));
        m_certificate = m_dir.filePath(QStringLiteral("server.crt"));
        m_key = m_dir.filePath(QStringLiteral("server.key"));
        makeCertificate(m_certificate, m_key);
        m_otherKey = m_dir.filePath(QStringLiteral("other.key"));
        makeCertificate(m_dir.filePath(QStringLiteral("other.crt")), m_otherKey);
        QString error;
        const auto trusted = tls::readCaFile(m_certificate, &error);
        QVERIFY2(trusted, qPrintable(error));
        m_trusted = *trusted;
    }

    void loginAndSyncOverHttps()
    {
        auto server = startHttpsServer(150);
        QCOMPARE(server->url.scheme(), QStringLiteral("https"));
        const QByteArray token = login(server->url, "maria", m_trusted);
        QVERIFY(!token.isEmpty());

        auto client = openClient();
        auto [ok, message] = sync(*client, *server, token, m_trusted);
        QVERIFY2(ok, qPrintable(message));
        for (const char *table : {"shipments", "events", "exceptions", "returns"}) {
            const QString count = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
            QVERIFY(scalar(*server->db, count) > 0);
            QCOMPARE(scalar(*client, count), scalar(*server->db, count));
        }
        // An edit goes up the same way.
        const qint64 id = scalar(*client, QStringLiteral("SELECT min(id) FROM exceptions WHERE status = 0"));
        QVERIFY(id > 0);
        const EditOp *note = EditCatalog::find(EntityKind::Exception, u"note");
        QVERIFY(Outbox(*client).enqueue(EntityKind::Exception, id, *note, QByteArray(R"({"text":"sent over TLS"})"),
                                        QStringLiteral("maria"), test::runningNowMs(), nullptr).ok());
        std::tie(ok, message) = sync(*client, *server, token, m_trusted);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(scalar(*server->db, QStringLiteral("SELECT count(*) FROM exception_history WHERE detail = 'sent over TLS'")), 1);
    }

    void untrustedCertificateIsRefused()
    {
        auto server = startHttpsServer(20);
        // Plain requests: a TLS error, no HTTP answer.
        const HttpAnswer answer = request(server->url, "GET", QStringLiteral("/v1/health"));
        QCOMPARE(answer.status, 0);
        QVERIFY2(answer.networkError.contains(QLatin1String("SSL"), Qt::CaseInsensitive), qPrintable(answer.networkError));
        QVERIFY(login(server->url, "maria").isEmpty());

        // The sync engine stops at once, with a TLS message, and stores nothing.
        const QByteArray token = login(server->url, "maria", m_trusted);
        QVERIFY(!token.isEmpty());
        auto client = openClient();
        SyncReport report;
        const auto [ok, message] = sync(*client, *server, token, {}, &report);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("TLS handshake")) && message.contains(QLatin1String("--ca-file")),
                 qPrintable(message));
        QCOMPARE(report.retries, 0);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM shipments")), 0);
        QCOMPARE(scalar(*client, QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'sync.%'")), 0);
    }

    void cliTrustsTheCaFile()
    {
        auto server = startHttpsServer(30);
        const QString url = server->url.toString();
        const QString cli = QStringLiteral(CT_CLI_PATH);
        const QByteArray password = Password.toUtf8() + '\n';

        Run run = runProgram(cli, {QStringLiteral("login"), QStringLiteral("--server"), url, QStringLiteral("--user"),
                                   QStringLiteral("maria")}, password);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QLatin1String("--ca-file")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());

        run = runProgram(cli, {QStringLiteral("login"), QStringLiteral("--server"), url, QStringLiteral("--user"),
                               QStringLiteral("maria"), QStringLiteral("--ca-file"), path(QStringLiteral("missing.pem"))}, password);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("missing.pem")), qPrintable(run.err));

        run = runProgram(cli, {QStringLiteral("login"), QStringLiteral("--server"), url, QStringLiteral("--user"),
                               QStringLiteral("maria"), QStringLiteral("--ca-file"), m_certificate}, password);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString token = run.out.trimmed();
        QVERIFY(!token.isEmpty());

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CONTROLTOWER_TOKEN"), token);
        const QString store = path(QStringLiteral("cli.db"));
        run = runProgram(cli, {QStringLiteral("sync"), QStringLiteral("--server"), url, QStringLiteral("--db"), store,
                               QStringLiteral("--attempts"), QStringLiteral("2")}, {}, environment);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QLatin1String("TLS handshake")), qPrintable(run.err));
        run = runProgram(cli, {QStringLiteral("sync"), QStringLiteral("--server"), url, QStringLiteral("--db"), store,
                               QStringLiteral("--ca-file"), m_certificate, QStringLiteral("--quiet")}, {}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QLatin1String("caught up:")), qPrintable(run.out));
    }

    void serverRefusesKeysThatCannotWork()
    {
        // No key file.
        const QString missing = path(QStringLiteral("missing.key"));
        Run run = serverWith(m_certificate, missing);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(missing) && run.err.contains(QLatin1String("tls_key")), qPrintable(run.err));
        // No certificate file.
        const QString noCertificate = path(QStringLiteral("missing.crt"));
        run = serverWith(noCertificate, m_key);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(noCertificate) && run.err.contains(QLatin1String("tls_certificate")), qPrintable(run.err));
        // The key of another certificate.
        run = serverWith(m_certificate, m_otherKey);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(m_otherKey) && run.err.contains(QLatin1String("does not work with")), qPrintable(run.err));
        // A file that is no key at all.
        run = serverWith(m_certificate, m_certificate);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QLatin1String("not an unencrypted PEM")), qPrintable(run.err));

        // In process, the same check.
        ServerConfig config = testConfig();
        config.tlsCertificate = m_certificate;
        config.tlsKey = m_otherKey;
        QString error;
        QVERIFY(!startServer(path(QStringLiteral("server.db")), 0, config, &error));
        QVERIFY2(error.contains(m_otherKey), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
