// SPDX-License-Identifier: MIT
#include "migrationlock.h"

#include "qtsqlsupport.h"
#include "sqldialect.h"

namespace ct {

MigrationLock::MigrationLock(const QSqlDatabase &db)
    : m_db(db)
{
    if (!SqlDialect::of(db).isPostgres())
        return;
    m_held = execSql(db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(Key), &m_error);
    if (!m_held && m_error.isEmpty())
        m_error = QStringLiteral("cannot take the migration lock");
}

MigrationLock::~MigrationLock()
{
    if (m_held)
        execSql(m_db, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(Key), nullptr);
}

} // namespace ct
