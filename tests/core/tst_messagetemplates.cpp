// SPDX-License-Identifier: MIT
// The contact-customer message templates (core/templates): the defaults read and fill
// completely, placeholders are filled from a shipment, a placeholder the shipment has no
// value for is reported, and a template with an unknown placeholder or a stray brace is
// refused with its line and column. Expected texts are written by hand.
#include "store/shipmentdetail.h"
#include "templates/messagetemplates.h"

#include <QSet>
#include <QTest>

using namespace ct;
using namespace Qt::Literals::StringLiterals;

namespace {

ShipmentDetail adasParcel()
{
    ShipmentDetail s;
    s.carrier = QStringLiteral("ups");
    s.trackingNumber = QStringLiteral("1Z999AA10123456784");
    s.order.orderId = QStringLiteral("#4471");
    s.order.customerName = QStringLiteral("Ada Lovelace");
    s.order.promisedDate = QDate(2026, 6, 16);
    s.estimatedDelivery.date = QDate(2026, 6, 19);
    s.destination.city = QStringLiteral("Austin");
    return s;
}

} // namespace

class TestMessageTemplates : public QObject
{
    Q_OBJECT

private slots:
    void defaultsReadAndCoverEveryChannel()
    {
        const QList<MessageTemplate> &all = MessageTemplates::defaults();
        QCOMPARE(all.size(), 12);
        QSet<QString> ids;
        for (const MessageTemplate &t : all) {
            QVERIFY2(!ids.contains(t.id), qPrintable(t.id));
            ids.insert(t.id);
            QVERIFY2(t.id.endsWith(QLatin1Char('_') + messageChannelCode(t.channel)), qPrintable(t.id));
            QVERIFY2(MessageTemplates::check(t, t.id).isEmpty(), qPrintable(t.id));
            // Ada's parcel has every field: nothing is left unfilled.
            const RenderedMessage message = MessageTemplates::render(t, MessageTemplates::fieldsOf(adasParcel()));
            QVERIFY2(message.missing.isEmpty(), qPrintable(t.id + QLatin1Char(' ') + message.missing.join(u',')));
            QVERIFY(!message.body.contains(QLatin1Char('{')));
            QCOMPARE(t.subject.isEmpty(), t.channel != MessageChannel::Email);
        }
        for (MessageChannel channel : AllMessageChannels)
            QCOMPARE(MessageTemplates::forChannel(channel).size(), 4);
        QVERIFY(MessageTemplates::find(u"ndr_missed_sms"));
        QVERIFY(!MessageTemplates::find(u"ndr_first"));
    }

    void fieldsOfAShipment()
    {
        const QHash<QString, QString> fields = MessageTemplates::fieldsOf(adasParcel());
        QCOMPARE(fields.value(QStringLiteral("customer_name")), QStringLiteral("Ada Lovelace"));
        QCOMPARE(fields.value(QStringLiteral("first_name")), QStringLiteral("Ada"));
        QCOMPARE(fields.value(QStringLiteral("carrier")), QStringLiteral("UPS"));
        QCOMPARE(fields.value(QStringLiteral("promised_date")), QStringLiteral("Tuesday 16 June 2026"));
        QCOMPARE(fields.value(QStringLiteral("estimated_date")), QStringLiteral("Friday 19 June 2026"));
        QCOMPARE(fields.value(QStringLiteral("destination_city")), QStringLiteral("Austin"));
        QCOMPARE(fields.size(), 8);
        ShipmentDetail bare;
        bare.trackingNumber = QStringLiteral("X1");
        QCOMPARE(MessageTemplates::fieldsOf(bare).keys(), QList<QString>{QStringLiteral("tracking_number")});
    }

    void renderFillsThePlaceholders()
    {
        const auto sms = MessageTemplates::find(u"ndr_missed_sms");
        QVERIFY(sms);
        const RenderedMessage message = MessageTemplates::render(*sms, MessageTemplates::fieldsOf(adasParcel()));
        QCOMPARE(message.body, QStringLiteral("UPS missed you with order #4471. We've asked for another delivery attempt. "
                                              "Tracking: 1Z999AA10123456784. Wrong address or phone? Reply to this message."));
        const auto email = MessageTemplates::find(u"delay_apology_email");
        const RenderedMessage mail = MessageTemplates::render(*email, MessageTemplates::fieldsOf(adasParcel()));
        QCOMPARE(mail.subject, QStringLiteral("Your order #4471 is running late"));
        QVERIFY(mail.body.startsWith(QStringLiteral("Hello Ada,\n\nWe promised your order #4471 for Tuesday 16 June 2026, "
                                                    "and it is running late with UPS. It is now expected on Friday 19 June 2026.")));
    }

