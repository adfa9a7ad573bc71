// SPDX-License-Identifier: MIT
#pragma once

#include "setting.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace ct::AppSettings {

// Where the desktop app's local store lives; empty means the platform's app-data folder.
inline const Setting<QString> StorePath{"store/path", QString()};
// Shipments generated into a new, empty default store so the app is useful at once.
inline const Setting<int> FirstRunDemoShipments{"store/firstRunDemoShipments", 20000};

// The team server last connected to (docs/SYNC.md); the token is in the keychain only.
inline const Setting<QString> ServerUrl{"server/url", QString()};
inline const Setting<QString> ServerUser{"server/user", QString()};
// Minutes between automatic syncs while connected; 0 turns automatic sync off.
inline const Setting<int> AutoSyncMinutes{"server/autoSyncMinutes", 5};
// A PEM file of certificates to trust for the team server besides the system's (its own
// CA, a self-signed certificate; tls::readCaFile), as `controltower-cli --ca-file`. Empty:
// the system's CA store only.
inline const Setting<QString> ServerCaFile{"server/caFile", QString()};
// When the last sync round went through (UTC), and for which store (its path): the status
// bar says it also after a restart, and only for that store.
inline const Setting<QDateTime> LastSyncAt{"server/lastSyncAt", QDateTime()};
inline const Setting<QString> LastSyncStore{"server/lastSyncStore", QString()};

// Minutes between re-evaluations of the exception rules as of now (priorities follow the
// SLA clock); 0 turns the automatic re-evaluation off.
inline const Setting<int> ExceptionRefreshMinutes{"store/exceptionRefreshMinutes", 5};
// The exception rules' thresholds and SLAs as the JSON `controltower-cli --rules FILE`
// reads (RulesConfig::fromJson, docs/EXCEPTIONS.md); empty: the documented defaults.
inline const Setting<QByteArray> RulesJson{"rules/json", QByteArray()};

// The file the standalone carrier feeds are kept in (CarrierFeedFile), the same format
// `controltower-cli poll --feeds` reads; empty: carrier-feeds.json in the app-data folder.
inline const Setting<QString> CarrierFeedsFile{"feeds/file", QString()};

// The language of the interface: "system" (the platform's, when a translation exists,
// else English) or a translation's code ("en"); read at start.
inline const Setting<QString> Language{"appearance/language", QStringLiteral("system")};

// The desktop's appearance: "system" (the platform's palette and style), "light" or
// "dark" (the Fusion style with a light or dark palette). --appearance overrides it.
inline const Setting<QString> Appearance{"appearance/theme", QStringLiteral("system")};

inline const Setting<QByteArray> MainWindowGeometry{"mainWindow/geometry", QByteArray()};
inline const Setting<QByteArray> MainWindowState{"mainWindow/state", QByteArray()};
// The view the window showed last ("shipments"...; ui/shell/viewid.h), opened at start.
inline const Setting<QString> MainWindowView{"mainWindow/view", QString()};

// The Shipments view: the table's columns, the split between the table and the
// shipment's detail, and the detail's own layout (ShipmentDetailPane::saveLayout: its
// split and its timeline's columns).
inline const Setting<QByteArray> ShipmentTableHeader{"shipmentTable/header", QByteArray()};
inline const Setting<QByteArray> ShipmentsSplitter{"shipments/splitter", QByteArray()};
inline const Setting<QByteArray> ShipmentDetailLayout{"shipments/detailLayout", QByteArray()};
inline const Setting<QByteArray> OutboxTableHeader{"outboxTable/header", QByteArray()};

// The Analytics view's filters (docs/DESKTOP.md, "Analytics"): the date range as a preset
// ("last7", "last30", "last90", "thisMonth", "lastMonth", or "custom" with its first and
// last day), the periods of the series ("day", "week", "month"), and the carrier, service,
// lane and destination it is limited to (empty: all; keys as in core/analytics/kpirequest.h).
inline const Setting<QString> AnalyticsRange{"analytics/range", QStringLiteral("last30")};
inline const Setting<QDate> AnalyticsFrom{"analytics/from", QDate()};
inline const Setting<QDate> AnalyticsTo{"analytics/to", QDate()};
inline const Setting<QString> AnalyticsGroupBy{"analytics/groupBy", QStringLiteral("week")};
inline const Setting<QString> AnalyticsCarrier{"analytics/carrier", QString()};
inline const Setting<QString> AnalyticsService{"analytics/service", QString()};
inline const Setting<QString> AnalyticsLane{"analytics/lane", QString()};
inline const Setting<QString> AnalyticsDestination{"analytics/destination", QString()};
// The KPI the bars by carrier and by lane show (a KPI code), and the scorecard's columns.
inline const Setting<QString> AnalyticsCarrierBarsKpi{"analytics/carrierBarsKpi", QStringLiteral("on_time_rate")};
inline const Setting<QString> AnalyticsLaneBarsKpi{"analytics/laneBarsKpi", QStringLiteral("on_time_rate")};
inline const Setting<QByteArray> AnalyticsScorecardHeader{"analytics/scorecardHeader", QByteArray()};

