// SPDX-License-Identifier: MIT
// What the sync suites share: a real controltower-server in process (real HTTP or HTTPS on
// loopback), plain HTTP requests to it, and a bearer token.
#pragma once

#include "api/apiservice.h"
#include "config/serverconfig.h"
#include "http/httpfrontend.h"

#include "store/database.h"
#include "sync/syncengine.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>
#include <QVariantList>

#include <memory>
#include <optional>
#include <utility>

class PostgresCluster;

namespace ct::synctest {

// Every user of a test server has this password.
extern const QString Password;

struct TestServer
{
    std::unique_ptr<Database> db;
    std::unique_ptr<server::ApiService> api;
    std::unique_ptr<server::HttpFrontend> http;
    QUrl url;
};

// The server stores' backend, from CT_TEST_BACKEND: SQLite (unset or "sqlite": null is
// returned) or "postgresql": a throwaway cluster, started (support/postgrescluster.h).
// Null with `error` set when the variable is something else or the cluster cannot start.
std::unique_ptr<PostgresCluster> startBackend(QString *error);

// A new, empty server store: the SQLite file `sqlitePath`, or a new database in `postgres`
// (its URL) when there is one. Aborts the test run when the database cannot be made.
QString newServerStore(PostgresCluster *postgres, const QString &sqlitePath);

// A config for tests: any free port on loopback, fast password hashing, no rate limits, no
// queue timeout (a slow machine waits, it is not refused).
server::ServerConfig testConfig();

// Writes `json` to the config file `file` and reads it as the server does (ServerConfig::fromFile);
// its error, naming the file, in `error`. Aborts the test run when the file cannot be written.
std::optional<server::ServerConfig> configFromFile(const QString &file, const QByteArray &json, QString *error);

// A server on a new store at `dbPath` with `demoShipments` demo shipments (two weeks of orders) and the users
// maria and omar (agents), ana (analyst) and meg (manager). Aborts the test run when it
// cannot start; `error` (when given) gets why listen() failed and the server is null.
// `clock` (UTC ms; called from the serving threads too) is the server's "now", by default
// test::runningNowMs(); the demo data is seeded at clock()'s instant.
std::unique_ptr<TestServer> startServer(const QString &dbPath, int demoShipments, const server::ServerConfig &config,
                                        QString *listenError = nullptr, server::ApiService::Clock clock = {});

struct HttpAnswer
{
    int status = 0;            // 0: no HTTP answer (networkError says why)
    QByteArray body;
    QJsonObject json;
    QString networkError;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
};

// One request, waited for; `cas` are trusted for https besides the system's.
HttpAnswer request(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &token = {},
                   const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                   const QList<QSslCertificate> &cas = {});

// A token for `user` (empty when the login fails).
QByteArray login(const QUrl &base, const char *user, const QList<QSslCertificate> &cas = {});

// A client store at `path` (created); aborts the test run when it cannot be opened.
std::unique_ptr<Database> openClient(const QString &path);

// One SyncEngine round: whether it caught up, and its final message; `report` gets its counts.
std::pair<bool, QString> syncOnce(const Database &client, const SyncOptions &options, SyncReport *report = nullptr);

// Every row of `table`, column by column, in id order; integers as qint64, NULL as null,
// everything else as text, so stores of both backends compare equal.
QList<QVariantList> rows(const Database &db, const QString &table);

// The first synced table (shipments, events, exceptions, exception_history, returns) whose
// rows differ between the two stores, as a message; empty when they are equal.
QString differenceBetween(const Database &server, const Database &client);

// A self-signed certificate for 127.0.0.1 (PEM, two days) and its unencrypted RSA key, made
// by the openssl command; false with `error` saying why.
bool makeCertificate(const QString &certificate, const QString &key, QString *error);

// The first column of the first row of `sql`, or -1.
qint64 scalar(const Database &db, const QString &sql);

} // namespace ct::synctest
