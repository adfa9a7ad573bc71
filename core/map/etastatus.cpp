// SPDX-License-Identifier: MIT
#include "etastatus.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>

namespace ct::map {

namespace {
constexpr std::array<const char *, EtaStatusCount> Codes{"on_time", "at_risk", "late", "exception", "no_scan"};
} // namespace

qint64 endOfDayMs(const QDate &day)
{
    return QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QString etaStatusCode(EtaStatus status)
{
    return QString::fromLatin1(Codes.at(static_cast<std::size_t>(status)));
}

QString etaStatusLabel(EtaStatus status)
{
    switch (status) {
    case EtaStatus::OnTime: return QCoreApplication::translate("ct::EtaStatus", "On time");
    case EtaStatus::AtRisk: return QCoreApplication::translate("ct::EtaStatus", "At risk");
    case EtaStatus::Late: return QCoreApplication::translate("ct::EtaStatus", "Late");
    case EtaStatus::Exception: return QCoreApplication::translate("ct::EtaStatus", "Exception");
    case EtaStatus::NoScan: return QCoreApplication::translate("ct::EtaStatus", "No scan for 72 h");
    }
    return {};
}

EtaStatus etaStatusOf(const EtaFacts &f, qint64 nowMs)
{
    if (f.openException)
        return EtaStatus::Exception;
    if (f.lastEventMs > 0 && nowMs - f.lastEventMs > NoScanAfterMs)
        return EtaStatus::NoScan;
    if (f.promised) {
        const qint64 due = endOfDayMs(*f.promised);
        if (nowMs >= due)
            return EtaStatus::Late;
        if (f.estimated && *f.estimated > *f.promised)
            return EtaStatus::AtRisk;
        if (due - nowMs <= 24LL * 3600 * 1000 && !f.outForDelivery)
            return EtaStatus::AtRisk;
    }
    return EtaStatus::OnTime;
}

} // namespace ct::map
