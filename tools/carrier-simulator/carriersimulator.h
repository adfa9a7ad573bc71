// SPDX-License-Identifier: MIT
#pragma once

#include "demo/demogenerator.h"
#include "faultplan.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;

namespace ct::sim {

// A carrier tracking API stand-in on loopback HTTP: generates demo shipments and serves
// each carrier format's shipments (docs/SIMULATOR.md):
//   GET /<format>/feed?page=K          one real-format document with page K (Link rel=next)
//   GET /<format>/track/<number>       one shipment's document; 404 with the carrier's body
//   GET /health, GET /stats            liveness; injected faults as JSON
// with faults injected into the format endpoints as its FaultPlan says.
class CarrierSimulator final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int shipments = 500;
        DemoOptions demo;       // seed and "now" of the demo data
        int pageSize = 50;      // shipments per feed page
        FaultPlan::Options faults;
        quint64 faultSeed = 1;  // the fault plan's random sequence
        // When set, the format endpoints answer 401 unless the request's Authorization
        // header is exactly this ("Bearer ..."), as a carrier API does without credentials.
        QByteArray authorization;
    };

    explicit CarrierSimulator(const Options &options, QObject *parent = nullptr);
    ~CarrierSimulator() override;

    // Listens on `address`:`port` (0 = any free port). False with `error` when it cannot.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    // Stops accepting connections (the port is free again); pending delayed replies are dropped.
    void close();
    // "http://127.0.0.1:<port>"; empty before listen().
    QUrl baseUrl() const;
    QUrl feedUrl(const QString &format) const;

    // Formats served, in AdapterRegistry order, and the shipments each serves (as generated).
    QStringList formats() const;
    const QList<ShipmentRecord> &shipments(const QString &format) const;
    int shipmentCount() const { return m_total; }
    int pageCount(const QString &format) const;

    const FaultPlan &faults() const { return m_faults; }
    // {"requests": n, "faulted_requests": n, "faults": {"latency": n, "429": n, ...}}
    QByteArray statsJson() const;

private:
    struct Reply
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // The reply to a format endpoint, with `shipments` set to the document's shipments.
    Reply formatReply(const QString &format, const QStringList &path, const QHttpServerRequest &request,
                      QList<ShipmentRecord> *shipments, bool *isDocument) const;
    QByteArray document(const QString &format, const QList<ShipmentRecord> &shipments) const;
    void send(QHttpServerResponder &responder, Reply reply, const FaultPlan::Decision &faults);

    Options m_options;
    QHash<QString, QList<ShipmentRecord>> m_byFormat;
    QHash<QString, std::pair<QString, qsizetype>> m_byNumber; // tracking number -> format, index
    int m_total = 0;
    FaultPlan m_faults;
    std::unique_ptr<QHttpServer> m_server;
    QTcpServer *m_tcp = nullptr; // owned by m_server once bound
};

} // namespace ct::sim
