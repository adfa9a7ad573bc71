// SPDX-License-Identifier: MIT
#include "mapfilterbar.h"

#include "settings/appsettings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace ct {

namespace {

constexpr qint64 HourMs = 3600LL * 1000;
const QChar ServiceSeparator = u'\t';

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
        m_wantedService.clear();
        fillServices();
    });
    const std::pair<QString, QComboBox *> fields[] = {
        {tr("&Carrier:"), m_carrier}, {tr("Ser&vice:"), m_service}, {tr("&Status:"), m_status}, {tr("Las&t scan:"), m_period}};
    for (const auto &[text, box] : fields) {
        auto *label = new QLabel(text, this);
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box);
        connect(box, &QComboBox::activated, this, [this] {
            save();
            Q_EMIT filterEdited();
        });
    }
    restore();
}

void MapFilterBar::restore()
{
    // The carrier and the service as they were picked: offered as they are until the store
    // says what it has (setCarrierServices), then marked if it no longer has them.
    m_wantedCarrier = AppSettings::MapCarrier.value();
    const QStringList service = AppSettings::MapService.value().split(ServiceSeparator);
    m_wantedService = service.size() == 2 ? service : QStringList();
    if (m_wantedService.size() == 2 && !m_wantedCarrier.isEmpty() && m_wantedService.at(0) != m_wantedCarrier)
        m_wantedService.clear(); // a service of another carrier than the one picked: not a filter the bar makes
    // Until the store's list arrives the picks show as they are, unmarked.
    if (!m_wantedCarrier.isEmpty())
        m_carrier->addItem(m_wantedCarrier, m_wantedCarrier);
    if (m_wantedService.size() == 2)
        m_known = {CarrierService{m_wantedService.at(0), m_wantedService.at(1)}};
    m_carrier->setCurrentIndex(std::max(0, m_carrier->findData(m_wantedCarrier)));
    fillServices();
    m_known.clear();
    const QString status = AppSettings::MapStatus.value();
    for (int i = 0; i < map::EtaStatusCount; ++i) {
        if (map::etaStatusCode(static_cast<map::EtaStatus>(i)) == status)
            m_status->setCurrentIndex(m_status->findData(i));
    }
    m_period->setCurrentIndex(std::max(0, m_period->findData(AppSettings::MapLastScanHours.value())));
}

void MapFilterBar::save()
{
    m_wantedCarrier = m_carrier->currentData().toString();
    m_wantedService = m_service->currentData().toStringList();
    AppSettings::MapCarrier.setValue(m_wantedCarrier);
    AppSettings::MapService.setValue(m_wantedService.join(ServiceSeparator));
    const int status = m_status->currentData().toInt();
    AppSettings::MapStatus.setValue(status >= 0 ? map::etaStatusCode(static_cast<map::EtaStatus>(status)) : QString());
    AppSettings::MapLastScanHours.setValue(m_period->currentData().toInt());
}

QString MapFilterBar::missingText(const QString &value) const
{
    //: A carrier or service the map's filter was set to, which the store no longer has.
    return tr("%1 (not in this store)").arg(value);
}

void MapFilterBar::setCarrierServices(const QList<CarrierService> &known)
{
    m_known = known;
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
    // A carrier picked before that the store does not have (any more): kept, marked, so the
    // map does not quietly show every carrier instead.
    if (!m_wantedCarrier.isEmpty() && m_carrier->findData(m_wantedCarrier) < 0)
        m_carrier->addItem(missingText(m_wantedCarrier), m_wantedCarrier);
    m_carrier->setCurrentIndex(std::max(0, m_carrier->findData(m_wantedCarrier)));
    fillServices();
}

void MapFilterBar::fillServices()
{
    // The services of the carrier picked, or every carrier's, as "carrier · service".
    const QString carrier = m_carrier->currentData().toString();
    const QSignalBlocker block(m_service);
    m_service->clear();
    m_service->addItem(tr("All services"));
    const auto text = [&carrier](const QString &c, const QString &service) {
        return carrier.isEmpty() ? QStringLiteral("%1 · %2").arg(c, service) : service;
    };
    for (const CarrierService &cs : std::as_const(m_known)) {
        if (cs.service.isEmpty() || (!carrier.isEmpty() && cs.carrier != carrier))
            continue;
        m_service->addItem(text(cs.carrier, cs.service), QStringList{cs.carrier, cs.service});
    }
    const bool wantedFits = m_wantedService.size() == 2 && (carrier.isEmpty() || m_wantedService.at(0) == carrier);
    if (wantedFits && m_service->findData(m_wantedService) < 0)
        m_service->addItem(missingText(text(m_wantedService.at(0), m_wantedService.at(1))), m_wantedService);
    m_service->setCurrentIndex(wantedFits ? std::max(0, m_service->findData(m_wantedService)) : 0);
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
