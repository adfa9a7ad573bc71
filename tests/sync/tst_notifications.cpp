// SPDX-License-Identifier: MIT
// Sending customer notifications from the team server (docs/NOTIFICATIONS.md) against real
// peers on loopback: a real SMTP server (aiosmtpd, with STARTTLS and AUTH required) whose
// own MIME reader checks each message's headers, both parts and their encoding; a loopback
// HTTP receiver standing in for the SMS and WhatsApp provider (4xx failed and not retried,
// 5xx retried with backoff, dead after the last attempt). The API: enqueue idempotently,
// refusals located, roles, a notification and a shipment's delivery log, opt-outs honoured at
// enqueue and at send, customers without an address skipped without failing the batch. A
// send interrupted by a crash is never repeated, in process and with a server process
// killed (SIGKILL) while it sends: nothing sent twice, nothing lost. MIME encoding and the
// backoff by hand. On SQLite, and on PostgreSQL (CT_TEST_BACKEND=postgresql).
#include "serverprocess.h"
#include "syncsupport.h"

#include "automation/automationledger.h"
#include "notify/automationhandoff.h"
#include "notify/mimemessage.h"
#include "notify/notificationdelivery.h"
#include "notify/notificationqueue.h"
#include "store/serverschema.h"
#include "support/childprocess.h"
#include "support/postgrescluster.h"
#include "support/adasparcel.h"
#include "support/testclock.h"

#include "notify/notificationtemplateset.h"
#include "store/shipmentingestor.h"
#include "teamsettings/teamsettingsstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace ct;
using namespace ct::server;
using namespace ct::synctest;

namespace {

// A peer script (tests/sync/peers) as a process: started, its port read from "PORT n".
class Peer
{
public:
    ~Peer() { stop(); }
    bool start(const QString &script, const QStringList &args, QString *error)
    {
        test::endWithTest(m_process);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral("/usr/bin/python3"), QStringList{script} + args);
        if (!m_process.waitForStarted(30'000)) {
            *error = m_process.errorString();
            return false;
        }
        QByteArray out;
        while (!out.contains('\n')) {
            if (!m_process.waitForReadyRead(60'000)) {
                *error = QStringLiteral("%1 printed no port: %2").arg(script, QString::fromUtf8(m_process.readAllStandardError()));
                return false;
            }
            out += m_process.readAllStandardOutput();
        }
        m_port = out.mid(5, out.indexOf('\n') - 5).trimmed().toInt();
        return m_port > 0;
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10'000);
        }
    }
    int port() const { return m_port; }

private:
    QProcess m_process;
    int m_port = 0;
};

QString peerScript(const char *name)
{
    return QStringLiteral(CT_SOURCE_DIR "/tests/sync/peers/") + QLatin1String(name);
}

// The messages the SMTP receiver accepted, in order.
QList<QJsonObject> received(const QString &folder)
{
    QList<QJsonObject> out;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            out << QJsonDocument::fromJson(file.readAll()).object();
    }
    return out;
}

// The requests the provider receiver got, in order.
QList<QJsonObject> posted(const QString &file)
{
    QList<QJsonObject> out;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    return out;
}

// A shipment for `name` with its own tracking number, e-mail and phone (empty: none).
ShipmentRecord parcelFor(const char *tracking, const char *name, const char *email, const char *phone)
{
    ShipmentRecord r = test::adasParcel("notify.json#1", test::adasScans(), R"({"poll":1})");
    r.trackingNumber = QString::fromLatin1(tracking);
    r.sourceDocument = QStringLiteral("notify-%1.json#1").arg(QLatin1String(tracking));
    r.order.orderId = QStringLiteral("#") + QString::fromLatin1(tracking).right(4);
    r.order.customerName = QString::fromUtf8(name);
    r.order.customerEmail = QString::fromLatin1(email);
    r.order.customerPhone = QString::fromLatin1(phone);
    return r;
}

QStringList logStatuses(const QJsonObject &notification)
{
    QStringList out;
    for (const QJsonValue &e : notification.value(QStringLiteral("log")).toArray())
        out << e.toObject().value(QStringLiteral("status")).toString();
    return out;
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresCluster> m_postgres;
    std::atomic<qint64> m_now{test::fixedNowMs()};
    Peer m_smtp;
    Peer m_provider;
    Peer m_secureProvider;
    std::unique_ptr<TestServer> m_server;
    NotifyConfig m_notify;
    QByteArray m_agent, m_manager, m_analyst;
    QHash<QString, qint64> m_shipments; // by tracking number
    int m_keys = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString mailFolder() const { return path(QStringLiteral("mail")); }
    QString providerLog() const { return path(QStringLiteral("provider.jsonl")); }
    std::function<qint64()> clock()
    {
        return [this] { return m_now.load(); };
    }
    HttpAnswer notify(const char *tracking, const char *templateName, const char *channel, const QByteArray &key = {},
                      const char *language = "en");
    // Runs the dispatcher's work once, on the server's store, as its dispatcher would.
    int deliverOnce(const QString &claimant = QStringLiteral("test-dispatcher"));
    QJsonObject notification(qint64 id);

private slots:
    void initTestCase();
    void cleanupTestCase();

    void mimeEncoding_data();
    void mimeEncoding();
    void backoff_data();
    void backoff();
    void configRefusals_data();
    void configRefusals();

    void enqueueIsIdempotentAndChecked();
    void emailOverStartTlsWithAuth();
    void smtpRefusalsAndRetries();
    void smsAndWhatsAppThroughTheProvider();
    void optOutsAndMissingAddresses();
    void interruptedSendIsNeverRepeated();
    void killedServerSendsNothingTwice();
    void automationDecisionsReachTheQueueOnce();
};

#ifndef Q_MOC_RUN // moc 6.4 misreads some raw strings

