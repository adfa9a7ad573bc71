// SPDX-License-Identifier: MIT
#pragma once

#include "sqlstatement.h"

#include <QSqlQuery>

namespace ct {

// SqlStatement on QtSql: works with every Qt SQL driver.
class QtSqlStatement final : public SqlStatement
{
public:
    static std::unique_ptr<SqlStatement> prepare(const QSqlDatabase &db, const QString &sql, QString *error);

    void bind(int index, qint64 value) override;
    void bind(int index, const QString &text) override;
    void bindBlob(int index, const QByteArray &blob) override;
    void bindNull(int index) override;
    bool exec(QString *error) override;
    bool next() override;
    bool isNull(int column) const override;
    qint64 int64(int column) const override;
    QString text(int column) const override;
    QByteArray blob(int column) const override;
    int changes() const override;
    qint64 lastInsertId() const override;
    void finish() override;

protected:
    void detach() override;

private:
    explicit QtSqlStatement(const QSqlDatabase &db) : m_query(db) {}
    QSqlQuery m_query;
    bool m_returnsId = false; // INSERT ... RETURNING id (SqlDialect::returningId)
    qint64 m_insertedId = 0;
};

} // namespace ct
