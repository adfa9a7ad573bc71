// SPDX-License-Identifier: MIT
#pragma once

#include "adapters/feedissue.h"
#include "domain/shipmentrecord.h"
#include "ingest/feedreader.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace ct::test {

// What normalizing one input produced.
struct NormalizeResult
{
    QList<ShipmentRecord> shipments;
    QList<FeedIssue> issues;
    FeedReadSummary summary;

    int count(FeedIssue::Severity severity) const;
    // Issue lines as FeedIssue::toString() prints them.
    QStringList issueLines() const;
    // True when some issue of `severity` has `field` exactly and contains `text`.
    bool hasIssue(FeedIssue::Severity severity, const QString &field, const QString &text) const;
    // The shipment with this tracking number (the first one); fails the test if absent.
    const ShipmentRecord *shipment(const QString &trackingNumber) const;
};

// Milliseconds since the epoch of a UTC date and time: the hand-computed instants the
// adapter suites compare against.
qint64 utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0);

// Normalizes JSON text with the standard adapters; `source` names it in issues.
NormalizeResult normalizeBytes(const QByteArray &json, const QString &source = QStringLiteral("input.json"));
// Normalizes a fixture under tests/fixtures/ (e.g. "adapters/ups/delivered.json"); the
// issues name the fixture by its file name only.
NormalizeResult normalizeFixture(const QString &relativePath);
QByteArray readFixture(const QString &relativePath);
// `count` bytes that are not text, the same on every run (xorshift32).
QByteArray noiseBytes(int count);
QString fixturePath(const QString &relativePath);

// Suites of the tst_adapters executable register themselves by name; `tst_adapters NAME`
// runs one suite, `tst_adapters` runs all.
struct SuiteRegistration
{
    SuiteRegistration(const char *name, std::function<QObject *()> factory);
};

} // namespace ct::test

#define CT_REGISTER_SUITE(Name, Class)                                                          \
    static const ::ct::test::SuiteRegistration ctSuiteRegistration_##Class(                     \
        Name, [] { return static_cast<QObject *>(new Class); })
