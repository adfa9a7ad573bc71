// SPDX-License-Identifier: MIT
#include "editapplier.h"

#include "analytics/kpifacts.h"

#include "domain/exceptiontype.h"
#include "domain/resolutionreason.h"
#include "domain/subtag.h"
#include "domain/tag.h"
#include "orders/minorunits.h"
#include "domain/returnstatus.h"
#include "returns/returndecision.h"
#include "returns/returnlabelexpiry.h"
#include "json/jsonvalue.h"
#include "json/jsonwriter.h"
#include "store/sqlstatement.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace ct {

namespace {

QByteArray jsonText(const QString &text)
{
    QByteArray out;
    json::Writer::appendEscaped(out, text);
    return out;
}

QByteArray jsonNumber(std::optional<qint64> number)
{
    return number ? QByteArray::number(*number) : QByteArrayLiteral("null");
}

QString exceptionStatusCode(int status)
{
    return status == static_cast<int>(ExceptionStatus::Resolved) ? QStringLiteral("resolved")
                                                                  : QStringLiteral("open");
}

QString param(const json::Value &params, const char *name)
{
    return params[name].toString().trimmed();
}

// An instant for people reading the history: "2026-06-18 09:00 UTC".
QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// ": the note" when the params carry one.
QString withNote(const json::Value &params)
{
    const QString note = param(params, "note");
    return note.isEmpty() ? QString() : QStringLiteral(": ") + note;
}

// The store keeps a return's inspection grade as a letter (ReturnRecord::inspectionGrade);
// the op names it: as_new A, good B, damaged C, unsellable D.
QString gradeLetter(const QString &grade)
{
    if (grade == QLatin1String("as_new"))
        return QStringLiteral("A");
    if (grade == QLatin1String("good"))
        return QStringLiteral("B");
    if (grade == QLatin1String("damaged"))
        return QStringLiteral("C");
    return QStringLiteral("D");
}

// What an exception edit writes into the exception's history.
QString historyDetail(QStringView op, const json::Value &params, const QString &actor)
{
    if (op == u"assign")
        return QStringLiteral("Assigned to %1").arg(param(params, "assignee"));
    if (op == u"claim")
        return QStringLiteral("Claimed by %1").arg(actor);
    if (op == u"status") {
        if (param(params, "status") != QLatin1String("resolved"))
            return QStringLiteral("Reopened") + withNote(params);
        const auto reason = resolutionReasonFromCode(param(params, "reason"));
        return QStringLiteral("Resolved by agent") + (reason ? QStringLiteral(" (%1)").arg(resolutionReasonLabel(*reason)) : QString())
            + withNote(params);
    }
    if (op == u"snooze")
        return QStringLiteral("Snoozed until %1").arg(utcText(*EditCatalog::parseInstant(param(params, "until"))))
            + withNote(params);
    if (op == u"note")
        return param(params, "text");
    if (op == u"reattempt")
        return QStringLiteral("Re-attempt requested for %1").arg(param(params, "date"));
    if (op == u"update_address") {
        const json::Value a = params["address"];
        QStringList parts{param(a, "line1")};
        for (const char *name : {"line2", "city", "state", "postal", "country"}) {
            if (!param(a, name).isEmpty())
                parts << param(a, name);
        }
        return QStringLiteral("Address updated: %1").arg(parts.join(QStringLiteral(", ")));
    }
    if (op == u"update_phone")
        return QStringLiteral("Phone updated to %1").arg(param(params, "phone"));
    if (op == u"reschedule")
        return QStringLiteral("Delivery rescheduled to %1").arg(param(params, "date"));
    if (op == u"convert_to_pickup") {
        const QString name = param(params, "name");
        return QStringLiteral("Redirected to pickup point %1%2")
            .arg(param(params, "pickup_point_id"), name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(name));
    }
    if (op == u"return_to_origin")
        return QStringLiteral("Return to sender requested");
    if (op == u"reship") {
        const QString reason = param(params, "reason");
        return reason.isEmpty() ? QStringLiteral("Replacement shipped")
                                : QStringLiteral("Replacement shipped: %1").arg(reason);
    }
    if (op == u"refund")
        return QStringLiteral("Refunded %1").arg(moneyText(params["amount_cents"].toInt().value_or(0),
                                                       param(params, "currency")));
    if (op == u"contact_customer")
        return QStringLiteral("Customer contacted by %1 with template \"%2\"")
            .arg(param(params, "channel"), param(params, "template"));
    return op.toString();
}

} // namespace

