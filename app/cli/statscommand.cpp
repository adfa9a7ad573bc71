// SPDX-License-Identifier: MIT
#include "statscommand.h"

#include "domain/carriers.h"
#include "domain/returnstatus.h"
#include "geo/geocodingstats.h"
#include "json/jsonwriter.h"
#include "store/database.h"
#include "store/shipmentqueries.h"

namespace ct::cli {

namespace {

void printTable(Console &console, const QString &title, const QList<CountByKey> &rows,
                const std::function<QString(const QString &)> &label)
{
    console.out << "\n" << title << "\n";
    for (const CountByKey &row : rows)
        console.out << "  " << label(row.key).leftJustified(34) << formatCount(row.count).rightJustified(12) << "\n";
}

const char *const GeoPlaceKeys[] = {"last_scan", "origin", "destination"};

void printGeocoding(Console &console, const geo::GeocodingStats &g)
{
    console.out << "\n" << QStringLiteral("Geocoded (share of shipments)").leftJustified(22);
    for (int p = geo::GeoPrecisionCount - 1; p >= 0; --p)
        console.out << geo::geoPrecisionCode(static_cast<geo::GeoPrecision>(p)).rightJustified(10);
    console.out << "\n";
    const char *const labels[] = {"last scan", "origin", "destination"};
    for (int place = 0; place < geo::GeocodingStats::PlaceCount; ++place) {
        console.out << "  " << QString::fromLatin1(labels[place]).leftJustified(20);
        for (int p = geo::GeoPrecisionCount - 1; p >= 0; --p) {
            const qint64 n = g.counts[static_cast<std::size_t>(place)][static_cast<std::size_t>(p)];
            const double share = g.shipments ? 100.0 * double(n) / double(g.shipments) : 0.0;
            console.out << QString(QString::number(share, 'f', 1) + u'%').rightJustified(10);
        }
        console.out << "\n";
    }
    if (g.stale > 0)
        console.out << "  not geocoded yet: " << formatCount(g.stale) << " (controltower-cli geocode)\n";
}

QByteArray statsJson(const StoreStats &s, const geo::GeocodingStats &g)
{
    json::Writer w;
    w.beginObject();
    w.key("geocoding").beginObject();
    w.key("not_geocoded").value(g.stale);
    for (int place = 0; place < geo::GeocodingStats::PlaceCount; ++place) {
        w.key(GeoPlaceKeys[place]).beginObject();
        for (int p = 0; p < geo::GeoPrecisionCount; ++p)
            w.key(geo::geoPrecisionCode(static_cast<geo::GeoPrecision>(p)).toLatin1().constData())
                .value(g.counts[static_cast<std::size_t>(place)][static_cast<std::size_t>(p)]);
        w.endObject();
    }
    w.endObject();
    w.key("shipments").value(s.shipments);
    w.key("events").value(s.events);
    w.key("returns").value(s.returns);
    w.key("raw_payloads").value(s.rawPayloads);
    w.key("exceptions").beginObject().key("open").value(s.openExceptions).key("total").value(s.exceptions).endObject();
    w.key("by_status").beginObject();
    for (const CountByKey &c : s.byTag)
        w.key(c.key.toLatin1().constData()).value(c.count);
    w.endObject();
    w.key("by_carrier").beginObject();
    for (const CountByKey &c : s.byCarrier)
        w.key(c.key.toUtf8().constData()).value(c.count);
    w.endObject();
    w.key("by_exception_type").beginObject();
    for (const ExceptionTypeTotals &t : s.byExceptionType) {
        w.key(exceptionTypeCode(t.type).toLatin1().constData()).beginObject();
        w.key("open").value(t.open).key("total").value(t.total).endObject();
    }
    w.endObject();
    w.key("returns_by_status").beginObject();
    for (const CountByKey &c : s.returnsByStatus)
        w.key(c.key.toLatin1().constData()).value(c.count);
    w.endObject();
    w.key("unmapped_codes").beginArray();
    for (const UnmappedCode &u : s.unmappedCodes) {
        w.beginObject();
        w.key("format").value(u.sourceFormat);
        w.key("carrier").value(u.carrier);
        w.key("raw_code").value(u.rawCode);
        w.key("sample_description").value(u.sampleDescription);
        w.key("occurrences").value(u.occurrences);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

} // namespace

QString StatsCommand::summary() const
{
    return QStringLiteral("Prints the store's totals and its counts by status, carrier, exception "
                          "type and return status, the share of shipments geocoded at each precision, and the "
                          "carrier codes no adapter could map.");
}

void StatsCommand::describe(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("db"), QStringLiteral("The store (SQLite file)."),
                                        QStringLiteral("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print one JSON object instead of tables.")));
}

int StatsCommand::run(const QCommandLineParser &parser, Console &console) const
{
    bool usage = false;
    auto db = openStore(parser, console, &usage, Database::Mode::ReadOnly);
    if (!db)
        return usage ? UsageError : StoreError;
    QString error;
    const auto stats = ShipmentQueries(*db).stats(&error);
    const auto geocoding = stats ? geo::GeocodingStats::read(*db, &error) : std::nullopt;
    if (!stats || !geocoding) {
        console.err << "controltower-cli stats: " << error << "\n";
        console.err.flush();
        return StoreError;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        console.out << QString::fromUtf8(statsJson(*stats, *geocoding)) << "\n";
        console.out.flush();
        return Success;
    }
    const StoreStats &s = *stats;
    console.out << "Store " << db->path() << "\n"
                << "  Shipments " << formatCount(s.shipments) << ", events " << formatCount(s.events)
                << ", returns " << formatCount(s.returns) << ", raw payloads " << formatCount(s.rawPayloads)
                << "\n  Exceptions " << formatCount(s.openExceptions) << " open of "
                << formatCount(s.exceptions) << "\n";
    printTable(console, QStringLiteral("By status"), s.byTag, [](const QString &code) -> QString {
        return tagFromCode(code) ? tagLabel(*tagFromCode(code)) : code;
    });
    printTable(console, QStringLiteral("By carrier"), s.byCarrier,
               [](const QString &code) -> QString {
                   const QString name = carrierDisplayName(code);
                   return name == code ? code : name + QStringLiteral(" (") + code + QLatin1Char(')');
               });
    console.out << "\n" << QStringLiteral("By exception type").leftJustified(36)
                << QStringLiteral("open").rightJustified(10) << QStringLiteral("total").rightJustified(12) << "\n";
    for (const ExceptionTypeTotals &t : s.byExceptionType)
        console.out << "  " << exceptionTypeLabel(t.type).leftJustified(34) << formatCount(t.open).rightJustified(10)
                    << formatCount(t.total).rightJustified(12) << "\n";
    if (!s.returnsByStatus.isEmpty()) {
        printTable(console, QStringLiteral("Returns by status"), s.returnsByStatus, [](const QString &code) -> QString {
            return returnStatusFromCode(code) ? returnStatusLabel(*returnStatusFromCode(code)) : code;
        });
    }
    printGeocoding(console, *geocoding);
    console.out << "\nUnmapped carrier codes: " << formatCount(s.unmappedCodes.size()) << "\n";
    for (const UnmappedCode &u : s.unmappedCodes)
        console.out << "  " << u.sourceFormat << "/" << u.carrier << " \"" << u.rawCode << "\" ("
                    << u.sampleDescription << "): " << formatCount(u.occurrences) << "\n";
    console.out.flush();
    return Success;
}

} // namespace ct::cli