    void aMissingFieldIsReported()
    {
        ShipmentDetail noEstimate = adasParcel();
        noEstimate.estimatedDelivery = {};
        const auto sms = MessageTemplates::find(u"delay_apology_sms");
        const RenderedMessage message = MessageTemplates::render(*sms, MessageTemplates::fieldsOf(noEstimate));
        QCOMPARE(message.missing, QStringList{QStringLiteral("estimated_date")});
        QCOMPARE(message.body, QStringLiteral("Sorry Ada, order #4471 is late. UPS now expects to deliver it on {estimated_date}."));
    }

    void problemsAreLocated_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown placeholder") << u"Hi {custmer_name},"_s << 1 << 4 << u"{custmer_name} is not a placeholder"_s;
        QTest::newRow("on the second line") << u"Hello,\nyour {order} is late"_s << 2 << 6 << u"{order} is not a placeholder"_s;
        QTest::newRow("not closed") << u"Hello\n{first_name"_s << 2 << 1 << u"a \"{\" that is not closed"_s;
        QTest::newRow("opened twice") << u"a {b {first_name}"_s << 1 << 3 << u"a \"{\" that is not closed"_s;
        QTest::newRow("stray close") << u"a } b"_s << 1 << 3 << u"a \"}\" without its \"{\""_s;
        QTest::newRow("escaped braces") << u"{{first_name}} {first_name}"_s << 0 << 0 << u""_s;
    }

    void problemsAreLocated()
    {
        QFETCH(QString, body);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const MessageTemplate t{QStringLiteral("mine"), MessageChannel::Sms, QStringLiteral("Mine"), QString(), body};
        const QList<TemplateProblem> problems = MessageTemplates::check(t, QStringLiteral("mine"));
        if (message.isEmpty()) {
            QVERIFY(problems.isEmpty());
            QCOMPARE(MessageTemplates::render(t, {{QStringLiteral("first_name"), QStringLiteral("Ada")}}).body,
                     QStringLiteral("{first_name} Ada"));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().location, QStringLiteral("mine.body"));
        QCOMPARE(problems.first().line, line);
        QCOMPARE(problems.first().column, column);
        QVERIFY2(problems.first().message.startsWith(message), qPrintable(problems.first().message));
        QVERIFY(problems.first().text().startsWith(QStringLiteral("mine.body, line %1, column %2: ").arg(line).arg(column)));
    }

    void templateFilesAreReadWithLocatedErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << QByteArray("{\"templates\": [\n  {\"id\": }\n]}") << u"templates, line 2, column 11: not JSON"_s;
        QTest::newRow("no array") << QByteArray(R"({"templates": {}})") << u"templates: expected an array of templates, found object"_s;
        QTest::newRow("no body") << QByteArray(R"({"templates": [{"id": "a", "channel": "sms", "name": "A"}]})")
                                 << u"templates[0].body: is required"_s;
        QTest::newRow("unknown channel") << QByteArray(R"({"templates": [{"id": "a", "channel": "fax", "name": "A", "body": "x"}]})")
                                         << u"templates[0].channel: \"fax\" is not a channel (email, sms, whatsapp)"_s;
        QTest::newRow("subject on an SMS") << QByteArray(R"({"templates": [{"id": "a", "channel": "sms", "name": "A", "subject": "s", "body": "x"}]})")
                                           << u"templates[0].subject: only e-mails have a subject"_s;
        QTest::newRow("e-mail without subject") << QByteArray(R"({"templates": [{"id": "a", "channel": "email", "name": "A", "body": "x"}]})")
                                                << u"templates[0].subject: an e-mail needs a subject"_s;
        QTest::newRow("duplicate id") << QByteArray(R"({"templates": [{"id": "a", "channel": "sms", "name": "A", "body": "x"},
                                                                      {"id": "a", "channel": "sms", "name": "B", "body": "y"}]})")
                                      << u"templates[1].id: \"a\" is the id of an earlier template"_s;
        QTest::newRow("unknown placeholder") << QByteArray(R"({"templates": [{"id": "a", "channel": "sms", "name": "A", "body": "Hi {nme}"}]})")
                                             << u"templates[0].body, line 1, column 4: {nme} is not a placeholder"_s;
    }

    void templateFilesAreReadWithLocatedErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        QList<TemplateProblem> problems;
        QVERIFY(!MessageTemplates::fromJson(json, &problems));
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.first().text().startsWith(problem), qPrintable(problems.first().text()));
    }
};

QTEST_APPLESS_MAIN(TestMessageTemplates)

#include "tst_messagetemplates.moc"
