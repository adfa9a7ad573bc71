// SPDX-License-Identifier: MIT
#pragma once

#include "setting.h"

#include <QByteArray>
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

inline const Setting<QByteArray> MainWindowGeometry{"mainWindow/geometry", QByteArray()};
inline const Setting<QByteArray> MainWindowState{"mainWindow/state", QByteArray()};
inline const Setting<QByteArray> ShipmentTableHeader{"shipmentTable/header", QByteArray()};
inline const Setting<QByteArray> OutboxTableHeader{"outboxTable/header", QByteArray()};

} // namespace ct::AppSettings
