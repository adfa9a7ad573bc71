// SPDX-License-Identifier: MIT
// The team server sending queued e-mails (docs/NOTIFICATIONS.md): N messages queued in a
// real store (SQLite, or --postgresql on a throwaway cluster), then drained by the
// dispatcher's own work (NotificationDelivery: claim one, read the shipment and the
// templates, render, send over SMTP with libcurl, record the outcome and its log) to a
// local SMTP server (aiosmtpd, Debian's python3-aiosmtpd, writing nothing). The baseline,
// in the same run against the same server: the same number of already built messages sent
// by the same SmtpSender with nothing around it, so the ratio is what the queue costs over
// SMTP itself. Reports, never fails on, the rates; fails when a message is lost or doubled.
#include "notify/mimemessage.h"
#include "notify/notificationdelivery.h"
#include "notify/notificationqueue.h"
#include "notify/smtpsender.h"
#include "store/serverschema.h"

#include "notify/notificationtemplateset.h"
#include "store/database.h"
#include "store/shipmentingestor.h"
#include "support/childprocess.h"
#include "support/postgrescluster.h"
#include "teamsettings/teamsettingsstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace ct;
using namespace ct::server;

namespace {

constexpr qint64 NowMs = 1'781'704'800'000; // 2026-06-17T14:00:00Z

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_notify_send: %s\n", qPrintable(message));
    std::exit(1);
}

