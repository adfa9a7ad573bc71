// SPDX-License-Identifier: MIT
#include "editbatch.h"

#include "editmacros.h"
#include "editprecheck.h"
#include "json/parser.h"
#include "queue/exceptionqueuequery.h"
#include "store/shipmentdetail.h"
#include "templates/messagetemplates.h"

#include <algorithm>

namespace ct {

int BatchResult::refusedCount() const
{
    return static_cast<int>(std::count_if(items.begin(), items.end(), [](const BatchItem &i) { return !i.ok(); }));
}

int BatchResult::appliedCount() const
{
    return static_cast<int>(items.size()) - refusedCount();
}

EditBatch::EditBatch(const Database &database)
    : m_database(database)
{
}

BatchResult EditBatch::run(const QList<qint64> &exceptionIds, const QList<MacroStep> &steps, const BatchContext &context)
{
    BatchResult result;
    ExceptionQueueQuery queue(m_database);
    LocalEdits edits(m_database);
    const ExceptionQueueContext queueContext{context.nowMs, context.actor};
    const bool needsMessageFields = std::any_of(steps.begin(), steps.end(), [](const MacroStep &s) {
        return s.op == QLatin1String("contact_customer");
    });
    for (const qint64 id : exceptionIds) {
        BatchItem item;
        item.exceptionId = id;
        QString error;
        std::optional<ExceptionQueueRow> row = queue.row(id, queueContext, &error);
        const auto refuse = [&](int step, const QString &why) {
            item.refusedOp = steps.value(step).op;
            item.refusal = why;
            for (int later = step + 1; later < steps.size(); ++later)
                item.notTried << steps.at(later).op;
        };
        if (!row) {
            refuse(0, error.isEmpty() ? QStringLiteral("the exception is no longer in the store") : error);
            result.items << item;
            continue;
        }
        item.trackingNumber = row->trackingNumber;
        QHash<QString, QString> messageFields;
        if (needsMessageFields) {
            const auto shipment = ShipmentDetailQuery(m_database).load(row->shipmentId, &error);
            if (shipment)
                messageFields = MessageTemplates::fieldsOf(*shipment);
        }
        for (int i = 0; i < steps.size(); ++i) {
            const MacroStep &step = steps.at(i);
            const EditOp *op = EditCatalog::find(EntityKind::Exception, step.op);
            if (!op) {
                refuse(i, QStringLiteral("\"%1\" is not an exception edit").arg(step.op));
                break;
            }
            if (const QString role = EditPrecheck::roleProblem(*op, context.role); !role.isEmpty()) {
                refuse(i, role);
                break;
            }
            const auto params = EditMacros::resolve(step, context.nowMs, context.today, row->carrier, &error);
            if (!params) {
                refuse(i, error);
                break;
            }
            json::Parser parser;
            const auto values = parser.parse(params->constData(), params->size());
            if (const QString why = EditPrecheck::notApplicable(*op, &*values, *row, context.actor); !why.isEmpty()) {
                refuse(i, why);
                break;
            }
            const QList<FieldError> problems = EditPrecheck::fieldProblems(*op, *values, *row, messageFields, context.nowMs);
            if (!problems.isEmpty()) {
                refuse(i, EditPrecheck::joined(problems));
                item.errors = problems;
                break;
            }
            LocalEdit made;
            const EditOutcome outcome = edits.make(EntityKind::Exception, id, *op, *params, context.actor, context.nowMs, &made);
            if (!outcome.ok()) {
                refuse(i, outcome.errors.isEmpty() ? outcome.detail : EditPrecheck::joined(outcome.errors));
                item.errors = outcome.errors;
                break;
            }
            result.made << made;
            item.applied << step.op;
            // The next step is judged on the exception as this one left it.
            if (i + 1 < steps.size()) {
                row = queue.row(id, queueContext, &error);
                if (!row) {
                    refuse(i + 1, error.isEmpty() ? QStringLiteral("the exception is no longer in the store") : error);
                    break;
                }
            }
        }
        result.items << item;
    }
    return result;
}

} // namespace ct
