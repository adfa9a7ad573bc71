// SPDX-License-Identifier: MIT
#include "carriersimulator.h"

#include "formatencoder.h"
#include "json/jsonwriter.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace ct::sim {

namespace {

QByteArray errorBody(int status, const QString &message)
{
    // Deliberately no carrier's shape (no adapter claims it): {"status", "error"}.
    json::Writer w;
    w.beginObject().key("status").value(status).key("error").value(message).endObject();
    return w.take();
}

QByteArray jsonType()
{
    return QByteArrayLiteral("application/json");
}

} // namespace

CarrierSimulator::CarrierSimulator(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_faults(options.faults, options.faultSeed)
{
    m_options.pageSize = std::max(1, m_options.pageSize);
    for (const FormatEncoder *encoder : allEncoders())
        m_byFormat.insert(encoder->formatId(), {});
    DemoGenerator generator(m_options.demo);
    generator.generate(
        std::max(0, m_options.shipments),
        [this](ShipmentRecord &&r) {
            QList<ShipmentRecord> &list = m_byFormat[formatForCarrier(r.carrier)];
            m_byNumber.insert(r.trackingNumber, {formatForCarrier(r.carrier), list.size()});
            list.append(std::move(r));
            ++m_total;
        },
        {});
}

CarrierSimulator::~CarrierSimulator() = default;

bool CarrierSimulator::listen(const QHostAddress &address, quint16 port, QString *error)
{
    close();
    m_server = std::make_unique<QHttpServer>();
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
    auto *tcp = new QTcpServer(m_server.get());
    if (!tcp->listen(address, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(tcp->errorString());
        m_server.reset();
        return false;
    }
    m_server->bind(tcp);
    m_tcp = tcp;
    return true;
}

void CarrierSimulator::close()
{
    m_tcp = nullptr;
    m_server.reset();
}

QUrl CarrierSimulator::baseUrl() const
{
    if (!m_tcp)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress host = m_tcp->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    url.setHost(host.toString());
    url.setPort(m_tcp->serverPort());
    return url;
}

QUrl CarrierSimulator::feedUrl(const QString &format) const
{
    QUrl url = baseUrl();
    url.setPath(QLatin1Char('/') + format + QStringLiteral("/feed"));
    return url;
}

QStringList CarrierSimulator::formats() const
{
    QStringList list;
    for (const FormatEncoder *encoder : allEncoders())
        list.append(encoder->formatId());
    return list;
}

const QList<ShipmentRecord> &CarrierSimulator::shipments(const QString &format) const
{
    static const QList<ShipmentRecord> none;
    const auto it = m_byFormat.constFind(format);
    return it == m_byFormat.constEnd() ? none : *it;
}

int CarrierSimulator::pageCount(const QString &format) const
{
    const qsizetype n = shipments(format).size();
    return static_cast<int>((n + m_options.pageSize - 1) / m_options.pageSize);
}

QByteArray CarrierSimulator::statsJson() const
{
    json::Writer w;
    w.beginObject();
    w.key("shipments").value(m_total);
    w.key("requests").value(m_faults.requests());
    w.key("faulted_requests").value(m_faults.faultedRequests());
    w.key("faults").beginObject();
    for (FaultPlan::Kind kind : FaultPlan::AllKinds)
        w.key(FaultPlan::kindName(kind).toLatin1().constData()).value(m_faults.count(kind));
    w.endObject();
    w.endObject();
    return w.take();
}

QByteArray CarrierSimulator::document(const QString &format,
                                      const QList<ShipmentRecord> &shipments) const
{
    const FormatEncoder *encoder = encoderFor(format);
    if (shipments.isEmpty())
        return QByteArrayLiteral("[]"); // an empty feed: no records at all
    QByteArray doc;
    if (encoder->multiShipment()) {
        encoder->encode(shipments, &doc);
        return doc;
    }
    // One document per shipment: a JSON array of them (USPS's v3r2 multi-status shape;
    // for Shippo, several Track objects).
    doc = "[";
    for (qsizetype i = 0; i < shipments.size(); ++i) {
        QByteArray one;
        encoder->encode({shipments.at(i)}, &one);
        if (i > 0)
            doc += ',';
        doc += one;
    }
    doc += ']';
    return doc;
}

CarrierSimulator::Reply CarrierSimulator::formatReply(const QString &format, const QStringList &path,
                                                      const QHttpServerRequest &request,
                                                      QList<ShipmentRecord> *shipments,
                                                      bool *isDocument) const
{
    *isDocument = false;
    const QList<ShipmentRecord> &all = m_byFormat.value(format);
    if (path.size() == 2 && path.at(1) == QLatin1String("feed")) {
        const QUrlQuery query = request.query();
        int page = 1;
        if (query.hasQueryItem(QStringLiteral("page"))) {
            bool ok = false;
            page = query.queryItemValue(QStringLiteral("page")).toInt(&ok);
            if (!ok || page < 1)
                return {400, {}, errorBody(400, QStringLiteral("page must be a whole number from 1"))};
        }
        const int pages = pageCount(format);
        if (page > std::max(1, pages))
            return {404, {}, errorBody(404, QStringLiteral("%1 has %2 pages").arg(format).arg(pages))};
        *shipments = all.mid(static_cast<qsizetype>(page - 1) * m_options.pageSize, m_options.pageSize);
        *isDocument = !shipments->isEmpty();
        Reply reply;
        if (page < pages) {
            // RFC 8288: the absolute URL of the next page.
            QUrl next = request.url();
            if (next.host().isEmpty())
                next = feedUrl(format);
            next.setPath(QLatin1Char('/') + format + QStringLiteral("/feed"));
            next.setQuery(QStringLiteral("page=%1").arg(page + 1));
            reply.headers.append({QByteArrayLiteral("Link"),
                                  '<' + next.toEncoded() + QByteArrayLiteral(">; rel=\"next\"")});
        }
        return reply;
    }
    if (path.size() == 3 && path.at(1) == QLatin1String("track")) {
        const auto it = m_byNumber.constFind(path.at(2));
        if (it == m_byNumber.constEnd() || it->first != format)
            return {404, {}, encoderFor(format)->notFoundBody(path.at(2))};
        *shipments = {all.at(it->second)};
        *isDocument = true;
        return {};
    }
    return {404, {}, errorBody(404, QStringLiteral("no such endpoint: %1").arg(request.url().path()))};
}

void CarrierSimulator::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QStringList path = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (request.method() != QHttpServerRequest::Method::Get) {
        send(responder, {405, {{"Allow", "GET"}}, errorBody(405, QStringLiteral("only GET"))}, {});
        return;
    }
    if (path == QStringList{QStringLiteral("health")}) {
        json::Writer w;
        w.beginObject().key("status").value("ok").key("shipments").value(m_total).endObject();
        send(responder, {200, {}, w.take()}, {});
        return;
    }
    if (path == QStringList{QStringLiteral("stats")}) {
        send(responder, {200, {}, statsJson()}, {});
        return;
    }
    if (path.isEmpty() || !m_byFormat.contains(path.constFirst())) {
        send(responder, {404, {}, errorBody(404, QStringLiteral("no such endpoint: %1").arg(request.url().path()))},
             {});
        return;
    }

    if (!m_options.authorization.isEmpty() && request.value(QByteArrayLiteral("Authorization")) != m_options.authorization) {
        send(responder,
             {401, {{"WWW-Authenticate", "Bearer"}}, errorBody(401, QStringLiteral("missing or wrong Authorization"))}, {});
        return;
    }
    const QString format = path.constFirst();
    QList<ShipmentRecord> shipments;
    bool isDocument = false;
    Reply reply = formatReply(format, path, request, &shipments, &isDocument);
    const FaultPlan::Decision faults = m_faults.next(isDocument);
    if (isDocument) {
        m_faults.apply(faults, shipments);
        reply.body = document(format, shipments);
    }
    if (faults.delayMs <= 0) {
        send(responder, std::move(reply), faults);
        return;
    }
    // Latency: answer later, unless the client gave up meanwhile.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(faults.delayMs, this, [this, held, socket, reply, faults]() mutable {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            send(*held, std::move(reply), faults);
    });
}

