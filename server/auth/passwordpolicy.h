// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace ct::server {

// What a new user's password must be (NIST SP 800-63B's advice, roughly): at least 12
// characters, not only whitespace, not the user name, and not one of the common passwords
// bundled with the server (server/auth/commonpasswords.txt, compared in lower case).
class PasswordPolicy final
{
public:
    static constexpr int MinimumLength = 12;

    // nullopt when `password` is acceptable for user `name`; otherwise why not, as a
    // sentence that starts with "the password".
    static std::optional<QString> problem(const QString &name, const QString &password);
    // How many common passwords are bundled (for tests: the resource is there).
    static int commonPasswordCount();
};

} // namespace ct::server
