// SPDX-License-Identifier: MIT
#pragma once

#include "edits/editcatalog.h"
#include "edits/role.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>
#include <span>

namespace ct {

// One kind of team setting: its name (the URL segment of /v1/settings/{name}), who may
// change it, how its document is checked and put in normal form, and the document in force
// before anyone saved one. A new shared setting (the exception rules' RulesConfig, say) is
// one more entry here: the store, the server's routes, the change feed and the client
// carry it with no other change.
struct TeamSettingKind
{
    const char *name;    // "assignment"
    const char *summary; // one line for help texts
    RoleSet writers;     // who may save it; everyone may read it
    // The document in normal form (members in order, defaults written out), or nullopt
    // with every error by its path.
    std::optional<QByteArray> (*normalize)(QByteArrayView document, QList<FieldError> *errors);
    QByteArray (*defaults)();
};

class TeamSettingKinds final
{
public:
    static std::span<const TeamSettingKind> all();
    static const TeamSettingKind *find(QStringView name);
    // "assignment, return_policy", for messages.
    static QString names();
};

} // namespace ct
