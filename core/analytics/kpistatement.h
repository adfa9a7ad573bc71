// SPDX-License-Identifier: MIT
#pragma once

#include "store/sqlstatement.h"

#include <QString>
#include <QVariantList>

#include <memory>

namespace ct {

class Database;

// Prepares `sql`, binds `values` in order (strings as text, everything else as integers:
// the analytics queries bind only cut keys and instants or day numbers) and runs it.
// nullptr with `error` on failure. The KPI engine's, the rollups' and the facts' queries.
std::unique_ptr<SqlStatement> executedKpiStatement(const Database &db, const QString &sql, const QVariantList &values,
                                                   QString *error);

} // namespace ct
