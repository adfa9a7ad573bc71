# Installers through CPack (docs/PACKAGING.md). Linux: one .deb and one .rpm per product
# component, made from any build of this tree:
#     cpack --config build/ci/CPackConfig.cmake -G DEB      (or -G RPM)
# and checked by packaging/check-linux-packages.sh. Windows (NSIS) and macOS (DragNDrop)
# packages are made on those platforms, after windeployqt/macdeployqt has placed the Qt
# libraries and plugins next to the executables at install time
# (packaging/PlatformInstallers.cmake; built by .github/workflows/installers.yml).
#
# Components: `desktop` (the app and controltower-cli) and `server` (controltower-server
# with its systemd service and config). The carrier simulator is a test tool: it installs
# into the `simulator` component, which no package carries.
include(GNUInstallDirs)

set(CT_PACKAGE_VERSION "${PROJECT_VERSION}" CACHE STRING "Version of the packages (default: the project's)")
set(CT_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})

if(UNIX AND NOT APPLE)
    install(FILES ${CT_PACKAGING_DIR}/linux/io.controltower.ControlTower.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT desktop)
    install(FILES ${CT_PACKAGING_DIR}/linux/io.controltower.ControlTower.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT desktop)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/controltower.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME io.controltower.ControlTower.svg COMPONENT desktop)
    foreach(size 32 64 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/controltower-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME io.controltower.ControlTower.png COMPONENT desktop)
    endforeach()

    # The team server: its service, its config (a conffile: an upgrade keeps the admin's
    # changes), and its documentation.
    install(FILES ${CT_PACKAGING_DIR}/linux/server/controltower-server.service
            DESTINATION /lib/systemd/system COMPONENT server)
    install(FILES ${CT_PACKAGING_DIR}/linux/server/server.json
            DESTINATION /etc/controltower COMPONENT server)
    install(FILES ${PROJECT_SOURCE_DIR}/docs/SERVER.md ${PROJECT_SOURCE_DIR}/docs/API.md
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/controltower-server COMPONENT server)

    # Debian policy: a copyright file and a compressed changelog in each package's doc
    # folder (gzip -9n: no name, no time, so the package is reproducible).
    find_program(CT_GZIP gzip)
    if(CT_GZIP)
        set(changelog ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz)
        add_custom_command(OUTPUT ${changelog}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging
            COMMAND ${CT_GZIP} -9nc ${CT_PACKAGING_DIR}/linux/debian/changelog > ${changelog}
            DEPENDS ${CT_PACKAGING_DIR}/linux/debian/changelog
            VERBATIM)
        add_custom_target(ct_package_changelog ALL DEPENDS ${changelog})
        foreach(component desktop server)
            set(package controltower)
            if(component STREQUAL "server")
                set(package controltower-server)
            endif()
            install(FILES ${changelog} ${CT_PACKAGING_DIR}/linux/debian/copyright
                    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
        endforeach()
    endif()
endif()

set(CPACK_PACKAGE_NAME "controltower")
set(CPACK_PACKAGE_VENDOR "Control Tower")
set(CPACK_PACKAGE_CONTACT "Control Tower maintainers <maintainers@controltower.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Post-purchase logistics control tower: every parcel across every carrier")
set(CPACK_PACKAGE_VERSION ${CT_PACKAGE_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://controltower.invalid/")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Control Tower")
set(CPACK_PACKAGE_EXECUTABLES "controltower;Control Tower")
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL desktop server)
set(CPACK_COMPONENT_DESKTOP_DISPLAY_NAME "Control Tower")
set(CPACK_COMPONENT_DESKTOP_DESCRIPTION
    "The desktop app and controltower-cli: every parcel across every carrier, delivery exceptions, returns.")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Control Tower team server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "controltower-server: the team's shared store, its change feed and edits over HTTP, as a systemd service.")
# Absolute destinations (/etc, /lib/systemd) are meant: the packages own those files.
set(CPACK_WARN_ON_ABSOLUTE_INSTALL_DESTINATION OFF)

# Debian: one package per component; shlibdeps finds the libraries, and what it cannot see
# (Qt's SQL drivers and platform plugins, loaded at run time) is listed by hand.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME "controltower")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION "x11")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION "Post-purchase logistics control tower
 Control Tower gathers carriers' tracking feeds into one local store,
 translates every carrier status into one status language, and detects
 delivery exceptions (failed attempts, delays, stuck parcels, address
 problems, damage, loss, customs holds, returns to origin) with SLAs and
 priorities, for agents to act on. This package holds the desktop app and
 the controltower-cli command-line tool.")
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "controltower-server")
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6sql6-psql, libcurl4")
set(CPACK_DEBIAN_SERVER_DESCRIPTION "Control Tower team server
 controltower-server keeps a team's shared Control Tower store (SQLite, or
 PostgreSQL), serves its change feed and takes agents' edits over HTTP with
 roles, an audit trail and idempotent retries. It runs as the systemd
 service controltower-server, as the system user controltower, with its
 store in /var/lib/controltower and its config in /etc/controltower.")
configure_file(${CT_PACKAGING_DIR}/linux/debian/conffiles.in ${CMAKE_CURRENT_BINARY_DIR}/packaging/server/conffiles @ONLY)
foreach(script postinst prerm postrm)
    configure_file(${CT_PACKAGING_DIR}/linux/debian/${script} ${CMAKE_CURRENT_BINARY_DIR}/packaging/server/${script} COPYONLY)
endforeach()
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_BINARY_DIR}/packaging/server/conffiles ${CMAKE_CURRENT_BINARY_DIR}/packaging/server/postinst
    ${CMAKE_CURRENT_BINARY_DIR}/packaging/server/prerm ${CMAKE_CURRENT_BINARY_DIR}/packaging/server/postrm)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# RPM: the same split.
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_URL ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_RPM_DESKTOP_PACKAGE_NAME "controltower")
set(CPACK_RPM_DESKTOP_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_DESKTOP_PACKAGE_REQUIRES "qt6-qtbase-gui")
set(CPACK_RPM_SERVER_PACKAGE_NAME "controltower-server")
set(CPACK_RPM_SERVER_PACKAGE_GROUP "System Environment/Daemons")
set(CPACK_RPM_SERVER_PACKAGE_REQUIRES "qt6-qtbase, qt6-qtbase-postgresql, shadow-utils, libcurl")
set(CPACK_RPM_SERVER_USER_FILELIST "%config(noreplace) /etc/controltower/server.json")
set(CPACK_RPM_SERVER_POST_INSTALL_SCRIPT_FILE ${CT_PACKAGING_DIR}/linux/rpm/server-post.sh)
set(CPACK_RPM_SERVER_PRE_UNINSTALL_SCRIPT_FILE ${CT_PACKAGING_DIR}/linux/rpm/server-preun.sh)
set(CPACK_RPM_SERVER_POST_UNINSTALL_SCRIPT_FILE ${CT_PACKAGING_DIR}/linux/rpm/server-postun.sh)
# Directories other packages own.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION /etc /lib /lib/systemd /lib/systemd/system
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/doc)

set(CPACK_NSIS_DISPLAY_NAME "Control Tower")
set(CPACK_NSIS_PACKAGE_NAME "Control Tower")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
include(${CT_PACKAGING_DIR}/PlatformInstallers.cmake)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;WIX;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;RPM")
endif()
include(CPack)
