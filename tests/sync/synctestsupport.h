// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiservice.h"
#include "http/httpfrontend.h"

#include "store/database.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QVariantList>

#include <memory>

// Shared by the sync suites: a real controltower-server in this process on loopback, a
// plain HTTP client, and row-for-row comparison of stores.
namespace synctest {

// Every test user's password.
extern const QString Password;

struct TestServer
{
    std::unique_ptr<ct::Database> db;
    std::unique_ptr<ct::server::ApiService> api;
    std::unique_ptr<ct::server::HttpFrontend> http;
    QUrl url;
};

// A server on `dbPath` with `demoShipments` demo shipments over two weeks of orders (0:
// none), users maria and omar (agents), ana (analyst) and meg (manager), fast password
// hashing, no rate limits worth the name, and `faultRate` of the requests spoiled on
// purpose. Aborts the test run when it cannot start.
std::unique_ptr<TestServer> startServer(const QString &dbPath, int demoShipments, double faultRate = 0.0);

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

HttpAnswer request(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &token = {},
                   const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});

// A token for `user` (empty when the login fails).
QByteArray login(const TestServer &server, const char *user);

// Every row of `table`, column by column, in id order.
QList<QVariantList> rows(const ct::Database &db, const QString &table);

// The first table whose rows differ between the two stores, as a message; empty when the
// synced tables (shipments, events, exceptions, exception_history, returns) are equal.
QString differenceBetween(const ct::Database &server, const ct::Database &client);

qint64 scalar(const ct::Database &db, const QString &sql);

} // namespace synctest
