// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <vector>

namespace ct::map {

// The map's background: land, country borders and US state borders at several levels of
// simplification, read from resources/geo/basemap.bin (docs/MAP.md#geodata), projected to
// Web Mercator world coordinates once. A damaged or missing file leaves the basemap empty
// with a located error (the map still shows shipments on a plain background).
class Basemap final
{
public:
    enum class Layer { Land = 0, Borders = 1, StateBorders = 2 };
    static constexpr int LayerCount = 3;

    struct Part
    {
        std::vector<float> xy; // world x, y pairs
        float minX = 1, minY = 1, maxX = 0, maxY = 0;
    };
    struct Level
    {
        double toleranceDeg = 0;
        std::vector<Part> layers[LayerCount];
        int pointCount = 0;
    };

    static Basemap load(const QString &path);
    static Basemap fromBytes(const QByteArray &bytes, const QString &name);
    // The bundled one, read on first use.
    static const Basemap &shared();

    bool isEmpty() const { return m_levels.empty(); }
    const QString &error() const { return m_error; }
    int levelCount() const { return static_cast<int>(m_levels.size()); }
    const Level &level(int index) const { return m_levels.at(static_cast<std::size_t>(index)); }
    // The coarsest level whose tolerance is under one pixel at this zoom.
    int levelForZoom(double zoom) const;

private:
    std::vector<Level> m_levels;
    QString m_error;
};

} // namespace ct::map
