// SPDX-License-Identifier: MIT
// Automation benchmark (docs/PERFORMANCE.md, "Automation rules"): the rules evaluated on
// every changed shipment during an ingest, against the same ingest with no rules, in the
// same run on the same data. Each demo shipment arrives twice, as a feed sends it: first
// with the first half of its scans, then whole, so every shipment is written new and then
// changed. The rules are a realistic set of eight (statuses, NDRs by payment mode and
// attempts, exceptions opening and escalating, returns) with notify, reattempt, RTO,
// assign, escalate and note actions; their firings and edits are counted.
//   bench_automation [--shipments N] [--repeat R] [--seed S]
// Reported: the best of R runs of each (wall and CPU), the ratio with/without rules.
#include "cputime.h"

#include "automation/automationrunner.h"
#include "demo/demogenerator.h"
#include "store/database.h"
#include "store/shipmentingestor.h"
#include "teamsettings/teamsettingsstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace ct;

namespace {

const char Rules[] = R"({"version":1,"quiet_hours":{"start":"21:00","end":"08:00"},"rate_limit":{"messages":3,"hours":24},"rules":[
 {"id":"shipped","trigger":{"on":"tag","tag":"InTransit"},"actions":[{"type":"notify","template":"shipped","channel":"email"}]},
 {"id":"ofd","trigger":{"on":"tag","tag":"OutForDelivery"},"actions":[{"type":"notify","template":"ofd","channel":"sms"}]},
 {"id":"delivered","trigger":{"on":"tag","tag":"Delivered"},"actions":[{"type":"notify","template":"delivered","channel":"email"}]},
 {"id":"cod-ndr","priority":10,"trigger":{"on":"tag","tag":"AttemptFail"},"conditions":{"payment_mode":"cod","attempts":{"max":2}},
  "actions":[{"type":"notify","template":"ndr_fix","channel":"whatsapp"},{"type":"reattempt","in_days":1}]},
 {"id":"cod-rto","priority":20,"trigger":{"on":"tag","tag":"AttemptFail"},"conditions":{"payment_mode":"cod","attempts":{"min":3}},
  "actions":[{"type":"return_to_origin","after_attempts":3}]},
 {"id":"lost-damaged","trigger":{"on":"exception_opened"},"conditions":{"exception_type":["lost","damaged"]},
  "actions":[{"type":"assign","to":"claims"},{"type":"note","text":"Claim with the carrier"}]},
 {"id":"p1","trigger":{"on":"exception_escalated","priority":1},"actions":[{"type":"escalate","to":"lead","note":"priority 1"}]},
 {"id":"return-received","trigger":{"on":"return_status","status":"received"},"actions":[{"type":"notify","template":"return_received","channel":"email"}]}
]})";

struct Run
{
    double seconds = 0;
    double cpuSeconds = 0;
    AutomationRunCounts counts;
};

bool ingestTwice(const QString &path, const QList<ShipmentRecord> &halves, const QList<ShipmentRecord> &whole, qint64 nowMs,
                 bool withRules, Run *run, QString *error)
{
    auto db = Database::open(path, error);
    if (!db)
        return false;
    if (withRules) {
        const auto saved = TeamSettingsStore(*db).save(u"automation", QByteArray(Rules), 0, QStringLiteral("bench"), nowMs);
        if (!saved.ok()) {
            *error = saved.detail;
            return false;
        }
    }
    ShipmentIngestor ingestor(*db);
    QElapsedTimer timer;
    const qint64 cpuStart = bench::ownCpuMs();
    timer.start();
    for (const QList<ShipmentRecord> *records : {&halves, &whole})
        for (qsizetype i = 0; i < records->size(); i += 1000)
            if (!ingestor.ingest(records->mid(i, 1000), nowMs, nullptr, error))
                return false;
    run->seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    run->cpuSeconds = static_cast<double>(bench::ownCpuMs() - cpuStart) / 1000.0;
    run->counts = ingestor.automationCounts();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each run's line as it ends, also into a file
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("shipments"), QStringLiteral("Shipments (default 100000)."), QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs of each, the best kept (default 2)."), QStringLiteral("r"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Demo seed."), QStringLiteral("s"), QStringLiteral("7")});
    parser.process(app);
    const int n = parser.value(QStringLiteral("shipments")).toInt();
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    const QDateTime now(QDate(2026, 11, 23), QTime(12, 0), QTimeZone::utc());
    DemoOptions options;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    options.now = now;
    QList<ShipmentRecord> whole;
    whole.reserve(n);
    DemoGenerator(options).generate(n, [&](ShipmentRecord &&s) { whole.append(std::move(s)); }, [](ReturnRecord &&) {});
    QList<ShipmentRecord> halves = whole;
    qint64 events = 0;
    for (ShipmentRecord &r : halves) {
        events += r.events.size();
        r.events = r.events.mid(0, std::max<qsizetype>(1, r.events.size() / 2));
        r.tag = r.events.constLast().tag;
        r.subtag = r.events.constLast().subtag;
    }
    std::printf("automation: %d shipments, %lld events, each ingested with half its scans and then whole, batches of 1000\n", n,
                static_cast<long long>(events));

    QTemporaryDir dir;
    QString error;
    Run best[2];
    for (int r = 0; r < repeat; ++r) {
        // Alternating, so that the machine's load falls on both alike.
        for (int withRules = 0; withRules < 2; ++withRules) {
            Run run;
            const QString path = dir.filePath(QStringLiteral("run%1-%2.db").arg(r).arg(withRules));
            if (!ingestTwice(path, halves, whole, now.toMSecsSinceEpoch(), withRules == 1, &run, &error)) {
                std::fprintf(stderr, "bench_automation: %s\n", qPrintable(error));
                return 1;
            }
            std::printf("  run %d %s: %.3f s (cpu %.3f s)\n", r + 1, withRules ? "with rules   " : "without rules", run.seconds,
                        run.cpuSeconds);
            Run &b = best[withRules];
            if (r == 0 || run.seconds < b.seconds)
                b.seconds = run.seconds;
            if (r == 0 || run.cpuSeconds < b.cpuSeconds)
                b.cpuSeconds = run.cpuSeconds;
            b.counts = run.counts;
            QFile::remove(path);
        }
    }
    const AutomationRunCounts &c = best[1].counts;
    std::printf("rules: %d transitions looked at, %d fired, %d edits applied, %d skipped, %d messages decided (%d held for "
                "quiet hours), %d rate limited\n",
                c.transitions, c.fired, c.editsApplied, c.editsSkipped, c.decisions, c.messagesHeld, c.rateLimited);
    std::printf("ingest without rules: %.3f s (cpu %.3f s); with rules: %.3f s (cpu %.3f s); ratio with/without = %.3f (cpu %.3f)\n",
                best[0].seconds, best[0].cpuSeconds, best[1].seconds, best[1].cpuSeconds, best[1].seconds / best[0].seconds,
                best[1].cpuSeconds / best[0].cpuSeconds);
    return 0;
}
