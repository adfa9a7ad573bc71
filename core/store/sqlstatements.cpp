// SPDX-License-Identifier: MIT
#include "sqlstatements.h"

namespace ct {

QString describeSqlError(const QSqlError &error, const QString &statement)
{
    QString text = error.driverText();
    if (!error.databaseText().isEmpty() && error.databaseText() != text)
        text = text.isEmpty() ? error.databaseText() : text + QStringLiteral(": ") + error.databaseText();
    if (text.isEmpty())
        text = QStringLiteral("unknown database error");
    if (!statement.isEmpty())
        text += QStringLiteral(" (while: %1)").arg(statement.simplified().left(80));
    return text;
}

bool execSql(const QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    if (error)
        *error = describeSqlError(query.lastError(), statement);
    return false;
}

bool execPrepared(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = describeSqlError(query.lastError(), query.lastQuery());
    return false;
}

bool prepare(QSqlQuery &query, const QString &statement, QString *error)
{
    if (query.prepare(statement))
        return true;
    if (error)
        *error = describeSqlError(query.lastError(), statement);
    return false;
}

} // namespace ct
