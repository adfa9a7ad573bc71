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

inline const Setting<QByteArray> MainWindowGeometry{"mainWindow/geometry", QByteArray()};
inline const Setting<QByteArray> MainWindowState{"mainWindow/state", QByteArray()};
inline const Setting<QByteArray> ShipmentTableHeader{"shipmentTable/header", QByteArray()};

} // namespace ct::AppSettings
