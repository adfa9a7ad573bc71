// SPDX-License-Identifier: MIT
#include "automationrunner.h"

#include "automationhistory.h"
#include "automationledger.h"

#include "domain/timestamp.h"
#include "edits/editapplier.h"
#include "edits/editcatalog.h"
#include "geo/timezoneresolver.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/schemamigrator.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"
#include "teamsettings/settingsreader.h"
#include "teamsettings/teamsettingsstore.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace ct {

namespace {

Q_LOGGING_CATEGORY(lcAutomation, "ct.automation")

// The schema step that added automation_ledger (core/store/schemamigrator.cpp).
constexpr int FirstSchemaWithLedger = 19;

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QByteArray object(std::initializer_list<std::pair<const char *, QString>> fields)
{
    json::Writer out;
    out.beginObject();
    for (const auto &[name, value] : fields)
        out.key(name).value(value);
    out.endObject();
    return out.take();
}

// The first event of the latest run of events that `in` holds for (events oldest first).
template <typename In> std::optional<qint64> runStart(const QList<TrackingEvent> &events, In in)
{
    qsizetype i = events.size() - 1;
    while (i >= 0 && !in(events.at(i)))
        --i;
    if (i < 0)
        return std::nullopt;
    while (i > 0 && in(events.at(i - 1)))
        --i;
    return events.at(i).occurredAt.utcMs;
}

AutomationTransition exceptionTransition(AutomationTriggerKind kind, qint64 shipmentId, qint64 exceptionId, qint64 atMs)
{
    AutomationTransition t;
    t.kind = kind;
    t.shipmentId = shipmentId;
    t.exceptionId = exceptionId;
    t.atMs = atMs;
    return t;
}

// Plans kept across the transitions of a dry run, as the ledger keeps them live.
struct DryState
{
    QSet<QString> keys;
    QHash<QString, QList<qint64>> messages; // customer -> instants of their messages
    QHash<QString, AutomationRuleFigures> figures;
};

} // namespace

AutomationRunCounts &AutomationRunCounts::operator+=(const AutomationRunCounts &o)
{
    transitions += o.transitions;
    fired += o.fired;
    alreadyFired += o.alreadyFired;
    editsApplied += o.editsApplied;
    editsSkipped += o.editsSkipped;
    decisions += o.decisions;
    messagesHeld += o.messagesHeld;
    rateLimited += o.rateLimited;
    noContact += o.noContact;
    return *this;
}

struct AutomationRunner::Private
{
    explicit Private(const Database &db) : database(db), ledger(db), applier(db) {}

    const Database &database;
    AutomationRules rules;
    QList<const AutomationRule *> order;
    bool fixedRules = false; // setRules: the team's are not read
    std::optional<bool> storeHasLedger;
    qint64 loadedVersion = -1;
    QByteArray loadedDocument;

    // What the rules watch, so that noting a transition nobody watches costs nothing.
    QSet<int> watchedTags;    // TagReached on a tag
    QSet<int> watchedSubtags; // TagReached on a subtag
    bool watchesOpened = false;
    bool watchesEscalation = false;
    bool watchesReturns = false;

    AutomationLedger ledger;
    EditApplier applier;
    json::Parser parser;
    std::function<void(const NotifyDecision &)> sink;
    QList<AutomationTransition> pendingTransitions;
    QList<NotifyDecision> pendingDecisions;

    std::unique_ptr<SqlStatement> loadSubject, exceptionById, latestException, actionSince;

    void index()
    {
        order = rules.runOrder();
        watchedTags.clear();
        watchedSubtags.clear();
        watchesOpened = watchesEscalation = watchesReturns = false;
        for (const AutomationRule *rule : order) {
            const AutomationTrigger &t = rule->trigger;
            switch (t.kind) {
            case AutomationTriggerKind::TagReached:
                if (t.subtag)
                    watchedSubtags.insert(static_cast<int>(*t.subtag));
                else if (t.tag)
                    watchedTags.insert(static_cast<int>(*t.tag));
                break;
            case AutomationTriggerKind::ExceptionOpened:
                watchesOpened = true;
                break;
            case AutomationTriggerKind::ExceptionEscalated:
                watchesEscalation = true;
                break;
            case AutomationTriggerKind::ReturnStatus:
                watchesReturns = true;
                break;
            case AutomationTriggerKind::SlaBreached:
            case AutomationTriggerKind::TimeInState:
                break; // sweep() and dryRun() look for these
            }
        }
    }

