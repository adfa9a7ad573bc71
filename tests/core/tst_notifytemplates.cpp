// SPDX-License-Identifier: MIT
// Notification templates (core/notify, docs/NOTIFICATIONS.md): SMS segment counts for
// GSM-7 (with its extension table) and UCS-2, hand-computed; every located refusal of a
// templates document; the shipped default set (every step on every channel in four
// languages, in normal form); rendering over a real shipment read from a real store, with
// HTML escaping, fallbacks, dates and money in the template's language, and the refusal
// of values a shipment lacks and of the example links; the team setting saved whole and
// the previous one kept when a document is refused.
#include "notify/defaultnotificationtemplates.h"
#include "notify/notificationcontextquery.h"
#include "notify/notificationrenderer.h"
#include "notify/notificationtemplateset.h"
#include "notify/smssegments.h"
#include "store/database.h"
#include "store/shipmentdetail.h"
#include "store/shipmentingestor.h"
#include "teamsettings/settingsreader.h"
#include "teamsettings/teamsettingsstore.h"

#include "support/adasparcel.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace ct;
using namespace Qt::StringLiterals;

#ifndef Q_MOC_RUN // moc 6.4 misreads the raw strings below
namespace {

QString operator""_u8(const char *utf8, size_t size)
{
    return QString::fromUtf8(utf8, qsizetype(size));
}

const QString TeamLinks = R"("links":{"tracking_url":"https://shop.test/track/{{shipment.carrier_code}}/{{shipment.tracking_number}}",)"
                          R"("fix_address_url":"https://shop.test/fix/{{shipment.tracking_number}}"})"_u8;

QByteArray documentWith(const QString &templates, bool links = true)
{
    return (u"{"_s + (links ? TeamLinks + u","_s : QString()) + u"\"templates\":["_s + templates + u"]}"_s).toUtf8();
}

QString repeat(const QString &s, int n)
{
    return s.repeated(n);
}

} // namespace
#endif

