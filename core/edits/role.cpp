// SPDX-License-Identifier: MIT
#include "role.h"

#include <QStringList>

namespace ct {

namespace {
constexpr Role AllRoleValues[] = {Role::Agent, Role::Manager, Role::Analyst, Role::Admin};
}

QString roleCode(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Analyst:
        return QStringLiteral("analyst");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromCode(QStringView code)
{
    for (Role role : AllRoleValues) {
        if (code == roleCode(role))
            return role;
    }
    return std::nullopt;
}

QString roleSetText(RoleSet roles)
{
    QStringList names;
    for (Role role : AllRoleValues) {
        if (roles & roleBit(role))
            names << roleCode(role);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace ct