    bool prepared(std::unique_ptr<SqlStatement> &statement, const char *sql, QString *error)
    {
        if (!statement)
            statement = SqlStatement::prepare(database, QString::fromLatin1(sql), error);
        return statement != nullptr;
    }

    // The shipment as a rule sees it at `asOfMs` (its attempts and scans until then);
    // nullopt with `error` empty when the shipment is gone.
    std::optional<AutomationSubject> shipmentOf(qint64 shipmentId, qint64 asOfMs, QString *error);
    // The exception the rule looks at, into `s`: the trigger's own, else the shipment's
    // latest open one at `asOfMs`.
    bool exceptionFor(const AutomationTransition &t, qint64 asOfMs, bool triggerExceptionOpen, AutomationSubject &s,
                      QString *error);
    // A live run's shipments, read once per run (the facts rules look at do not change
    // within a batch).
    QHash<qint64, std::optional<AutomationSubject>> shipments;
    bool actionTakenSince(qint64 shipmentId, qint64 sinceMs, qint64 untilMs, bool *taken, QString *error);

    bool evaluate(const AutomationTransition &t, qint64 nowMs, DryState *dry, AutomationRunCounts &counts, QString *error);
    // One edit of the catalog on the subject's exception, as the rule's author; the
    // outcome's line for the ledger. False only when the store fails.
    bool edit(const AutomationRule &rule, const char *opName, const QByteArray &params, const AutomationSubject &s,
              qint64 nowMs, bool dry, QString *line, bool *applied, QString *error);
    bool act(const AutomationRule &rule, const AutomationAction &a, const AutomationSubject &s, qint64 nowMs, bool dry,
             QStringList &lines, AutomationRunCounts &counts, QString *error);
    bool notify(const AutomationRule &rule, const AutomationAction &a, const AutomationSubject &s,
                const AutomationTransition &t, const QString &key, qint64 nowMs, DryState *dry,
                AutomationLedgerEntry &entry, QStringList &lines, AutomationRunCounts &counts, QString *error);
};