class TestNotifyTemplates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void segmentCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("segments");
        QTest::addColumn<int>("left");
        QTest::newRow("empty") << QString() << u"GSM-7"_s << 0 << 0 << 160;
        QTest::newRow("hello") << u"Hello"_s << u"GSM-7"_s << 5 << 1 << 155;
        QTest::newRow("gsm 160 fits one") << repeat(u"a"_s, 160) << u"GSM-7"_s << 160 << 1 << 0;
        QTest::newRow("gsm 161 is two of 153") << repeat(u"a"_s, 161) << u"GSM-7"_s << 161 << 2 << 145;
        QTest::newRow("gsm 306 is two") << repeat(u"a"_s, 306) << u"GSM-7"_s << 306 << 2 << 0;
        QTest::newRow("gsm 307 is three") << repeat(u"a"_s, 307) << u"GSM-7"_s << 307 << 3 << 152;
        // The euro sign is in the extension table: escape and code, two septets.
        QTest::newRow("euro counts two") << (repeat(u"a"_s, 158) + u"€"_s) << u"GSM-7"_s << 160 << 1 << 0;
        QTest::newRow("euro tips over") << (repeat(u"a"_s, 159) + u"€"_s) << u"GSM-7"_s << 161 << 2 << 145;
        // 152 + € + 152 = 306 septets, but the € cannot be split after 152: the first
        // segment carries 152, the second € and 151, the third the last one.
        QTest::newRow("extension never split")
            << (repeat(u"a"_s, 152) + u"€"_s + repeat(u"a"_s, 152)) << u"GSM-7"_s << 306 << 3 << 152;
        QTest::newRow("brackets and braces") << u"[x]{}"_s << u"GSM-7"_s << 9 << 1 << 151;
        QTest::newRow("german umlauts are basic") << u"Grüße Ölß"_s << u"GSM-7"_s << 9 << 1 << 151;
        QTest::newRow("greek capitals are basic") << u"ΔΦΓΛΩ"_s << u"GSM-7"_s << 5 << 1 << 155;
        QTest::newRow("newline is basic") << u"a\nb"_s << u"GSM-7"_s << 3 << 1 << 157;
        // Lower-case c-cedilla is not in GSM-7 (only the capital is): the whole text is UCS-2.
        QTest::newRow("cedilla makes ucs-2") << u"Ça va ç"_s << u"UCS-2"_s << 7 << 1 << 63;
        QTest::newRow("ucs-2 70 fits one") << repeat(u"ç"_s, 70) << u"UCS-2"_s << 70 << 1 << 0;
        QTest::newRow("ucs-2 71 is two of 67") << repeat(u"ç"_s, 71) << u"UCS-2"_s << 71 << 2 << 63;
        QTest::newRow("ucs-2 134 is two") << repeat(u"ç"_s, 134) << u"UCS-2"_s << 134 << 2 << 0;
        QTest::newRow("ucs-2 135 is three") << repeat(u"ç"_s, 135) << u"UCS-2"_s << 135 << 3 << 66;
        QTest::newRow("hindi") << u"नमस्ते"_s << u"UCS-2"_s << 6 << 1 << 64;
        // An emoji is a surrogate pair (two units) and is kept whole: 66 + 2 would be 68.
        QTest::newRow("surrogate pair kept whole")
            << (repeat(u"ç"_s, 66) + u"😀"_s + repeat(u"ç"_s, 3)) << u"UCS-2"_s << 71 << 2 << 62;
    }

    void segmentCounts()
    {
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QFETCH(int, units);
        QFETCH(int, segments);
        QFETCH(int, left);
        const SmsSegmentCount count = SmsSegments::count(text);
        QCOMPARE(count.encodingName(), encoding);
        QCOMPARE(count.units, units);
        QCOMPARE(count.segments, segments);
        QCOMPARE(count.unitsLeft, left);
    }

    void septetTable()
    {
        QCOMPARE(SmsSegments::gsm7Septets(U'@'), 1);
        QCOMPARE(SmsSegments::gsm7Septets(U'|'), 2);
        QCOMPARE(SmsSegments::gsm7Septets(U'\f'), 2);
        QCOMPARE(SmsSegments::gsm7Septets(U'`'), 0);
        QCOMPARE(SmsSegments::gsm7Septets(0x1B), 0);
        QCOMPARE((SmsSegmentCount{SmsEncoding::Gsm7, 170, 2, 136}.text()), u"2 segments, GSM-7, 170 characters (136 left)"_s);
    }

    void refusals_data();

    void refusals()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, field);
        QFETCH(QString, detail);
        QList<FieldError> errors;
        QVERIFY(!NotificationTemplateSet::fromJson(document, &errors));
        const QString all = SettingsReader::describe(errors);
        const bool found = std::any_of(errors.begin(), errors.end(), [&](const FieldError &e) {
            return e.field == field && e.detail.startsWith(detail);
        });
        QVERIFY2(found, qPrintable(all));
    }

    void everyProblemIsReported();

    void defaultsAreCompleteAndInNormalForm()
    {
        const NotificationTemplateSet &set = NotificationTemplateSet::defaults();
        QCOMPARE(set.templates.size(), 9 * 3 * 4);
        const QStringList steps{u"shipped"_s, u"out_for_delivery"_s, u"delivered"_s, u"failed_attempt"_s, u"delayed"_s,
                                u"available_for_pickup"_s, u"return_approved"_s, u"return_received"_s, u"return_refunded"_s};
        for (const QString &language : {u"en"_s, u"de"_s, u"fr"_s, u"es"_s})
            for (const QString &step : steps)
                for (const MessageChannel channel : AllMessageChannels) {
                    const NotificationTemplate *t = set.find(step, channel, language);
                    QVERIFY2(t && t->language == language, qPrintable(step + u' ' + language));
                }
        // The failed attempt carries the link to fix the address or the date on every channel.
        for (const MessageChannel channel : AllMessageChannels) {
            const NotificationTemplate *t = set.find(u"failed_attempt"_s, channel, u"fr"_s);
            QVERIFY(QString(t->html + t->text + t->whatsappVariables.join(u' ')).contains(u"{{shipment.fix_address_url}}"_s));
        }
        // The document reads back as itself, with no problem.
        const QByteArray document = NotificationTemplateSet::defaultDocument();
        QList<FieldError> errors;
        const std::optional<QByteArray> normal = NotificationTemplateSet::normalized(document, &errors);
        QVERIFY2(normal, qPrintable(SettingsReader::describe(errors)));
        QCOMPARE(*normal, document);
        QCOMPARE(NotificationTemplateSet::fromJson(document, nullptr)->templates, set.templates);
    }

    void languageFallbacks()
    {
        const NotificationTemplateSet &set = NotificationTemplateSet::defaults();
        QCOMPARE(set.find(u"shipped"_s, MessageChannel::Sms, u"de_CH"_s)->language, u"de"_s);
        QCOMPARE(set.find(u"shipped"_s, MessageChannel::Sms, u"pt_BR"_s)->language, u"en"_s);
        QVERIFY(!set.find(u"no_such_step"_s, MessageChannel::Sms, u"en"_s));
    }

    void rendersARealShipment()
    {
        QString error;
        auto db = Database::open(m_dir.filePath(u"render.db"_s), &error);
        QVERIFY2(db, qPrintable(error));
        const QList<TrackingEvent> scans = test::adasScans();
        QVERIFY2(ShipmentIngestor(*db).ingest({test::adasParcel("poll.json#1", scans, R"({"poll":1})")},
                                              test::msAt("2026-06-16T20:00:00Z"), nullptr, &error),
                 qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT id FROM shipments"_s) && q.next());
        const qint64 id = q.value(0).toLongLong();
        const std::optional<NotificationContext> context = NotificationContextQuery(*db).load(id, &error);
        QVERIFY2(context, qPrintable(error));
        QVERIFY(!NotificationContextQuery(*db).load(id + 1000, &error) && error.isEmpty());

        NotificationTemplateSet set = NotificationTemplateSet::defaults();
        set.trackingUrl = u"https://shop.test/track/{{shipment.carrier_code}}/{{shipment.tracking_number}}"_s;
        set.fixAddressUrl = u"https://shop.test/fix?t={{shipment.tracking_number}}&o={{order.number}}"_s;

        const RenderedNotification mail =
            NotificationRenderer::render(*set.find(u"failed_attempt"_s, MessageChannel::Email, u"en"_s), set, *context);
        QVERIFY2(mail.ok(), qPrintable(mail.problems.join(u'\n')));
        QCOMPARE(mail.subject, u"We missed you: your order #4471"_s);
        QCOMPARE(mail.text,
                 u"Hello Ada,\n\nFedEx tried to deliver your order #4471 but could not. Please check the address or choose "
                 "another day so the next attempt succeeds.\n\nChange the address or choose another day: "
                 "https://shop.test/fix?t=794644790132&o=%234471\n\nThank you for shopping with us.\n"_s);
        // In the HTML part the link's "&" is escaped, as every value is.
        QVERIFY(mail.html.contains(u"<a href=\"https://shop.test/fix?t=794644790132&amp;o=%234471\">"_s));

        // German: the carrier's estimate (17 June 2026) stands in for the prediction.
        const RenderedNotification late =
            NotificationRenderer::render(*set.find(u"delayed"_s, MessageChannel::Email, u"de"_s), set, *context);
        QVERIFY(late.text.contains(u"Sie wird jetzt am Mittwoch, 17. Juni 2026 erwartet."_s));
        const RenderedNotification sms =
            NotificationRenderer::render(*set.find(u"shipped"_s, MessageChannel::Sms, u"en"_s), set, *context);
        QCOMPARE(sms.text, u"Your order #4471 is on its way with FedEx. Track it: https://shop.test/track/fedex/794644790132"_s);
        const RenderedNotification whatsapp =
            NotificationRenderer::render(*set.find(u"shipped"_s, MessageChannel::WhatsApp, u"es"_s), set, *context);
        QCOMPARE(whatsapp.whatsappTemplate, u"ct_shipped"_s);
        QCOMPARE(whatsapp.whatsappVariables,
                 (QStringList{u"Ada"_s, u"#4471"_s, u"https://shop.test/track/fedex/794644790132"_s}));

        // A return of the parcel, refunded: the return templates read it from the store.
        ReturnRecord r;
        r.rma = u"RMA-2026-000042"_s;
        r.orderId = u"#4471"_s;
        r.carrier = u"fedex"_s;
        r.trackingNumber = u"794644790132"_s;
        r.reason = ReturnReason::WrongSize;
        r.amountCents = 12999;
        r.currency = u"USD"_s;
        r.requestedAt = QDateTime(QDate(2026, 6, 20), QTime(10, 0), QTimeZone::utc());
        r.status = ReturnStatus::Refunded;
        r.resolution = ReturnResolution::Refund;
        r.resolutionAmountCents = 12999;
        r.updatedAt = r.requestedAt;
        QVERIFY2(ShipmentIngestor(*db).ingestReturns({r}, test::msAt("2026-06-21T10:00:00Z"), &error), qPrintable(error));
        const std::optional<NotificationContext> withReturn = NotificationContextQuery(*db).load(id, &error);
        QVERIFY2(withReturn && withReturn->returnRecord, qPrintable(error));
        const RenderedNotification refunded =
            NotificationRenderer::render(*set.find(u"return_refunded"_s, MessageChannel::Sms, u"de"_s), set, *withReturn);
        QVERIFY2(refunded.ok(), qPrintable(refunded.problems.join(u'\n')));
        QCOMPARE(refunded.text, u"Erstattet: 129,99 USD für Rücksendung RMA-2026-000042."_s);

        // The shipped defaults' example links are never sent.
        const RenderedNotification example = NotificationRenderer::render(
            *NotificationTemplateSet::defaults().find(u"shipped"_s, MessageChannel::Sms, u"en"_s),
            NotificationTemplateSet::defaults(), *context);
        QCOMPARE(example.problems,
                 QStringList{u"links.tracking_url is still the example address "
                             "https://track.example.com/{{shipment.carrier_code}}/{{shipment.tracking_number}}: set the "
                             "team's own tracking page"_s});
    }

    void escapesFallsBackAndNamesWhatIsMissing()
    {
        NotificationContext c;
        c.trackingNumber = u"1Z999"_s;
        c.carrier = u"ups"_s;
        c.order.customerName = u"Bob <b>Tables</b> & Co"_s;
        c.orderName = u"#77"_s;
        c.orderTotalCents = 123456;
        c.orderCurrency = u"EUR"_s;
        NotificationTemplateSet set;
        NotificationTemplate t;
        t.name = u"custom"_s;
        t.language = u"de"_s;
        t.subject = u"{{customer.name}}"_s;
        t.html = u"<p>{{customer.name}} {{order.total}} {{edd.p90|bald}}</p>"_s;
        t.text = u"{{customer.first_name}} {{order.total}} {{edd.p90}}"_s;
        const RenderedNotification out = NotificationRenderer::render(t, set, c);
        QCOMPARE(out.subject, u"Bob <b>Tables</b> & Co"_s);
        QCOMPARE(out.html, u"<p>Bob &lt;b&gt;Tables&lt;/b&gt; &amp; Co 1.234,56 EUR bald</p>"_s);
        QCOMPARE(out.text, u"Bob 1.234,56 EUR "_s);
        QCOMPARE(out.problems, QStringList{u"no value for {{edd.p90}} for this shipment"_s});
        // A return's values.
        ReturnRecord r;
        r.rma = u"RMA-9"_s;
        r.currency = u"JPY"_s;
        r.resolutionAmountCents = 5000;
        c.returnRecord = r;
        t.about = NotificationSubject::Return;
        t.language = u"en"_s;
        t.text = u"{{return.rma}}: {{return.refund_amount}}"_s;
        QCOMPARE(NotificationRenderer::render(t, set, c).text, u"RMA-9: 5,000 JPY"_s);
    }

    // {{edd.p50}} and {{edd.p90}} are the stored prediction's dates when the model had
    // enough history; without one the carrier's estimate stands in for P50 and P90 has none.
    void eddComesFromTheStoredPrediction()
    {
        ShipmentDetail d;
        d.trackingNumber = u"1Z999"_s;
        d.estimatedDelivery.date = QDate(2026, 6, 22);
        const NotificationContext carrierOnly = NotificationContext::of(d, nullptr);
        QVERIFY(!carrierOnly.eddP50.isValid());
        QVERIFY(!carrierOnly.eddP90.isValid());
        NotificationTemplateSet set;
        NotificationTemplate t;
        t.name = u"custom"_s;
        t.channel = MessageChannel::Sms;
        t.language = u"en"_s;
        t.text = u"{{edd.p50}} / {{edd.p90|no P90}}"_s;
        const QString carrierText = NotificationRenderer::render(t, set, carrierOnly).text;
        d.prediction.estimated = true; // not enough history: no dates
        QCOMPARE(NotificationRenderer::render(t, set, NotificationContext::of(d, nullptr)).text, carrierText);
        QVERIFY2(carrierText.endsWith(u" / no P90"_s), qPrintable(carrierText));
        d.prediction.p50 = QDate(2026, 6, 20);
        d.prediction.p90 = QDate(2026, 6, 23);
        const NotificationContext predicted = NotificationContext::of(d, nullptr);
        QCOMPARE(predicted.eddP50, QDate(2026, 6, 20));
        QCOMPARE(predicted.eddP90, QDate(2026, 6, 23));
        const QString text = NotificationRenderer::render(t, set, predicted).text;
        QVERIFY2(text != carrierText && !text.endsWith(u"no P90"_s), qPrintable(text));
    }

    void teamSettingKeepsThePreviousVersion();
};