struct EditApplier::Private
{
    const Database &database;
    std::unique_ptr<SqlStatement> loadException, updateException, insertHistory, insertProvisionalHistory, latestAttempt;
    std::unique_ptr<SqlStatement> loadReturn, updateReturn;
    KpiFacts kpiFacts{database}; // a fake-attempt mark changes the shipment's KPI facts

    bool prepared(std::unique_ptr<SqlStatement> &statement, const char *sql, QString *error)
    {
        if (!statement)
            statement = SqlStatement::prepare(database, QString::fromLatin1(sql), error);
        return statement != nullptr;
    }

    EditOutcome applyToException(qint64 id, const EditOp &op, const json::Value &params,
                                 const QString &actor, qint64 nowMs, Mode mode);
    EditOutcome applyToReturn(qint64 id, const EditOp &op, const json::Value &params, const QString &actor,
                              qint64 nowMs, Mode mode);
};

namespace {

EditOutcome failure(EditOutcome::Status status, const QString &detail)
{
    EditOutcome outcome;
    outcome.status = status;
    outcome.detail = detail;
    return outcome;
}

} // namespace

EditOutcome EditApplier::Private::applyToException(qint64 id, const EditOp &op, const json::Value &params,
                                                   const QString &actor, qint64 nowMs, Mode mode)
{
    QString error;
    if (!prepared(loadException,
                  "SELECT status, resolution, resolved_at_ms, assignee, first_action_at_ms, version, type, reason, party, "
                  "shipment_id, trigger_at_ms, snoozed_until_ms, resolution_reason, resolution_note, fake_attempt_at_ms "
                  "FROM exceptions WHERE id = ?", &error)
        || !prepared(updateException,
                     "UPDATE exceptions SET status = ?, resolution = ?, resolved_at_ms = ?, assignee = ?, "
                     "first_action_at_ms = ?, reason = ?, party = ?, snoozed_until_ms = ?, resolution_reason = ?, "
                     "resolution_note = ?, fake_attempt_at_ms = ?, version = version + ?, updated_at_ms = ? WHERE id = ?",
                     &error)
        || (mode == Mode::Authoritative
            && !prepared(insertHistory,
                         "INSERT INTO exception_history(exception_id, at_ms, action, actor, detail) "
                         "VALUES(?,?,?,?,?)", &error))
        // A replica's history rows carry the server's ids; a row made by a local edit that
        // the server has not taken yet gets a negative id, so it can never collide with one
        // the server hands out. The server's version of the exception replaces it.
        || (mode == Mode::Optimistic
            && !prepared(insertProvisionalHistory,
                         "INSERT INTO exception_history(id, exception_id, at_ms, action, actor, detail) "
                         "VALUES((SELECT min(0, ifnull(min(id), 0)) - 1 FROM exception_history),?,?,?,?,?)",
                         &error)))
        return failure(EditOutcome::Status::StoreError, error);
    loadException->bind(0, id);
    if (!loadException->exec(&error))
        return failure(EditOutcome::Status::StoreError, error);
    if (!loadException->next()) {
        loadException->finish();
        return failure(EditOutcome::Status::NotFound, QStringLiteral("there is no exception %1").arg(id));
    }
    struct State
    {
        int status, resolution;
        std::optional<qint64> resolvedAt;
        QString assignee;
        std::optional<qint64> firstActionAt;
        int reason, party;
        std::optional<qint64> snoozedUntil;
        int resolutionReason;
        QString resolutionNote;
        std::optional<qint64> fakeAttemptAt;
    };
    const SqlStatement &row = *loadException;
    const State before{static_cast<int>(row.int64(0)), static_cast<int>(row.int64(1)), row.optionalInt64(2), row.text(3),
                       row.optionalInt64(4), static_cast<int>(row.int64(7)), static_cast<int>(row.int64(8)),
                       row.optionalInt64(11), static_cast<int>(row.int64(12)), row.text(13), row.optionalInt64(14)};
    const qint64 version = row.int64(5);
    const auto type = exceptionTypeFromInt(static_cast<int>(row.int64(6)));
    const qint64 shipmentId = row.int64(9);
    const qint64 triggerMs = row.int64(10);
    loadException->finish();

    State after = before;
    const bool resolved = before.status == static_cast<int>(ExceptionStatus::Resolved);
    const QString opName = QString::fromLatin1(op.name);
    const QStringView name = opName;
    QString detail = historyDetail(name, params, actor);

    if (name == u"assign") {
        after.assignee = param(params, "assignee");
    } else if (name == u"claim") {
        after.assignee = actor;
    } else if (name == u"status") {
        const bool resolve = param(params, "status") == QLatin1String("resolved");
        if (resolve == resolved)
            return failure(EditOutcome::Status::InvalidTransition,
                           QStringLiteral("the exception is already %1").arg(exceptionStatusCode(before.status)));
        after.status = static_cast<int>(resolve ? ExceptionStatus::Resolved : ExceptionStatus::Open);
        after.resolution = static_cast<int>(resolve ? ExceptionResolution::ByAgent : ExceptionResolution::None);
        after.resolvedAt = resolve ? std::optional<qint64>(nowMs) : std::nullopt;
        after.resolutionReason = static_cast<int>(
            resolve ? resolutionReasonFromCode(param(params, "reason")).value_or(ResolutionReason::None) : ResolutionReason::None);
        after.resolutionNote = resolve ? param(params, "note") : QString();
        after.snoozedUntil = std::nullopt;
    } else if (name == u"snooze") {
        if (resolved)
            return failure(EditOutcome::Status::InvalidTransition,
                           QStringLiteral("the exception is resolved; only an open exception can be snoozed"));
        after.snoozedUntil = EditCatalog::parseInstant(param(params, "until"));
    } else if (name != u"note") {
        // Every other op is an action taken to clear the exception.
        if (resolved)
            return failure(EditOutcome::Status::InvalidTransition,
                           QStringLiteral("the exception is resolved; reopen it before taking an action"));
        if (name == u"mark_fake_attempt") {
            if (type != ExceptionType::FailedAttempt)
                return failure(EditOutcome::Status::InvalidTransition,
                               QStringLiteral("only a failed delivery attempt can be marked fake; this exception is %1")
                                   .arg(exceptionTypeLabel(type.value_or(ExceptionType::Stuck)).toLower()));
            // The attempt in question: the episode's latest, as the carrier reported it.
            if (!prepared(latestAttempt,
                          "SELECT max(occurred_at_ms) FROM events WHERE shipment_id = ? AND occurred_at_ms >= ? "
                          "AND (tag = ? OR subtag = ?)", &error))
                return failure(EditOutcome::Status::StoreError, error);
            latestAttempt->bind(0, shipmentId);
            latestAttempt->bind(1, triggerMs);
            latestAttempt->bind(2, static_cast<int>(Tag::AttemptFail));
            latestAttempt->bind(3, static_cast<int>(Subtag::ExceptionRefused));
            if (!latestAttempt->exec(&error))
                return failure(EditOutcome::Status::StoreError, error);
            const qint64 attemptAt = latestAttempt->next() && !latestAttempt->isNull(0) ? latestAttempt->int64(0) : triggerMs;
            latestAttempt->finish();
            if (before.fakeAttemptAt == attemptAt)
                return failure(EditOutcome::Status::InvalidTransition,
                               QStringLiteral("the attempt of %1 is already marked fake").arg(utcText(attemptAt)));
            after.fakeAttemptAt = attemptAt;
            after.reason = static_cast<int>(NdrReason::FakeAttempt);
            after.party = static_cast<int>(ResponsibleParty::Carrier);
            detail = QStringLiteral("Attempt of %1 marked fake (not made); re-attempt requested for %2")
                         .arg(utcText(attemptAt), param(params, "date"))
                + withNote(params);
        }
        if (!after.firstActionAt)
            after.firstActionAt = nowMs;
    }
    // Someone dealt with it after its snooze ended: it is no longer "back from snooze".
    if (name != u"note" && name != u"snooze" && after.snoozedUntil && *after.snoozedUntil <= nowMs)
        after.snoozedUntil = std::nullopt;

    int i = 0;
    updateException->bind(i++, after.status);
    updateException->bind(i++, after.resolution);
    updateException->bind(i++, after.resolvedAt);
    updateException->bind(i++, after.assignee);
    updateException->bind(i++, after.firstActionAt);
    updateException->bind(i++, after.reason);
    updateException->bind(i++, after.party);
    updateException->bind(i++, after.snoozedUntil);
    updateException->bind(i++, after.resolutionReason);
    updateException->bind(i++, after.resolutionNote);
    updateException->bind(i++, after.fakeAttemptAt);
    updateException->bind(i++, mode == Mode::Authoritative ? 1 : 0);
    updateException->bind(i++, nowMs);
    updateException->bind(i++, id);
    SqlStatement &history = mode == Mode::Authoritative ? *insertHistory : *insertProvisionalHistory;
    history.bind(0, id);
    history.bind(1, nowMs);
    history.bind(2, QString::fromLatin1(op.name));
    history.bind(3, actor);
    history.bind(4, detail);
    if (!updateException->exec(&error) || !history.exec(&error)
        || (after.fakeAttemptAt != before.fakeAttemptAt && !kpiFacts.refresh(shipmentId, &error)))
        return failure(EditOutcome::Status::StoreError, error);

    EditOutcome outcome;
    outcome.status = EditOutcome::Status::Applied;
    outcome.versionBefore = version;
    outcome.versionAfter = mode == Mode::Authoritative ? version + 1 : version;
    if (after.status != before.status)
        outcome.changes << FieldChange{QStringLiteral("status"), jsonText(exceptionStatusCode(before.status)),
                                       jsonText(exceptionStatusCode(after.status))};
    const auto number = [&](const char *field, std::optional<qint64> from, std::optional<qint64> to) {
        if (from != to)
            outcome.changes << FieldChange{QString::fromLatin1(field), jsonNumber(from), jsonNumber(to)};
    };
    const auto text = [&](const char *field, const QString &from, const QString &to) {
        if (from != to)
            outcome.changes << FieldChange{QString::fromLatin1(field), jsonText(from), jsonText(to)};
    };
    number("resolution", before.resolution, after.resolution);
    number("resolved_at_ms", before.resolvedAt, after.resolvedAt);
    text("assignee", before.assignee, after.assignee);
    number("first_action_at_ms", before.firstActionAt, after.firstActionAt);
    number("reason", before.reason, after.reason);
    number("party", before.party, after.party);
    number("snoozed_until_ms", before.snoozedUntil, after.snoozedUntil);
    number("resolution_reason", before.resolutionReason, after.resolutionReason);
    text("resolution_note", before.resolutionNote, after.resolutionNote);
    number("fake_attempt_at_ms", before.fakeAttemptAt, after.fakeAttemptAt);
    outcome.changes << FieldChange{QStringLiteral("history"), QByteArrayLiteral("null"), jsonText(detail)};
    return outcome;
}