std::optional<AutomationSubject> AutomationRunner::Private::shipmentOf(qint64 shipmentId, qint64 asOfMs, QString *error)
{
    if (!prepared(loadSubject,
                  "SELECT s.carrier, s.service, s.payment_mode, s.order_value_cents, s.currency, s.dest_country, "
                  "s.dest_state, s.customer_email, s.customer_phone, "
                  "(SELECT count(*) FROM events e WHERE e.shipment_id = s.id AND e.occurred_at_ms <= ? "
                  "AND (e.tag = ? OR e.subtag = ?)), "
                  "(SELECT count(*) FROM events e WHERE e.shipment_id = s.id AND e.occurred_at_ms <= ? AND e.tag = ?), "
                  "coalesce((SELECT o.customer_tags FROM order_shipments l JOIN orders o ON o.id = l.order_id "
                  "WHERE l.shipment_id = s.id), '') "
                  "FROM shipments s WHERE s.id = ?",
                  error))
        return std::nullopt;
    SqlStatement &q = *loadSubject;
    int b = 0;
    q.bind(b++, asOfMs);
    q.bind(b++, static_cast<int>(Tag::AttemptFail));
    q.bind(b++, static_cast<int>(Subtag::ExceptionRefused));
    q.bind(b++, asOfMs);
    q.bind(b++, static_cast<int>(Tag::OutForDelivery));
    q.bind(b++, shipmentId);
    if (!q.exec(error))
        return std::nullopt;
    if (!q.next()) {
        q.finish();
        if (error)
            error->clear();
        return std::nullopt;
    }
    AutomationSubject s;
    s.shipmentId = shipmentId;
    int c = 0;
    s.carrier = q.text(c++);
    s.service = q.text(c++);
    s.paymentMode = paymentModeFromInt(static_cast<int>(q.int64(c++))).value_or(PaymentMode::Unknown);
    s.orderValueCents = q.int64(c++);
    s.currency = q.text(c++);
    s.destinationCountry = q.text(c++);
    s.destinationState = q.text(c++);
    s.customerEmail = q.text(c++);
    s.customerPhone = q.text(c++);
    s.attempts = static_cast<int>(q.int64(c++));
    s.outForDelivery = static_cast<int>(q.int64(c++));
    for (const QString &tag : q.text(c++).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            s.customerTags << tag.trimmed();
    q.finish();
    return s;
}

bool AutomationRunner::Private::exceptionFor(const AutomationTransition &t, qint64 asOfMs, bool triggerExceptionOpen,
                                             AutomationSubject &s, QString *error)
{
    if (!prepared(exceptionById, "SELECT id, type, reason, priority, status FROM exceptions WHERE id = ?", error)
        || !prepared(latestException,
                     "SELECT id, type, reason, priority, status FROM exceptions WHERE shipment_id = ? AND trigger_at_ms <= ? "
                     "AND (resolved_at_ms IS NULL OR resolved_at_ms > ?) ORDER BY trigger_at_ms DESC, id DESC LIMIT 1",
                     error))
        return false;
    SqlStatement *x = nullptr;
    if (t.exceptionId) {
        x = exceptionById.get();
        x->bind(0, *t.exceptionId);
    } else {
        x = latestException.get();
        x->bind(0, t.shipmentId);
        x->bind(1, asOfMs);
        x->bind(2, asOfMs);
    }
    if (!x->exec(error))
        return false;
    if (x->next()) {
        // The latest exception is open at `asOfMs` by the query; the trigger's own is
        // open when it happened (a dry run) or when it is open now.
        const bool open = !t.exceptionId || x->int64(4) == static_cast<int>(ExceptionStatus::Open) || triggerExceptionOpen;
        if (open)
            s.exception = AutomationException{x->int64(0),
                                              exceptionTypeFromInt(static_cast<int>(x->int64(1))).value_or(ExceptionType::Stuck),
                                              ndrReasonFromInt(static_cast<int>(x->int64(2))).value_or(NdrReason::None),
                                              static_cast<int>(x->int64(3))};
    }
    x->finish();
    return true;
}

bool AutomationRunner::Private::actionTakenSince(qint64 shipmentId, qint64 sinceMs, qint64 untilMs, bool *taken,
                                                 QString *error)
{
    // An action as the agent scoreboard counts one (docs/ASSIGNMENT.md), or a resolution:
    // anything but the rules' own lines, assignments, notes and snoozes.
    if (!prepared(actionSince,
                  "SELECT 1 FROM exception_history h JOIN exceptions x ON x.id = h.exception_id "
                  "WHERE x.shipment_id = ? AND h.at_ms >= ? AND h.at_ms <= ? AND h.action NOT IN "
                  "('opened', 'reopened', 'updated', 'condition_cleared', 'assign', 'left_unassigned', 'claim', 'note', "
                  "'snooze') LIMIT 1",
                  error))
        return false;
    actionSince->bind(0, shipmentId);
    actionSince->bind(1, sinceMs);
    actionSince->bind(2, untilMs);
    if (!actionSince->exec(error))
        return false;
    *taken = actionSince->next();
    actionSince->finish();
    return true;
}

bool AutomationRunner::Private::edit(const AutomationRule &rule, const char *opName, const QByteArray &params,
                                     const AutomationSubject &s, qint64 nowMs, bool dry, QString *line, bool *applied,
                                     QString *error)
{
    *applied = false;
    const QString name = QString::fromLatin1(opName);
    if (!s.exception) {
        *line = name + QStringLiteral(": skipped: the shipment has no open exception");
        return true;
    }
    const EditOp *op = EditCatalog::find(EntityKind::Exception, name);
    Q_ASSERT(op);
    const std::optional<json::Value> parsed = parser.parse(params.constData(), params.size());
    Q_ASSERT(parsed);
    if (dry) {
        const QList<FieldError> problems = EditCatalog::validate(*op, *parsed, nowMs);
        *applied = problems.isEmpty();
        *line = name + (*applied ? QStringLiteral(": would apply to exception %1").arg(s.exception->id)
                                 : QStringLiteral(": refused: %1 %2").arg(problems.first().field, problems.first().detail));
        return true;
    }
    const EditOutcome outcome =
        applier.apply(EntityKind::Exception, s.exception->id, *op, *parsed, rule.author(), nowMs, EditApplier::Mode::Authoritative);
    switch (outcome.status) {
    case EditOutcome::Status::Applied:
        *applied = true;
        *line = name + QStringLiteral(": applied to exception %1").arg(s.exception->id);
        return true;
    case EditOutcome::Status::StoreError:
        if (error)
            *error = QStringLiteral("rule %1: %2 on exception %3: %4").arg(rule.id, name).arg(s.exception->id).arg(outcome.detail);
        return false;
    case EditOutcome::Status::NotFound:
    case EditOutcome::Status::InvalidParams:
    case EditOutcome::Status::InvalidTransition:
        break;
    }
    *line = name + QStringLiteral(": refused: ") + outcome.detail;
    return true;
}

bool AutomationRunner::Private::act(const AutomationRule &rule, const AutomationAction &a, const AutomationSubject &s,
                                    qint64 nowMs, bool dry, QStringList &lines, AutomationRunCounts &counts, QString *error)
{
    QList<std::pair<const char *, QByteArray>> edits;
    switch (a.kind) {
    case AutomationActionKind::Notify:
        return true; // notify() decides these
    case AutomationActionKind::Reattempt: {
        // `inDays` after today at the destination, never before today in UTC (the edit's check).
        const QByteArray zoneId = geo::TimeZoneResolver::zoneFor(s.destinationCountry, s.destinationState).ianaId;
        const QTimeZone zone = zoneId.isEmpty() ? QTimeZone::utc() : QTimeZone(zoneId);
        const QDate local = QDateTime::fromMSecsSinceEpoch(nowMs, zone.isValid() ? zone : QTimeZone::utc()).date();
        const QDate utc = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date();
        const QDate date = std::max(local, utc).addDays(a.inDays);
        edits.append({"reattempt", object({{"date", date.toString(Qt::ISODate)}})});
        break;
    }
    case AutomationActionKind::ReturnToOrigin:
        if (s.attempts < a.afterAttempts) {
            lines << QStringLiteral("return_to_origin: skipped: %1 of %2 attempts").arg(s.attempts).arg(a.afterAttempts);
            ++counts.editsSkipped;
            return true;
        }
        edits.append({"return_to_origin", QByteArrayLiteral("{}")});
        break;
    case AutomationActionKind::Assign:
        edits.append({"assign", object({{"assignee", a.to}})});
        break;
    case AutomationActionKind::Escalate:
        edits.append({"assign", object({{"assignee", a.to}})});
        edits.append({"note", object({{"text", QStringLiteral("Escalated to %1 by rule \"%2\"%3")
                                                      .arg(a.to, rule.name, a.text.isEmpty() ? QString() : QStringLiteral(": ") + a.text)}})});
        break;
    case AutomationActionKind::Note:
        edits.append({"note", object({{"text", a.text}})});
        break;
    }
    for (const auto &[op, params] : edits) {
        QString line;
        bool applied = false;
        if (!edit(rule, op, params, s, nowMs, dry, &line, &applied, error))
            return false;
        lines << line;
        ++(applied ? counts.editsApplied : counts.editsSkipped);
    }
    return true;
}

bool AutomationRunner::Private::notify(const AutomationRule &rule, const AutomationAction &a, const AutomationSubject &s,
                                       const AutomationTransition &t, const QString &key, qint64 nowMs, DryState *dry,
                                       AutomationLedgerEntry &entry, QStringList &lines, AutomationRunCounts &counts,
                                       QString *error)
{
    const QString what = QStringLiteral("notify %1 \"%2\"").arg(a.channel, a.templateName);
    entry.notifyTemplate = a.templateName;
    entry.notifyChannel = a.channel;
    const bool email = a.channel == QLatin1String("email");
    const QString recipient = email ? s.customerEmail.trimmed() : s.customerPhone.trimmed();
    // The customer the rate limit counts against: by e-mail, else by phone.
    entry.customerKey = !s.customerEmail.trimmed().isEmpty() ? QStringLiteral("email:") + s.customerEmail.trimmed().toLower()
        : !s.customerPhone.trimmed().isEmpty()             ? QStringLiteral("phone:") + s.customerPhone.trimmed()
                                                            : QStringLiteral("shipment:%1").arg(s.shipmentId);
    if (recipient.isEmpty()) {
        entry.notifyState = QStringLiteral("no_contact");
        lines << what + (email ? QStringLiteral(": skipped: the customer has no e-mail address")
                               : QStringLiteral(": skipped: the customer has no phone number"));
        ++counts.noContact;
        return true;
    }
    if (rules.rateLimit.messages > 0) {
        const qint64 since = nowMs - qint64(rules.rateLimit.hours) * MsPerHour;
        int sent = 0;
        if (dry) {
            for (qint64 at : dry->messages.value(entry.customerKey))
                sent += at >= since ? 1 : 0;
        } else {
            const std::optional<int> n = ledger.messagesSince(entry.customerKey, since, error);
            if (!n)
                return false;
            sent = *n;
        }
        if (sent >= rules.rateLimit.messages) {
            entry.notifyState = QStringLiteral("rate_limited");
            lines << what + QStringLiteral(": skipped: the customer had %1 messages in %2 hours (the limit)")
                                .arg(sent).arg(rules.rateLimit.hours);
            ++counts.rateLimited;
            return true;
        }
    }
    const QByteArray zone = geo::TimeZoneResolver::zoneFor(s.destinationCountry, s.destinationState).ianaId;
    const qint64 notBefore = rules.quietHours ? rules.quietHours->notBefore(nowMs, zone) : nowMs;
    entry.notifyNotBeforeMs = notBefore;
    ++counts.decisions;
    if (notBefore > nowMs)
        ++counts.messagesHeld;
    const QString when = notBefore > nowMs ? QStringLiteral(", not before %1 (quiet hours)").arg(utcText(notBefore)) : QString();
    if (dry) {
        dry->messages[entry.customerKey].append(nowMs);
        entry.notifyState = QStringLiteral("not_sent");
        lines << what + QStringLiteral(": would be decided") + when;
        return true;
    }
    // Not sent until the notification engine has it (deliver(), after the commit): a crash
    // in between leaves it not sent, for the engine to take from the ledger.
    entry.notifyState = QStringLiteral("not_sent");
    lines << what + (sink ? QStringLiteral(": for the notification engine") : QStringLiteral(": not sent (no notification engine)"))
                 + when;
    pendingDecisions.append(NotifyDecision{rule.id, s.shipmentId, t.exceptionId, key.section(QLatin1Char('|'), 2), key,
                                           a.templateName, a.channel, recipient, nowMs, notBefore});
    return true;
}

bool AutomationRunner::Private::evaluate(const AutomationTransition &t, qint64 nowMs, DryState *dry,
                                         AutomationRunCounts &counts, QString *error)
{
    ++counts.transitions;
    // A dry run sees each transition at its own instant; a live run sees the store now.
    const qint64 asOf = dry ? t.atMs : std::numeric_limits<qint64>::max();
    std::optional<AutomationSubject> subject;
    bool loaded = false;
    bool exceptionLoaded = false;
    for (const AutomationRule *rule : order) {
        if (!t.fires(rule->trigger))
            continue;
        if (!loaded) {
            loaded = true;
            const auto cached = dry ? shipments.cend() : shipments.constFind(t.shipmentId);
            if (cached != shipments.cend()) {
                subject = *cached;
            } else {
                subject = shipmentOf(t.shipmentId, asOf, error);
                if (!subject && error && !error->isEmpty())
                    return false;
                if (!dry)
                    shipments.insert(t.shipmentId, subject);
            }
        }
        if (!subject)
            return true; // the shipment is gone
        // The exception is read only for a rule that looks at it or acts on it.
        const bool needsException = t.exceptionId || rule->conditions.needsException()
            || std::any_of(rule->actions.cbegin(), rule->actions.cend(), [](const AutomationAction &a) { return a.isEdit(); });
        if (needsException && !exceptionLoaded) {
            exceptionLoaded = true;
            if (!exceptionFor(t, asOf, dry != nullptr, *subject, error))
                return false;
        }
        if (!automationConditionMatches(rule->conditions, *subject))
            continue;
        if (rule->trigger.kind == AutomationTriggerKind::TimeInState && rule->trigger.withoutAction) {
            bool taken = false;
            if (!actionTakenSince(t.shipmentId, t.tagSinceMs, t.atMs, &taken, error))
                return false;
            if (taken)
                continue;
        }
        AutomationRunCounts &ruleCounts = dry ? dry->figures[rule->id].counts : counts;
        AutomationLedgerEntry entry;
        entry.transition = t.key(rule->trigger);
        entry.idempotencyKey = AutomationLedger::idempotencyKey(rule->id, t.shipmentId, entry.transition);
        entry.ruleId = rule->id;
        entry.shipmentId = t.shipmentId;
        entry.exceptionId = subject->exception ? std::optional<qint64>(subject->exception->id) : t.exceptionId;
        entry.firedAtMs = nowMs;
        // Fired before: the ledger holds its key (a dry run its own keys).
        bool fired = false;
        if (dry) {
            fired = dry->keys.contains(entry.idempotencyKey);
            dry->keys.insert(entry.idempotencyKey);
        } else {
            const std::optional<bool> found = ledger.contains(entry.idempotencyKey, error);
            if (!found)
                return false;
            fired = *found;
        }
        if (fired) {
            ++ruleCounts.alreadyFired;
            continue;
        }
        ++ruleCounts.fired;
        QStringList lines;
        const qsizetype decisionsBefore = pendingDecisions.size();
        for (const AutomationAction &a : rule->actions) {
            if (dry)
                ++dry->figures[rule->id].actions[automationActionCode(a.kind)];
            const bool ok = a.kind == AutomationActionKind::Notify
                ? notify(*rule, a, *subject, t, entry.idempotencyKey, nowMs, dry, entry, lines, ruleCounts, error)
                : act(*rule, a, *subject, nowMs, dry != nullptr, lines, ruleCounts, error);
            if (!ok)
                return false;
        }
        entry.outcome = lines.join(QLatin1Char('\n'));
        if (dry)
            continue;
        // One row with everything: in the transaction of the edits it records.
        bool recorded = false;
        if (!ledger.record(entry, &recorded, error))
            return false;
        if (!recorded) {
            // Only another writer between the look-up and the insert could get here; the
            // store's unique key keeps the first.
            pendingDecisions.resize(decisionsBefore);
            if (error)
                *error = QStringLiteral("rule %1 fired on %2 twice at once").arg(rule->id, entry.idempotencyKey);
            return false;
        }
    }
    return true;
}

AutomationRunner::AutomationRunner(const Database &database) : d(std::make_unique<Private>(database)) {}

AutomationRunner::~AutomationRunner() = default;

bool AutomationRunner::reload(QString *error)
{
    if (!d->storeHasLedger) {
        const int version = SchemaMigrator::currentVersion(d->database.connection(), error);
        if (version < 0)
            return false;
        d->storeHasLedger = version >= FirstSchemaWithLedger;
    }
    if (!*d->storeHasLedger) {
        // Only tests keep a store at an older schema (Database::openAtVersion): no ledger, no rules.
        d->rules = AutomationRules();
        d->rules.enabled = false;
        d->index();
        return true;
    }
    if (d->fixedRules)
        return true;
    const std::optional<TeamSetting> setting = TeamSettingsStore(d->database).read(QString::fromLatin1(SettingName), error);
    if (!setting)
        return false;
    if (setting->version == d->loadedVersion && setting->document == d->loadedDocument)
        return true;
    d->loadedVersion = setting->version;
    d->loadedDocument = setting->document;
    QList<FieldError> problems;
    if (std::optional<AutomationRules> rules = AutomationRules::fromJson(setting->document, &problems)) {
        d->rules = std::move(*rules);
    } else {
        qCWarning(lcAutomation, "the stored automation rules (version %lld) cannot be read, so no rule runs: %s",
                  static_cast<long long>(setting->version), qPrintable(SettingsReader::describe(problems)));
        d->rules = AutomationRules();
        d->rules.enabled = false;
    }
    d->index();
    return true;
}

void AutomationRunner::setRules(const AutomationRules &rules)
{
    d->fixedRules = true;
    d->rules = rules;
    d->index();
}

const AutomationRules &AutomationRunner::rules() const
{
    return d->rules;
}

bool AutomationRunner::isActive() const
{
    return !d->order.isEmpty();
}

void AutomationRunner::setNotifySink(std::function<void(const NotifyDecision &)> sink)
{
    d->sink = std::move(sink);
}

void AutomationRunner::shipmentWritten(qint64 shipmentId, const std::optional<StoredStatus> &before, Tag tag, Subtag subtag,
                                       const QList<TrackingEvent> &events)
{
    const bool tagWatched = d->watchedTags.contains(static_cast<int>(tag));
    const bool subtagWatched = d->watchedSubtags.contains(static_cast<int>(subtag));
    if (!tagWatched && !subtagWatched)
        return;
    const qint64 tagSince = runStart(events, [&](const TrackingEvent &e) { return e.tag == tag; }).value_or(0);
    const qint64 subtagSince = runStart(events, [&](const TrackingEvent &e) { return e.subtag == subtag; }).value_or(tagSince);
    const auto newerThanStored = [&](qint64 since) { return !before->lastEventMs || since > *before->lastEventMs; };
    const bool newTagRun = !before || before->tag != tag || newerThanStored(tagSince);
    const bool newSubtagRun = newTagRun || before->subtag != subtag || newerThanStored(subtagSince);
    if (!(tagWatched && newTagRun) && !(subtagWatched && newSubtagRun))
        return;
    AutomationTransition t;
    t.kind = AutomationTriggerKind::TagReached;
    t.shipmentId = shipmentId;
    t.tag = tag;
    t.subtag = subtag;
    t.tagChanged = newTagRun;
    t.tagSinceMs = tagSince;
    t.subtagSinceMs = subtagSince;
    t.atMs = events.isEmpty() ? 0 : events.constLast().occurredAt.utcMs;
    d->pendingTransitions.append(t);
}

void AutomationRunner::exceptionOpened(qint64 shipmentId, qint64 exceptionId, bool reopened, qint64 atMs)
{
    if (!d->watchesOpened)
        return;
    AutomationTransition t = exceptionTransition(AutomationTriggerKind::ExceptionOpened, shipmentId, exceptionId, atMs);
    t.reopened = reopened;
    d->pendingTransitions.append(t);
}

void AutomationRunner::exceptionPriorityChanged(qint64 shipmentId, qint64 exceptionId, int before, int after, qint64 atMs)
{
    if (!d->watchesEscalation || after >= before)
        return;
    AutomationTransition t = exceptionTransition(AutomationTriggerKind::ExceptionEscalated, shipmentId, exceptionId, atMs);
    t.priorityBefore = before;
    t.priorityAfter = after;
    d->pendingTransitions.append(t);
}

void AutomationRunner::returnStatusChanged(qint64 shipmentId, qint64 returnId, ReturnStatus status, qint64 atMs)
{
    if (!d->watchesReturns)
        return;
    AutomationTransition t;
    t.kind = AutomationTriggerKind::ReturnStatus;
    t.shipmentId = shipmentId;
    t.returnId = returnId;
    t.returnStatus = status;
    t.atMs = atMs;
    d->pendingTransitions.append(t);
}

void AutomationRunner::note(const AutomationTransition &transition)
{
    d->pendingTransitions.append(transition);
}

int AutomationRunner::pending() const
{
    return static_cast<int>(d->pendingTransitions.size());
}

bool AutomationRunner::run(qint64 nowMs, AutomationRunCounts *counts, QString *error)
{
    const QList<AutomationTransition> transitions = std::exchange(d->pendingTransitions, {});
    d->shipments.clear();
    AutomationRunCounts local;
    for (const AutomationTransition &t : transitions)
        if (!d->evaluate(t, nowMs, nullptr, local, error))
            return false;
    if (counts)
        *counts += local;
    return true;
}

void AutomationRunner::deliver()
{
    const QList<NotifyDecision> decisions = std::exchange(d->pendingDecisions, {});
    if (!d->sink || decisions.isEmpty())
        return;
    QStringList keys;
    for (const NotifyDecision &decision : decisions) {
        d->sink(decision);
        keys << decision.idempotencyKey;
    }
    QString error;
    Transaction transaction(d->database.connection());
    if (!transaction.begin(&error) || !d->ledger.markHandedOff(keys, &error) || !transaction.commit(&error))
        qCWarning(lcAutomation, "%lld decisions were handed to the notification engine but stay \"not sent\" in the ledger: %s",
                  static_cast<long long>(keys.size()), qPrintable(error));
}

void AutomationRunner::discard()
{
    d->pendingTransitions.clear();
    d->pendingDecisions.clear();
}

bool AutomationRunner::sweep(qint64 nowMs, AutomationRunCounts *counts, QString *error, int batchSize)
{
    if (!reload(error))
        return false;
    if (!isActive())
        return true;
    QList<AutomationTransition> found;
    if (!AutomationHistory(d->database).dueAt(d->rules, nowMs, &found, error))
        return false;
    AutomationRunCounts total;
    for (qsizetype start = 0; start < found.size(); start += batchSize) {
        Transaction transaction(d->database.connection());
        if (!transaction.begin(error))
            return false;
        AutomationRunCounts batch;
        d->shipments.clear();
        const qsizetype end = std::min<qsizetype>(found.size(), start + batchSize);
        for (qsizetype i = start; i < end; ++i)
            if (!d->evaluate(found.at(i), nowMs, nullptr, batch, error)) {
                d->pendingDecisions.clear();
                return false;
            }
        if (!transaction.commit(error)) {
            d->pendingDecisions.clear();
            return false;
        }
        deliver();
        total += batch;
    }
    if (counts)
        *counts += total;
    return true;
}

bool AutomationRunner::dryRun(int days, qint64 nowMs, AutomationDryRunReport *report, QString *error)
{
    AutomationDryRunReport out;
    out.fromMs = nowMs - qint64(days) * MsPerDay;
    out.toMs = nowMs;
    QList<AutomationTransition> found;
    if (!AutomationHistory(d->database).between(d->rules, out.fromMs, out.toMs, &found, error))
        return false;
    DryState dry;
    AutomationRunCounts all;
    for (const AutomationTransition &t : found)
        if (!d->evaluate(t, t.atMs, &dry, all, error))
            return false;
    out.transitions = all.transitions;
    for (const AutomationRule *rule : d->order) {
        AutomationRuleFigures figures = dry.figures.value(rule->id);
        figures.ruleId = rule->id;
        figures.name = rule->name;
        out.rules << figures;
    }
    if (report)
        *report = out;
    return true;
}

} // namespace ct
