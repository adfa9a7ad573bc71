// SPDX-License-Identifier: MIT
#pragma once

#include "map/mapdata.h"
#include "shell/appview.h"

#include <memory>

class QLabel;
class QThread;

namespace ct {

class Clock;
class MapCanvas;
struct ViewContext;

// The Map view (docs/MAP.md#the-map-view): parcels in flight where they were last
// scanned, clustered and coloured by ETA status, lanes and exception hot spots, on a
// MapCanvas. The data is read on a thread of its own (geocoding the shipments a store
// lacks first, then MapQuery), so the window never waits for it. A click on a single
// parcel asks the shell to open it (shipmentChosen).
class MapView final : public AppView
{
    Q_OBJECT

public:
    explicit MapView(const ViewContext &context, QWidget *parent = nullptr);
    ~MapView() override;

    void reload() override;
    MapCanvas *canvas() const { return m_canvas; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void shipmentChosen(const QString &trackingNumber);
    void loaded();

private:
    void showData(map::MapData mapData, const QString &error);
    void updateSummary();

    QString m_storePath;
    const Clock &m_clock;
    MapCanvas *m_canvas;
    QLabel *m_summary;
    bool m_loading = false;
    bool m_first = true;
};

} // namespace ct