int startReceiver(QProcess &receiver, const QString &folder)
{
    test::endWithTest(receiver);
    receiver.start(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral(CT_SOURCE_DIR "/tests/sync/peers/smtpreceiver.py"), QStringLiteral("--out"), folder,
                    QStringLiteral("--quiet")});
    if (!receiver.waitForStarted(30'000))
        die(QStringLiteral("python3: %1").arg(receiver.errorString()));
    QByteArray out;
    while (!out.contains('\n')) {
        if (!receiver.waitForReadyRead(60'000))
            die(QStringLiteral("the SMTP receiver did not start: %1 (is python3-aiosmtpd installed?)")
                    .arg(QString::fromUtf8(receiver.readAllStandardError())));
        out += receiver.readAllStandardOutput();
    }
    return out.mid(5, out.indexOf('\n') - 5).trimmed().toInt();
}

ShipmentRecord shipment(int i)
{
    ShipmentRecord r;
    r.carrier = QStringLiteral("ups");
    r.trackingNumber = QStringLiteral("1ZBENCH%1").arg(i, 8, 10, QLatin1Char('0'));
    r.sourceDocument = QStringLiteral("bench.json#%1").arg(i);
    r.order.orderId = QStringLiteral("#%1").arg(10000 + i);
    r.order.customerName = QStringLiteral("Customer %1").arg(i);
    r.order.customerEmail = QStringLiteral("customer%1@mail.test").arg(i);
    r.destination = {QStringLiteral("Austin"), QStringLiteral("TX"), QStringLiteral("78701"), QStringLiteral("US")};
    TrackingEvent e;
    e.occurredAt = Timestamp{NowMs - 3'600'000, -300};
    e.subtag = Subtag::InTransitArrivedAtFacility;
    e.tag = tagOf(e.subtag);
    e.rawCode = QStringLiteral("AR");
    e.city = QStringLiteral("Dallas");
    e.country = QStringLiteral("US");
    r.events = {e};
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Queued e-mails sent to a local SMTP server, vs bare SMTP sends."));
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("E-mails to send (10000)."), QStringLiteral("N"),
                                            QStringLiteral("10000"));
    const QCommandLineOption shipmentsOption(QStringLiteral("shipments"), QStringLiteral("Shipments they are about (1000)."),
                                             QStringLiteral("S"), QStringLiteral("1000"));
    const QCommandLineOption postgresOption(QStringLiteral("postgresql"), QStringLiteral("The store in PostgreSQL."));
    parser.addOptions({messagesOption, shipmentsOption, postgresOption});
    parser.process(app);
    const int messages = std::max(1, parser.value(messagesOption).toInt());
    const int shipments = std::clamp(parser.value(shipmentsOption).toInt(), 1, messages);

    QTemporaryDir dir;
    QProcess receiver;
    const int port = startReceiver(receiver, dir.filePath(QStringLiteral("mail")));
    NotifyConfig config;
    config.smtp.url = QStringLiteral("smtp://127.0.0.1:%1").arg(port);
    config.smtp.tls = QStringLiteral("none");
    config.smtp.fromAddress = QStringLiteral("orders@shop.test");
    config.smtp.fromName = QStringLiteral("Shop");
    config.batchSize = 500;

    PostgresCluster cluster;
    QString error;
    QString location = dir.filePath(QStringLiteral("bench.db"));
    if (parser.isSet(postgresOption)) {
        if (!cluster.start(&error))
            die(error);
        const QString name = cluster.createDatabase(&error);
        if (name.isEmpty())
            die(error);
        location = cluster.socketUrl(name);
    }
    const std::unique_ptr<Database> db = ServerSchema::openStore(location, &error);
    if (!db)
        die(error);
    NotificationTemplateSet set = NotificationTemplateSet::defaults();
    set.trackingUrl = QStringLiteral("https://shop.test/t/{{shipment.tracking_number}}");
    if (!TeamSettingsStore(*db).save(QString::fromLatin1(NotificationTemplateSet::SettingName), set.toJson(), 0,
                                     QStringLiteral("bench"), NowMs).ok())
        die(QStringLiteral("the templates could not be saved"));
    QList<ShipmentRecord> records;
    for (int i = 0; i < shipments; ++i)
        records << shipment(i);
    if (!ShipmentIngestor(*db).ingest(records, NowMs, nullptr, &error))
        die(error);
    QList<qint64> ids;
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("SELECT id FROM shipments ORDER BY id")))
        die(QStringLiteral("no shipments"));
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();

    // The baseline: the same kind of message, built once, sent N times over one connection.
    NotificationQueue queue(*db, config.retry);
    QElapsedTimer timer;
    {
        SmtpSender sender(config.smtp);
        MimeMessage message;
        message.fromName = config.smtp.fromName;
        message.fromAddress = config.smtp.fromAddress;
        message.toAddress = QStringLiteral("customer1@mail.test");
        message.subject = QStringLiteral("Your order #10001 is on its way");
        message.text = QStringLiteral("Hello Customer,\n\nYour order #10001 has left us with UPS.\n");
        message.html = QStringLiteral("<p>Hello Customer,</p><p>Your order #10001 has left us with UPS.</p>");
        message.dateMs = NowMs;
        timer.start();
        for (int i = 0; i < messages; ++i) {
            message.messageId = QStringLiteral("bench.%1@shop.test").arg(i);
            const SendOutcome outcome = sender.send(message);
            if (outcome.kind != SendOutcome::Kind::Sent)
                die(QStringLiteral("baseline send %1: %2").arg(i).arg(outcome.answer));
        }
    }
    const double baselineS = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    timer.start();
    for (int i = 0; i < messages; ++i) {
        const NotificationRequest r{ids.at(i % ids.size()), QString::fromLatin1(i % 2 ? "shipped" : "delayed"), MessageChannel::Email,
                                    QString::fromLatin1(i % 3 ? "en" : "de"), std::nullopt, QStringLiteral("bench-%1").arg(i),
                                    QStringLiteral("bench")};
        const auto outcome = queue.enqueue(r, NowMs);
        if (outcome.status != NotificationQueue::EnqueueOutcome::Status::Queued)
            die(QStringLiteral("enqueue %1: %2").arg(i).arg(outcome.detail));
    }
    const double enqueueS = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    NotificationDelivery delivery(*db, config, QStringLiteral("bench"));
    qint64 clock = NowMs;
    const std::function<qint64()> now = [&clock] { return ++clock; };
    timer.start();
    int sent = 0;
    for (;;) {
        const std::optional<int> handled = delivery.runOnce(now, &error);
        if (!handled)
            die(error);
        if (*handled == 0)
            break;
        sent += *handled;
    }
    const double sendS = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const auto counts = queue.statusCounts(&error);
    if (!counts)
        die(error);
    if (counts->value(QStringLiteral("sent")) != messages || sent != messages)
        die(QStringLiteral("%1 of %2 messages sent (%3 handled)").arg(counts->value(QStringLiteral("sent"))).arg(messages).arg(sent));

    std::printf("bench_notify_send: %d e-mails about %d shipments, store %s, SMTP on 127.0.0.1 (aiosmtpd)\n", messages, shipments,
                parser.isSet(postgresOption) ? "PostgreSQL" : "SQLite");
    std::printf("  baseline: bare SMTP sends        %8.2f s  %8.0f e-mails/s\n", baselineS, messages / baselineS);
    std::printf("  enqueue (API's work, no HTTP)    %8.2f s  %8.0f e-mails/s\n", enqueueS, messages / enqueueS);
    std::printf("  dispatcher: claim, render, send  %8.2f s  %8.0f e-mails/s  %.2fx the baseline's time\n", sendS,
                messages / sendS, sendS / baselineS);
    receiver.kill();
    receiver.waitForFinished();
    return 0;
}
