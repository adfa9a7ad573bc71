// SPDX-License-Identifier: MIT
#include "teamsettingdraft.h"

namespace ct {

void TeamSettingDraft::setServerErrors(const QList<FieldError> &errors)
{
    m_errors = errors;
    Q_EMIT changed();
}

QStringList TeamSettingDraft::errorsAt(const QString &path) const
{
    QStringList found;
    for (const FieldError &e : m_errors) {
        if (path.isEmpty()) {
            if (e.field.isEmpty())
                found << e.detail;
            continue;
        }
        const bool inside = e.field == path
            || (e.field.startsWith(path) && (e.field.at(path.size()) == QLatin1Char('.') || e.field.at(path.size()) == QLatin1Char('[')));
        if (inside)
            found << e.detail;
    }
    return found;
}

} // namespace ct
