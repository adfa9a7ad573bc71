// SPDX-License-Identifier: MIT
#include "adaptertestsupport.h"

#include "adapters/adapterregistry.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <QFileInfo>
#include <QTest>

#include <map>
#include <string>

namespace ct::test {

int NormalizeResult::count(FeedIssue::Severity severity) const
{
    int n = 0;
    for (const FeedIssue &issue : issues)
        n += issue.severity == severity ? 1 : 0;
    return n;
}

QStringList NormalizeResult::issueLines() const
{
    QStringList lines;
    for (const FeedIssue &issue : issues)
        lines.append(issue.toString());
    return lines;
}

bool NormalizeResult::hasIssue(FeedIssue::Severity severity, const QString &field,
                               const QString &text) const
{
    for (const FeedIssue &issue : issues) {
        if (issue.severity == severity && issue.field == field && issue.message.contains(text))
            return true;
    }
    return false;
}

const ShipmentRecord *NormalizeResult::shipment(const QString &trackingNumber) const
{
    for (const ShipmentRecord &s : shipments) {
        if (s.trackingNumber == trackingNumber)
            return &s;
    }
    QTest::qFail(qPrintable(QStringLiteral("no shipment with tracking number %1").arg(trackingNumber)),
                 __FILE__, __LINE__);
    return nullptr;
}

qint64 utc(int year, int month, int day, int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

NormalizeResult normalizeBytes(const QByteArray &json, const QString &source)
{
    NormalizeResult result;
    FeedReader reader(AdapterRegistry::standard());
    result.summary = reader.readData(
        source, json, [&](ShipmentRecord &&s) { result.shipments.append(std::move(s)); },
        [&](const FeedIssue &issue) { result.issues.append(issue); });
    return result;
}

QString fixturePath(const QString &relativePath)
{
    return QStringLiteral(CT_FIXTURES_DIR "/") + relativePath;
}

QByteArray readFixture(const QString &relativePath)
{
    QFile file(fixturePath(relativePath));
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot open fixture %1").arg(relativePath)),
                     __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}

QByteArray noiseBytes(int count)
{
    QByteArray noise;
    quint32 x = 2463534242u;
    for (int i = 0; i < count; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        noise.append(static_cast<char>(x & 0xff));
    }
    return noise;
}

NormalizeResult normalizeFixture(const QString &relativePath)
{
    return normalizeBytes(readFixture(relativePath), QFileInfo(relativePath).fileName());
}

namespace {

std::map<std::string, std::function<QObject *()>> &suites()
{
    static std::map<std::string, std::function<QObject *()>> map;
    return map;
}

} // namespace

SuiteRegistration::SuiteRegistration(const char *name, std::function<QObject *()> factory)
{
    suites()[name] = std::move(factory);
}

// Used by tst_adapters_main.cpp.
int runSuites(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    QString only;
    if (args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-'))) {
        only = args.takeAt(1);
        if (suites().find(only.toStdString()) == suites().end()) {
            qCritical("unknown suite \"%s\"", qPrintable(only));
            return 2;
        }
    }
    int failures = 0;
    for (const auto &[name, factory] : suites()) {
        if (!only.isEmpty() && only != QString::fromStdString(name))
            continue;
        QObject *suite = factory();
        failures += QTest::qExec(suite, args);
        delete suite;
    }
    return failures == 0 ? 0 : 1;
}

} // namespace ct::test