#ifndef Q_MOC_RUN
void TestNotifyTemplates::refusals_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("detail");
    const QString sms = R"({"name":"shipped","channel":"sms","language":"en","text":%1})"_u8;
    QTest::newRow("unknown variable")
        << documentWith(sms.arg(R"("Hi {{custmer.first_name}}")"_u8)) << u"templates[0].text"_s
        << u"line 1, column 4: {{custmer.first_name}} is not a variable (known: {{customer.first_name}}"_s;
    QTest::newRow("located on its line")
        << documentWith(sms.arg(R"("Hi\n  there {{nope}}")"_u8)) << u"templates[0].text"_s
        << u"line 2, column 9: {{nope}} is not a variable"_s;
    QTest::newRow("a return's variable about a shipment")
        << documentWith(sms.arg(R"("Return {{return.rma}}")"_u8)) << u"templates[0].text"_s
        << u"line 1, column 8: {{return.rma}} is missing in a template about a shipment"_s;
    QTest::newRow("unclosed")
        << documentWith(sms.arg(R"("Hi {{customer.first_name")"_u8)) << u"templates[0].text"_s
        << u"line 1, column 4: \"{{\" is not closed by \"}}\""_s;
    QTest::newRow("malformed name")
        << documentWith(sms.arg(R"("Hi {{Customer Name}}")"_u8)) << u"templates[0].text"_s
        << u"line 1, column 4: {{Customer Name}} is not a variable name"_s;
    QTest::newRow("tracking link not set")
        << documentWith(sms.arg(R"("Track: {{shipment.tracking_url}}")"_u8), false) << u"templates[0].text"_s
        << u"line 1, column 8: {{shipment.tracking_url}} is missing: set links.tracking_url"_s;
    QTest::newRow("e-mail without html")
        << documentWith(R"({"name":"shipped","channel":"email","language":"en","subject":"S","text":"T"})"_u8)
        << u"templates[0].html"_s << u"is required for an e-mail (its HTML part)"_s;
    QTest::newRow("e-mail subject on two lines")
        << documentWith(R"({"name":"shipped","channel":"email","language":"en","subject":"S\nT","html":"H","text":"T"})"_u8)
        << u"templates[0].subject"_s << u"must be one line"_s;
    QTest::newRow("sms with a subject")
        << documentWith(R"({"name":"shipped","channel":"sms","language":"en","subject":"S","text":"T"})"_u8)
        << u"templates[0].subject"_s << u"is for e-mails only; an SMS has its text"_s;
    QTest::newRow("whatsapp without its template")
        << documentWith(R"({"name":"shipped","channel":"whatsapp","language":"en","variables":["{{order.number}}"]})"_u8)
        << u"templates[0].whatsapp_template"_s << u"is required: the template's name at the provider"_s;
    QTest::newRow("whatsapp variable unknown")
        << documentWith(R"({"name":"shipped","channel":"whatsapp","language":"en","whatsapp_template":"ct_shipped","variables":["{{order.numbr}}"]})"_u8)
        << u"templates[0].variables[0]"_s << u"line 1, column 1: {{order.numbr}} is not a variable"_s;
    QTest::newRow("unknown channel")
        << documentWith(R"({"name":"shipped","channel":"fax","language":"en","text":"T"})"_u8) << u"templates[0].channel"_s
        << u"must be email, sms or whatsapp"_s;
    QTest::newRow("bad language")
        << documentWith(R"({"name":"shipped","channel":"sms","language":"English","text":"T"})"_u8)
        << u"templates[0].language"_s << u"must be a language code such as \"en\" or \"pt_BR\""_s;
    QTest::newRow("bad name")
        << documentWith(R"({"name":"Shipped!","channel":"sms","language":"en","text":"T"})"_u8) << u"templates[0].name"_s
        << u"must be lower-case letters, digits and _"_s;
    QTest::newRow("duplicate")
        << documentWith(R"({"name":"shipped","channel":"sms","language":"en","text":"A"},)"_u8
                        R"({"name":"shipped","channel":"sms","language":"en","text":"B"})"_u8)
        << u"templates[1]"_s << u"is a second template \"shipped\" for sms in en"_s;
    QTest::newRow("unknown member") << documentWith(R"({"name":"shipped","channel":"sms","language":"en","text":"T","body":"B"})"_u8)
                                    << u"templates[0].body"_s << u"is not a setting of a template"_s;
    QTest::newRow("link with a customer's variable")
        << QByteArray(R"({"links":{"tracking_url":"https://shop.test/t?who={{customer.email}}"},"templates":[]})")
        << u"links.tracking_url"_s << u"line 1, column 25: {{customer.email}} cannot be in a link"_s;
    QTest::newRow("link not http") << QByteArray(R"({"links":{"tracking_url":"ftp://shop.test/"},"templates":[]})")
                                   << u"links.tracking_url"_s << u"must be an http:// or https:// address"_s;
    QTest::newRow("no templates") << QByteArray(R"({"default_language":"en"})") << u"templates"_s
                                  << u"is required (an array of templates)"_s;
    QTest::newRow("not json") << QByteArray(R"({"templates": [)") << QString() << u"is not JSON"_s;
}

void TestNotifyTemplates::everyProblemIsReported()
{
    // Two templates, three problems: all of them, each at its field.
    const QByteArray document = documentWith(
        R"({"name":"shipped","channel":"sms","language":"en","text":"{{a.b}} {{c.d}}"},)"_u8
        R"({"name":"delivered","channel":"email","language":"en","subject":"S","html":"H"})"_u8);
    QList<FieldError> errors;
    QVERIFY(!NotificationTemplateSet::fromJson(document, &errors));
    QCOMPARE(errors.size(), 3);
}

void TestNotifyTemplates::teamSettingKeepsThePreviousVersion()
{
    QString error;
    auto db = Database::open(m_dir.filePath(u"setting.db"_s), &error);
    QVERIFY2(db, qPrintable(error));
    TeamSettingsStore store(*db);
    // Never saved: the defaults.
    QCOMPARE(NotificationTemplateSet::read(*db, &error)->templates.size(), 108);
    const QByteArray good = documentWith(R"({"name":"shipped","channel":"sms","language":"en","text":"On its way: {{shipment.tracking_url}}"})"_u8);
    auto saved = store.save(QString::fromLatin1(NotificationTemplateSet::SettingName), good, 0, u"maria"_s, 1000);
    QVERIFY2(saved.ok(), qPrintable(saved.detail + SettingsReader::describe(saved.errors)));
    QCOMPARE(saved.setting.version, qint64(1));
    const QByteArray bad = documentWith(R"({"name":"shipped","channel":"sms","language":"en","text":"{{oops}}"})"_u8);
    auto refused = store.save(QString::fromLatin1(NotificationTemplateSet::SettingName), bad, 1, u"maria"_s, 2000);
    QCOMPARE(refused.status, TeamSettingsStore::PutOutcome::Status::Invalid);
    QCOMPARE(refused.errors.first().field, u"templates[0].text"_s);
    const std::optional<NotificationTemplateSet> inForce = NotificationTemplateSet::read(*db, &error);
    QVERIFY2(inForce, qPrintable(error));
    QCOMPARE(inForce->templates.size(), 1);
    QCOMPARE(inForce->templates.first().text, u"On its way: {{shipment.tracking_url}}"_s);
}
#endif

QTEST_GUILESS_MAIN(TestNotifyTemplates)
#include "tst_notifytemplates.moc"
