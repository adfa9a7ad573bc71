// SPDX-License-Identifier: MIT
// controltower-carrier-sim: serves demo shipments in every carrier format the adapters read,
// over loopback HTTP, with injected faults (docs/SIMULATOR.md).
#include "carriersimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>

namespace {

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    *port = static_cast<quint16>(p);
    if (host == QLatin1String("localhost"))
        *address = QHostAddress(QHostAddress::LocalHost);
    else
        *address = QHostAddress(host);
    return !address->isNull();
}

int usage(QTextStream &err, const QString &message)
{
    err << "controltower-carrier-sim: " << message << "\n";
    err.flush();
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("controltower-carrier-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves demo shipments in the carriers' own tracking formats (AfterShip, EasyPost, Shippo,\n"
        "UPS, FedEx, DHL, USPS, Delhivery) over HTTP, with injected faults, for testing feed\n"
        "pollers. Endpoints: GET /<format>/feed?page=K (Link: rel=\"next\" while more pages\n"
        "remain), GET /<format>/track/<tracking number>, GET /health, GET /stats.\n"
        "Prints the base URL on stdout and runs until killed. See docs/SIMULATOR.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption shipments(QStringLiteral("shipments"),
                                       QStringLiteral("Demo shipments to generate (default 500)."),
                                       QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the demo data and of the faults (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption now(QStringLiteral("now"),
                                 QStringLiteral("\"Today\" of the demo data, ISO 8601 (default: the "
                                                "current time). Same seed, now and N: same data."),
                                 QStringLiteral("ISO"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port (default 127.0.0.1:0, any free "
                                                   "port on loopback)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("Shipments per feed page (default 50)."),
                                      QStringLiteral("P"), QStringLiteral("50"));
    const QCommandLineOption faults(
        QStringLiteral("faults"),
        QStringLiteral("Faults per request, kind=probability[:value], comma-separated: "
                       "latency=P:MS (delay), 429=P[:SECONDS] (Retry-After, default 1), 500=P, "
                       "reset=P (connection aborted), truncate=P (body cut), duplicate=P (events "
                       "repeated), shuffle=P (events out of order), html=P (an HTML page with 200). Example: "
                       "latency=0.05:200,429=0.05,500=0.05,reset=0.03,truncate=0.03,duplicate=0.1,"
                       "shuffle=0.1"),
        QStringLiteral("SPEC"));
    const QCommandLineOption authorization(
        QStringLiteral("authorization"),
        QStringLiteral("Answer 401 unless requests carry this exact Authorization header value "
                       "(e.g. \"Bearer demo\"), as a carrier API does."),
        QStringLiteral("VALUE"));
    parser.addOptions({shipments, seed, now, listen, pageSize, faults, authorization});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    ct::sim::CarrierSimulator::Options options;
    bool ok = false;
    options.shipments = parser.value(shipments).toInt(&ok);
    if (!ok || options.shipments < 0)
        return usage(err, QStringLiteral("--shipments must be a whole number of at least 0"));
    options.demo.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usage(err, QStringLiteral("--seed must be a whole number"));
    options.faultSeed = options.demo.seed;
    if (parser.isSet(now)) {
        const QDateTime at = QDateTime::fromString(parser.value(now), Qt::ISODate);
        if (!at.isValid())
            return usage(err, QStringLiteral("--now must be an ISO 8601 date and time"));
        options.demo.now = at.toUTC();
    } else {
        options.demo.now = QDateTime::currentDateTimeUtc();
    }
    options.pageSize = parser.value(pageSize).toInt(&ok);
    if (!ok || options.pageSize < 1)
        return usage(err, QStringLiteral("--page-size must be a whole number of at least 1"));
    QString error;
    const auto plan = ct::sim::FaultPlan::parse(parser.value(faults), &error);
    if (!plan)
        return usage(err, QStringLiteral("--faults: ") + error);
    options.faults = *plan;
    options.authorization = parser.value(authorization).toUtf8();
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(listen), &address, &port))
        return usage(err, QStringLiteral("--listen must be HOST:PORT, e.g. 127.0.0.1:8080"));

    ct::sim::CarrierSimulator simulator(options);
    if (!simulator.listen(address, port, &error)) {
        err << "controltower-carrier-sim: " << error << "\n";
        return 1;
    }
    out << simulator.baseUrl().toString() << "\n";
    out.flush();
    for (const QString &format : simulator.formats())
        err << format << ": " << simulator.shipments(format).size() << " shipments, "
            << simulator.pageCount(format) << " pages at " << simulator.feedUrl(format).toString() << "\n";
    err.flush();
    return app.exec();
}
