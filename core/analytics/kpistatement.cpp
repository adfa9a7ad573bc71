// SPDX-License-Identifier: MIT
#include "kpistatement.h"

#include <QVariant>

namespace ct {

std::unique_ptr<SqlStatement> executedKpiStatement(const Database &db, const QString &sql, const QVariantList &values,
                                                   QString *error)
{
    auto q = SqlStatement::prepare(db, sql, error);
    if (!q)
        return nullptr;
    int i = 0;
    for (const QVariant &v : values) {
        if (v.typeId() == QMetaType::QString)
            q->bind(i++, v.toString());
        else
            q->bind(i++, v.toLongLong());
    }
    return q->exec(error) ? std::move(q) : nullptr;
}

} // namespace ct