EditOutcome EditApplier::Private::applyToReturn(qint64 id, const EditOp &op, const json::Value &params,
                                                const QString &actor, qint64 nowMs, Mode mode)
{
    QString error;
    if (!prepared(loadReturn,
                  "SELECT status, resolution, resolution_amount_cents, inspection_grade, decision_note, "
                  "amount_cents, currency, version, decided_by FROM returns WHERE id = ?", &error)
        || !prepared(updateReturn,
                     "UPDATE returns SET status = ?, resolution = ?, resolution_amount_cents = ?, "
                     "inspection_grade = ?, decision_note = ?, decided_by = ?, version = version + ?, updated_at_ms = ? "
                     "WHERE id = ?", &error))
        return failure(EditOutcome::Status::StoreError, error);
    loadReturn->bind(0, id);
    if (!loadReturn->exec(&error))
        return failure(EditOutcome::Status::StoreError, error);
    if (!loadReturn->next()) {
        loadReturn->finish();
        return failure(EditOutcome::Status::NotFound, QStringLiteral("there is no return %1").arg(id));
    }
    const auto statusBefore = returnStatusFromInt(static_cast<int>(loadReturn->int64(0))).value_or(ReturnStatus::Requested);
    const auto resolutionBefore = returnResolutionFromInt(static_cast<int>(loadReturn->int64(1))).value_or(ReturnResolution::None);
    const qint64 amountBefore = loadReturn->int64(2);
    const QString gradeBefore = loadReturn->text(3);
    const QString noteBefore = loadReturn->text(4);
    const qint64 returnValue = loadReturn->int64(5);
    const QString currency = loadReturn->text(6);
    const qint64 version = loadReturn->int64(7);
    const QString deciderBefore = loadReturn->text(8);
    loadReturn->finish();

    ReturnStatus status = statusBefore;
    ReturnResolution resolution = resolutionBefore;
    qint64 amount = amountBefore;
    QString grade = gradeBefore;
    QString note = noteBefore;
    const QString opName = QString::fromLatin1(op.name);
    const QStringView name = opName;

    // The decisions move the return along its lifecycle (ReturnLifecycle); inspect moves a
    // received return on and otherwise only records the grade (ReturnDecision::refusal).
    // The policy's own edit (ReturnLabelExpiry): a label unused past the policy's days
    // closes the return; no user can send it (it is not in the edit catalog).
    const bool expiresLabel = name == QLatin1String(ReturnLabelExpiry::op().name);
    const auto kind = ReturnDecision::fromOp(name);
    if (expiresLabel) {
        if (const QString why = ReturnLabelExpiry::refusal(statusBefore); !why.isEmpty())
            return failure(EditOutcome::Status::InvalidTransition, why);
        status = ReturnStatus::Closed;
        note = param(params, "reason");
    } else if (!kind) {
        return failure(EditOutcome::Status::InvalidParams, QStringLiteral("\"%1\" is not a return decision").arg(opName));
    } else if (const QString why = ReturnDecision::refusal(*kind, statusBefore); !why.isEmpty()) {
        return failure(EditOutcome::Status::InvalidTransition, why);
    }
    if (kind) {
        switch (*kind) {
        case ReturnDecision::Kind::Inspect:
            grade = gradeLetter(param(params, "grade"));
            if (statusBefore == ReturnStatus::Received)
                status = ReturnStatus::Inspected;
            break;
        case ReturnDecision::Kind::Approve:
            status = ReturnStatus::Approved;
            if (!param(params, "note").isEmpty())
                note = param(params, "note"); // why the policy was overridden, when it was
            break;
        case ReturnDecision::Kind::Reject:
            status = ReturnStatus::Rejected;
            resolution = ReturnResolution::Rejected;
            note = param(params, "reason");
            break;
        case ReturnDecision::Kind::Exchange:
            status = ReturnStatus::Exchanged;
            resolution = ReturnResolution::Exchange;
            amount = 0;
            note = param(params, "note");
            break;
        case ReturnDecision::Kind::Refund:
        case ReturnDecision::Kind::StoreCredit:
            amount = params["amount_cents"].toInt().value_or(0);
            if (*kind == ReturnDecision::Kind::Refund && returnValue > 0 && amount > returnValue) {
                EditOutcome outcome = failure(EditOutcome::Status::InvalidParams, {});
                outcome.errors << FieldError{QStringLiteral("amount_cents"),
                                             QStringLiteral("%1 exceeds the return's value of %2").arg(amount).arg(returnValue)};
                return outcome;
            }
            status = ReturnDecision::target(*kind);
            resolution = *kind == ReturnDecision::Kind::Refund ? ReturnResolution::Refund : ReturnResolution::StoreCredit;
            if (!param(params, "note").isEmpty())
                note = param(params, "note");
            break;
        }
    }
    Q_UNUSED(currency);
    // Who decided it: whoever took it out of `requested` (an agent, or "policy" when the
    // return policy approved it: ReturnAutoApproval). Later steps do not change it.
    const QString decider = statusBefore == ReturnStatus::Requested && status != statusBefore ? actor : deciderBefore;

    updateReturn->bind(0, static_cast<int>(status));
    updateReturn->bind(1, static_cast<int>(resolution));
    updateReturn->bind(2, amount);
    updateReturn->bind(3, grade);
    updateReturn->bind(4, note);
    updateReturn->bind(5, decider);
    updateReturn->bind(6, mode == Mode::Authoritative ? 1 : 0);
    updateReturn->bind(7, nowMs);
    updateReturn->bind(8, id);
    if (!updateReturn->exec(&error))
        return failure(EditOutcome::Status::StoreError, error);

    EditOutcome outcome;
    outcome.status = EditOutcome::Status::Applied;
    outcome.versionBefore = version;
    outcome.versionAfter = mode == Mode::Authoritative ? version + 1 : version;
    if (status != statusBefore)
        outcome.changes << FieldChange{QStringLiteral("status"), jsonText(returnStatusCode(statusBefore)),
                                       jsonText(returnStatusCode(status))};
    if (resolution != resolutionBefore)
        outcome.changes << FieldChange{QStringLiteral("resolution"), jsonText(returnResolutionCode(resolutionBefore)),
                                       jsonText(returnResolutionCode(resolution))};
    if (amount != amountBefore)
        outcome.changes << FieldChange{QStringLiteral("resolution_amount_cents"), jsonNumber(amountBefore), jsonNumber(amount)};
    if (grade != gradeBefore)
        outcome.changes << FieldChange{QStringLiteral("inspection_grade"), jsonText(gradeBefore), jsonText(grade)};
    if (note != noteBefore)
        outcome.changes << FieldChange{QStringLiteral("decision_note"), jsonText(noteBefore), jsonText(note)};
    if (decider != deciderBefore)
        outcome.changes << FieldChange{QStringLiteral("decided_by"), jsonText(deciderBefore), jsonText(decider)};
    return outcome;
}

