// SPDX-License-Identifier: MIT
// What a window writes to the settings when it closes, put back to the defaults between
// tests so each starts as a first run.
#pragma once

#include "settings/appsettings.h"

namespace ct::test {

inline void resetWindowSettings()
{
    AppSettings::MainWindowGeometry.reset();
    AppSettings::MainWindowState.reset();
    AppSettings::MainWindowView.reset();
    AppSettings::ShipmentTableHeader.reset();
    AppSettings::ShipmentsSplitter.reset();
    AppSettings::ShipmentDetailLayout.reset();
    AppSettings::OutboxTableHeader.reset();
    AppSettings::Appearance.reset();
    AppSettings::AnalyticsRange.reset();
    AppSettings::AnalyticsFrom.reset();
    AppSettings::AnalyticsTo.reset();
    AppSettings::AnalyticsGroupBy.reset();
    AppSettings::AnalyticsCarrier.reset();
    AppSettings::AnalyticsService.reset();
    AppSettings::AnalyticsLane.reset();
    AppSettings::AnalyticsDestination.reset();
    AppSettings::AnalyticsCarrierBarsKpi.reset();
    AppSettings::AnalyticsLaneBarsKpi.reset();
    AppSettings::AnalyticsScorecardHeader.reset();
    AppSettings::MapCarrier.reset();
    AppSettings::MapService.reset();
    AppSettings::MapStatus.reset();
    AppSettings::MapLastScanHours.reset();
    AppSettings::MapShowParcels.reset();
    AppSettings::MapShowLanes.reset();
    AppSettings::MapShowHeat.reset();
    AppSettings::MapTilesEnabled.reset();
    AppSettings::MapTileUrl.reset();
    AppSettings::MapTileAttribution.reset();
    AppSettings::MapTileCacheMb.reset();
}

} // namespace ct::test
