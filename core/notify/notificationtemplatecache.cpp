// SPDX-License-Identifier: MIT
#include "notificationtemplatecache.h"

#include "teamsettings/settingsreader.h"
#include "teamsettings/teamsettingsstore.h"

namespace ct {

const NotificationTemplateSet *NotificationTemplateCache::get(const Database &database, QString *error)
{
    const std::optional<TeamSetting> setting =
        TeamSettingsStore(database).read(QString::fromLatin1(NotificationTemplateSet::SettingName), error);
    if (!setting)
        return nullptr;
    if (m_set && setting->version == m_version && setting->updatedAtMs == m_updatedAtMs)
        return &*m_set;
    QList<FieldError> errors;
    m_set = NotificationTemplateSet::fromJson(setting->document, &errors);
    if (!m_set) {
        m_version = -1;
        if (error)
            *error = QStringLiteral("the stored notification templates no longer read: %1").arg(SettingsReader::describe(errors));
        return nullptr;
    }
    m_version = setting->version;
    m_updatedAtMs = setting->updatedAtMs;
    return &*m_set;
}

} // namespace ct
