// SPDX-License-Identifier: MIT
#include "returnpolicyinforce.h"

#include "teamsettings/teamsettingsstore.h"

namespace ct {

ReturnPolicy ReturnPolicyInForce::read(const Database &database, QString *problem)
{
    QString error;
    const std::optional<TeamSetting> setting = TeamSettingsStore(database).read(u"return_policy", &error);
    if (!setting) {
        if (problem)
            *problem = QStringLiteral("the return policy could not be read (%1); the default policy applies").arg(error);
        return ReturnPolicy::defaults();
    }
    if (setting->isDefault())
        return ReturnPolicy::defaults();
    if (std::optional<ReturnPolicy> policy = ReturnPolicy::fromJson(setting->document, &error))
        return *policy;
    if (problem)
        *problem = QStringLiteral("the team's return policy (version %1) does not read here (%2); the default policy "
                                  "applies")
                       .arg(setting->version)
                       .arg(error.section(QLatin1Char('\n'), 0, 0));
    return ReturnPolicy::defaults();
}

} // namespace ct
