// SPDX-License-Identifier: MIT
#include "returnsystemedit.h"

#include "returnautoapproval.h"

#include "edits/editapplier.h"
#include "json/parser.h"
#include "store/database.h"
#include "store/sqldialect.h"
#include "store/sqlstatement.h"
#include "store/transaction.h"

namespace ct {

std::optional<int> ReturnSystemEdit::apply(const Database &db, const EditOp &op, const QList<Target> &targets,
                                           qint64 nowMs, const char *doing, QString *error, const Applied &applied)
{
    const bool postgres = db.dialect().isPostgres();
    EditApplier applier(db);
    json::Parser parser;
    int edited = 0;
    for (const Target &target : targets) {
        const std::optional<json::Value> params = parser.parse(target.params.constData(), target.params.size());
        Q_ASSERT(params);
        Transaction transaction(db.connection());
        if (!transaction.begin(error))
            return std::nullopt;
        // On PostgreSQL an agent's edit through another connection waits for this one (or
        // this one for it, and then finds the return moved on), as EditService locks.
        if (postgres) {
            auto lock = SqlStatement::prepare(db, QStringLiteral("SELECT version FROM returns WHERE id = ? FOR UPDATE"), error);
            if (!lock)
                return std::nullopt;
            lock->bind(0, target.returnId);
            if (!lock->exec(error))
                return std::nullopt;
            lock->finish();
        }
        const EditOutcome outcome = applier.apply(EntityKind::Return, target.returnId, op, *params,
                                                  ReturnAutoApproval::actor(), nowMs, EditApplier::Mode::Authoritative);
        if (outcome.status == EditOutcome::Status::InvalidTransition || outcome.status == EditOutcome::Status::NotFound)
            continue; // moved on (or gone) since it was found: not the policy's to change
        if (!outcome.ok()) {
            if (error)
                *error = QStringLiteral("%1 return %2 by the policy failed: %3")
                             .arg(QLatin1String(doing))
                             .arg(target.returnId)
                             .arg(outcome.detail);
            return std::nullopt;
        }
        if (applied && !applied(target, outcome, error))
            return std::nullopt;
        if (!transaction.commit(error))
            return std::nullopt;
        ++edited;
    }
    return edited;
}

} // namespace ct
