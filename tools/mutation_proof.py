#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Prove that the tests catch what they guard: apply one small bug at a time (a `>` turned
into `>=` at a threshold, a role added to an edit, the server's role check skipped, a rule
that clears on one more tag, the demo's exp/log swapped), build the targets, run the named
CTest entries, record whether they failed, and put the file back with `git checkout`.

A mutation that survives (every named test still passes) is a missing test. The run is
slow (one rebuild per mutation), so it is not part of .ci/run; see docs/TESTING.md.

    tools/mutation_proof.py                 # every mutation
    tools/mutation_proof.py --list          # names only
    tools/mutation_proof.py stuck-gap forgotten-open   # the named ones (or a prefix: rules-)

It refuses to start when a file it would mutate has uncommitted changes, restores each
file after its run (also on Ctrl-C), and rebuilds the touched targets from the clean tree at
the end. Exit status: 0 when every mutation was caught, 1 when one survived or broke the build.
"""

import argparse
import os
import re
import signal
import subprocess
import sys
from dataclasses import dataclass

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@dataclass
class Mutation:
    name: str
    path: str
    old: str  # must occur exactly once in the file
    new: str
    targets: tuple
    tests: str  # a CTest -R expression


RULES = ("tst_rulesboundaries", "tst_exceptionrules")
RULES_TESTS = r"^rules(\.boundaries)?$"
R = "core/rules/exceptionrules.cpp"
MATRIX = ("tst_rolematrix",)
MATRIX_TESTS = r"^sync\.rolematrix$"
RET = "core/returns/returnpolicyengine.cpp"
RET_TARGETS = ("tst_returnpolicy",)
RET_TESTS = r"^returns\.policy$"
QUEUE = ("tst_exceptionqueue",)
QUEUE_TESTS = r"^queue$"

MUTATIONS = [
    # Exception rules at their thresholds (docs/EXCEPTIONS.md).
    Mutation("stuck-gap", R, "e.occurredAt.utcMs - from.occurredAt.utcMs > threshold",
             "e.occurredAt.utcMs - from.occurredAt.utcMs >= threshold", RULES, RULES_TESTS),
    Mutation("stuck-open", R, "nowMs - from.occurredAt.utcMs > threshold",
             "nowMs - from.occurredAt.utcMs >= threshold", RULES, RULES_TESTS),
    Mutation("forgotten-scan", R, "scan->occurredAt.utcMs - labelMs <= threshold",
             "scan->occurredAt.utcMs - labelMs < threshold", RULES, RULES_TESTS),
    Mutation("forgotten-open", R, "nowMs - labelMs <= threshold", "nowMs - labelMs < threshold",
             RULES, RULES_TESTS),
    Mutation("pickup-hold", R, "endMs - startMs > hold", "endMs - startMs >= hold", RULES, RULES_TESTS),
    Mutation("fake-attempt-day-start", R, "hour < m_config.deliveryDayStartHour",
             "hour <= m_config.deliveryDayStartHour", RULES, RULES_TESTS),
    Mutation("fake-attempt-day-end", R, "hour >= m_config.deliveryDayEndHour",
             "hour > m_config.deliveryDayEndHour", RULES, RULES_TESTS),
    # `*end > *deadline` to `>=` would be an equivalent mutant (late by 0 is not late), so
    # the lateness itself moves by one millisecond.
    Mutation("delay-arrived", R, "ep.lateByMs = *end - *deadline;", "ep.lateByMs = *end - *deadline - 1;",
             RULES, RULES_TESTS),
    Mutation("delay-open", R, "ep.lateByMs = nowMs - *deadline;", "ep.lateByMs = nowMs - *deadline - 1;",
             RULES, RULES_TESTS),
    Mutation("promise-end-of-day", R, "startOfDayMs(day.addDays(1), fallbackOffsetMinutes) - 1",
             "startOfDayMs(day.addDays(1), fallbackOffsetMinutes)", RULES, RULES_TESTS),
    # Priority and SLA.
    Mutation("band-p1", R, "p.score >= 70", "p.score > 70", RULES, RULES_TESTS),
    Mutation("band-p2", R, "p.score >= 45", "p.score > 45", RULES, RULES_TESTS),
    Mutation("band-p3", R, "p.score >= 25", "p.score > 25", RULES, RULES_TESTS),
    # `nowMs < resolveDue` to `<=` and `nowMs > *deadline` to `>=` are equivalent mutants
    # (the fraction is 1 and the lateness 0 at the instant), so the windows move instead.
    Mutation("sla-first-action-window", R, ": episode.triggerMs + sla.firstActionHours * MsPerHour;",
             ": episode.triggerMs + sla.firstActionHours * MsPerHour + 1;", RULES, RULES_TESTS),
    Mutation("sla-resolve-window", R, "const qint64 resolveDue = episode.triggerMs + sla.resolveHours * MsPerHour;",
             "const qint64 resolveDue = episode.triggerMs + sla.resolveHours * MsPerHour + 1;", RULES, RULES_TESTS),
    Mutation("lateness-deadline", R, " lateMs = nowMs - *deadline;", " lateMs = nowMs - *deadline + 1;",
             RULES, RULES_TESTS),
    Mutation("lateness-cap", R, "std::min<qint64>(c.latenessPointsMax, c.latenessPointsPerDay * lateDays)",
             "c.latenessPointsPerDay * lateDays", RULES, RULES_TESTS),
    Mutation("attempt-cap", R, "std::min(c.attemptPointsMax, c.attemptPointsEach * episode.attemptCount)",
             "c.attemptPointsEach * episode.attemptCount", RULES, RULES_TESTS),
    # A rule's resolution on a following tag.
    Mutation("follow-stuck-expired-is-a-scan", R, "if (e.tag == Tag::Expired)\n            continue;",
             "if (false)\n            continue;", RULES, RULES_TESTS),
    Mutation("follow-customs-cleared-by-expired", R, "return e.tag != Tag::Expired && e.subtag != Subtag::ExceptionCustomsHold",
             "return e.subtag != Subtag::ExceptionCustomsHold", RULES, RULES_TESTS),
    Mutation("follow-lost-cleared-by-expired", R, "return isCarrierScan(e) && e.subtag != Subtag::ExceptionLost;",
             "return e.subtag != Subtag::ExceptionLost;", RULES, RULES_TESTS),
    Mutation("follow-attempt-not-closed-by-return", R, "|| e.tag == Tag::AvailableForPickup\n                            || isReturnToSender(e.subtag);",
             "|| e.tag == Tag::AvailableForPickup;", RULES, RULES_TESTS),
    Mutation("follow-address-not-cleared-by-ofd", R, "return e.tag == Tag::OutForDelivery || e.tag == Tag::Delivered\n                    || e.tag == Tag::AvailableForPickup || e.subtag == Subtag::InTransitForwarded",
             "return e.tag == Tag::Delivered\n                    || e.tag == Tag::AvailableForPickup || e.subtag == Subtag::InTransitForwarded",
             RULES, RULES_TESTS),
    Mutation("follow-declared-delay-cleared-by-attempt", R, "if (t == Tag::InTransit || t == Tag::OutForDelivery",
             "if (t == Tag::InTransit || t == Tag::AttemptFail || t == Tag::OutForDelivery", RULES, RULES_TESTS),
    Mutation("follow-pickup-not-closed-by-delivery", R, "if (waitStart >= 0 && (e.tag == Tag::Delivered || isReturnToSender(e.subtag))) {",
             "if (waitStart >= 0 && isReturnToSender(e.subtag)) {", RULES, RULES_TESTS),
    # A new exception of another type after an open one.
    Mutation("follow-lost-not-cleared-by-customs", R, "return isCarrierScan(e) && e.subtag != Subtag::ExceptionLost;",
             "return isCarrierScan(e) && e.subtag != Subtag::ExceptionLost && e.subtag != Subtag::ExceptionCustomsHold;",
             RULES, RULES_TESTS),
    Mutation("follow-customs-not-cleared-by-lost", R, "&& e.subtag != Subtag::ExceptionHeldForPayment;",
             "&& e.subtag != Subtag::ExceptionHeldForPayment && e.subtag != Subtag::ExceptionLost;", RULES, RULES_TESTS),
    # Who may do what: the catalog's roles, the route table, the server's checks.
    Mutation("role-exception-refund", "core/edits/editcatalog.cpp", '{E::Exception, "refund", Approvers',
             '{E::Exception, "refund", Workers', MATRIX, MATRIX_TESTS),
    Mutation("role-return-refund", "core/edits/editcatalog.cpp", '{E::Return, "refund", Approvers',
             '{E::Return, "refund", Workers', MATRIX, MATRIX_TESTS),
    Mutation("role-return-store-credit", "core/edits/editcatalog.cpp", '{E::Return, "store_credit", Approvers',
             '{E::Return, "store_credit", Workers', MATRIX, MATRIX_TESTS),
    Mutation("role-note-drops-agent", "core/edits/editcatalog.cpp", '{E::Exception, "note", Workers',
             '{E::Exception, "note", Approvers', MATRIX, MATRIX_TESTS),
    Mutation("route-audit-for-agents", "server/api/apiservice.cpp",
             "const RoleSet auditors = roleBit(Role::Manager) | roleBit(Role::Analyst) | roleBit(Role::Admin);",
             "const RoleSet auditors = roleBit(Role::Manager) | roleBit(Role::Analyst) | roleBit(Role::Admin) | roleBit(Role::Agent);",
             MATRIX, MATRIX_TESTS),
    Mutation("route-users-for-auditors", "server/api/apiservice.cpp",
             '{"GET", {QStringLiteral("v1"), QStringLiteral("users")}, admins,',
             '{"GET", {QStringLiteral("v1"), QStringLiteral("users")}, auditors,', MATRIX, MATRIX_TESTS),
    Mutation("route-check-skipped", "server/api/apiservice.cpp", "if (!(match->roles & roleBit(user.role)))",
             "if (!(match->roles & roleBit(user.role)) && false)", MATRIX, MATRIX_TESTS),
    Mutation("edit-role-check-skipped", "server/api/editbatch.cpp", "if (!(item.op->roles & roleBit(user.role)))",
             "if (!(item.op->roles & roleBit(user.role)) && false)", MATRIX, MATRIX_TESTS),
    # Store failures (docs/SERVER.md, "Store failures") and store connections per process.
    Mutation("store-busy-not-transient", "core/store/storefailure.cpp", "    case 5:\n    case 6:\n        return Kind::Busy;",
             "    case 6:\n        return Kind::Busy;", ("tst_storefailures",), r"^server\.storefailures$"),
    Mutation("store-failure-shows-sql", "server/api/storefailurereply.cpp",
             'QStringLiteral("the server could not complete the request because of a store error; nothing "',
             'QString(error) + QStringLiteral("the server could not complete the request because of a store error; nothing "',
             ("tst_storefailures",), r"^server\.storefailures$"),
    Mutation("store-token-check-is-401", "server/api/apiservice.cpp", "        if (!storeError.isEmpty())\n            return StoreFailureReply",
             "        if (false)\n            return StoreFailureReply", ("tst_storefailures",), r"^server\.storefailures$"),
    Mutation("store-connections-cap", "server/store/connectionbudget.cpp", "    if (plan.perProcess() <= cap)\n        return plan;\n    *error",
             "    if (plan.perProcess() < cap)\n        return plan;\n    *error", ("tst_storefailures",), r"^server\.storefailures$"),
    Mutation("store-cluster-room", "server/store/connectionbudget.cpp", "if (needed <= limits.available())",
             "if (needed < limits.available())", ("tst_storefailures",), r"^server\.storefailures$"),
    Mutation("store-statements-left-open", "core/store/database.cpp", "        statement->detach();\n",
             "", ("tst_store",), r"^store$"),
    # The demo generator's own math.
    Mutation("demo-exp-libm", "core/demo/demorandom.cpp", "return std::ldexp(sum, static_cast<int>(kd));",
             "return std::exp(x) + 0 * sum;", ("tst_demogenerator",), r"^demo\.generator$"),
    Mutation("demo-exp-reduction", "core/demo/demorandom.cpp", "const double r = (x - kd * Ln2Hi) - kd * Ln2Lo;",
             "const double r = x - kd * (Ln2Hi + Ln2Lo);", ("tst_demogenerator",), r"^demo\.generator$"),
    Mutation("demo-log-sum-order", "core/demo/demorandom.cpp", "return (2 * sum + ed * Ln2Lo) + ed * Ln2Hi;",
             "return 2 * sum + (ed * Ln2Lo + ed * Ln2Hi);", ("tst_demogenerator",), r"^demo\.generator$"),
    # Returns policy (docs/RETURNS.md).
    Mutation("returns-window", RET, "if (elapsed > best->days + m_policy.graceDays)",
             "if (elapsed >= best->days + m_policy.graceDays)", RET_TARGETS, RET_TESTS),
    Mutation("returns-grace-ignored", RET, "if (elapsed > best->days + m_policy.graceDays)",
             "if (elapsed > best->days)", RET_TARGETS, RET_TESTS),
    Mutation("returns-grace-note", RET, "elapsed > best->days ? figures", "elapsed >= best->days ? figures",
             RET_TARGETS, RET_TESTS),
    Mutation("returns-review-from", RET, "v.eligibleValueCents >= *from", "v.eligibleValueCents > *from",
             RET_TARGETS, RET_TESTS),
    Mutation("returns-auto-approve-below", RET, "v.eligibleValueCents < *below", "v.eligibleValueCents <= *below",
             RET_TARGETS, RET_TESTS),
    Mutation("returns-serial-count", RET, "c.customerReturns + 1 >= serial.returns",
             "c.customerReturns + 1 > serial.returns", RET_TARGETS, RET_TESTS),
    Mutation("returns-serial-min-orders", RET, "c.customerOrders >= serial.minOrders",
             "c.customerOrders > serial.minOrders", RET_TARGETS, RET_TESTS),
    Mutation("returns-serial-share", RET, "* 100 >= qint64(serial.sharePercent) * c.customerOrders",
             "* 100 > qint64(serial.sharePercent) * c.customerOrders", RET_TARGETS, RET_TESTS),
    # Kept verdicts name their policy by its content, not only its version number.
    Mutation("returns-digest-by-version", "core/returns/returnpolicy.cpp",
             "QCryptographicHash::hash(toJson(), QCryptographicHash::Sha256)",
             "QCryptographicHash::hash(QByteArray::number(version), QCryptographicHash::Sha256)",
             ("tst_returnfigures",), r"^returns\.figures$"),
    # Label expiry at its boundary (docs/RETURNS.md, "Label expiry"): the standing and the closing.
    Mutation("returns-label-expired", "core/returns/returnlabelexpiry.cpp", "if (nowMs >= out.expiresAtMs) {",
             "if (nowMs > out.expiresAtMs) {", ("tst_returnlabelexpiry",), r"^returns\.labelexpiry$"),
    Mutation("returns-label-due", "core/returns/returnlabelexpiry.cpp", '"AND (r.label_issued_at_ms IS NULL OR r.label_issued_at_ms <= ?) "',
             '"AND (r.label_issued_at_ms IS NULL OR r.label_issued_at_ms < ?) "', ("tst_returnlabelexpiry",),
             r"^returns\.labelexpiry$"),
    Mutation("returns-label-scanned", "core/returns/returnlabelexpiry.cpp", '" AND s.carrier = r.reverse_carrier AND e.tag NOT IN (%1, %2))"',
             '" AND s.carrier = r.reverse_carrier AND e.tag NOT IN (%1, %2, 2))"', ("tst_returnlabelexpiry",),
             r"^returns\.labelexpiry$"),
    # Assignment caps (docs/ASSIGNMENT.md).
    Mutation("assignment-cap", "core/assignment/exceptionassigner.cpp", "if (cap && *count >= *cap) {",
             "if (cap && *count > *cap) {", ("tst_assignment",), r"^assignment$"),
    # Automation rules (docs/AUTOMATION.md): time in a state, quiet hours, rate limit, fire once.
    Mutation("automation-time-in-state", "core/automation/automationtransition.cpp",
             "atMs - tagSinceMs >= qint64(t.hours) * 3'600'000", "atMs - tagSinceMs > qint64(t.hours) * 3'600'000",
             ("tst_automation",), r"^automation$"),
    Mutation("automation-quiet-end", "core/automation/quiethours.cpp",
             "return minuteOfDay >= startMinute || minuteOfDay < endMinute;",
             "return minuteOfDay >= startMinute || minuteOfDay <= endMinute;", ("tst_automation",), r"^automation$"),
    Mutation("automation-rate-limit", "core/automation/automationrunner.cpp", "if (sent >= rules.rateLimit.messages) {",
             "if (sent > rules.rateLimit.messages) {", ("tst_automation",), r"^automation$"),
    Mutation("automation-fire-once", "core/automation/automationrunner.cpp", "            fired = *found;",
             "            fired = false;", ("tst_automation",), r"^automation$"),
    # The queue's snooze wake time and SLA timers (docs/QUEUE.md).
    Mutation("snooze-wake-row", "core/queue/queuerowreader.cpp", "*r.snoozedUntilMs > nowMs;",
             "*r.snoozedUntilMs >= nowMs;", QUEUE, QUEUE_TESTS),
    Mutation("snooze-wake-filter", "core/queue/queuefiltersql.cpp", "q.snoozed_until_ms <= ?)",
             "q.snoozed_until_ms < ?)", QUEUE, QUEUE_TESTS),
    Mutation("sla-breached-filter", "core/queue/queuefiltersql.cpp", 'either << QStringLiteral("q.sla_due_ms < ?");',
             'either << QStringLiteral("q.sla_due_ms <= ?");', QUEUE, QUEUE_TESTS),
    Mutation("sla-breached-facet", "core/queue/exceptionqueuefacetcounter.cpp",
             '"CASE WHEN q.status <> 0 THEN NULL WHEN q.sla_due_ms < ? THEN 0 "',
             '"CASE WHEN q.status <> 0 THEN NULL WHEN q.sla_due_ms <= ? THEN 0 "', QUEUE, QUEUE_TESTS),
    Mutation("sla-due-stored", "core/store/shipmentingestor.cpp", "q->bind(i++, ep.triggerMs + sla.firstActionHours * MsPerHour);",
             "q->bind(i++, ep.triggerMs + sla.firstActionHours * MsPerHour + 1);", ("tst_store", "tst_exceptionqueue"),
             r"^(store|queue)$"),
    Mutation("sla-due-soon-filter", "core/queue/queuefiltersql.cpp", '"(q.sla_due_ms >= ? AND q.sla_due_ms < ?)"',
             '"(q.sla_due_ms >= ? AND q.sla_due_ms <= ?)"', QUEUE, QUEUE_TESTS),
    # The JSON record limit: a record of exactly the limit is read, one byte more is not.
    Mutation("record-limit", "core/json/recordsplitter.cpp", "m_span.oversized || length > m_maxRecordBytes;",
             "m_span.oversized || length >= m_maxRecordBytes;", ("tst_adapters",), r"^adapters\.json-windows$"),
]


def git(*args, check=True):
    return subprocess.run(["git", *args], cwd=ROOT, check=check, capture_output=True, text=True)


def restore(path):
    git("checkout", "--", path)


def apply(m):
    full = os.path.join(ROOT, m.path)
    with open(full, encoding="utf-8") as f:
        text = f.read()
    count = text.count(m.old)
    if count != 1:
        raise SystemExit(f"{m.name}: expected the text once in {m.path}, found it {count} times:\n{m.old}")
    with open(full, "w", encoding="utf-8") as f:
        f.write(text.replace(m.old, m.new))


def run(cmd, log):
    with open(log, "a", encoding="utf-8") as out:
        out.write("$ " + " ".join(cmd) + "\n")
        out.flush()
        return subprocess.run(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT).returncode


def failed_tests(log):
    with open(log, encoding="utf-8", errors="replace") as f:
        text = f.read()
    # The QtTest lines that failed, "FAIL!  : TestX::fn(row) ...", give the test function.
    funcs = sorted(set(re.findall(r"FAIL!\s+:\s+(\S+?::\w+)", text)))
    return funcs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="mutation names or prefixes (default: all)")
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    parser.add_argument("--preset", default="ci")
    args = parser.parse_args()

    chosen = [m for m in MUTATIONS if not args.names or any(m.name.startswith(n) for n in args.names)]
    if args.list:
        for m in MUTATIONS:
            print(f"{m.name:45} {m.path}  ->  {m.tests}")
        return 0
    if not chosen:
        raise SystemExit("no mutation matches " + " ".join(args.names))
    for path in sorted({m.path for m in chosen}):
        if git("diff", "--quiet", "HEAD", "--", path, check=False).returncode != 0:
            raise SystemExit(f"{path} has uncommitted changes; commit or stash them first")

    logdir = os.path.join(ROOT, "build", args.preset, "mutations")
    os.makedirs(logdir, exist_ok=True)
    current = {"path": None}

    def on_signal(signum, _frame):
        if current["path"]:
            restore(current["path"])
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)

    results = []
    for m in chosen:
        log = os.path.join(logdir, m.name + ".log")
        open(log, "w").close()
        current["path"] = m.path
        try:
            apply(m)
            built = run(["cmake", "--build", "--preset", args.preset, "-j2", "--target", *m.targets], log) == 0
            if not built:
                verdict, detail = "BUILD", "the mutant does not build (see the log)"
            elif run(["ctest", "--preset", args.preset, "-R", m.tests, "--output-on-failure"], log) != 0:
                funcs = failed_tests(log)
                verdict, detail = "caught", ", ".join(funcs[:4]) + (" ..." if len(funcs) > 4 else "")
            else:
                verdict, detail = "SURVIVED", "every test of " + m.tests + " passed"
        finally:
            restore(m.path)
            current["path"] = None
        results.append((m, verdict, detail))
        print(f"{verdict:9} {m.name:45} {detail}", flush=True)

    # Leave the build matching the clean tree.
    targets = sorted({t for m in chosen for t in m.targets})
    run(["cmake", "--build", "--preset", args.preset, "-j2", "--target", *targets],
        os.path.join(logdir, "restore.log"))
    caught = sum(1 for _, v, _ in results if v == "caught")
    print(f"{caught} of {len(results)} mutations caught; logs in {os.path.relpath(logdir, ROOT)}")
    return 0 if caught == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
