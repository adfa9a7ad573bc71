// SPDX-License-Identifier: MIT
#include "sqlstatement.h"

#include "database.h"
#include "nativesqlitestatement.h"
#include "qtsqlstatement.h"

namespace ct {

SqlStatement::~SqlStatement()
{
    if (m_database)
        m_database->forget(this);
}

std::unique_ptr<SqlStatement> SqlStatement::prepare(const Database &database, const QString &sql, QString *error)
{
    std::unique_ptr<SqlStatement> statement = database.nativeSqlite()
        ? NativeSqliteStatement::prepare(database.nativeSqlite(), sql, error)
        : QtSqlStatement::prepare(database.connection(), sql, error);
    if (statement) {
        statement->m_sql = sql;
        statement->m_database = &database;
        database.track(statement.get());
    }
    return statement;
}

QString SqlStatement::detachedError() const
{
    return QStringLiteral("the store connection is closed; the statement outlived it (while: %1)").arg(m_sql.simplified().left(80));
}

} // namespace ct