void CarrierSimulator::send(QHttpServerResponder &responder, Reply reply,
                            const FaultPlan::Decision &faults)
{
    if (faults.reset) {
        responder.socket()->abort(); // no status line, nothing
        return;
    }
    QStringList applied;
    if (faults.delayMs > 0)
        applied.append(QStringLiteral("latency"));
    if (faults.status == 429) {
        const QByteArray seconds = QByteArray::number(faults.retryAfterSeconds);
        reply = {429, {{"Retry-After", seconds}}, errorBody(429, QStringLiteral("Too Many Requests"))};
        applied.append(QStringLiteral("429"));
    } else if (faults.status == 500) {
        reply = {500, {}, errorBody(500, QStringLiteral("Internal Server Error"))};
        applied.append(QStringLiteral("500"));
    } else if (faults.htmlPage) {
        // What a captive portal or a proxy in front of the carrier sends with a 200.
        reply = {200, {}, QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>Access denied</title></head>\n"
                                            "<body><h1>Access denied</h1><p>Sign in to continue.</p></body></html>\n")};
        applied.append(QStringLiteral("html"));
    } else {
        if (faults.duplicate)
            applied.append(QStringLiteral("duplicate"));
        if (faults.shuffle)
            applied.append(QStringLiteral("shuffle"));
        if (faults.truncate) {
            reply.body.truncate(m_faults.truncatedSize(reply.body.size()));
            applied.append(QStringLiteral("truncate"));
        }
    }
    if (!applied.isEmpty())
        reply.headers.append({"X-Simulator-Faults", applied.join(QLatin1Char(',')).toLatin1()});
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", faults.htmlPage ? QByteArrayLiteral("text/html; charset=utf-8") : jsonType());
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

} // namespace ct::sim
