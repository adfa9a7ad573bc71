// SPDX-License-Identifier: MIT
#include "qtsqlsupport.h"

#include "storefailure.h"

#include <array>

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
    StoreFailure::record(StoreFailure::of(error, text));
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

qint64 insertedId(QSqlQuery &query)
{
    if (query.isSelect())
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.lastInsertId().toLongLong();
}

namespace {

constexpr int MaxPlaceholders = 512;

const QString &placeholderName(int index)
{
    static const auto names = [] {
        std::array<QString, MaxPlaceholders> n;
        for (int i = 0; i < MaxPlaceholders; ++i)
            n[static_cast<size_t>(i)] = QStringLiteral(":p%1").arg(i);
        return n;
    }();
    Q_ASSERT(index >= 0 && index < MaxPlaceholders);
    return names[static_cast<size_t>(index)];
}

// '?' outside string literals -> :p0, :p1, ...
QString withNamedPlaceholders(const QString &statement)
{
    QString out;
    out.reserve(statement.size() + 64);
    int next = 0;
    bool inString = false;
    for (QChar c : statement) {
        if (c == QLatin1Char('\''))
            inString = !inString;
        if (c == QLatin1Char('?') && !inString)
            out += placeholderName(next++);
        else
            out += c;
    }
    return out;
}

} // namespace

bool prepare(QSqlQuery &query, const QString &statement, QString *error)
{
    query.setForwardOnly(true);
    if (query.prepare(withNamedPlaceholders(statement)))
        return true;
    if (error)
        *error = describeSqlError(query.lastError(), statement);
    return false;
}

void bind(QSqlQuery &query, int index, const QVariant &value)
{
    query.bindValue(placeholderName(index), value);
}

} // namespace ct
