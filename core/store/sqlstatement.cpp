// SPDX-License-Identifier: MIT
#include "sqlstatement.h"

#include "database.h"
#include "nativesqlitestatement.h"
#include "qtsqlstatement.h"

namespace ct {

std::unique_ptr<SqlStatement> SqlStatement::prepare(const Database &database, const QString &sql, QString *error)
{
    if (sqlite3 *native = database.nativeSqlite())
        return NativeSqliteStatement::prepare(native, sql, error);
    return QtSqlStatement::prepare(database.connection(), sql, error);
}

} // namespace ct