void TestNotifications::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_postgres = startBackend(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString cert = path(QStringLiteral("smtp.crt"));
    const QString key = path(QStringLiteral("smtp.key"));
    QVERIFY2(makeCertificate(cert, key, &error), qPrintable(error));
    QVERIFY2(m_smtp.start(peerScript("smtpreceiver.py"),
                          {QStringLiteral("--out"), mailFolder(), QStringLiteral("--cert"), cert, QStringLiteral("--key"), key,
                           QStringLiteral("--user"), QStringLiteral("ct-mailer"), QStringLiteral("--password"),
                           QStringLiteral("s3cret pass")},
                          &error),
             qPrintable(error));
    // SMS over plain HTTP on loopback, WhatsApp over HTTPS with the test's certificate, both logged to one file.
    const QString script = QStringLiteral(R"({"+15550000400": [[400, "Invalid 'To' Phone Number"]],)"
                                          R"( "+15550000503": [[503, "busy"], [503, "busy"]], "+15550000408": [[0, null]]})");
    QVERIFY2(m_provider.start(peerScript("httpreceiver.py"),
                              {QStringLiteral("--out"), providerLog(), QStringLiteral("--script"), script}, &error),
             qPrintable(error));
    QVERIFY2(m_secureProvider.start(peerScript("httpreceiver.py"),
                                    {QStringLiteral("--out"), providerLog(), QStringLiteral("--script"), script,
                                     QStringLiteral("--cert"), cert, QStringLiteral("--key"), key},
                                    &error),
             qPrintable(error));
    qputenv("CT_TEST_SMTP_PASSWORD", "s3cret pass");
    qputenv("CT_TEST_SMS_TOKEN", "tok3n");
    // The config as the server reads it from its file.
    const QByteArray json = QStringLiteral(R"({"notifications": {
        "smtp": {"url": "smtp://127.0.0.1:%1", "tls": "required", "username": "ct-mailer",
                 "password_env": "CT_TEST_SMTP_PASSWORD", "from": "orders@shop.test", "from_name": "Shöp Örders",
                 "ca_file": "%2", "timeout_ms": 20000},
        "sms": {"url": "http://127.0.0.1:%3/2010-04-01/Accounts/AC123/Messages.json", "username": "AC123",
                "password_env": "CT_TEST_SMS_TOKEN", "from": "+15005550006", "timeout_ms": 1500},
        "whatsapp": {"url": "https://127.0.0.1:%4/whatsapp", "username": "AC123", "password_env": "CT_TEST_SMS_TOKEN",
                     "from": "+15005550007", "ca_file": "%2"},
        "max_attempts": 3, "retry_initial_s": 30, "retry_max_s": 60, "batch_size": 20}})")
                                .arg(m_smtp.port()).arg(cert).arg(m_provider.port()).arg(m_secureProvider.port()).toUtf8();
    const std::optional<ServerConfig> config = configFromFile(path(QStringLiteral("server.json")), json, &error);
    QVERIFY2(config, qPrintable(error));
    m_notify = config->notifications;
    ServerConfig serving = testConfig();
    serving.notifications = m_notify;
    m_server = startServer(newServerStore(m_postgres.get(), path(QStringLiteral("server.db"))), 0, serving, nullptr, clock());
    m_agent = login(m_server->url, "maria");
    m_manager = login(m_server->url, "meg");
    m_analyst = login(m_server->url, "ana");
    QVERIFY(!m_agent.isEmpty() && !m_manager.isEmpty() && !m_analyst.isEmpty());

    const QList<ShipmentRecord> parcels{
        parcelFor("794644790132", "Ada Lovelace", "Ada@Example.com", "+1 512 555 0147"),
        parcelFor("794644790400", "Rita Reject", "reject@mail.test", "+1 555 000 0400"),
        parcelFor("794644790503", "Bea Busy", "busy@mail.test", "+1 555 000 0503"),
        parcelFor("794644790999", "Noah Nobody", "", ""),
        parcelFor("794644790408", "Tim Timeout", "tim@mail.test", "+1 555 000 0408"),
    };
    QVERIFY2(ShipmentIngestor(*m_server->db).ingest(parcels, test::fixedNowMs(), nullptr, &error), qPrintable(error));
    for (const ShipmentRecord &p : parcels)
        m_shipments.insert(p.trackingNumber,
                           scalar(*m_server->db, QStringLiteral("SELECT id FROM shipments WHERE tracking_number = '%1'").arg(p.trackingNumber)));

    // The team's templates, saved by a manager: the defaults with the team's own links, and
    // one e-mail that exercises the encodings.
    NotificationTemplateSet set = NotificationTemplateSet::defaults();
    set.trackingUrl = QStringLiteral("https://shop.test/track/{{shipment.tracking_number}}");
    set.fixAddressUrl = QStringLiteral("https://shop.test/fix/{{shipment.tracking_number}}?order={{order.number}}");
    NotificationTemplate check;
    check.name = QStringLiteral("encoding_check");
    check.channel = MessageChannel::Email;
    check.language = QStringLiteral("de");
    check.subject = QStringLiteral("Grüße, {{customer.first_name}} – Ihre Bestellung {{order.number}} ist unterwegs");
    check.text = QStringLiteral("Hallo {{customer.first_name}},\n.\nÄußerst lange Zeile: ") + QStringLiteral("ä").repeated(60)
        + QStringLiteral(" Ende \nEin = Zeichen und <b>kein</b> HTML.\n");
    check.html = QStringLiteral("<p>Hallo {{customer.name}} &amp; Co, 😀</p>\n<p><a href=\"{{shipment.tracking_url}}\">Sendung</a></p>\n");
    set.templates << check;
    const QByteArray document = set.toJson();
    const QList<QPair<QByteArray, QByteArray>> headers{{"If-Match", "\"0\""}, {"Content-Type", "application/json"}};
    QCOMPARE(request(m_server->url, "PUT", QStringLiteral("/v1/settings/notification_templates"), m_agent, document, headers).status, 403);
    const HttpAnswer saved = request(m_server->url, "PUT", QStringLiteral("/v1/settings/notification_templates"), m_manager, document, headers);
    QVERIFY2(saved.status == 200, saved.body.constData());
}

void TestNotifications::cleanupTestCase()
{
    m_server.reset();
    m_smtp.stop();
    m_provider.stop();
    m_secureProvider.stop();
    m_postgres.reset();
}

