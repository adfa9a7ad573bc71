// SPDX-License-Identifier: MIT
#include "mapview.h"

#include "geo/shipmentgeowriter.h"
#include "map/mapquery.h"
#include "mapcanvas.h"
#include "shell/clock.h"
#include "shell/viewcontext.h"
#include "store/database.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QThread>
#include <QVBoxLayout>

namespace ct {

MapView::MapView(const ViewContext &context, QWidget *parent)
    : AppView(ViewId::Map, parent), m_storePath(context.database.path()), m_clock(context.clock),
      m_canvas(new MapCanvas(this)), m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    auto *shipments = new QCheckBox(tr("&Parcels"), this);
    auto *lanes = new QCheckBox(tr("&Lanes"), this);
    auto *heat = new QCheckBox(tr("Exception &heat"), this);
    for (QCheckBox *box : {shipments, lanes, heat}) {
        box->setChecked(true);
        bar->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this, shipments, lanes, heat] {
            m_canvas->setLayers(shipments->isChecked(), lanes->isChecked(), heat->isChecked());
        });
    }
    bar->addSpacing(16);
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);
    layout->addWidget(m_canvas, 1);
    connect(m_canvas, &MapCanvas::shipmentChosen, this, [this](qint64 id) {
        QString error;
        auto db = Database::open(m_storePath, &error, Database::Mode::ReadOnly);
        const auto numbers = db ? map::MapQuery(*db).trackingNumbers({id}, &error) : std::nullopt;
        if (numbers && !numbers->isEmpty() && !numbers->front().isEmpty())
            Q_EMIT shipmentChosen(numbers->front());
        else
            Q_EMIT statusMessage(tr("The shipment could not be opened: %1").arg(error), 8000);
    });
    connect(m_canvas, &MapCanvas::viewChanged, this, &MapView::updateSummary);
    reload();
}

MapView::~MapView() = default;

void MapView::reload()
{
    if (m_loading || m_storePath.isEmpty())
        return;
    m_loading = true;
    m_summary->setText(tr("Reading the map…"));
    const qint64 nowMs = m_clock.nowMs();
    QPointer<MapView> self(this);
    QThread *thread = QThread::create([self, path = m_storePath, nowMs] {
        QString error;
        map::MapData result;
        // Its own connection, in its own thread: geocode what the store lacks (older
        // stores, replicas), then read.
        auto db = Database::open(path, &error);
        if (db) {
            geo::ShipmentGeoWriter writer(*db);
            int updated = 0;
            QString geoError;
            writer.refresh(&updated, &geoError);
            if (auto loaded = map::MapQuery(*db).load(map::MapFilter{}, nowMs, &error))
                result = std::move(*loaded);
        }
        db.reset();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, result = std::move(result), error]() mutable {
                if (self)
                    self->showData(std::move(result), error);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("map data"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void MapView::showData(map::MapData mapData, const QString &error)
{
    m_loading = false;
    if (!error.isEmpty())
        Q_EMIT statusMessage(tr("The map could not be read: %1").arg(error), 10000);
    m_canvas->setData(std::move(mapData));
    if (m_first) {
        m_first = false;
        m_canvas->zoomToData();
    }
    updateSummary();
    Q_EMIT loaded();
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
    text += tr(" · zoom %1").arg(m_canvas->zoom(), 0, 'f', 1);
    m_summary->setText(text);
}

} // namespace ct
