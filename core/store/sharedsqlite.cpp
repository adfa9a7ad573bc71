// SPDX-License-Identifier: MIT
#include "sharedsqlite.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#if defined(__linux__)
#include <dlfcn.h>
#include <link.h>

#include <cstring>
#endif

namespace ct {

namespace {

#if defined(__linux__)
// True when the loaded QSQLITE plugin resolves sqlite3's API to the very library core
// uses. A plugin with a private SQLite copy exports no sqlite3 symbols and fails this.
bool pluginUsesOurSqlite()
{
    struct Search
    {
        std::string path;
    } search;
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *data) -> int {
            if (info->dlpi_name && std::strstr(info->dlpi_name, "qsqlite")) {
                static_cast<Search *>(data)->path = info->dlpi_name;
                return 1;
            }
            return 0;
        },
        &search);
    if (search.path.empty())
        return false;
    void *plugin = dlopen(search.path.c_str(), RTLD_LAZY | RTLD_NOLOAD);
    if (!plugin)
        return false;
    void *theirs = dlsym(plugin, "sqlite3_libversion_number");
    void *ours = dlsym(RTLD_DEFAULT, "sqlite3_libversion_number");
    dlclose(plugin);
    return theirs && ours && theirs == ours;
}
#endif

} // namespace

sqlite3 *sharedSqliteHandle(const QSqlDatabase &db)
{
    if (qEnvironmentVariableIsSet("CT_SQLITE_NATIVE") && qEnvironmentVariableIntValue("CT_SQLITE_NATIVE") == 0)
        return nullptr;
#if defined(__linux__)
    static const bool shared = pluginUsesOurSqlite();
    if (!shared || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

} // namespace ct