HttpAnswer TestNotifications::notify(const char *tracking, const char *templateName, const char *channel, const QByteArray &key,
                                     const char *language)
{
    const QByteArray body = QStringLiteral(R"({"shipment_id": %1, "template": "%2", "channel": "%3", "language": "%4"})")
                                .arg(m_shipments.value(QLatin1String(tracking)))
                                .arg(QLatin1String(templateName), QLatin1String(channel), QLatin1String(language))
                                .toUtf8();
    const QByteArray k = key.isEmpty() ? "key-" + QByteArray::number(++m_keys) : key;
    return request(m_server->url, "POST", QStringLiteral("/v1/notifications"), m_agent, body,
                   {{"Idempotency-Key", k}, {"Content-Type", "application/json"}});
}

int TestNotifications::deliverOnce(const QString &claimant)
{
    NotificationDelivery delivery(*m_server->db, m_notify, claimant);
    QString error;
    const std::optional<int> handled = delivery.runOnce(clock(), &error);
    if (!handled)
        qFatal("delivery: %s", qPrintable(error));
    return *handled;
}

QJsonObject TestNotifications::notification(qint64 id)
{
    return request(m_server->url, "GET", QStringLiteral("/v1/notifications/%1").arg(id), m_analyst).json;
}

void TestNotifications::mimeEncoding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("quotedPrintable");
    QTest::newRow("plain") << QStringLiteral("Hello") << QByteArray("Hello");
    QTest::newRow("equals sign") << QStringLiteral("a=b") << QByteArray("a=3Db");
    QTest::newRow("utf-8") << QStringLiteral("Grüße") << QByteArray("Gr=C3=BC=C3=9Fe");
    QTest::newRow("lines in CRLF") << QStringLiteral("a\nb\r\nc") << QByteArray("a\r\nb\r\nc");
    QTest::newRow("space before a break") << QStringLiteral("end \nx") << QByteArray("end=20\r\nx");
    QTest::newRow("trailing tab") << QStringLiteral("end\t") << QByteArray("end=09");
    QTest::newRow("a dot starting a line") << QStringLiteral(".\n.x") << QByteArray("=2E\r\n=2Ex");
    QTest::newRow("soft break at 76") << QStringLiteral("a").repeated(80)
                                      << QByteArray(QByteArray(75, 'a') + "=\r\n" + QByteArray(5, 'a'));
    // An encoded character is never split by a soft break: 74 letters, then "=C3" would end at 77.
    QTest::newRow("escape kept whole") << (QStringLiteral("a").repeated(74) + QStringLiteral("ü"))
                                       << QByteArray(QByteArray(74, 'a') + "=\r\n=C3=BC");
}

void TestNotifications::mimeEncoding()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, quotedPrintable);
    QCOMPARE(MimeMessage::quotedPrintable(text), quotedPrintable);
    QCOMPARE(MimeMessage::encodedWords(QStringLiteral("Your order")), QByteArray("Your order"));
    QCOMPARE(MimeMessage::encodedWords(QStringLiteral("Grüße")), QByteArray("=?UTF-8?B?R3LDvMOfZQ==?="));
    // A header never gets a line break from a value.
    QCOMPARE(MimeMessage::encodedWords(QStringLiteral("a\r\nBcc: x@y.test")), QByteArray("a  Bcc: x@y.test"));
    QCOMPARE(MimeMessage::rfc5322Date(test::fixedNowMs()), QByteArray("Wed, 17 Jun 2026 14:00:00 +0000"));
    // 40 two-byte characters are 80 bytes: two words of at most 45 bytes (22 characters), folded.
    const QByteArray folded = MimeMessage::encodedWords(QStringLiteral("ü").repeated(40));
    const QList<QByteArray> words = folded.split('\n');
    QCOMPARE(words.size(), 2);
    for (const QByteArray &w : words)
        QVERIFY(w.trimmed().size() <= 75);
}

