// SPDX-License-Identifier: MIT
#include "trustedproxies.h"

namespace ct::server {

namespace {

// IPv4-mapped IPv6 as IPv4, as the connection caps count addresses.
QHostAddress normalized(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

// Only what the config reference and RFC 7239 call an address: four dotted decimal parts,
// or an IPv6 address without a zone (QHostAddress alone takes "10.1" and "fe80::1%eth0").
QHostAddress strictAddress(QStringView text)
{
    if (text.isEmpty())
        return {};
    if (text.contains(QLatin1Char('%')))
        return {};
    if (!text.contains(QLatin1Char(':'))) {
        const QList<QStringView> parts = text.split(QLatin1Char('.'));
        if (parts.size() != 4)
            return {};
        for (QStringView part : parts) {
            if (part.isEmpty() || part.size() > 3
                || std::any_of(part.begin(), part.end(), [](QChar c) { return c < QLatin1Char('0') || c > QLatin1Char('9'); }))
                return {};
        }
    }
    QHostAddress address;
    if (!address.setAddress(text.toString()))
        return {};
    return address;
}

} // namespace

QHostAddress TrustedProxies::forwardedAddress(QByteArrayView item)
{
    const QString text = QString::fromLatin1(item);
    if (text.startsWith(QLatin1Char('['))) {
        // "[2001:db8::1]" or "[2001:db8::1]:8080"
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return {};
        const QStringView rest = QStringView(text).mid(close + 1);
        if (!rest.isEmpty()) {
            bool ok = false;
            if (!rest.startsWith(QLatin1Char(':')) || rest.mid(1).toUInt(&ok) > 65535 || !ok)
                return {};
        }
        const QHostAddress address = strictAddress(QStringView(text).mid(1, close - 1));
        if (address.protocol() != QAbstractSocket::IPv6Protocol)
            return {};
        return normalized(address);
    }
    const qsizetype colons = text.count(QLatin1Char(':'));
    if (colons == 1) {
        // "192.0.2.1:8080"
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = QStringView(text).mid(colon + 1).toUInt(&ok);
        if (!ok || port > 65535)
            return {};
        const QHostAddress address = strictAddress(QStringView(text).left(colon));
        return address.protocol() == QAbstractSocket::IPv4Protocol ? address : QHostAddress();
    }
    return normalized(strictAddress(text));
}

std::optional<TrustedProxies> TrustedProxies::parse(const QStringList &entries, QString *error)
{
    TrustedProxies proxies;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString &entry = entries.at(i);
        const auto fail = [&](const QString &why) {
            *error = QStringLiteral("trusted_proxies[%1]: \"%2\" %3").arg(i).arg(entry, why);
            return std::nullopt;
        };
        const qsizetype slash = entry.indexOf(QLatin1Char('/'));
        QHostAddress address = strictAddress(slash < 0 ? QStringView(entry) : QStringView(entry).left(slash));
        if (address.isNull())
            return fail(QStringLiteral("is not an IPv4 or IPv6 address (or ADDRESS/PREFIX)"));
        const bool isV6 = address.protocol() == QAbstractSocket::IPv6Protocol;
        const int fullLength = isV6 ? 128 : 32;
        int prefix = fullLength;
        if (slash >= 0) {
            const QStringView digits = QStringView(entry).mid(slash + 1);
            bool ok = !digits.isEmpty() && digits.size() <= 3
                && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
            prefix = ok ? digits.toInt(&ok) : -1;
            if (!ok || prefix > fullLength)
                return fail(QStringLiteral("has a prefix length that is not a number from 0 to %1").arg(fullLength));
        }
        const QPair<QHostAddress, int> range = QHostAddress::parseSubnet(
            QStringLiteral("%1/%2").arg(address.toString()).arg(prefix));
        if (range.first != address)
            return fail(QStringLiteral("has bits set past its /%1 prefix (the range starts at %2)")
                            .arg(prefix).arg(range.first.toString()));
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        if (isV6 && isV4 && prefix >= 96) // ::ffff:10.0.0.0/104 is 10.0.0.0/8, as peers are counted
            proxies.m_ranges.append({QHostAddress(v4), prefix - 96});
        else
            proxies.m_ranges.append(range);
    }
    return proxies;
}

bool TrustedProxies::contains(const QHostAddress &address) const
{
    const QHostAddress plain = normalized(address);
    return std::any_of(m_ranges.begin(), m_ranges.end(),
                       [&](const QPair<QHostAddress, int> &range) { return plain.isInSubnet(range); });
}

std::optional<QString> TrustedProxies::clientAddress(const QString &peer, const QByteArray &forwardedFor,
                                                     QString *error) const
{
    if (m_ranges.isEmpty() || forwardedFor.isEmpty() || !contains(QHostAddress(peer)))
        return peer;
    // Each proxy appends the address it was connected from: from the right, the items are
    // the proxies' peers, nearest first. Those left of the first untrusted one were written
    // by the client (or before it) and are neither believed nor checked.
    const QList<QByteArray> items = forwardedFor.split(',');
    QHostAddress farthest;
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const QByteArray item = items.at(i).trimmed();
        const QHostAddress address = forwardedAddress(item);
        if (address.isNull()) {
            *error = QStringLiteral("X-Forwarded-For from the trusted proxy %1: item %2 of %3, \"%4\", is not an IP address")
                         .arg(peer).arg(i + 1).arg(items.size()).arg(QString::fromLatin1(item.left(64)));
            return std::nullopt;
        }
        if (!contains(address))
            return address.toString();
        farthest = address;
    }
    // Every hop a trusted proxy: the first of them is where the request came from.
    return farthest.toString();
}

} // namespace ct::server