// The Map view's filters (ui/map/mapfilterbar.h, docs/DESKTOP.md#map): the carrier code and
// the service as "carrier<TAB>service" (empty: all), the ETA status code (empty: every one),
// how recent the last scan is in hours (0: any time), and the layers drawn.
inline const Setting<QString> MapCarrier{"map/carrier", QString()};
inline const Setting<QString> MapService{"map/service", QString()};
inline const Setting<QString> MapStatus{"map/status", QString()};
inline const Setting<int> MapLastScanHours{"map/lastScanHours", 0};
inline const Setting<bool> MapShowParcels{"map/showParcels", true};
inline const Setting<bool> MapShowLanes{"map/showLanes", true};
inline const Setting<bool> MapShowHeat{"map/showHeat", true};
// Raster tiles under the map (docs/MAP.md#raster-tiles): off by default and never needed.
// The tile server's URL template ({z}, {x}, {y}, optionally {s}: map::TileTemplate), the
// attribution its licence asks for (required to draw tiles), and the disk cache's limit.
inline const Setting<bool> MapTilesEnabled{"map/tiles/enabled", false};
inline const Setting<QString> MapTileUrl{"map/tiles/url", QString()};
inline const Setting<QString> MapTileAttribution{"map/tiles/attribution", QString()};
inline const Setting<int> MapTileCacheMb{"map/tiles/cacheMb", 200};

// The Exceptions view: the queue's columns, the splits between the filters, the queue and
// the detail, the detail's own layout, whether the filter panel shows, the saved views
// (a JSON array of {"name", "filter", "sort"}: the filter's JSON as docs/QUEUE.md writes
// it) and the view the queue showed last (its name).
inline const Setting<QByteArray> ExceptionTableHeader{"exceptionTable/header", QByteArray()};
inline const Setting<QByteArray> ExceptionsSplitter{"exceptions/splitter", QByteArray()};
inline const Setting<QByteArray> ExceptionDetailSplitter{"exceptions/detailSplitter", QByteArray()};
inline const Setting<QByteArray> ExceptionShipmentLayout{"exceptions/shipmentLayout", QByteArray()};
inline const Setting<bool> ExceptionFiltersShown{"exceptions/filtersShown", true};
inline const Setting<QByteArray> ExceptionSavedViews{"exceptions/savedViews", QByteArray()};
inline const Setting<QString> ExceptionCurrentView{"exceptions/currentView", QString()};

// The Returns view's layout and saved views (ui/returns/, core/returns/returnsavedviews.h).
inline const Setting<QByteArray> ReturnsSplitter{"returns/splitter", QByteArray()};
inline const Setting<QByteArray> ReturnTableHeader{"returns/tableHeader", QByteArray()};
inline const Setting<QByteArray> ReturnSavedViewsJson{"returns/savedViews", QByteArray()};
inline const Setting<QString> ReturnCurrentView{"returns/currentView", QString()};

// The agent's exception macros as JSON (core/actions/editmacros.h: EditMacros::fromJson,
// located errors); empty until the agent saves some: EditMacros::defaults() are offered.
inline const Setting<QByteArray> ExceptionMacros{"exceptions/macros", QByteArray()};

// Store > Carrier Allocation… (ui/allocation/): the Recommend tab's last order (a JSON
// object of the form's field texts and "cod") and the dialog's geometry.
inline const Setting<QByteArray> AllocationForm{"allocation/form", QByteArray()};
inline const Setting<QByteArray> CarrierAllocationGeometry{"allocation/geometry", QByteArray()};
// Its What-if tab: the candidate policy file, the days re-run and the weight assumed (kg).
inline const Setting<QString> AllocationWhatIfPolicy{"allocation/whatIfPolicy", QString()};
inline const Setting<int> AllocationWhatIfDays{"allocation/whatIfDays", 30};
inline const Setting<QString> AllocationWhatIfWeight{"allocation/whatIfWeight", QStringLiteral("1")};

// File > Import Files…: the column mappings of custom storefront CSVs, one per header
// (core/orders/csvordermapping.h: CsvOrderMappingBook's JSON); the mapping dialog offers a
// file's saved one next time (docs/storefronts/csv.md).
inline const Setting<QByteArray> OrderCsvMappings{"orders/csvMappings", QByteArray()};

} // namespace ct::AppSettings
