// SPDX-License-Identifier: MIT
#include "transaction.h"

#include "qtsqlsupport.h"
#include "sqldialect.h"

namespace ct {

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin(QString *error)
{
    m_active = execSql(m_db, SqlDialect::of(m_db).beginWrite(), error);
    return m_active;
}

bool Transaction::commit(QString *error)
{
    if (!m_active)
        return false;
    if (!execSql(m_db, QStringLiteral("COMMIT"), error))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (m_active) {
        execSql(m_db, QStringLiteral("ROLLBACK"), nullptr);
        m_active = false;
    }
}

} // namespace ct
