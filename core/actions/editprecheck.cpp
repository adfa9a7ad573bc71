// SPDX-License-Identifier: MIT
#include "editprecheck.h"

#include "geo/carrierdeliverydays.h"
#include "json/jsonvalue.h"
#include "orders/minorunits.h"
#include "queue/exceptionqueuerow.h"
#include "templates/messagetemplates.h"

#include <QDate>

namespace ct {

namespace {

bool is(const EditOp &op, const char *name)
{
    return qstrcmp(op.name, name) == 0;
}

} // namespace

QString EditPrecheck::notApplicable(const EditOp &op, const json::Value *params, const ExceptionQueueRow &row,
                                    const QString &user)
{
    if (op.entity != EntityKind::Exception)
        return QStringLiteral("\"%1\" is not an edit of exceptions").arg(QLatin1String(op.name));
    const bool resolved = row.status == QueueStatus::Resolved;
    if (is(op, "note"))
        return {};
    if (is(op, "status")) {
        const bool resolving = !params || (*params)["status"].toString() != QLatin1String("open");
        if (resolving && resolved)
            return QStringLiteral("already resolved");
        if (!resolving && !resolved)
            return QStringLiteral("already open");
        return {};
    }
    if (resolved) {
        if (is(op, "snooze"))
            return QStringLiteral("resolved: only an open exception can be snoozed");
        if (is(op, "claim") || is(op, "assign"))
            return QStringLiteral("resolved: reopen it to work on it");
        return QStringLiteral("resolved: reopen it before taking an action");
    }
    if (is(op, "claim") && !user.isEmpty() && row.assignee == user)
        return QStringLiteral("already yours");
    if (is(op, "mark_fake_attempt") && row.type != ExceptionType::FailedAttempt)
        return QStringLiteral("only a failed delivery attempt can be marked fake; this is %1")
            .arg(exceptionTypeLabel(row.type).toLower());
    return {};
}

QString EditPrecheck::roleProblem(const EditOp &op, std::optional<Role> role)
{
    const Role effective = role.value_or(Role::Agent);
    if (op.roles & roleBit(effective))
        return {};
    // "managers and admins"
    QStringList who;
    for (Role each : {Role::Agent, Role::Manager, Role::Analyst, Role::Admin}) {
        if (op.roles & roleBit(each))
            who << roleCode(each) + QLatin1Char('s');
    }
    const QString last = who.isEmpty() ? QString() : who.takeLast();
    const QString allowed = who.isEmpty() ? last : who.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
    const QString what = QString::fromLatin1(op.name).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (effective == Role::Analyst)
        return QStringLiteral("analysts only read: %1 is for %2").arg(what, allowed);
    const QString signedIn = role ? QStringLiteral("you are signed in as %1 %2")
                                        .arg(roleCode(*role).startsWith(u'a') ? QStringLiteral("an") : QStringLiteral("a"),
                                             roleCode(*role))
                                  : QStringLiteral("your role is not known yet (connect again to check it)");
    return QStringLiteral("only %1 may %2; %3").arg(allowed, what, signedIn);
}

QList<FieldError> EditPrecheck::shipmentProblems(const EditOp &op, const json::Value &params, const ExceptionQueueRow &row,
                                                 const QHash<QString, QString> &messageFields)
{
    QList<FieldError> problems;
    if (is(op, "reattempt") || is(op, "reschedule") || is(op, "mark_fake_attempt")) {
        const QDate date = QDate::fromString(params["date"].toString(), Qt::ISODate);
        if (date.isValid()) {
            const QString problem = geo::nonDeliveryDayProblem(row.carrier, date);
            if (!problem.isEmpty())
                problems << FieldError{QStringLiteral("date"), problem};
        }
    }
    if (is(op, "refund")) {
        const std::optional<qint64> amount = params["amount_cents"].toInt();
        if (amount && row.orderValueCents > 0 && *amount > row.orderValueCents)
            problems << FieldError{QStringLiteral("amount_cents"),
                                   QStringLiteral("%1 is more than the order's value of %2")
                                       .arg(moneyText(*amount, params["currency"].toString()),
                                            moneyText(row.orderValueCents, row.currency))};
        const QString currency = params["currency"].toString();
        if (!row.currency.isEmpty() && params["currency"].isString() && currency != row.currency)
            problems << FieldError{QStringLiteral("currency"),
                                   QStringLiteral("the order was paid in %1, not %2").arg(row.currency, currency)};
    }
    if (is(op, "contact_customer")) {
        const auto found = MessageTemplates::find(params["template"].toString());
        const auto channel = messageChannelFromCode(params["channel"].toString());
        if (params["template"].isString() && !found) {
            problems << FieldError{QStringLiteral("template"),
                                   QStringLiteral("\"%1\" is not a message template").arg(params["template"].toString())};
        } else if (found && channel && found->channel != *channel) {
            problems << FieldError{QStringLiteral("template"),
                                   QStringLiteral("\"%1\" is a %2 template, not %3")
                                       .arg(found->id, messageChannelLabel(found->channel), messageChannelLabel(*channel))};
        } else if (found) {
            const RenderedMessage message = MessageTemplates::render(*found, messageFields);
            if (!message.missing.isEmpty()) {
                const QString field = message.missing.first();
                problems << FieldError{QStringLiteral("template"),
                                       QStringLiteral("this shipment has no %1 for the message's {%2}")
                                           .arg(QString(field).replace(QLatin1Char('_'), QLatin1Char(' ')), field)};
            }
        }
    }
    return problems;
}

QList<FieldError> EditPrecheck::fieldProblems(const EditOp &op, const json::Value &params, const ExceptionQueueRow &row,
                                              const QHash<QString, QString> &messageFields, qint64 nowMs)
{
    QList<FieldError> problems = EditCatalog::validate(op, params, nowMs);
    problems << shipmentProblems(op, params, row, messageFields);
    return problems;
}

QString EditPrecheck::joined(const QList<FieldError> &errors)
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts << (e.field.isEmpty() ? e.detail : e.field + QStringLiteral(": ") + e.detail);
    return parts.join(QStringLiteral("; "));
}

} // namespace ct
