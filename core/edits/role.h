// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ct {

// What a team member may do (docs/API.md): agents work exceptions and returns, managers
// also refund, analysts only read, admins also manage users.
enum class Role : quint8 { Agent = 0, Manager = 1, Analyst = 2, Admin = 3 };

// A set of roles as bits (1 << Role).
using RoleSet = quint8;
constexpr RoleSet roleBit(Role role) { return static_cast<RoleSet>(1u << static_cast<unsigned>(role)); }
inline constexpr RoleSet AllRoles = 0x0F;

QString roleCode(Role role); // "agent"
std::optional<Role> roleFromCode(QStringView code);
// "agent, manager" in role order.
QString roleSetText(RoleSet roles);

} // namespace ct
