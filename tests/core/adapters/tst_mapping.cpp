// SPDX-License-Identifier: MIT
// Carrier mappings (docs/MAPPING-FORMAT.md): `mapping check`'s located problems, the date
// formats and zone rules, the user folder, and a mapped format (the illustrative Acme
// Express, tests/fixtures/mappings/acme-express.json) going through the shared rules:
// located errors, unknown codes counted, placeholders, the terminal latch, place strings.
#include "mappingtestsupport.h"

#include "adapters/adapterregistry.h"
#include "adapters/mapping/mappingadapter.h"
#include "adapters/mapping/mappingcheck.h"
#include "adapters/mapping/mappingfolder.h"
#include "adapters/mapping/mappingtimeformat.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ct;
using namespace ct::test;
using Severity = FeedIssue::Severity;
using mapping::MappingProblem;

namespace {

QByteArray acme()
{
    return readFixture(QStringLiteral("mappings/acme-express.json"));
}

// The Acme mapping with one piece of text replaced (which must be there).
QByteArray acmeWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = acme();
    if (!text.contains(from))
        QTest::qFail(qPrintable(QStringLiteral("the Acme mapping has no %1").arg(QString::fromUtf8(from))), __FILE__, __LINE__);
    return text.replace(from, to);
}

QStringList problemLines(const MappingCheck::Result &result)
{
    QStringList lines;
    for (const MappingProblem &p : result.problems)
        lines.append(p.toString(QStringLiteral("acme.json")));
    return lines;
}

NormalizeResult acmeReads(const QByteArray &mappingText, const QByteArray &payload)
{
    MappingCheck::Result checked = MappingCheck::check(mappingText);
    if (!checked.ok())
        QTest::qFail(qPrintable(problemLines(checked).join(QLatin1Char('\n'))), __FILE__, __LINE__);
    return normalizeWith(std::move(checked.adapter), payload, QStringLiteral("acme.json"));
}

const QByteArray OneScan = R"({"acmeTrackingResponse": {"version": "2.0", "consignments": [{"consignmentNo": "AX1",
    "receiver": {"town": "Pune", "countryCode": "IN"},
    "scans": [{"code": "20", "text": "Picked up", "date": "17.11.2026", "time": "09:12", "depot": "Pune"}]}]}})";

} // namespace

class TestMapping : public QObject
{
    Q_OBJECT

private slots:
    // --- mapping check ---------------------------------------------------------------
    void theIllustrativeMappingChecksClean()
    {
        const MappingCheck::Result result = MappingCheck::check(acme());
        QVERIFY2(result.ok(), qPrintable(problemLines(result).join(QLatin1Char('\n'))));
        QCOMPARE(problemLines(result), QStringList());
        QCOMPARE(result.sampleShipments.size(), 1);
        QCOMPARE(result.sampleShipments.at(0).trackingNumber, QStringLiteral("AX100200300"));
        QCOMPARE(result.sampleShipments.at(0).subtag, Subtag::DeliveredSigned);
    }

    void problemsAreLocated_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected"); // the first problem line

