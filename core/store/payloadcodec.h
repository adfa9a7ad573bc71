// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ct {

// How raw carrier payloads are kept in the store: compressed, with a leading format byte
// so the method can change without a migration.
namespace PayloadCodec {

QByteArray compress(QByteArrayView json);
// The original bytes, or an empty array when `stored` is damaged or of an unknown format.
QByteArray decompress(const QByteArray &stored);
// A stable 64-bit content hash (FNV-1a), the same on every run and platform.
qint64 contentHash(QByteArrayView data);

} // namespace PayloadCodec

} // namespace ct
