// SPDX-License-Identifier: MIT
#include "basemap.h"

#include "geo/geolog.h"
#include "webmercator.h"

#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ct::map {

namespace {

class Reader
{
public:
    explicit Reader(const QByteArray &bytes) : m_data(bytes) {}
    qsizetype offset() const { return m_pos; }
    bool u8(quint8 *v)
    {
        if (m_pos + 1 > m_data.size())
            return false;
        *v = static_cast<quint8>(m_data[m_pos++]);
        return true;
    }
    bool u32(quint32 *v)
    {
        if (m_pos + 4 > m_data.size())
            return false;
        *v = qFromLittleEndian<quint32>(m_data.constData() + m_pos);
        m_pos += 4;
        return true;
    }
    bool f32(float *v)
    {
        quint32 bits = 0;
        if (!u32(&bits))
            return false;
        std::memcpy(v, &bits, sizeof bits);
        return true;
    }
    bool zigzag(qint64 *v)
    {
        quint64 result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            quint8 byte = 0;
            if (!u8(&byte))
                return false;
            result |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80)) {
                *v = static_cast<qint64>(result >> 1) ^ -static_cast<qint64>(result & 1);
                return true;
            }
        }
        return false;
    }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

} // namespace

Basemap Basemap::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Basemap b;
        b.m_error = QStringLiteral("%1: cannot be read (%2); the map has no basemap").arg(path, file.errorString());
        qCWarning(geo::lcGeo).noquote() << b.m_error;
        return b;
    }
    return fromBytes(file.readAll(), path);
}

Basemap Basemap::fromBytes(const QByteArray &bytes, const QString &name)
{
    Basemap b;
    Reader r(bytes);
    auto fail = [&](const QString &what) {
        b.m_levels.clear();
        b.m_error = QStringLiteral("%1: byte %2: %3; the map has no basemap").arg(name).arg(r.offset()).arg(what);
        qCWarning(geo::lcGeo).noquote() << b.m_error;
        return b;
    };
    if (!bytes.startsWith(QByteArrayLiteral("CTMAP1\0\0")))
        return fail(QStringLiteral("not a Control Tower basemap (no CTMAP1 mark)"));
    for (int i = 0; i < 8; ++i) {
        quint8 skip = 0;
        r.u8(&skip);
    }
    quint32 levels = 0;
    if (!r.u32(&levels) || levels == 0 || levels > 16)
        return fail(QStringLiteral("level count missing or out of range"));
    for (quint32 l = 0; l < levels; ++l) {
        Level level;
        float tolerance = 0;
        quint32 layers = 0;
        if (!r.f32(&tolerance) || !r.u32(&layers) || layers > 16 || !std::isfinite(tolerance))
            return fail(QStringLiteral("level %1's header is cut off or damaged").arg(l));
        level.toleranceDeg = tolerance;
        for (quint32 k = 0; k < layers; ++k) {
            quint8 kind = 0;
            quint32 parts = 0;
            if (!r.u8(&kind) || !r.u32(&parts) || kind >= LayerCount || parts > 1000000)
                return fail(QStringLiteral("level %1 layer %2's header is cut off or damaged").arg(l).arg(k));
            std::vector<Part> &out = level.layers[kind];
            out.reserve(parts);
            for (quint32 p = 0; p < parts; ++p) {
                quint32 points = 0;
                if (!r.u32(&points) || points > 10000000)
                    return fail(QStringLiteral("level %1 layer %2 part %3 is cut off").arg(l).arg(k).arg(p));
                Part part;
                part.xy.reserve(points * 2);
                qint64 x = 0;
                qint64 y = 0;
                for (quint32 i = 0; i < points; ++i) {
                    qint64 dx = 0;
                    qint64 dy = 0;
                    if (!r.zigzag(&dx) || !r.zigzag(&dy))
                        return fail(QStringLiteral("level %1 layer %2 part %3 point %4 is cut off").arg(l).arg(k).arg(p).arg(i));
                    x += dx;
                    y += dy;
                    const double lon = double(x) / 1e5;
                    const double lat = double(y) / 1e5;
                    if (std::abs(lat) > 90.001 || std::abs(lon) > 180.001)
                        return fail(QStringLiteral("level %1 layer %2 part %3 point %4: %5, %6 is out of range")
                                        .arg(l).arg(k).arg(p).arg(i).arg(lat).arg(lon));
                    const WorldPoint w = webmercator::project(lat, lon);
                    float fx = float(w.x);
                    // A ring across the antimeridian (Russia, Fiji) is kept continuous:
                    // x may pass 1 (or 0), and the view draws it once more a world over.
                    if (!part.xy.empty()) {
                        const float previous = part.xy[part.xy.size() - 2];
                        while (fx - previous > 0.5f)
                            fx -= 1.0f;
                        while (fx - previous < -0.5f)
                            fx += 1.0f;
                    }
                    const float fy = float(w.y);
                    part.xy.push_back(fx);
                    part.xy.push_back(fy);
                    part.minX = std::min(part.minX, fx);
                    part.maxX = std::max(part.maxX, fx);
                    part.minY = std::min(part.minY, fy);
                    part.maxY = std::max(part.maxY, fy);
                }
                level.pointCount += int(points);
                out.push_back(std::move(part));
            }
        }
        b.m_levels.push_back(std::move(level));
    }
    if (r.offset() != bytes.size())
        return fail(QStringLiteral("%1 bytes after the last level").arg(bytes.size() - r.offset()));
    return b;
}

const Basemap &Basemap::shared()
{
    static const Basemap instance = load(QStringLiteral(":/geo/basemap.bin"));
    return instance;
}

int Basemap::levelForZoom(double zoom) const
{
    // Degrees per pixel at the equator.
    const double degPerPixel = 360.0 / (webmercator::TileSize * std::exp2(zoom));
    for (int i = 0; i < levelCount(); ++i) {
        if (level(i).toleranceDeg <= degPerPixel * 1.5)
            return i;
    }
    return levelCount() - 1;
}

} // namespace ct::map