        QTest::newRow("unknown date directive")
            << QByteArray(R"("format": "%d.%m.%Y", "time")") << QByteArray(R"("format": "%d.%m.%Q", "time")")
            << QStringLiteral("acme.json: line 29, column 42: shipment.events.time.format: error: unknown directive %Q in "
                              "\"%d.%m.%Q\" (known: %Y %y %m %d %b %B %H %I %M %S %f %p %z %F %T %%)");
        QTest::newRow("path never matches the sample")
            << QByteArray(R"("description": "text")") << QByteArray(R"("description": "txt")")
            << QStringLiteral("acme.json: line 27, column 22: shipment.events.description: error: path \"txt\" never matches the sample");
        QTest::newRow("unknown sub-status")
            << QByteArray(R"("60": "Delivered_001")") << QByteArray(R"("60": "Delivered_009")")
            << QStringLiteral("acme.json: line 40, column 19: shipment.events.status.rules[0].codes.60: error: unknown sub-status "
                              "\"Delivered_009\" (a code of docs/TAXONOMY.md such as \"Delivered_001\", or a tag such as \"Delivered\")");
        QTest::newRow("unknown key")
            << QByteArray(R"("description": "text")") << QByteArray(R"("descripton": "text")")
            << QStringLiteral("acme.json: line 27, column 21: shipment.events.descripton: error: unknown key \"descripton\" (known here: "
                              "each, listName, object, single, expect, description, location, time, status)");
        QTest::newRow("bad path")
            << QByteArray(R"("each": "scans")") << QByteArray(R"("each": "scans[x]")")
            << QStringLiteral("acme.json: line 24, column 15: shipment.events.each: error: an array index must be a number 0 or more at "
                              "character 6 of path \"scans[x]\"");
        QTest::newRow("not JSON")
            << QByteArray(R"("each": "scans",)") << QByteArray(R"("each": "scans",,)")
            << QStringLiteral("acme.json: line 24, column 24: error: not valid JSON: unterminated object");
        QTest::newRow("a built-in format's id")
            << QByteArray(R"("format": "acme-express")") << QByteArray(R"("format": "shippo")")
            << QStringLiteral("acme.json: line 3, column 13: format: error: \"shippo\" is the id of the built-in format Shippo Track; choose another");
        QTest::newRow("sample not recognised")
            << QByteArray(R"("version": "2.1",)") << QByteArray(R"("version": "3.0",)")
            << QStringLiteral("acme.json: line 53, column 13: sample: error: the sample is not recognised by \"detect\"");
        QTest::newRow("several codes without rawCode")
            << QByteArray(R"("codes": "code",)") << QByteArray(R"("codes": {"code": "code", "reason": "reasonCode"},)")
            << QStringLiteral("acme.json: line 30, column 17: shipment.events.status: error: with several codes, \"rawCode\" lists them in the "
                              "order they are joined");
        QTest::newRow("a condition that refers to itself")
            << QByteArray(R"("detect": {"all": [)")
            << QByteArray(R"("conditions": {"a": {"is": "b"}, "b": {"any": [{"is": "a"}, {"path": "x"}]}},
  "detect": {"all": [{"is": "a"}, )")
            << QStringLiteral("acme.json: line 5, column 23: conditions.a: error: the condition refers to itself (a → b → a)");
        QTest::newRow("12-hour clock without AM/PM")
            << QByteArray(R"("timeFormat": "%H:%M")") << QByteArray(R"("timeFormat": "%I:%M")")
            << QStringLiteral("acme.json: line 29, column 84: shipment.events.time.timeFormat: error: %I and %p go together (a 12-hour clock "
                              "needs AM/PM) in \"%I:%M\"");
    }
    void problemsAreLocated()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        const MappingCheck::Result result = MappingCheck::check(acmeWith(from, to));
        QVERIFY(!result.ok());
        const QStringList lines = problemLines(result);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.constFirst(), expected);
    }

    // A sample a built-in format reads: a warning first (the built-in format is tried
    // first, so the mapping would never see such documents), and the sample is still read.
    void aSampleABuiltInFormatReadsIsAWarning()
    {
        QByteArray text = readFixture(QStringLiteral("mappings/shippo.json")).trimmed();
        QVERIFY(text.endsWith('}'));
        text.chop(1);
        text += ",\n  \"sample\": " + readFixture(QStringLiteral("adapters/shippo/delivered.json")) + "}\n";
        const MappingCheck::Result result = MappingCheck::check(text);
        const QStringList lines = problemLines(result);
        QVERIFY2(!lines.isEmpty() && lines.constFirst().contains(QLatin1String(
                     ": sample: warning: the built-in format shippo (Shippo Track) already reads the sample: it is tried "
                     "first, so this mapping would never see such documents")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(result.sampleShipments.size(), 1);
        QCOMPARE(result.sampleShipments.at(0).trackingNumber, QStringLiteral("9205590175547812345678"));
    }

    // A mapping without a sample cannot be checked against one: only its own text is.
    void withoutSampleOnlyTheTextIsChecked()
    {
        QByteArray text = acme();
        const qsizetype sample = text.indexOf(",\n  \"sample\"");
        QVERIFY(sample > 0);
        text = text.left(sample) + "\n}\n";
        const MappingCheck::Result result = MappingCheck::check(text);
        QVERIFY2(result.ok(), qPrintable(problemLines(result).join(QLatin1Char('\n'))));
        QVERIFY(result.sampleShipments.isEmpty());
    }

    // --- date formats -----------------------------------------------------------------
    void timeFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("date");   // empty: no date
        QTest::addColumn<int>("msOfDay");    // -1: no time
        QTest::addColumn<int>("offset");     // minutes; -9999: none
        QTest::addColumn<bool>("valid");

        QTest::newRow("day.month.year") << "%d.%m.%Y" << QByteArray("20.11.2026") << "2026-11-20" << -1 << -9999 << true;
        QTest::newRow("one-digit day") << "%d.%m.%Y" << QByteArray("5.1.2027") << "2027-01-05" << -1 << -9999 << true;
        QTest::newRow("compact with time") << "%Y%m%d %H%M" << QByteArray("20261120 1430") << "2026-11-20" << 52200000 << -9999 << true;
        QTest::newRow("month name, 12-hour pm") << "%d %b %Y %I:%M %p" << QByteArray("05 Nov 2026 02:30 PM") << "2026-11-05" << 52200000
                                                << -9999 << true;
        QTest::newRow("12 am is midnight") << "%d %b %Y %I:%M %p" << QByteArray("05 nov 2026 12:05 am") << "2026-11-05" << 300000 << -9999
                                           << true;
        QTest::newRow("full month name") << "%B %d, %Y" << QByteArray("September 30, 2026") << "2026-09-30" << -1 << -9999 << true;
        QTest::newRow("offset and fraction") << "%Y-%m-%dT%H:%M:%S.%f%z" << QByteArray("2026-11-20T14:30:05.25+0530") << "2026-11-20"
                                             << 52205250 << 330 << true;
        QTest::newRow("Z offset") << "%FT%T%z" << QByteArray("2026-11-20T14:30:05Z") << "2026-11-20" << 52205000 << 0 << true;
        QTest::newRow("time alone") << "%H:%M" << QByteArray("07:05") << "" << 25500000 << -9999 << true;
        QTest::newRow("no 31 November") << "%d.%m.%Y" << QByteArray("31.11.2026") << "" << -1 << -9999 << false;
        QTest::newRow("no 29 February 2027") << "%d.%m.%Y" << QByteArray("29.02.2027") << "" << -1 << -9999 << false;
        QTest::newRow("no hour 24") << "%H:%M" << QByteArray("24:00") << "" << -1 << -9999 << false;
        QTest::newRow("trailing text") << "%d.%m.%Y" << QByteArray("20.11.2026 x") << "" << -1 << -9999 << false;
        QTest::newRow("wrong separator") << "%d.%m.%Y" << QByteArray("20/11/2026") << "" << -1 << -9999 << false;
        QTest::newRow("13 pm") << "%I:%M %p" << QByteArray("13:00 PM") << "" << -1 << -9999 << false;
        QTest::newRow("iso8601") << "iso8601" << QByteArray("2026-11-20T14:30:00-05:00") << "2026-11-20" << 52200000 << -300 << true;
        QTest::newRow("compact date") << "compact" << QByteArray("20261120") << "2026-11-20" << -1 << -9999 << true;
    }
    void timeFormats()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, text);
        QFETCH(QString, date);
        QFETCH(int, msOfDay);
        QFETCH(int, offset);
        QFETCH(bool, valid);
        QString error;
        const auto f = mapping::MappingTimeFormat::parse(format, &error);
        QVERIFY2(f, qPrintable(error));
        const auto t = f->read(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        QCOMPARE(t.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(t->date.isValid() ? t->date.toString(Qt::ISODate) : QString(), date);
        QCOMPARE(t->hasTime ? t->msOfDay : -1, msOfDay);
        QCOMPARE(t->hasOffset ? t->offsetMinutes : -9999, offset);
    }

    void badFormatsAreRefused_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown") << "%Y-%m-%Q" << "unknown directive %Q in \"%Y-%m-%Q\" (known: %Y %y %m %d %b %B %H %I %M %S %f %p %z %F %T %%)";
        QTest::newRow("lone percent") << "%Y%" << "a lone % at the end of \"%Y%\" (write %% for a percent sign)";
        QTest::newRow("nothing") << "at" << "\"at\" names neither a date nor a time";
        QTest::newRow("am/pm without 12-hour") << "%H:%M %p" << "%I and %p go together (a 12-hour clock needs AM/PM) in \"%H:%M %p\"";
    }
    void badFormatsAreRefused()
    {
        QFETCH(QString, format);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!mapping::MappingTimeFormat::parse(format, &why));
        QCOMPARE(why, error);
    }

    // --- a mapped format through the shared rules -------------------------------------
    void theIllustrativeCarrierIsRead()
    {
        const NormalizeResult r = acmeReads(acme(), readFixture(QStringLiteral("mappings/acme-express-payload.json")));
        QCOMPARE(r.shipments.size(), 2);

        // Delivered, signed (signatory), then a later hub scan that does not reopen it.
        const ShipmentRecord *a = r.shipment(QStringLiteral("AX111111111"));
        QVERIFY(a);
        QCOMPARE(a->sourceFormat, QStringLiteral("acme-express"));
        QCOMPARE(a->service, QStringLiteral("Express Saver"));
        QCOMPARE(a->origin.city, QStringLiteral("Rotterdam"));
        QCOMPARE(a->origin.country, QStringLiteral("NL"));
        QCOMPARE(a->destination.postalCode, QStringLiteral("04109"));
        QCOMPARE(a->estimatedDelivery.date, QDate(2026, 11, 20));
        QVERIFY(!a->estimatedDelivery.hasTime);
        QCOMPARE(a->events.size(), 6);
        QCOMPARE(a->tag, Tag::Delivered);
        QCOMPARE(a->subtag, Subtag::DeliveredSigned);
        QVERIFY(a->statusConflict.isEmpty()); // the summary says delivered too
        // "Rotterdam, NL" split; 09:12 in Rotterdam (CET, UTC+1) is 08:12 UTC.
        QCOMPARE(a->events.at(0).city, QStringLiteral("Rotterdam"));
        QCOMPARE(a->events.at(0).country, QStringLiteral("NL"));
        QCOMPARE(a->events.at(0).occurredAt.utcMs, utc(2026, 11, 17, 8, 12));
        QCOMPARE(int(a->events.at(0).occurredAt.offsetMinutes), 60);
        QVERIFY(!a->events.at(0).timeAssumed);
        QCOMPARE(a->events.at(0).subtag, Subtag::InfoReceived);
        // "LEIPZIG - GERMANY" split.
        QCOMPARE(a->events.at(2).city, QStringLiteral("LEIPZIG"));
        QCOMPARE(a->events.at(2).country, QStringLiteral("DE"));
        QCOMPARE(a->events.at(2).subtag, Subtag::InTransitArrivedAtFacility);
        QCOMPARE(a->events.at(4).rawCode, QStringLiteral("60"));
        QCOMPARE(a->events.at(4).subtag, Subtag::DeliveredSigned);
        QCOMPARE(a->events.at(4).occurredAt.utcMs, utc(2026, 11, 20, 10, 2));
        QVERIFY(r.hasIssue(Severity::Warning, QStringLiteral("acmeTrackingResponse.consignments[0]"),
                           QStringLiteral("shipment AX111111111: Delivered_003 at 2026-11-20T11:02:00+01:00 stands")));

        // Bad fields are located, the good events kept, the unknown code counted.
        const ShipmentRecord *b = r.shipment(QStringLiteral("AX222222222"));
        QVERIFY(b);
        QCOMPARE(b->service, QString()); // "string": a placeholder
        QVERIFY(b->estimatedDelivery.isNull());
        QCOMPARE(b->events.size(), 3);
        QCOMPARE(b->events.at(1).rawCode, QStringLiteral("99"));
        QVERIFY(b->events.at(1).unmappedCode);
        QCOMPARE(b->events.at(1).subtag, Subtag::InTransit);
        QCOMPARE(b->events.at(2).subtag, Subtag::AttemptFailAddresseeUnavailable);
        QCOMPARE(b->events.at(2).occurredAt.utcMs, utc(2026, 11, 20, 11, 15));
        QCOMPARE(b->subtag, Subtag::AttemptFailAddresseeUnavailable);

        const QString at = QStringLiteral("acmeTrackingResponse.consignments[1].");
        QCOMPARE(r.issueLines(), QStringList({
            QStringLiteral("acme.json: record 1 (line 1): acmeTrackingResponse.consignments[0]: warning: shipment AX111111111: "
                           "Delivered_003 at 2026-11-20T11:02:00+01:00 stands: 1 later event(s) do not reopen it (latest: "
                           "InTransit_003 \"Scanned at hub\" at 2026-11-20T18:00:00+01:00)"),
            QStringLiteral("acme.json: record 1 (line 1): %1expectedDelivery: warning: unreadable delivery estimate \"32.11.2026\" ignored").arg(at),
            QStringLiteral("acme.json: record 1 (line 1): %1scans[1].code: warning: unknown status code \"99\" (\"Parcel scanned by a "
                           "drone\") mapped to InTransit_001").arg(at),
            QStringLiteral("acme.json: record 1 (line 1): %1scans[2].date: error: invalid timestamp \"31.11.2026\" (expected "
                           "\"%d.%m.%Y\" date and time)").arg(at),
            QStringLiteral("acme.json: record 1 (line 1): %1scans[3].time: error: invalid time \"\" (expected %H:%M)").arg(at),
            QStringLiteral("acme.json: record 1 (line 1): %1scans[5]: error: expected a scan object, found string").arg(at),
            QStringLiteral("acme.json: record 1 (line 1): acmeTrackingResponse.consignments[1]: warning: shipment AX222222222: 1 "
                           "placeholder value read as absent: %1product \"string\"").arg(at),
            QStringLiteral("acme.json: record 1 (line 1): acmeTrackingResponse.consignments[2].error: notice: tracking number "
                           "AX333333333 not found (carrier says: \"Consignment unknown\")"),
            QStringLiteral("acme.json: record 1 (line 1): acmeTrackingResponse.consignments[3].consignmentNo: error: required field "
                           "is missing"),
        }));
        QCOMPARE(r.summary.shipments, 2);
        QCOMPARE(r.summary.errors, 4);
        QCOMPARE(r.summary.notFound, 1);
        QCOMPARE(r.summary.unmappedEvents, 1);
    }

    // Zone rules: the place (default), UTC, a fixed offset.
    void zoneRules_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<qint64>("utcMs");
        QTest::addColumn<int>("offset");
        QTest::addColumn<bool>("assumed");
        // The scan names no country: 17.11.2026 09:12 read in the destination's zone (India,
        // +05:30) is 03:42 UTC, flagged as assumed.
        QTest::newRow("place") << QByteArray() << utc(2026, 11, 17, 3, 42) << 330 << true;
        // Given as UTC: exact; no country at the scan to show it in, so +00:00.
        QTest::newRow("UTC") << QByteArray(R"(, "zone": "UTC")") << utc(2026, 11, 17, 9, 12) << 0 << false;
        QTest::newRow("fixed -05:00") << QByteArray(R"(, "zone": "-05:00")") << utc(2026, 11, 17, 14, 12) << -300 << false;
    }
    void zoneRules()
    {
        QFETCH(QByteArray, zone);
        QFETCH(qint64, utcMs);
        QFETCH(int, offset);
        QFETCH(bool, assumed);
        const QByteArray from = R"("timeFormat": "%H:%M")";
        const NormalizeResult r = acmeReads(acmeWith(from, from + zone), OneScan);
        QCOMPARE(r.shipments.size(), 1);
        const TrackingEvent &e = r.shipments.at(0).events.at(0);
        QCOMPARE(e.occurredAt.utcMs, utcMs);
        QCOMPARE(int(e.occurredAt.offsetMinutes), offset);
        QCOMPARE(e.timeAssumed, assumed);
    }

    // The mapping takes part in detection like any format, after the built-in ones.
    void aMappedFormatIsDetectedInTheRegistry()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("acme-express.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(acme());
        file.close();
        AdapterRegistry registry;
        const MappingFolder::Loaded loaded = MappingFolder::installInto(registry, dir.path());
        QCOMPARE(loaded.loadedFiles, QStringList{QStringLiteral("acme-express.json")});
        QVERIFY(registry.byFormatId(QStringLiteral("shippo")));
        QVERIFY(registry.byFormatId(QStringLiteral("acme-express")));
        FeedReader reader(registry);
        QList<ShipmentRecord> shipments;
        const QByteArray twoLines =
            OneScan.simplified() + '\n' + readFixture(QStringLiteral("adapters/shippo/delivered.json")).simplified();
        reader.readData(QStringLiteral("two.jsonl"), twoLines,
                        [&](ShipmentRecord &&s) { shipments.append(std::move(s)); }, {});
        QCOMPARE(shipments.size(), 2);
        QCOMPARE(shipments.at(0).sourceFormat, QStringLiteral("acme-express"));
        QCOMPARE(shipments.at(1).sourceFormat, QStringLiteral("shippo"));
    }

    // --- the user folder --------------------------------------------------------------
    void aBadFileIsReportedAndSkipped()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(QStringLiteral("a-acme.json"), acme());
        write(QStringLiteral("b-broken.json"), acmeWith(R"("description": "text")", R"("description": "txt")"));
        write(QStringLiteral("c-same-id.json"), acme());
        write(QStringLiteral("d-other.json"), acmeWith(R"("format": "acme-express")", R"("format": "acme-economy")"));
        write(QStringLiteral("notes.txt"), "not a mapping");
        const MappingFolder::Loaded loaded = MappingFolder::load(dir.path());
        QCOMPARE(loaded.loadedFiles, QStringList({QStringLiteral("a-acme.json"), QStringLiteral("d-other.json")}));
        QCOMPARE(loaded.skippedFiles, QStringList({QStringLiteral("b-broken.json"), QStringLiteral("c-same-id.json")}));
        QCOMPARE(loaded.adapters.size(), std::size_t(2));
        QCOMPARE(loaded.messages, QStringList({
            QStringLiteral("b-broken.json: line 27, column 22: shipment.events.description: error: path \"txt\" never matches the sample"),
            QStringLiteral("b-broken.json: skipped (not loaded)"),
            QStringLiteral("c-same-id.json: format: error: another mapping of this folder already has the id \"acme-express\""),
            QStringLiteral("c-same-id.json: skipped (not loaded)"),
        }));
    }

    void aMissingFolderLoadsNothing()
    {
        const MappingFolder::Loaded loaded = MappingFolder::load(QStringLiteral("/nonexistent/mappings"));
        QVERIFY(loaded.adapters.empty());
        QVERIFY(loaded.messages.isEmpty());
    }
};

CT_REGISTER_SUITE("mapping", TestMapping);
#include "tst_mapping.moc"
