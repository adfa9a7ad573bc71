// SPDX-License-Identifier: MIT
#include "syncsupport.h"

#include "auth/authservice.h"
#include "store/serverschema.h"
#include "support/postgrescluster.h"

#include "demo/demoseeder.h"
#include "net/tlstrust.h"

#include "support/testclock.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTimeZone>

namespace ct::synctest {

using namespace ct::server;

const QString Password = QStringLiteral("correct horse battery");

std::unique_ptr<PostgresCluster> startBackend(QString *error)
{
    const QByteArray backend = qgetenv("CT_TEST_BACKEND");
    if (backend.isEmpty() || backend == "sqlite")
        return nullptr;
    if (backend != "postgresql") {
        *error = QStringLiteral("CT_TEST_BACKEND is sqlite (the default) or postgresql, not \"%1\"")
                     .arg(QString::fromLocal8Bit(backend));
        return nullptr;
    }
    auto postgres = std::make_unique<PostgresCluster>();
    if (!postgres->start(error))
        return nullptr;
    qInfo("server stores in PostgreSQL %s on port %d", qPrintable(postgres->version()), postgres->port());
    return postgres;
}

QString newServerStore(PostgresCluster *postgres, const QString &sqlitePath)
{
    if (!postgres)
        return sqlitePath;
    QString error;
    const QString database = postgres->createDatabase(&error);
    if (database.isEmpty())
        qFatal("%s", qPrintable(error));
    return postgres->socketUrl(database);
}

std::optional<ServerConfig> configFromFile(const QString &file, const QByteArray &json, QString *error)
{
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(json) != json.size())
        qFatal("cannot write %s: %s", qPrintable(file), qPrintable(out.errorString()));
    out.close();
    return ServerConfig::fromFile(file, error);
}

ServerConfig testConfig()
{
    ServerConfig config;
    config.port = 0;
    config.passwordIterations = 1000;
    config.requestsPerSecond = 10'000;
    config.requestBurst = 10'000;
    config.loginsPerMinute = 10'000;
    // However slow the machine, a request waits for its turn rather than getting 503; the
    // tests of that timeout set their own.
    config.queueTimeoutMs = 600'000;
    return config;
}

std::unique_ptr<TestServer> startServer(const QString &dbPath, int demoShipments, const ServerConfig &config,
                                        QString *listenError, ApiService::Clock clock)
{
    auto server = std::make_unique<TestServer>();
    QString error;
    server->db = ServerSchema::openStore(dbPath, &error);
    if (!server->db)
        qFatal("server store: %s", qPrintable(error));
    if (demoShipments > 0) {
        DemoOptions options;
        options.now = clock ? QDateTime::fromMSecsSinceEpoch(clock(), QTimeZone::utc()) : test::fixedNow();
        // Two weeks of orders: many parcels still moving, so many open exceptions (a
        // 90-day history leaves only a handful open, depending on the time of day).
        options.historyDays = 14;
        DemoSeeder::Result result;
        if (!DemoSeeder::seed(*server->db, options, demoShipments, {}, &result, &error))
            qFatal("demo: %s", qPrintable(error));
    }
    AuthService auth(*server->db, config.passwordIterations, config.tokenLifetimeMs);
    for (const auto &[name, role] : {std::pair{"maria", Role::Agent}, std::pair{"omar", Role::Agent},
                                      std::pair{"ana", Role::Analyst}, std::pair{"meg", Role::Manager}})
        if (!auth.createUser(QString::fromLatin1(name), role, Password, 0, &error))
            qFatal("user: %s", qPrintable(error));
    // The front's serving threads open the store by this name.
    ServerConfig served = config;
    served.database = dbPath;
    if (!clock)
        clock = [] { return test::runningNowMs(); };
    server->api = std::make_unique<ApiService>(*server->db, served, std::move(clock));
    server->http = std::make_unique<HttpFrontend>(*server->api, served);
    if (!server->http->listen(&error)) {
        if (!listenError)
            qFatal("listen: %s", qPrintable(error));
        *listenError = error;
        return nullptr;
    }
    server->url = server->http->url();
    return server;
}

HttpAnswer request(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &token,
                   const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                   const QList<QSslCertificate> &cas)
{
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(path.section(QLatin1Char('?'), 0, 0));
    url.setQuery(path.section(QLatin1Char('?'), 1));
    QNetworkRequest req(url);
    tls::trust(req, cas);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = network.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    if (answer.status == 0)
        answer.networkError = reply->errorString();
    for (const auto &pair : reply->rawHeaderPairs())
        answer.headers.insert(pair.first.toLower(), pair.second);
    delete reply;
    return answer;
}

QByteArray login(const QUrl &base, const char *user, const QList<QSslCertificate> &cas)
{
    const HttpAnswer answer = request(base, "POST", QStringLiteral("/v1/auth/token"), {},
                                      QStringLiteral("{\"username\":\"%1\",\"password\":\"%2\"}")
                                          .arg(QLatin1String(user), Password).toUtf8(),
                                      {}, cas);
    return answer.json.value(QStringLiteral("token")).toString().toLatin1();
}

std::unique_ptr<Database> openClient(const QString &path)
{
    QString error;
    auto db = Database::open(path, &error);
    if (!db)
        qFatal("client: %s", qPrintable(error));
    return db;
}

std::pair<bool, QString> syncOnce(const Database &client, const SyncOptions &options, SyncReport *report)
{
    SyncEngine engine(client, options);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    if (!done.wait(60'000))
        return {false, QStringLiteral("the sync round did not finish within 60 s")};
    if (report)
        *report = engine.report();
    return {done.first().at(0).toBool(), done.first().at(1).toString()};
}

bool makeCertificate(const QString &certificate, const QString &key, QString *error)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QStringLiteral("the openssl command is needed (scripts/install-deps.sh installs it)");
        return false;
    }
    // openssl needs no answer from this thread's event loop: waiting for it blocks nothing.
    QProcess process;
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                            QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate});
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("openssl req failed: %1").arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

namespace {

// A value as both databases (SQLite, PostgreSQL) can be compared by: NULL, an integer, or text.
QVariant comparable(const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toLongLong();
    default:
        return value.toString();
    }
}

} // namespace

QList<QVariantList> rows(const Database &db, const QString &table)
{
    QList<QVariantList> result;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
        return result;
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << comparable(query.value(i));
        result << row;
    }
    return result;
}

QString differenceBetween(const Database &server, const Database &client)
{
    for (const char *name : {"shipments", "events", "exceptions", "exception_history", "returns"}) {
        const QString table = QLatin1String(name);
        const auto expected = rows(server, table);
        const auto actual = rows(client, table);
        if (expected.isEmpty() && table != QLatin1String("exception_history"))
            return QStringLiteral("%1: the server has no rows").arg(table);
        if (actual.size() != expected.size())
            return QStringLiteral("%1: %2 rows on the client, %3 on the server").arg(table).arg(actual.size()).arg(expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            if (actual.at(i) != expected.at(i))
                return QStringLiteral("%1: row %2 differs").arg(table).arg(i);
    }
    return {};
}

} // namespace ct::synctest
