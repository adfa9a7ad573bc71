// SPDX-License-Identifier: MIT
#include "geocodecommand.h"

#include "geo/gazetteer.h"
#include "geo/shipmentgeowriter.h"
#include "store/database.h"

namespace ct::cli {

QString GeocodeCommand::summary() const
{
    return QStringLiteral("Gives coordinates (with their precision: postal code, city, region or country) "
                          "to the last scan place, origin and destination of every shipment that has none "
                          "or older ones: stores from before the map, replicas written by sync. Ingest does "
                          "it as it goes.");
}

void GeocodeCommand::describe(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("db"), QStringLiteral("The store (SQLite file)."),
                                        QStringLiteral("file")));
}

int GeocodeCommand::run(const QCommandLineParser &parser, Console &console) const
{
    bool usage = false;
    auto db = openStore(parser, console, &usage, Database::Mode::ReadWrite);
    if (!db)
        return usage ? UsageError : StoreError;
    for (const QString &issue : geo::Gazetteer::shared().issues())
        console.err << "controltower-cli geocode: " << issue << "\n";
    geo::ShipmentGeoWriter writer(*db);
    int updated = 0;
    QString error;
    if (!writer.refresh(&updated, &error)) {
        console.err << "controltower-cli geocode: " << error << "\n";
        console.err.flush();
        return StoreError;
    }
    console.out << "Geocoded " << formatCount(updated) << " shipments; " << formatCount(writer.unlocated())
                << " places could not be located (see controltower-cli stats)\n";
    console.out.flush();
    return Success;
}

} // namespace ct::cli
