// SPDX-License-Identifier: MIT
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace ct {

// One typed, persisted setting: its key and default live together, declared once in
// appsettings.h (Tiled's Preference<T>, qBittorrent's SettingValue<T>).
template<typename T>
class Setting final
{
public:
    Setting(const char *key, T defaultValue) : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue)) {}

    T value() const
    {
        const QVariant v = QSettings().value(m_key);
        if (!v.isValid() || !v.canConvert<T>())
            return m_default;
        return v.value<T>();
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace ct
