// SPDX-License-Identifier: MIT
#include "mapfilterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace ct {

namespace {

constexpr qint64 HourMs = 3600LL * 1000;

QComboBox *combo(const char *name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

MapFilterBar::MapFilterBar(QWidget *parent)
    : QWidget(parent), m_carrier(combo("mapCarrier", this)), m_service(combo("mapService", this)),
      m_status(combo("mapStatus", this)), m_period(combo("mapPeriod", this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_carrier->addItem(tr("All carriers"));
    m_service->addItem(tr("All services"));
    m_status->addItem(tr("Every ETA status"), -1);
    for (int i = 0; i < map::EtaStatusCount; ++i)
        m_status->addItem(map::etaStatusLabel(static_cast<map::EtaStatus>(i)), i);
    // How recent the last scan is: the queue's date range ("opened"), on the shipment.
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last 24 hours"), 24);
    m_period->addItem(tr("Last 7 days"), 7 * 24);
    m_period->addItem(tr("Last 30 days"), 30 * 24);
    // "carrier · service" can be long: the list shows it whole, the field a part.
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_service->setMinimumContentsLength(22);
    // Another carrier picked: its services are offered, none of them picked.
    connect(m_carrier, &QComboBox::activated, this, [this] {
        fillServices();
        m_service->setCurrentIndex(0);
    });
    const std::pair<QString, QComboBox *> fields[] = {
        {tr("&Carrier:"), m_carrier}, {tr("Ser&vice:"), m_service}, {tr("&Status:"), m_status}, {tr("Las&t scan:"), m_period}};
    for (const auto &[text, box] : fields) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box);
        connect(box, &QComboBox::activated, this, &MapFilterBar::filterEdited);
    }
}

void MapFilterBar::setCarrierServices(const QList<CarrierService> &known)
{
    m_known = known;
    const QString carrier = m_carrier->currentIndex() > 0 ? m_carrier->currentText() : QString();
    const QSignalBlocker block(m_carrier);
    m_carrier->clear();
    m_carrier->addItem(tr("All carriers"));
    QStringList carriers;
    for (const CarrierService &cs : known) {
        if (!carriers.contains(cs.carrier))
            carriers << cs.carrier;
    }
    for (const QString &c : std::as_const(carriers))
        m_carrier->addItem(c, c);
    m_carrier->setCurrentIndex(std::max(0, m_carrier->findData(carrier)));
    fillServices();
}

void MapFilterBar::fillServices()
{
    // The services of the carrier picked, or every carrier's, as "carrier · service".
    const QString carrier = m_carrier->currentData().toString();
    const QVariant picked = m_service->currentData();
    const QSignalBlocker block(m_service);
    m_service->clear();
    m_service->addItem(tr("All services"));
    for (const CarrierService &cs : std::as_const(m_known)) {
        if (cs.service.isEmpty() || (!carrier.isEmpty() && cs.carrier != carrier))
            continue;
        const QString text = carrier.isEmpty() ? QStringLiteral("%1 · %2").arg(cs.carrier, cs.service) : cs.service;
        m_service->addItem(text, QStringList{cs.carrier, cs.service});
    }
    m_service->setCurrentIndex(std::max(0, m_service->findData(picked)));
}

map::MapFilter MapFilterBar::filter(qint64 nowMs) const
{
    map::MapFilter f;
    if (const QString carrier = m_carrier->currentData().toString(); !carrier.isEmpty())
        f.queue.carriers << carrier;
    if (const QStringList pair = m_service->currentData().toStringList(); pair.size() == 2)
        f.queue.services << CarrierService{pair.at(0), pair.at(1)};
    if (const int status = m_status->currentData().toInt(); status >= 0)
        f.statuses << static_cast<map::EtaStatus>(status);
    if (const int hours = m_period->currentData().toInt(); hours > 0)
        f.queue.openedAtMs.min = nowMs - hours * HourMs;
    return f;
}

} // namespace ct
