// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rulesconfig.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ct {

// The exception rules the desktop runs (exception refresh, feed polls): the JSON of
// AppSettings::RulesJson, the format `controltower-cli --rules FILE` reads. Only JSON that
// reads is ever saved, so the rules in force are always whole.
class RulesSetting final
{
public:
    // The saved rules; the defaults when none are saved (or, should the saved JSON no
    // longer read, with `problem` saying why).
    static RulesConfig value(QString *problem = nullptr);
    // The saved JSON; empty for the defaults.
    static QByteArray json();
    // Saves `json` when it reads (empty or blank: back to the defaults); otherwise keeps
    // the rules in force and returns the located error (RulesConfig::fromJson's).
    static std::optional<QString> save(const QByteArray &json);
};

} // namespace ct
