// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSqlError;

namespace ct {

// What kind of store error a failure was, and the last one on this thread: core's store
// calls report errors as text (describeSqlError), and the team server must tell a failure
// worth retrying (the database busy or locked, the connection to PostgreSQL lost, a
// serialization failure, too many connections) from a broken store without showing the
// text (docs/SERVER.md, "Store failures"). Every place core turns a database error into
// text records it here, like errno: on the thread that got it, until the next one or
// clear(). A store connection belongs to one thread, so a thread's last failure is its
// connection's.
struct StoreFailure
{
    enum class Kind {
        None,               // nothing recorded since clear()
        Busy,               // SQLite busy or locked, PostgreSQL lock_not_available or a cancelled statement
        ConnectionLost,     // PostgreSQL: the connection is gone (class 08, 57P01-57P03)
        Serialization,      // PostgreSQL: serialization failure (40001) or deadlock (40P01)
        TooManyConnections, // PostgreSQL: 53300
        Other               // anything else: a broken store, a bug
    };

    Kind kind = Kind::None;
    QString code; // SQLite's (extended) result code, or PostgreSQL's SQLSTATE; may be empty
    QString text; // the error as describeSqlError wrote it

    // Worth retrying the same request a moment later.
    bool isTransient() const
    {
        return kind == Kind::Busy || kind == Kind::ConnectionLost || kind == Kind::Serialization
            || kind == Kind::TooManyConnections;
    }

    // The kind of a QtSql error: by its native code (SQLite result codes are numbers,
    // PostgreSQL's SQLSTATEs five characters). A QPSQL error without a SQLSTATE (libpq's
    // own, not the server's) is a lost connection.
    static StoreFailure of(const QSqlError &error, const QString &text);
    // The kind of an SQLite result code (primary or extended).
    static Kind ofSqliteCode(int code);
    // The kind of a PostgreSQL SQLSTATE.
    static Kind ofSqlState(const QString &sqlState);

    // This thread's last recorded failure (kind None when nothing since clear()).
    static StoreFailure last();
    static void record(StoreFailure failure);
    static void clear();
};

} // namespace ct
