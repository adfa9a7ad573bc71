// SPDX-License-Identifier: MIT
#include "rulessetting.h"

#include "appsettings.h"

namespace ct {

RulesConfig RulesSetting::value(QString *problem)
{
    const QByteArray saved = json();
    if (saved.trimmed().isEmpty())
        return {};
    QString error;
    if (auto rules = RulesConfig::fromJson(saved, &error))
        return *rules;
    if (problem)
        *problem = QStringLiteral("the saved exception rules no longer read (%1); the defaults apply").arg(error);
    return {};
}

QByteArray RulesSetting::json()
{
    return AppSettings::RulesJson.value();
}

std::optional<QString> RulesSetting::save(const QByteArray &json)
{
    if (json.trimmed().isEmpty()) {
        AppSettings::RulesJson.reset();
        return std::nullopt;
    }
    QString error;
    if (!RulesConfig::fromJson(json, &error))
        return error;
    AppSettings::RulesJson.setValue(json);
    return std::nullopt;
}

} // namespace ct