EditApplier::EditApplier(const Database &database)
    : d(new Private{database, {}, {}, {}, {}, {}, {}, {}})
{
}

EditApplier::~EditApplier() = default;

EditOutcome EditApplier::apply(EntityKind entity, qint64 id, const EditOp &op, const json::Value &params,
                               const QString &actor, qint64 nowMs, Mode mode)
{
    if (op.entity != entity)
        return failure(EditOutcome::Status::InvalidParams,
                       QStringLiteral("\"%1\" is not an edit of %2s").arg(QLatin1String(op.name), entityCode(entity)));
    EditOutcome invalid = failure(EditOutcome::Status::InvalidParams, {});
    invalid.errors = EditCatalog::validate(op, params, nowMs);
    if (!invalid.errors.isEmpty()) {
        QStringList parts;
        for (const FieldError &e : invalid.errors)
            parts << (e.field.isEmpty() ? e.detail : e.field + QLatin1Char(' ') + e.detail);
        invalid.detail = parts.join(QStringLiteral("; "));
        return invalid;
    }
    switch (entity) {
    case EntityKind::Exception:
        return d->applyToException(id, op, params, actor, nowMs, mode);
    case EntityKind::Return:
        return d->applyToReturn(id, op, params, actor, nowMs, mode);
    case EntityKind::Shipment:
        break;
    }
    return failure(EditOutcome::Status::InvalidParams, QStringLiteral("shipments have no edits"));
}

} // namespace ct
