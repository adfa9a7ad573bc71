// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace ct::server {

// The reverse proxies whose X-Forwarded-For the server believes (config `trusted_proxies`,
// docs/SERVER.md "Behind a reverse proxy"): addresses and CIDR ranges, IPv4 and IPv6. A
// request from one of them is counted against the address its header names: the list is
// walked from the right, past every trusted proxy, to the first address that is not one. A
// request from any other peer is its peer's, whatever its headers say.
class TrustedProxies
{
public:
    // "127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8"; nullopt and an error naming the entry
    // (by its index) when one is not an address, its prefix is out of range, or it has
    // bits set past its prefix.
    static std::optional<TrustedProxies> parse(const QStringList &entries, QString *error);

    bool isEmpty() const { return m_ranges.isEmpty(); }
    // Whether `address` (an IPv4-mapped IPv6 address counts as its IPv4 address) is a proxy.
    bool contains(const QHostAddress &address) const;

    // The client address of a request from `peer` (as HttpConnection normalizes it) that
    // carried `forwardedFor` (X-Forwarded-For's value, every line of it; empty when absent):
    // `peer` itself unless it is a trusted proxy and the header is there. Nullopt, with
    // `error` saying which item is wrong, when a trusted proxy's header is malformed.
    std::optional<QString> clientAddress(const QString &peer, const QByteArray &forwardedFor, QString *error) const;

    // The address an X-Forwarded-For item names ("192.0.2.1", "192.0.2.1:8080", "2001:db8::1",
    // "[2001:db8::1]:8080"), IPv4-mapped IPv6 as IPv4; null when it is none of those.
    static QHostAddress forwardedAddress(QByteArrayView item);

private:
    QList<QPair<QHostAddress, int>> m_ranges; // network address, prefix length
};

} // namespace ct::server
