// SPDX-License-Identifier: MIT
#include "teamsettingsstore.h"

#include "teamsettingkind.h"

#include "json/jsonvalue.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"
#include "store/sqldialect.h"
#include "store/transaction.h"

#include <QSqlQuery>

namespace ct {

TeamSettingsStore::TeamSettingsStore(const Database &database)
    : m_database(database)
{
}

namespace {

// The row `query` (id, name, document, version, updated_at_ms, updated_by) stands on.
TeamSetting settingAt(const QSqlQuery &query)
{
    TeamSetting setting;
    setting.id = query.value(0).toLongLong();
    setting.name = query.value(1).toString();
    setting.document = query.value(2).toString().toUtf8();
    setting.version = query.value(3).toLongLong();
    setting.updatedAtMs = query.value(4).toLongLong();
    setting.updatedBy = query.value(5).toString();
    return setting;
}

const QString Columns = QStringLiteral("id, name, document, version, updated_at_ms, updated_by");

} // namespace

std::optional<TeamSetting> TeamSettingsStore::read(QStringView name, QString *error) const
{
    const TeamSettingKind *kind = TeamSettingKinds::find(name);
    if (!kind) {
        if (error)
            *error = QStringLiteral("there is no team setting \"%1\"; the settings are %2")
                         .arg(name.toString(), TeamSettingKinds::names());
        return std::nullopt;
    }
    QSqlQuery query(m_database.connection());
    if (!prepare(query, QStringLiteral("SELECT %1 FROM team_settings WHERE name = ?").arg(Columns), error))
        return std::nullopt;
    bind(query, 0, name.toString());
    if (!execPrepared(query, error))
        return std::nullopt;
    if (query.next())
        return settingAt(query);
    TeamSetting setting;
    setting.name = QLatin1String(kind->name);
    setting.document = kind->defaults();
    return setting;
}

std::optional<TeamSetting> TeamSettingsStore::readId(qint64 id, QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!prepare(query, QStringLiteral("SELECT %1 FROM team_settings WHERE id = ?").arg(Columns), error))
        return std::nullopt;
    bind(query, 0, id);
    if (!execPrepared(query, error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            error->clear();
        return std::nullopt;
    }
    return settingAt(query);
}

TeamSettingsStore::PutOutcome TeamSettingsStore::put(QStringView name, QByteArrayView document, qint64 baseVersion,
                                                     const QString &actor, qint64 nowMs)
{
    PutOutcome outcome;
    const TeamSettingKind *kind = TeamSettingKinds::find(name);
    const std::optional<TeamSetting> current = read(name, &outcome.detail);
    if (!current) {
        outcome.status = kind ? PutOutcome::Status::StoreError : PutOutcome::Status::UnknownSetting;
        return outcome;
    }
    outcome.setting = *current;
    const std::optional<QByteArray> normal = kind->normalize(document, &outcome.errors);
    if (!normal) {
        outcome.status = PutOutcome::Status::Invalid;
        return outcome;
    }
    if (current->version != baseVersion) {
        outcome.status = PutOutcome::Status::VersionMismatch;
        outcome.detail = QStringLiteral("the %1 settings are at version %2, but the change was made on version %3; "
                                        "%4 saved them since")
                             .arg(current->name).arg(current->version).arg(baseVersion)
                             .arg(current->updatedBy.isEmpty() ? QStringLiteral("someone") : current->updatedBy);
        return outcome;
    }
    TeamSetting next = *current;
    next.document = *normal;
    next.version = current->version + 1;
    next.updatedAtMs = nowMs;
    next.updatedBy = actor;
    QSqlQuery write(m_database.connection());
    const bool isNew = current->id == 0;
    const QString sql = isNew ? QStringLiteral("INSERT INTO team_settings(name, document, version, updated_at_ms, "
                                               "updated_by) VALUES(?,?,?,?,?)") + m_database.dialect().returningId()
                              : QStringLiteral("UPDATE team_settings SET name = ?, document = ?, version = ?, "
                                               "updated_at_ms = ?, updated_by = ? WHERE id = ?");
    if (!prepare(write, sql, &outcome.detail))
        return outcome;
    bind(write, 0, next.name);
    bind(write, 1, QString::fromUtf8(next.document));
    bind(write, 2, next.version);
    bind(write, 3, next.updatedAtMs);
    bind(write, 4, sqlText(next.updatedBy));
    if (!isNew)
        bind(write, 5, next.id);
    if (!execPrepared(write, &outcome.detail))
        return outcome;
    if (isNew)
        next.id = insertedId(write);
    outcome.before = *current;
    outcome.setting = next;
    outcome.status = PutOutcome::Status::Saved;
    return outcome;
}

TeamSettingsStore::PutOutcome TeamSettingsStore::save(QStringView name, QByteArrayView document, qint64 baseVersion,
                                                      const QString &actor, qint64 nowMs)
{
    Transaction transaction(m_database.connection());
    PutOutcome outcome;
    if (!transaction.begin(&outcome.detail))
        return outcome;
    outcome = put(name, document, baseVersion, actor, nowMs);
    if (outcome.ok() && !transaction.commit(&outcome.detail)) {
        outcome.status = PutOutcome::Status::StoreError;
        outcome.setting = outcome.before;
    }
    return outcome;
}

bool TeamSettingsStore::applyReplica(const json::Value &data, QString *error)
{
    const std::optional<TeamSetting> setting = TeamSetting::fromRepresentation(data, error);
    return setting && applyReplica(*setting, error);
}

bool TeamSettingsStore::applyReplica(const TeamSetting &setting, QString *error)
{
    const TeamSetting *incoming = &setting;
    QSqlQuery stored(m_database.connection());
    if (!prepare(stored, QStringLiteral("SELECT version FROM team_settings WHERE name = ?"), error))
        return false;
    bind(stored, 0, incoming->name);
    if (!execPrepared(stored, error))
        return false;
    if (incoming->version > 0 && stored.next() && stored.value(0).toLongLong() > incoming->version)
        return true; // ours is newer: an old page read again
    stored.finish();
    // The server's row, under the server's id (a replica's ids are the server's).
    QSqlQuery remove(m_database.connection());
    if (!prepare(remove, QStringLiteral("DELETE FROM team_settings WHERE name = ? OR id = ?"), error))
        return false;
    bind(remove, 0, incoming->name);
    bind(remove, 1, incoming->id);
    if (!execPrepared(remove, error))
        return false;
    if (incoming->version == 0)
        return true; // never saved on the server: its default is in force
    QSqlQuery insert(m_database.connection());
    if (!prepare(insert, QStringLiteral("INSERT INTO team_settings(id, name, document, version, updated_at_ms, "
                                        "updated_by) VALUES(?,?,?,?,?,?)"), error))
        return false;
    bind(insert, 0, incoming->id);
    bind(insert, 1, incoming->name);
    bind(insert, 2, QString::fromUtf8(incoming->document));
    bind(insert, 3, incoming->version);
    bind(insert, 4, incoming->updatedAtMs);
    bind(insert, 5, sqlText(incoming->updatedBy));
    return execPrepared(insert, error);
}

bool TeamSettingsStore::clear(QString *error)
{
    return execSql(m_database.connection(), QStringLiteral("DELETE FROM team_settings"), error);
}

} // namespace ct