void TestNotifications::backoff_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("delayMs");
    QTest::newRow("first") << 1 << qint64(30'000);
    QTest::newRow("second doubles") << 2 << qint64(60'000);
    QTest::newRow("third") << 3 << qint64(120'000);
    QTest::newRow("capped") << 4 << qint64(200'000);
    QTest::newRow("stays capped") << 30 << qint64(200'000);
}

void TestNotifications::backoff()
{
    QFETCH(int, attempt);
    QFETCH(qint64, delayMs);
    const NotificationRetry retry{8, 30'000, 200'000};
    QCOMPARE(retry.delayAfter(attempt), delayMs);
}

void TestNotifications::configRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("starttls word") << QByteArray(R"({"notifications": {"smtp": {"url": "smtp://mail.test", "tls": "maybe", "from": "a@b.test"}}})")
                                   << QStringLiteral("notifications.smtp.tls: must be required, try or none");
    QTest::newRow("not smtp") << QByteArray(R"({"notifications": {"smtp": {"url": "http://mail.test", "from": "a@b.test"}}})")
                              << QStringLiteral("notifications.smtp.url: must be a smtp:// or smtps:// address");
    QTest::newRow("no sender") << QByteArray(R"({"notifications": {"smtp": {"url": "smtp://mail.test"}}})")
                               << QStringLiteral("notifications.smtp.from: is required: the address e-mails are sent from");
    QTest::newRow("plain http elsewhere") << QByteArray(R"({"notifications": {"sms": {"url": "http://sms.test/x", "from": "+1555"}}})")
                                          << QStringLiteral("notifications.sms.url: must be https:// (plain http only to this machine)");
    QTest::newRow("unknown key") << QByteArray(R"({"notifications": {"smtp": {"url": "smtp://mail.test", "port": 25}}})")
                                 << QStringLiteral("notifications.smtp.port: unknown setting");
    QTest::newRow("attempts") << QByteArray(R"({"notifications": {"max_attempts": 0}})")
                              << QStringLiteral("notifications.max_attempts: must be a whole number from 1 to 100");
}

void TestNotifications::configRefusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString why;
    const QString file = path(QStringLiteral("refused.json"));
    QVERIFY(!configFromFile(file, json, &why));
    QCOMPARE(why, file + QStringLiteral(": ") + error);
}

void TestNotifications::enqueueIsIdempotentAndChecked()
{
    const HttpAnswer first = notify("794644790132", "shipped", "email", "shipped-ada-1");
    QVERIFY2(first.status == 201, first.body.constData());
    QCOMPARE(first.json.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(first.json.value(QStringLiteral("recipient")).toString(), QStringLiteral("ada@example.com"));
    QCOMPARE(first.json.value(QStringLiteral("created_by")).toString(), QStringLiteral("maria"));
    const qint64 id = first.json.value(QStringLiteral("id")).toInteger();
    QCOMPARE(first.header("location"), "/v1/notifications/" + QByteArray::number(id));
    // The same request again: the same notification, nothing new queued.
    const HttpAnswer again = notify("794644790132", "shipped", "email", "shipped-ada-1");
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(again.json.value(QStringLiteral("id")).toInteger(), id);
    // The key for another request is refused.
    const HttpAnswer reused = notify("794644790132", "delivered", "email", "shipped-ada-1");
    QCOMPARE(reused.status, 422);
    QVERIFY(reused.json.value(QStringLiteral("detail")).toString().contains(QStringLiteral("was used for another notification")));

    // Refusals, each at its field.
    const HttpAnswer unknown = notify("794644790132", "shiped", "email");
    QCOMPARE(unknown.status, 400);
    const QJsonObject field = unknown.json.value(QStringLiteral("errors")).toArray().first().toObject();
    QCOMPARE(field.value(QStringLiteral("field")).toString(), QStringLiteral("template"));
    QVERIFY(field.value(QStringLiteral("detail")).toString().startsWith(
        QStringLiteral("there is no email template \"shiped\" (in en or en); the email templates are: shipped, out_for_delivery")));
    const QByteArray body = QStringLiteral(R"({"shipment_id": 999999, "template": "shipped", "channel": "email"})").toUtf8();
    QCOMPARE(request(m_server->url, "POST", QStringLiteral("/v1/notifications"), m_agent, body,
                     {{"Idempotency-Key", "k-missing"}, {"Content-Type", "application/json"}}).status, 404);
    const HttpAnswer noKey = request(m_server->url, "POST", QStringLiteral("/v1/notifications"), m_agent, body,
                                     {{"Content-Type", "application/json"}});
    QCOMPARE(noKey.status, 400);
    QCOMPARE(noKey.json.value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("Idempotency-Key"));
    const QByteArray bad = R"({"shipment_id": "seven", "channel": "fax", "not_before": "tomorrow", "colour": 1})";
    const HttpAnswer invalid = request(m_server->url, "POST", QStringLiteral("/v1/notifications"), m_agent, bad,
                                       {{"Idempotency-Key", "k-bad"}, {"Content-Type", "application/json"}});
    QCOMPARE(invalid.status, 400);
    QStringList fields;
    for (const QJsonValue &e : invalid.json.value(QStringLiteral("errors")).toArray())
        fields << e.toObject().value(QStringLiteral("field")).toString();
    QCOMPARE(fields, (QStringList{QStringLiteral("colour"), QStringLiteral("shipment_id"), QStringLiteral("template"),
                                  QStringLiteral("channel"), QStringLiteral("not_before")}));
    // An analyst reads but does not contact customers.
    QCOMPARE(request(m_server->url, "POST", QStringLiteral("/v1/notifications"), m_analyst, body,
                     {{"Idempotency-Key", "k-analyst"}, {"Content-Type", "application/json"}}).status, 403);
    // Not before an instant: queued until then.
    const QByteArray later = QStringLiteral(R"({"shipment_id": %1, "template": "delivered", "channel": "sms", )"
                                            R"("not_before": "2026-06-18T09:00:00+02:00"})")
                                 .arg(m_shipments.value(QStringLiteral("794644790132"))).toUtf8();
    const HttpAnswer held = request(m_server->url, "POST", QStringLiteral("/v1/notifications"), m_agent, later,
                                    {{"Idempotency-Key", "k-later"}, {"Content-Type", "application/json"}});
    QCOMPARE(held.status, 201);
    QCOMPARE(held.json.value(QStringLiteral("next_attempt_ms")).toInteger(), test::msAt("2026-06-18T07:00:00Z"));
    QCOMPARE(held.json.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    // Sent now: only the first is due (the held one waits for its instant).
    QCOMPARE(deliverOnce(), 1);
    QCOMPARE(notification(id).value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    QCOMPARE(notification(held.json.value(QStringLiteral("id")).toInteger()).value(QStringLiteral("status")).toString(),
             QStringLiteral("queued"));
    QCOMPARE(logStatuses(notification(id)), (QStringList{QStringLiteral("queued"), QStringLiteral("sending"), QStringLiteral("sent")}));
    // The shipment's delivery log lists both messages, each with its steps.
    const HttpAnswer messages = request(m_server->url, "GET",
                                        QStringLiteral("/v1/shipments/%1/messages").arg(m_shipments.value(QStringLiteral("794644790132"))),
                                        m_analyst);
    QCOMPARE(messages.status, 200);
    const QJsonArray list = messages.json.value(QStringLiteral("messages")).toArray();
    QVERIFY(list.size() >= 2);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(request(m_server->url, "GET", QStringLiteral("/v1/shipments/999999/messages"), m_analyst).status, 404);
    QCOMPARE(request(m_server->url, "GET", QStringLiteral("/v1/notifications/999999"), m_analyst).status, 404);
    // Settle the held one, so later deliveries start from an empty queue.
    m_now = test::msAt("2026-06-18T07:00:00Z");
    QCOMPARE(deliverOnce(), 1);
    m_now = test::fixedNowMs();
}

void TestNotifications::emailOverStartTlsWithAuth()
{
    const int before = static_cast<int>(received(mailFolder()).size());
    const HttpAnswer queued = notify("794644790132", "encoding_check", "email", {}, "de");
    QVERIFY2(queued.status == 201, queued.body.constData());
    const qint64 id = queued.json.value(QStringLiteral("id")).toInteger();
    QCOMPARE(deliverOnce(), 1);
    const QJsonObject sent = notification(id);
    QCOMPARE(sent.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    QVERIFY(sent.value(QStringLiteral("provider_answer")).toString().startsWith(QStringLiteral("SMTP 250")));
    const QList<QJsonObject> mail = received(mailFolder());
    QCOMPARE(mail.size(), before + 1);
    const QJsonObject m = mail.last();
    // The session: STARTTLS and AUTH happened, the envelope is the sender's and the customer's.
    QVERIFY(m.value(QStringLiteral("tls")).toBool());
    QVERIFY(m.value(QStringLiteral("authenticated")).toBool());
    QCOMPARE(m.value(QStringLiteral("mail_from")).toString(), QStringLiteral("orders@shop.test"));
    QCOMPARE(m.value(QStringLiteral("rcpt_tos")).toArray().first().toString(), QStringLiteral("ada@example.com"));
    // The headers, decoded by Python's e-mail package.
    QVERIFY(m.value(QStringLiteral("message_id")).toString().startsWith(QStringLiteral("<ct.")));
    QVERIFY(m.value(QStringLiteral("message_id")).toString().endsWith(QStringLiteral("@shop.test>")));
    QCOMPARE(m.value(QStringLiteral("date")).toString(), QStringLiteral("Wed, 17 Jun 2026 14:00:00 +0000"));
    QCOMPARE(m.value(QStringLiteral("from")).toString(), QStringLiteral("Shöp Örders <orders@shop.test>"));
    QCOMPARE(m.value(QStringLiteral("to")).toString(), QStringLiteral("ada@example.com"));
    QCOMPARE(m.value(QStringLiteral("subject")).toString(), QStringLiteral("Grüße, Ada – Ihre Bestellung #0132 ist unterwegs"));
    QCOMPARE(m.value(QStringLiteral("mime_version")).toString(), QStringLiteral("1.0"));
    // As sent: the subject in RFC 2047 words, nothing but ASCII in the headers.
    const QString rawSubject = m.value(QStringLiteral("raw_headers")).toObject().value(QStringLiteral("Subject")).toString();
    QVERIFY2(rawSubject.startsWith(QStringLiteral("=?UTF-8?B?")), qPrintable(rawSubject));
    QCOMPARE(m.value(QStringLiteral("content_type")).toString(), QStringLiteral("multipart/alternative"));
    // Both parts, plain text first, UTF-8 in quoted-printable, and their decoded text exactly as rendered.
    const QJsonArray parts = m.value(QStringLiteral("parts")).toArray();
    QCOMPARE(parts.size(), 2);
    const QJsonObject text = parts.at(0).toObject();
    const QJsonObject html = parts.at(1).toObject();
    QCOMPARE(text.value(QStringLiteral("content_type")).toString(), QStringLiteral("text/plain"));
    QCOMPARE(html.value(QStringLiteral("content_type")).toString(), QStringLiteral("text/html"));
    for (const QJsonObject &part : {text, html}) {
        QCOMPARE(part.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
        QCOMPARE(part.value(QStringLiteral("transfer_encoding")).toString(), QStringLiteral("quoted-printable"));
    }
    QCOMPARE(text.value(QStringLiteral("text")).toString(),
             QStringLiteral("Hallo Ada,\n.\nÄußerst lange Zeile: ") + QStringLiteral("ä").repeated(60)
                 + QStringLiteral(" Ende \nEin = Zeichen und <b>kein</b> HTML.\n"));
    QCOMPARE(html.value(QStringLiteral("text")).toString(),
             QStringLiteral("<p>Hallo Ada Lovelace &amp; Co, 😀</p>\n<p><a href=\"https://shop.test/track/794644790132\">Sendung</a></p>\n"));
    // Every line within RFC 5322's 78 characters, every line ending in CRLF.
    QVERIFY2(m.value(QStringLiteral("longest_line")).toInt() <= 78, qPrintable(m.value(QStringLiteral("longest_text")).toString()));
    QVERIFY(!m.value(QStringLiteral("bare_lf")).toBool());
}

void TestNotifications::smtpRefusalsAndRetries()
{
    const HttpAnswer rejected = notify("794644790400", "shipped", "email");
    const HttpAnswer busy = notify("794644790503", "shipped", "email");
    QCOMPARE(rejected.status, 201);
    QCOMPARE(busy.status, 201);
    const qint64 rejectedId = rejected.json.value(QStringLiteral("id")).toInteger();
    const qint64 busyId = busy.json.value(QStringLiteral("id")).toInteger();
    QCOMPARE(deliverOnce(), 2);
    // 550: failed with the server's answer, never tried again.
    const QJsonObject refused = notification(rejectedId);
    QCOMPARE(refused.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY2(refused.value(QStringLiteral("provider_answer")).toString().startsWith(QStringLiteral("SMTP 550")),
             qPrintable(refused.value(QStringLiteral("provider_answer")).toString()));
    // 451: queued again after 30 s, then 60 s, then dead after the third attempt.
    QJsonObject waiting = notification(busyId);
    QCOMPARE(waiting.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(waiting.value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(waiting.value(QStringLiteral("next_attempt_ms")).toInteger(), test::fixedNowMs() + 30'000);
    QVERIFY(waiting.value(QStringLiteral("provider_answer")).toString().startsWith(QStringLiteral("SMTP 451")));
    QCOMPARE(deliverOnce(), 0); // not due yet
    m_now = test::fixedNowMs() + 30'000;
    QCOMPARE(deliverOnce(), 1);
    waiting = notification(busyId);
    QCOMPARE(waiting.value(QStringLiteral("attempts")).toInt(), 2);
    QCOMPARE(waiting.value(QStringLiteral("next_attempt_ms")).toInteger(), test::fixedNowMs() + 90'000);
    m_now = test::fixedNowMs() + 90'000;
    QCOMPARE(deliverOnce(), 1);
    const QJsonObject dead = notification(busyId);
    QCOMPARE(dead.value(QStringLiteral("status")).toString(), QStringLiteral("dead"));
    QCOMPARE(logStatuses(dead), (QStringList{QStringLiteral("queued"), QStringLiteral("sending"), QStringLiteral("retry"),
                                             QStringLiteral("sending"), QStringLiteral("retry"), QStringLiteral("sending"),
                                             QStringLiteral("dead")}));
    QCOMPARE(logStatuses(refused), (QStringList{QStringLiteral("queued"), QStringLiteral("sending"), QStringLiteral("failed")}));
    m_now = test::fixedNowMs();
}

void TestNotifications::smsAndWhatsAppThroughTheProvider()
{
    const qsizetype before = posted(providerLog()).size();
    const HttpAnswer ada = notify("794644790132", "failed_attempt", "sms");
    const HttpAnswer invalid = notify("794644790400", "shipped", "sms");
    const HttpAnswer busy = notify("794644790503", "shipped", "sms");
    const HttpAnswer whatsapp = notify("794644790132", "shipped", "whatsapp", {}, "es");
    for (const HttpAnswer *a : {&ada, &invalid, &busy, &whatsapp})
        QVERIFY2(a->status == 201, a->body.constData());
    QCOMPARE(deliverOnce(), 4);
    const QList<QJsonObject> requests = posted(providerLog()).mid(before);
    QCOMPARE(requests.size(), 4);
    // Twilio's form post, with basic auth (AC123:tok3n).
    const QJsonObject sms = requests.at(0);
    QCOMPARE(sms.value(QStringLiteral("path")).toString(), QStringLiteral("/2010-04-01/Accounts/AC123/Messages.json"));
    QCOMPARE(sms.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Authorization")).toString(),
             QStringLiteral("Basic QUMxMjM6dG9rM24="));
    const QJsonObject form = sms.value(QStringLiteral("form")).toObject();
    QCOMPARE(form.value(QStringLiteral("To")).toString(), QStringLiteral("+15125550147"));
    QCOMPARE(form.value(QStringLiteral("From")).toString(), QStringLiteral("+15005550006"));
    QCOMPARE(form.value(QStringLiteral("Body")).toString(),
             QStringLiteral("FedEx missed you with order #0132. Fix the address or pick a day: "
                            "https://shop.test/fix/794644790132?order=%230132"));
    const QJsonObject adaSent = notification(ada.json.value(QStringLiteral("id")).toInteger());
    QCOMPARE(adaSent.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    QVERIFY(adaSent.value(QStringLiteral("provider_message_id")).toString().startsWith(QStringLiteral("SM")));
    // 400: failed with the provider's answer, not retried.
    const QJsonObject refused = notification(invalid.json.value(QStringLiteral("id")).toInteger());
    QCOMPARE(refused.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(refused.value(QStringLiteral("provider_answer")).toString(),
             QStringLiteral(R"(HTTP 400: {"code": 400, "message": "Invalid 'To' Phone Number"})"));
    // WhatsApp over HTTPS: the provider's template and its variables.
    const QJsonObject wa = requests.at(3).value(QStringLiteral("form")).toObject();
    QCOMPARE(requests.at(3).value(QStringLiteral("path")).toString(), QStringLiteral("/whatsapp"));
    QCOMPARE(wa.value(QStringLiteral("To")).toString(), QStringLiteral("whatsapp:+15125550147"));
    QCOMPARE(wa.value(QStringLiteral("From")).toString(), QStringLiteral("whatsapp:+15005550007"));
    QCOMPARE(wa.value(QStringLiteral("ContentSid")).toString(), QStringLiteral("ct_shipped"));
    QCOMPARE(wa.value(QStringLiteral("ContentVariables")).toString(),
             QStringLiteral(R"({"1":"Ada","2":"#0132","3":"https://shop.test/track/794644790132"})"));
    // 503 twice, then accepted: sent on the third attempt, 30 s and 60 s later.
    const qint64 busyId = busy.json.value(QStringLiteral("id")).toInteger();
    QCOMPARE(notification(busyId).value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    m_now = test::fixedNowMs() + 30'000;
    QCOMPARE(deliverOnce(), 1);
    m_now = test::fixedNowMs() + 90'000;
    QCOMPARE(deliverOnce(), 1);
    const QJsonObject delivered = notification(busyId);
    // A provider that does not answer within timeout_ms: retried, its answer the timeout.
    const HttpAnswer slow = notify("794644790408", "shipped", "sms");
    QCOMPARE(deliverOnce(), 1);
    const QJsonObject timedOut = notification(slow.json.value(QStringLiteral("id")).toInteger());
    QCOMPARE(timedOut.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    QVERIFY2(timedOut.value(QStringLiteral("provider_answer")).toString().contains(QStringLiteral("timed out")),
             qPrintable(timedOut.value(QStringLiteral("provider_answer")).toString()));
    QCOMPARE(timedOut.value(QStringLiteral("next_attempt_ms")).toInteger(), m_now + 30'000);
    QCOMPARE(delivered.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    QCOMPARE(delivered.value(QStringLiteral("attempts")).toInt(), 3);
    QCOMPARE(logStatuses(delivered), (QStringList{QStringLiteral("queued"), QStringLiteral("sending"), QStringLiteral("retry"),
                                                  QStringLiteral("sending"), QStringLiteral("retry"), QStringLiteral("sending"),
                                                  QStringLiteral("sent")}));
    m_now = test::fixedNowMs();
}

void TestNotifications::optOutsAndMissingAddresses()
{
    const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};
    // The customer asks for no more SMS: the number as they wrote it.
    const HttpAnswer optOut = request(m_server->url, "POST", QStringLiteral("/v1/opt-outs"), m_agent,
                                      R"({"channel": "sms", "address": "+1 (512) 555-0147"})", json);
    QVERIFY2(optOut.status == 200, optOut.body.constData());
    QCOMPARE(optOut.json.value(QStringLiteral("address")).toString(), QStringLiteral("+15125550147"));
    const HttpAnswer badAddress = request(m_server->url, "POST", QStringLiteral("/v1/opt-outs"), m_agent,
                                          R"({"channel": "email", "address": "not an address"})", json);
    QCOMPARE(badAddress.status, 400);
    // Honoured at enqueue: skipped and logged, not an error.
    const HttpAnswer skipped = notify("794644790132", "delivered", "sms");
    QCOMPARE(skipped.status, 201);
    QCOMPARE(skipped.json.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
    QCOMPARE(skipped.json.value(QStringLiteral("log")).toArray().first().toObject().value(QStringLiteral("detail")).toString(),
             QStringLiteral("skipped: +15125550147 opted out of sms"));
    // A customer without an e-mail address: skipped and logged.
    const HttpAnswer nobody = notify("794644790999", "delivered", "email");
    QCOMPARE(nobody.status, 201);
    QCOMPARE(nobody.json.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
    QCOMPARE(nobody.json.value(QStringLiteral("log")).toArray().first().toObject().value(QStringLiteral("detail")).toString(),
             QStringLiteral("skipped: the customer has no e-mail address"));
    // Honoured at send: an opt-out made after the message was queued. The same batch
    // sends the other message all the same.
    const HttpAnswer email = notify("794644790132", "delivered", "email");
    const HttpAnswer whatsapp = notify("794644790132", "delivered", "whatsapp");
    QCOMPARE(email.json.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    QCOMPARE(request(m_server->url, "POST", QStringLiteral("/v1/opt-outs"), m_agent,
                     R"({"channel": "email", "address": "ADA@example.com"})", json).status, 200);
    QCOMPARE(deliverOnce(), 2);
    const QJsonObject late = notification(email.json.value(QStringLiteral("id")).toInteger());
    QCOMPARE(late.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
    QCOMPARE(late.value(QStringLiteral("log")).toArray().last().toObject().value(QStringLiteral("detail")).toString(),
             QStringLiteral("skipped: ada@example.com opted out of email after it was queued"));
    QCOMPARE(notification(whatsapp.json.value(QStringLiteral("id")).toInteger()).value(QStringLiteral("status")).toString(),
             QStringLiteral("sent"));
    // The list, and opting in again.
    const HttpAnswer list = request(m_server->url, "GET", QStringLiteral("/v1/opt-outs"), m_agent);
    QCOMPARE(list.json.value(QStringLiteral("opt_outs")).toArray().size(), 2);
    QCOMPARE(request(m_server->url, "POST", QStringLiteral("/v1/opt-outs"), m_agent,
                     R"({"channel": "sms", "address": "+15125550147", "opted_out": false})", json).status, 200);
    QCOMPARE(request(m_server->url, "POST", QStringLiteral("/v1/opt-outs"), m_agent,
                     R"({"channel": "email", "address": "ada@example.com", "opted_out": false})", json).status, 200);
    QCOMPARE(request(m_server->url, "GET", QStringLiteral("/v1/opt-outs"), m_agent).json.value(QStringLiteral("opt_outs")).toArray().size(), 0);
}

void TestNotifications::interruptedSendIsNeverRepeated()
{
    const int before = static_cast<int>(received(mailFolder()).size());
    const HttpAnswer mine = notify("794644790132", "out_for_delivery", "email");
    const HttpAnswer theirs = notify("794644790132", "out_for_delivery", "sms");
    QCOMPARE(mine.status, 201);
    QCOMPARE(theirs.status, 201);
    // A dispatcher claims a message and dies before it records the outcome; another
    // server's dispatcher (sharing the store) is in the middle of sending the other.
    NotificationQueue queue(*m_server->db, m_notify.retry);
    QString error;
    QCOMPARE(queue.claimDue(QStringLiteral("test-dispatcher"), m_now, 1, &error)->size(), 1);
    QCOMPARE(queue.claimDue(QStringLiteral("other-server"), m_now, 1, &error)->size(), 1);
    // Its restart: its own claim is settled as failed with an unknown outcome, never sent again.
    NotificationDelivery restarted(*m_server->db, m_notify, QStringLiteral("test-dispatcher"));
    QCOMPARE(restarted.resolveInterrupted(m_now, &error).value_or(-1), 1);
    QCOMPARE(restarted.runOnce(clock(), &error).value_or(-1), 0);
    const QJsonObject settled = notification(mine.json.value(QStringLiteral("id")).toInteger());
    QCOMPARE(settled.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY(settled.value(QStringLiteral("provider_answer")).toString().startsWith(QStringLiteral("outcome unknown")));
    QCOMPARE(notification(theirs.json.value(QStringLiteral("id")).toInteger()).value(QStringLiteral("status")).toString(),
             QStringLiteral("sending"));
    QCOMPARE(static_cast<int>(received(mailFolder()).size()), before);
    // The other server settles its own at its restart.
    QCOMPARE(queue.resolveInterrupted(QStringLiteral("other-server"), m_now, &error).value_or(-1), 1);
}

void TestNotifications::killedServerSendsNothingTwice()
{
    // A plain SMTP receiver that takes 150 ms per message, so a kill lands mid-send.
    const QString folder = path(QStringLiteral("slow-mail"));
    Peer slow;
    QString error;
    QVERIFY2(slow.start(peerScript("smtpreceiver.py"), {QStringLiteral("--out"), folder, QStringLiteral("--delay-ms"), QStringLiteral("150")},
                        &error),
             qPrintable(error));
    const QString store = newServerStore(m_postgres.get(), path(QStringLiteral("killed.db")));
    constexpr int Messages = 40;
    {
        std::unique_ptr<Database> db = ServerSchema::openStore(store, &error);
        QVERIFY2(db, qPrintable(error));
        NotificationTemplateSet set = NotificationTemplateSet::defaults();
        set.trackingUrl = QStringLiteral("https://shop.test/t/{{shipment.tracking_number}}");
        QVERIFY(TeamSettingsStore(*db).save(QString::fromLatin1(NotificationTemplateSet::SettingName), set.toJson(), 0,
                                            QStringLiteral("meg"), test::fixedNowMs()).ok());
        QVERIFY2(ShipmentIngestor(*db).ingest({parcelFor("794644790132", "Ada Lovelace", "ada@example.com", "")},
                                              test::fixedNowMs(), nullptr, &error),
                 qPrintable(error));
        const qint64 shipment = scalar(*db, QStringLiteral("SELECT id FROM shipments"));
        NotificationQueue queue(*db);
        for (int i = 0; i < Messages; ++i) {
            const NotificationRequest r{shipment, QStringLiteral("shipped"), MessageChannel::Email, QStringLiteral("en"),
                                        std::nullopt, QStringLiteral("crash-%1").arg(i), QStringLiteral("rules")};
            QCOMPARE(queue.enqueue(r, test::fixedNowMs()).status, NotificationQueue::EnqueueOutcome::Status::Queued);
        }
    }
    const QString config = path(QStringLiteral("killed.json"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral(R"({"listen": "127.0.0.1:0", "password_iterations": 1000, "notifications": {"smtp":
        {"url": "smtp://127.0.0.1:%1", "tls": "none", "from": "orders@shop.test"}, "poll_interval_ms": 50}})")
                   .arg(slow.port()).toUtf8());
    file.close();
    ServerProcess first(QStringLiteral(CT_SERVER_BINARY));
    QVERIFY2(first.start(store, config, &error), qPrintable(error));
    QVERIFY(QTest::qWaitFor([&] { return received(folder).size() >= 5; }, 120'000));
    first.kill();
    const qsizetype atKill = received(folder).size();
    QVERIFY(atKill < Messages);
    ServerProcess second(QStringLiteral(CT_SERVER_BINARY));
    QVERIFY2(second.start(store, config, &error), qPrintable(error));
    std::unique_ptr<Database> db = ServerSchema::openStore(store, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(QTest::qWaitFor([&] {
        return scalar(*db, QStringLiteral("SELECT COUNT(*) FROM notifications WHERE status IN ('queued', 'sending')")) == 0;
    }, 180'000));
    second.kill();
    // Nothing sent twice: every Message-ID received once.
    QSet<QString> ids;
    for (const QJsonObject &m : received(folder)) {
        const QString id = m.value(QStringLiteral("message_id")).toString();
        QVERIFY2(!ids.contains(id), qPrintable(id));
        ids.insert(id);
    }
    // Nothing lost: every message is sent, or failed with an unknown outcome (at most the
    // one being sent at the kill); every sent one was received.
    const qint64 sent = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM notifications WHERE status = 'sent'"));
    const qint64 unknown = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM notifications WHERE status = 'failed' "
                                                      "AND provider_answer LIKE 'outcome unknown%'"));
    QCOMPARE(sent + unknown, qint64(Messages));
    QVERIFY(unknown <= 1);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT message_id FROM notifications WHERE status = 'sent'")));
    while (q.next())
        QVERIFY(ids.contains(QStringLiteral("<%1@shop.test>").arg(q.value(0).toString())));
    QVERIFY(ids.size() == sent || ids.size() == sent + 1);
}

// The automation rules' notify decisions (not_sent in automation_ledger) reach the queue
// once each, keyed by the ledger's key, not before their quiet-hours instant; a decision
// the queue refuses for good is handed off and named; one on a channel this server does
// not send waits. A hand-off cut off between the enqueue and the mark (the row still
// not_sent) is a replay the next time, not a second message.
void TestNotifications::automationDecisionsReachTheQueueOnce()
{
    Database &db = *m_server->db;
    AutomationLedger ledger(db);
    QString error;
    const qint64 ada = m_shipments.value(QStringLiteral("794644790132"));
    const qint64 notBefore = test::msAt("2026-06-18T07:00:00Z");
    const auto decide = [&](const char *rule, const char *templateName, const char *channel, std::optional<qint64> at) {
        AutomationLedgerEntry e;
        e.ruleId = QLatin1String(rule);
        e.shipmentId = ada;
        e.transition = QStringLiteral("tag:OutForDelivery");
        e.idempotencyKey = AutomationLedger::idempotencyKey(e.ruleId, ada, e.transition);
        e.firedAtMs = m_now;
        e.outcome = QStringLiteral("notify: decided");
        e.notifyTemplate = QLatin1String(templateName);
        e.notifyChannel = QLatin1String(channel);
        e.notifyState = QStringLiteral("not_sent");
        e.notifyNotBeforeMs = at;
        e.customerKey = QStringLiteral("email:ada@example.com");
        bool recorded = false;
        if (!ledger.record(e, &recorded, &error) || !recorded)
            qFatal("ledger: %s", qPrintable(error));
        return e.idempotencyKey;
    };
    const QString ofd = decide("ofd-mail", "out_for_delivery", "email", notBefore);
    decide("typo", "out_for_delivry", "email", std::nullopt);
    decide("text", "out_for_delivery", "sms", std::nullopt);

    NotifyConfig noSms = m_notify;
    noSms.sms = ProviderConfig{};
    const auto first = AutomationHandoff(db, noSms).run(m_now, 100, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->queued, 1);
    QCOMPARE(first->replayed, 0);
    QCOMPARE(first->waiting, 1);
    QCOMPARE(first->refused.size(), 1);
    QVERIFY2(first->refused.first().startsWith(QStringLiteral("rule typo, shipment %1: there is no email template \"out_for_delivry\"").arg(ada)),
             qPrintable(first->refused.first()));
    const QString key = QStringLiteral("automation:") + ofd;
    const auto count = [&] {
        return scalar(db, QStringLiteral("SELECT count(*) FROM notifications WHERE idempotency_key = '%1'").arg(key));
    };
    QCOMPARE(count(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT next_attempt_ms FROM notifications WHERE idempotency_key = '%1'").arg(key)), notBefore);
    // Only the SMS waits for its channel.
    const auto waiting = ledger.notSent(100, &error);
    QVERIFY(waiting);
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().ruleId, QStringLiteral("text"));

    // Cut off after the enqueue: the row is not_sent again; the next hand-off is a replay.
    QSqlQuery undo(db.connection());
    QVERIFY(undo.exec(QStringLiteral("UPDATE automation_ledger SET notify_state = 'not_sent' WHERE idempotency_key = '%1'").arg(ofd)));
    const auto again = AutomationHandoff(db, m_notify).run(m_now, 100, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->replayed, 1);
    QCOMPARE(again->queued, 1); // the SMS, now that the channel is sent
    QCOMPARE(again->waiting, 0);
    QCOMPARE(count(), 1);
    QCOMPARE(ledger.notSent(100, &error)->size(), 0);
    const auto idle = AutomationHandoff(db, m_notify).run(m_now, 100, &error);
    QVERIFY(idle);
    QCOMPARE(idle->queued + idle->replayed + idle->waiting + int(idle->refused.size()), 0);
}

#endif

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
