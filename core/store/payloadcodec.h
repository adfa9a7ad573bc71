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

// A raw payload ready for the store: compressed and hashed. Computing it needs no store
// connection, so FeedImporter does it on its reader thread.
struct PreparedPayload
{
    QByteArray compressed;
    qint64 hash = 0;

    static PreparedPayload of(QByteArrayView json)
    {
        if (json.isEmpty())
            return {};
        return {PayloadCodec::compress(json), PayloadCodec::contentHash(json)};
    }
    bool isEmpty() const { return compressed.isEmpty(); }
};

} // namespace ct
