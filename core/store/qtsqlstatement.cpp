// SPDX-License-Identifier: MIT
#include "qtsqlstatement.h"

#include "qtsqlsupport.h"
#include "sqldialect.h"

#include <QVariant>

namespace ct {

std::unique_ptr<SqlStatement> QtSqlStatement::prepare(const QSqlDatabase &db, const QString &sql, QString *error)
{
    std::unique_ptr<QtSqlStatement> s(new QtSqlStatement(db));
    if (!ct::prepare(s->m_query, sql, error))
        return nullptr;
    s->m_returnsId = sql.endsWith(SqlDialect::postgres().returningId());
    return s;
}

void QtSqlStatement::bind(int index, qint64 value)
{
    ct::bind(m_query, index, value);
}

void QtSqlStatement::bind(int index, const QString &text)
{
    ct::bind(m_query, index, sqlText(text));
}

void QtSqlStatement::bindBlob(int index, const QByteArray &blob)
{
    ct::bind(m_query, index, blob.isNull() ? QByteArray("") : blob);
}

void QtSqlStatement::bindNull(int index)
{
    ct::bind(m_query, index, QVariant(QMetaType::fromType<qint64>()));
}

bool QtSqlStatement::exec(QString *error)
{
    if (!isAttached()) {
        if (error)
            *error = detachedError();
        return false;
    }
    if (!execPrepared(m_query, error))
        return false;
    if (m_returnsId) {
        m_insertedId = insertedId(m_query);
        m_query.finish();
    }
    return true;
}

bool QtSqlStatement::next()
{
    return m_query.next();
}

bool QtSqlStatement::isNull(int column) const
{
    return m_query.isNull(column);
}

qint64 QtSqlStatement::int64(int column) const
{
    return m_query.value(column).toLongLong();
}

QString QtSqlStatement::text(int column) const
{
    return m_query.value(column).toString();
}

QByteArray QtSqlStatement::blob(int column) const
{
    return m_query.value(column).toByteArray();
}

int QtSqlStatement::changes() const
{
    return m_query.numRowsAffected();
}

qint64 QtSqlStatement::lastInsertId() const
{
    return m_returnsId ? m_insertedId : m_query.lastInsertId().toLongLong();
}

void QtSqlStatement::finish()
{
    m_query.finish();
}

void QtSqlStatement::detach()
{
    // A QSqlQuery holds its connection open (QSqlDatabase::removeDatabase would warn that
    // it is still in use); a default one holds nothing.
    m_query = QSqlQuery();
}

} // namespace ct
