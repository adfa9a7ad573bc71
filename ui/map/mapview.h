// SPDX-License-Identifier: MIT
#pragma once

#include "map/mapdata.h"
#include "map/mapfilter.h"
#include "shell/appview.h"

#include <QPointer>
#include <QThread>

class QLabel;

namespace ct {

class Clock;
class MapCanvas;
class MapFilterBar;
struct ViewContext;

// The Map view (docs/MAP.md#the-map-view): parcels in flight where they were last
// scanned, clustered and coloured by ETA status, lanes and exception hot spots, on a
// MapCanvas, under the filters of a MapFilterBar. The data is read on a thread of its own
// (geocoding the shipments a store lacks first, then MapQuery), so the window never waits
// for it; the view is busy meanwhile (a screenshot waits). A click on a single parcel
// asks the shell to open it (shipmentChosen). Raster tiles, when set, are drawn under it.
class MapView final : public AppView
{
    Q_OBJECT

public:
    explicit MapView(const ViewContext &context, QWidget *parent = nullptr);
    ~MapView() override;

    void reload() override;
    bool isBusy() const override;
    MapCanvas *canvas() const { return m_canvas; }
    MapFilterBar *filterBar() const { return m_filterBar; }
    // Puts the raster tile settings (AppSettings::MapTile*) into effect: a tile layer under
    // the map when they are on and usable, a notice on the map when they are on and not.
    void applyTileSettings();
    // What the map shows now (the filter bar's, at the last reload).
    const map::MapFilter &filter() const { return m_filter; }

Q_SIGNALS:
    void shipmentChosen(const QString &trackingNumber);
    // A lane or a cluster to list in the Shipments view: exactly these shipments.
    void shipmentsChosen(const QList<qint64> &shipmentIds, const QString &description);
    void loaded();

private:
    struct Loaded;
    void startReading();
    void showData(Loaded result);
    void updateSummary();

    QString m_storePath;
    const Clock &m_clock;
    MapFilterBar *m_filterBar;
    MapCanvas *m_canvas;
    QLabel *m_summary;
    map::MapFilter m_filter;
    bool m_loading = false;
    bool m_reloadAgain = false; // the store or the filter changed while reading
    bool m_first = true;
    QPointer<QThread> m_thread; // reading now; waited for when the view goes
};

} // namespace ct
