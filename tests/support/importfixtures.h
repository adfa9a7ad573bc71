// SPDX-License-Identifier: MIT
// Carrier files for the import tests, written by the test into a folder of its own. The
// good ones are AfterShip tracking objects as JSON lines (docs/adapters/aftership.md): one
// line, one shipment, one checkpoint, so every count is known by hand. The bad ones are
// what people drop by mistake: an XML response, a proxy's HTML error page, an empty file,
// a line that is not JSON among good ones.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace ct::test {

// One AfterShip line: `tag` is an AfterShip tag ("Delivered", "AttemptFail", "InTransit")
// with its first subtag; the checkpoint is at `when` (ISO 8601).
inline QByteArray afterShipLine(const QString &tracking, const char *tag, const char *when)
{
    return QStringLiteral(R"({"tracking_number":"%1","slug":"ups","checkpoints":[{"checkpoint_time":"%2","message":"%3","tag":"%3","subtag":"%3_001"}]})")
               .arg(tracking, QLatin1String(when), QLatin1String(tag))
               .toUtf8()
           + '\n';
}

// `count` delivered shipments named prefix0000, prefix0001...
inline QByteArray deliveredLines(const QString &prefix, int count, const char *when = "2026-06-16T10:00:00Z")
{
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += afterShipLine(prefix + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')), "Delivered", when);
    return lines;
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The mixed folder, under `root`:
//   a_delivered.jsonl  5 delivered shipments (A0000..A0004)
//   b_attempt.jsonl    2 failed attempts (B1, B2): 2 exceptions opened
//   c_track.xml        a SOAP response no format reads: not read ("format not recognised")
//   d_page.json        a proxy's 502 page: not read ("looks like an HTML page")
//   e_empty.json       empty: not read
//   f_messy.jsonl      a good line, a broken one (record 2, line 2), a good line: 2 stored
//   sub/g_resolve.jsonl  B1 delivered later: 1 updated, its exception resolved
//   .hidden.jsonl, .git/x.jsonl  left out of a folder's listing
// In path order: a, b, c, d, e, f, sub/g. Totals: 9 new, 1 updated, 10 events,
// 2 exceptions opened, 1 resolved.
inline bool writeMixedFolder(const QString &root)
{
    const QByteArray messy = afterShipLine(QStringLiteral("F1"), "Delivered", "2026-06-16T10:00:00Z")
                             + QByteArray("{\"tracking_number\": \"F2\", \"slug\": \n")
                             + afterShipLine(QStringLiteral("F3"), "Delivered", "2026-06-16T10:00:00Z");
    return writeFile(root + QStringLiteral("/a_delivered.jsonl"), deliveredLines(QStringLiteral("A"), 5))
           && writeFile(root + QStringLiteral("/b_attempt.jsonl"),
                        afterShipLine(QStringLiteral("B1"), "AttemptFail", "2026-06-16T10:00:00Z")
                            + afterShipLine(QStringLiteral("B2"), "AttemptFail", "2026-06-16T11:00:00Z"))
           && writeFile(root + QStringLiteral("/c_track.xml"),
                        "<?xml version=\"1.0\"?>\n<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">\n"
                        "<soapenv:Body><TrackingStatus/></soapenv:Body>\n</soapenv:Envelope>\n")
           && writeFile(root + QStringLiteral("/d_page.json"),
                        "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
                        "<body><h1>502 Bad Gateway</h1></body></html>\n")
           && writeFile(root + QStringLiteral("/e_empty.json"), QByteArray())
           && writeFile(root + QStringLiteral("/f_messy.jsonl"), messy)
           && writeFile(root + QStringLiteral("/sub/g_resolve.jsonl"),
                        afterShipLine(QStringLiteral("B1"), "Delivered", "2026-06-17T09:00:00Z"))
           && writeFile(root + QStringLiteral("/.hidden.jsonl"), deliveredLines(QStringLiteral("H"), 1))
           && writeFile(root + QStringLiteral("/.git/x.jsonl"), deliveredLines(QStringLiteral("X"), 1));
}

} // namespace ct::test
