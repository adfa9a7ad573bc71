// SPDX-License-Identifier: MIT
#include "mapview.h"

#include "geo/shipmentgeowriter.h"
#include "map/mapquery.h"
#include "mapcanvas.h"
#include "mapfilterbar.h"
#include "maptilelayer.h"
#include "map/tilecache.h"
#include "map/tiletemplate.h"
#include "settings/appsettings.h"
#include "shell/clock.h"
#include "shell/viewcontext.h"
#include "store/database.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QThread>
#include <QVBoxLayout>

namespace ct {

struct MapView::Loaded
{
    map::MapData data;
    QList<CarrierService> carrierServices;
    QString error;
};

MapView::MapView(const ViewContext &context, QWidget *parent)
    : AppView(ViewId::Map, parent), m_storePath(context.database.path()), m_clock(context.clock),
      m_filterBar(new MapFilterBar(this)), m_canvas(new MapCanvas(this)), m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(8, 4, 8, 0);
    filters->addWidget(m_filterBar);
    filters->addStretch(1);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    auto *shipments = new QCheckBox(tr("&Parcels"), this);
    auto *lanes = new QCheckBox(tr("&Lanes"), this);
    auto *heat = new QCheckBox(tr("Exception &heat"), this);
    shipments->setObjectName(QStringLiteral("mapParcels"));
    lanes->setObjectName(QStringLiteral("mapLanes"));
    heat->setObjectName(QStringLiteral("mapHeat"));
    // The layers as they were left (AppSettings::MapShow*).
    shipments->setChecked(AppSettings::MapShowParcels.value());
    lanes->setChecked(AppSettings::MapShowLanes.value());
    heat->setChecked(AppSettings::MapShowHeat.value());
    m_canvas->setLayers(shipments->isChecked(), lanes->isChecked(), heat->isChecked());
    for (QCheckBox *box : {shipments, lanes, heat}) {
        bar->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this, shipments, lanes, heat] {
            m_canvas->setLayers(shipments->isChecked(), lanes->isChecked(), heat->isChecked());
            AppSettings::MapShowParcels.setValue(shipments->isChecked());
            AppSettings::MapShowLanes.setValue(lanes->isChecked());
            AppSettings::MapShowHeat.setValue(heat->isChecked());
        });
    }
    bar->addSpacing(16);
    bar->addWidget(m_summary, 1);
    layout->addLayout(filters);
    layout->addLayout(bar);
    layout->addWidget(m_canvas, 1);
    connect(m_filterBar, &MapFilterBar::filterEdited, this, [this] {
        m_filter = m_filterBar->filter(m_clock.nowMs());
        reload();
    });
    connect(m_canvas, &MapCanvas::shipmentChosen, this, [this](qint64 id) {
        QString error;
        auto db = Database::open(m_storePath, &error, Database::Mode::ReadOnly);
        const auto numbers = db ? map::MapQuery(*db).trackingNumbers({id}, &error) : std::nullopt;
        if (numbers && !numbers->isEmpty() && !numbers->front().isEmpty())
            Q_EMIT shipmentChosen(numbers->front());
        else
            Q_EMIT statusMessage(tr("The shipment could not be opened: %1").arg(error), 8000);
    });
    connect(m_canvas, &MapCanvas::shipmentsChosen, this, &MapView::shipmentsChosen);
    connect(m_canvas, &MapCanvas::viewChanged, this, &MapView::updateSummary);
    // Busy while the map reads or its images are drawn on a worker (--screenshot waits).
    connect(m_canvas, &MapCanvas::drawn, this, [this] {
        if (!isBusy())
            Q_EMIT busyChanged(false);
    });
    applyTileSettings();
    // The first read under the filters the bar restored.
    m_filter = m_filterBar->filter(m_clock.nowMs());
    reload();
}

MapView::~MapView()
{
    // A read still running finishes first (its result is dropped): the thread uses the
    // shared geodata, which must outlive it.
    if (m_thread)
        m_thread->wait();
}

