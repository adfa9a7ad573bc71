// SPDX-License-Identifier: MIT
#include "auditentry.h"

#include "json/jsonwriter.h"
#include "store/database.h"
#include "store/qtsqlsupport.h"

#include <QSqlQuery>

namespace ct::server {

bool AuditEntry::append(const Database &database, QString *error, const QString &role) const
{
    json::Writer changed;
    changed.beginArray();
    for (const FieldChange &change : changes)
        changed.beginObject().key("field").value(change.field).key("from").raw(change.from).key("to").raw(change.to).endObject();
    changed.endArray();
    QSqlQuery audit(database.connection());
    if (!prepare(audit, QStringLiteral("INSERT INTO audit_log(at_ms, actor, role, entity, entity_id, op, params, "
                                       "changes, idempotency_key, version_before, version_after) "
                                       "VALUES(?,?,?,?,?,?,?,?,?,?,?)"), error))
        return false;
    const QVariant values[] = {atMs, user.name, role.isEmpty() ? roleCode(user.role) : role, entity, entityId, op, QString::fromUtf8(params),
                               QString::fromUtf8(changed.data()), sqlText(idempotencyKey), versionBefore, versionAfter};
    for (int i = 0; i < static_cast<int>(std::size(values)); ++i)
        bind(audit, i, values[i]);
    return execPrepared(audit, error);
}

} // namespace ct::server
