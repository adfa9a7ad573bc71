// SPDX-License-Identifier: MIT
#pragma once

#include "returns/returnpolicy.h"

#include <QString>

namespace ct {

class Database;

// The return policy returns are judged by: the team setting "return_policy"
// (docs/RETURNS.md, "The policy in force"), saved in a standalone store or pulled from the
// team server with the other team settings. Never saved, it is ReturnPolicy::defaults().
// Should the stored document not read (saved by a newer build) or the store fail, the
// defaults apply and `problem` says why, so a view always has a whole policy to judge by.
class ReturnPolicyInForce final
{
public:
    static ReturnPolicy read(const Database &database, QString *problem = nullptr);
};

} // namespace ct