void MapView::applyTileSettings()
{
    if (!AppSettings::MapTilesEnabled.value()) {
        // Off (the default): no layer, so not one request.
        m_canvas->setTileLayer(nullptr);
        m_canvas->setNotice({});
        return;
    }
    QString error;
    const auto tiles = map::TileTemplate::parse(AppSettings::MapTileUrl.value(), &error);
    const QString attribution = AppSettings::MapTileAttribution.value().trimmed();
    if (!tiles || attribution.isEmpty()) {
        m_canvas->setTileLayer(nullptr);
        m_canvas->setNotice(!tiles ? tr("Tiles: the URL template cannot be used: %1 — showing the built-in map").arg(error)
                                   : tr("Tiles: no attribution is set (Preferences, Map) — showing the built-in map"));
        return;
    }
    m_canvas->setNotice({});
    const QString folder = map::tilecache::directory();
    const qint64 bytes = qint64(std::max(1, AppSettings::MapTileCacheMb.value())) * 1024 * 1024;
    if (const MapTileLayer *now = m_canvas->tileLayer(); now && now->tileTemplate().text() == tiles->text()
        && now->attribution() == attribution && now->cacheFolder() == folder && now->cacheBytes() == bytes)
        return; // as it is: keep the tiles in memory
    m_canvas->setTileLayer(new MapTileLayer(*tiles, attribution, folder, bytes));
}

void MapView::reload()
{
    if (m_storePath.isEmpty())
        return;
    if (m_loading) {
        // Read again once this read is over: the store or the filter changed meanwhile.
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    Q_EMIT busyChanged(true);
    startReading();
}

void MapView::startReading()
{
    m_summary->setText(tr("Reading the map…"));
    const qint64 nowMs = m_clock.nowMs();
    QPointer<MapView> self(this);
    QThread *thread = QThread::create([self, path = m_storePath, filter = m_filter, nowMs] {
        Loaded result;
        // Its own connection, in its own thread: geocode what the store lacks (older
        // stores, replicas), then read.
        auto db = Database::open(path, &result.error);
        if (db) {
            geo::ShipmentGeoWriter writer(*db);
            int updated = 0;
            QString geoError;
            writer.refresh(&updated, &geoError);
            const map::MapQuery query(*db);
            if (auto loaded = query.load(filter, nowMs, &result.error))
                result.data = std::move(*loaded);
            if (auto known = query.carrierServices(&result.error))
                result.carrierServices = std::move(*known);
        }
        db.reset();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, result = std::move(result)]() mutable {
                if (self)
                    self->showData(std::move(result));
            },
            Qt::QueuedConnection);
    });
    m_thread = thread;
    thread->setObjectName(QStringLiteral("map data"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void MapView::showData(Loaded result)
{
    if (m_reloadAgain) {
        m_reloadAgain = false;
        startReading(); // still busy
        return;
    }
    m_loading = false;
    if (!result.error.isEmpty())
        Q_EMIT statusMessage(tr("The map could not be read: %1").arg(result.error), 10000);
    m_filterBar->setCarrierServices(result.carrierServices);
    m_canvas->setData(std::move(result.data));
    // The first parcels drawn are framed (a new store's demo data arrives after the view).
    if (m_first && !m_canvas->data().points.empty()) {
        m_first = false;
        m_canvas->zoomToData();
    }
    updateSummary();
    Q_EMIT loaded();
    Q_EMIT busyChanged(false);
}

bool MapView::isBusy() const
{
    return m_loading || m_canvas->isDrawing();
}

void MapView::updateSummary()
{
    if (m_loading)
        return;
    const map::MapData &d = m_canvas->data();
    QString text = tr("%1 parcels in flight of %2 shipments · %3 lanes")
                       .arg(QLocale().toString(qint64(d.points.size())), QLocale().toString(d.shipments))
                       .arg(d.lanes.size());
    if (d.unlocated)
        text += tr(" · %1 without a known place (not drawn)").arg(QLocale().toString(d.unlocated));
    text += tr(" · zoom %1").arg(QLocale().toString(m_canvas->zoom(), 'f', 1));
    m_summary->setText(text);
}

} // namespace ct
