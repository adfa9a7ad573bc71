// SPDX-License-Identifier: MIT
#include "mappingtestsupport.h"

#include "adapters/adapterregistry.h"
#include "adapters/mapping/mappingadapter.h"
#include "adapters/mapping/mappingcheck.h"

#include <QTest>

namespace ct::test {

std::unique_ptr<MappingAdapter> loadMapping(const QString &name)
{
    MappingCheck::Result result = MappingCheck::check(readFixture(QStringLiteral("mappings/") + name));
    QStringList lines;
    for (const auto &p : std::as_const(result.problems))
        lines.append(p.toString(name));
    if (!result.ok())
        QTest::qFail(qPrintable(QStringLiteral("mapping %1 does not load:\n%2").arg(name, lines.join(QLatin1Char('\n')))),
                     __FILE__, __LINE__);
    return std::move(result.adapter);
}

NormalizeResult normalizeWith(std::unique_ptr<MappingAdapter> adapter, const QByteArray &data, const QString &source)
{
    NormalizeResult result;
    if (!adapter)
        return result; // the test failed loading it
    AdapterRegistry registry;
    registry.add(std::move(adapter));
    FeedReader reader(registry);
    result.summary = reader.readData(
        source, data, [&](ShipmentRecord &&s) { result.shipments.append(std::move(s)); },
        [&](const FeedIssue &issue) { result.issues.append(issue); });
    return result;
}

namespace {

class Differences
{
public:
    template<typename T>
    void check(const QString &field, const T &a, const T &b)
    {
        if (a != b)
            m_lines.append(QStringLiteral("%1: %2 != %3").arg(field, text(a), text(b)));
    }
    QStringList lines() const { return m_lines; }

private:
    static QString text(const QString &v) { return QLatin1Char('"') + v + QLatin1Char('"'); }
    static QString text(const QByteArray &v) { return QString::fromUtf8(v.left(60)); }
    static QString text(const QDate &v) { return v.toString(Qt::ISODate); }
    static QString text(const QDateTime &v) { return v.toString(Qt::ISODateWithMs); }
    static QString text(bool v) { return v ? QStringLiteral("true") : QStringLiteral("false"); }
    static QString text(int v) { return QString::number(v); }
    static QString text(qint64 v) { return QString::number(v); }
    static QString text(Subtag v) { return subtagCode(v); }
    static QString text(Tag v) { return tagCode(v); }
    static QString text(PaymentMode v) { return QString::number(static_cast<int>(v)); }
    QStringList m_lines;
};

void compareAddress(Differences &d, const QString &name, const Address &a, const Address &b)
{
    d.check(name + QLatin1String(".city"), a.city, b.city);
    d.check(name + QLatin1String(".state"), a.state, b.state);
    d.check(name + QLatin1String(".postalCode"), a.postalCode, b.postalCode);
    d.check(name + QLatin1String(".country"), a.country, b.country);
    d.check(name + QLatin1String(".countryInferred"), a.countryInferred, b.countryInferred);
}

} // namespace

QStringList shipmentDifferences(const ShipmentRecord &a, const ShipmentRecord &b)
{
    Differences d;
    d.check(QStringLiteral("carrier"), a.carrier, b.carrier);
    d.check(QStringLiteral("trackingNumber"), a.trackingNumber, b.trackingNumber);
    d.check(QStringLiteral("carrierReference"), a.carrierReference, b.carrierReference);
    d.check(QStringLiteral("masterTrackingNumber"), a.masterTrackingNumber, b.masterTrackingNumber);
    d.check(QStringLiteral("pieceCount"), a.pieceCount, b.pieceCount);
    d.check(QStringLiteral("service"), a.service, b.service);
    d.check(QStringLiteral("sourceDocument"), a.sourceDocument, b.sourceDocument);
    d.check(QStringLiteral("tag"), a.tag, b.tag);
    d.check(QStringLiteral("subtag"), a.subtag, b.subtag);
    d.check(QStringLiteral("statusConflict"), a.statusConflict, b.statusConflict);
    d.check(QStringLiteral("estimatedDelivery.date"), a.estimatedDelivery.date, b.estimatedDelivery.date);
    d.check(QStringLiteral("estimatedDelivery.hasTime"), a.estimatedDelivery.hasTime, b.estimatedDelivery.hasTime);
    d.check(QStringLiteral("estimatedDelivery.at.utcMs"), a.estimatedDelivery.at.utcMs, b.estimatedDelivery.at.utcMs);
    d.check(QStringLiteral("estimatedDelivery.at.offsetMinutes"), int(a.estimatedDelivery.at.offsetMinutes),
            int(b.estimatedDelivery.at.offsetMinutes));
    d.check(QStringLiteral("shippedAt"), a.shippedAt, b.shippedAt);
    compareAddress(d, QStringLiteral("origin"), a.origin, b.origin);
    compareAddress(d, QStringLiteral("destination"), a.destination, b.destination);
    d.check(QStringLiteral("order.orderId"), a.order.orderId, b.order.orderId);
    d.check(QStringLiteral("order.customerName"), a.order.customerName, b.order.customerName);
    d.check(QStringLiteral("order.customerEmail"), a.order.customerEmail, b.order.customerEmail);
    d.check(QStringLiteral("order.customerPhone"), a.order.customerPhone, b.order.customerPhone);
    d.check(QStringLiteral("order.promisedDate"), a.order.promisedDate, b.order.promisedDate);
    d.check(QStringLiteral("payment.mode"), a.payment.mode, b.payment.mode);
    d.check(QStringLiteral("payment.codAmountCents"), a.payment.codAmountCents, b.payment.codAmountCents);
    d.check(QStringLiteral("rawPayload"), a.rawPayload, b.rawPayload);
    d.check(QStringLiteral("events.size"), int(a.events.size()), int(b.events.size()));
    for (qsizetype i = 0; i < std::min(a.events.size(), b.events.size()); ++i) {
        const TrackingEvent &x = a.events.at(i);
        const TrackingEvent &y = b.events.at(i);
        const QString e = QStringLiteral("events[%1].").arg(i);
        d.check(e + QLatin1String("occurredAt.utcMs"), x.occurredAt.utcMs, y.occurredAt.utcMs);
        d.check(e + QLatin1String("occurredAt.offsetMinutes"), int(x.occurredAt.offsetMinutes), int(y.occurredAt.offsetMinutes));
        d.check(e + QLatin1String("timeAssumed"), x.timeAssumed, y.timeAssumed);
        d.check(e + QLatin1String("tag"), x.tag, y.tag);
        d.check(e + QLatin1String("subtag"), x.subtag, y.subtag);
        d.check(e + QLatin1String("unmappedCode"), x.unmappedCode, y.unmappedCode);
        d.check(e + QLatin1String("rawCode"), x.rawCode, y.rawCode);
        d.check(e + QLatin1String("description"), x.description, y.description);
        d.check(e + QLatin1String("city"), x.city, y.city);
        d.check(e + QLatin1String("state"), x.state, y.state);
        d.check(e + QLatin1String("postalCode"), x.postalCode, y.postalCode);
        d.check(e + QLatin1String("country"), x.country, y.country);
        d.check(e + QLatin1String("countryInferred"), x.countryInferred, y.countryInferred);
    }
    return d.lines();
}

} // namespace ct::test
