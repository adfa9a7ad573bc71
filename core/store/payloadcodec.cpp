// SPDX-License-Identifier: MIT
#include "payloadcodec.h"

namespace ct::PayloadCodec {

namespace {
constexpr char ZlibFormat = 'z';
constexpr int ZlibLevel = 1; // measured in bench_ingest: level 1 keeps ingest fast, JSON still shrinks ~5x
} // namespace

QByteArray compress(QByteArrayView json)
{
    QByteArray out(1, ZlibFormat);
    out += qCompress(reinterpret_cast<const uchar *>(json.data()), static_cast<int>(json.size()), ZlibLevel);
    return out;
}

QByteArray decompress(const QByteArray &stored)
{
    if (stored.size() < 2 || stored.at(0) != ZlibFormat)
        return {};
    return qUncompress(reinterpret_cast<const uchar *>(stored.constData()) + 1,
                       static_cast<int>(stored.size() - 1));
}

qint64 contentHash(QByteArrayView data)
{
    quint64 h = 1469598103934665603ULL;
    for (const char c : data) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return static_cast<qint64>(h);
}

} // namespace ct::PayloadCodec
