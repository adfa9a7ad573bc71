// SPDX-License-Identifier: MIT
#include "storefailure.h"

#include <QSqlError>

namespace ct {

namespace {

thread_local StoreFailure lastFailure;

} // namespace

StoreFailure::Kind StoreFailure::ofSqliteCode(int code)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes (the low byte).
    switch (code & 0xff) {
    case 5:
    case 6:
        return Kind::Busy;
    default:
        return Kind::Other;
    }
}

StoreFailure::Kind StoreFailure::ofSqlState(const QString &sqlState)
{
    // PostgreSQL, Appendix A "Error Codes".
    if (sqlState.startsWith(QLatin1String("08")) // connection_exception and its subclasses
        || sqlState == QLatin1String("57P01")    // admin_shutdown (pg_terminate_backend, a fast shutdown)
        || sqlState == QLatin1String("57P02")    // crash_shutdown
        || sqlState == QLatin1String("57P03"))   // cannot_connect_now (starting up, shutting down)
        return Kind::ConnectionLost;
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01"))
        return Kind::Serialization;
    if (sqlState == QLatin1String("53300"))
        return Kind::TooManyConnections;
    if (sqlState == QLatin1String("55P03")     // lock_not_available (lock_timeout)
        || sqlState == QLatin1String("57014")) // query_canceled (statement_timeout)
        return Kind::Busy;
    return Kind::Other;
}

StoreFailure StoreFailure::of(const QSqlError &error, const QString &text)
{
    StoreFailure failure;
    failure.code = error.nativeErrorCode();
    failure.text = text;
    bool numeric = false;
    const int sqliteCode = failure.code.toInt(&numeric);
    if (numeric)
        failure.kind = ofSqliteCode(sqliteCode);
    else if (failure.code.size() == 5)
        failure.kind = ofSqlState(failure.code);
    else if (error.type() == QSqlError::ConnectionError || error.driverText().startsWith(QLatin1String("QPSQL:")))
        // Every error PostgreSQL itself reports has a SQLSTATE; one without came from libpq
        // on this side: the connection is gone ("server closed the connection
        // unexpectedly", "no connection to the server").
        failure.kind = Kind::ConnectionLost;
    else
        failure.kind = Kind::Other;
    return failure;
}

StoreFailure StoreFailure::last()
{
    return lastFailure;
}

void StoreFailure::record(StoreFailure failure)
{
    lastFailure = std::move(failure);
}

void StoreFailure::clear()
{
    lastFailure = StoreFailure();
}

} // namespace ct
