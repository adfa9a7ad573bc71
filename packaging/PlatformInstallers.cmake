# Windows and macOS installers (docs/PACKAGING.md, "Windows and macOS"), included by
# packaging/Packaging.cmake before CPack. The Qt libraries and plugins are placed next to
# the executables at install time by Qt's own deployment tools, so `cmake --install` and
# every CPack generator get a self-contained tree:
#   Windows: windeployqt into bin/, the other DLLs the executables need (QtKeychain,
#            zstd, simdjson, libxlsxwriter, SQLite, from CT_RUNTIME_DLL_DIRS) beside them,
#            and the MSVC runtime (InstallRequiredSystemLibraries); then an NSIS installer
#            (Start-menu entry, uninstaller, per-machine, or per-user without admin rights)
#            and an MSI (WiX; CT_WINDOWS_INSTALL_SCOPE perMachine or perUser).
#   macOS:   controltower.app with controltower-cli and controltower-report inside
#            Contents/MacOS, macdeployqt over the bundle, then a DragNDrop DMG with an
#            Applications link.
# The team server is packaged for Linux only (systemd); these installers hold the
# `desktop` component.
if(NOT (WIN32 OR APPLE))
    return()
endif()

set(CPACK_COMPONENTS_ALL desktop)

if(WIN32)
    set(CT_RUNTIME_DLL_DIRS "" CACHE STRING
        "Folders holding the non-Qt DLLs the executables load (vcpkg's bin, QtKeychain's bin)")
    set(CT_WINDOWS_INSTALL_SCOPE perMachine CACHE STRING "The MSI's install scope: perMachine or perUser")
    set_property(CACHE CT_WINDOWS_INSTALL_SCOPE PROPERTY STRINGS perMachine perUser)

    get_target_property(ct_windeployqt Qt6::windeployqt IMPORTED_LOCATION)
    install(CODE "
        set(bin \"\${CMAKE_INSTALL_PREFIX}/bin\")
        execute_process(
            COMMAND \"${ct_windeployqt}\" --release --no-compiler-runtime --no-system-d3d-compiler
                    --dir \"\${bin}\"
                    \"\${bin}/controltower.exe\" \"\${bin}/controltower-cli.exe\" \"\${bin}/controltower-report.exe\"
            RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR \"windeployqt failed: \${result}\")
        endif()
        " COMPONENT desktop)

    # Everything else the executables load, except Qt (windeployqt's) and Windows' own.
    install(RUNTIME_DEPENDENCY_SET ct_desktop_runtime
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6" "^hvsifiledialog" "^wpaxholder"
        POST_EXCLUDE_REGEXES "[\\\\/][Ss]ystem32[\\\\/]" "[\\\\/][Ww]indows[\\\\/]"
        DIRECTORIES ${CT_RUNTIME_DLL_DIRS}
        RUNTIME DESTINATION bin COMPONENT desktop)

    set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT desktop)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries)

    # WiX wants the licence as .txt or .rtf.
    configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/packaging/LICENSE.txt COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/packaging/LICENSE.txt)

    set(icon ${PROJECT_SOURCE_DIR}/resources/icons/controltower.ico)
    set(CPACK_NSIS_MUI_ICON ${icon})
    set(CPACK_NSIS_MUI_UNIICON ${icon})
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\controltower.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
    # Offers to put bin\ (controltower-cli, controltower-report) on PATH, for all users or
    # for the current one; the same page chooses whose Start menu gets the entry.
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)

    set(CPACK_WIX_UPGRADE_GUID "6F0E2A43-7C1B-4C55-9B1E-3D7B2A9C8E51")
    set(CPACK_WIX_PRODUCT_ICON ${icon})
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Control Tower")
    set(CPACK_WIX_INSTALL_SCOPE ${CT_WINDOWS_INSTALL_SCOPE})
    set(CPACK_WIX_ARCHITECTURE x64)
elseif(APPLE)
    get_target_property(ct_macdeployqt Qt6::macdeployqt IMPORTED_LOCATION)
    install(CODE "
        set(app \"\${CMAKE_INSTALL_PREFIX}/controltower.app\")
        execute_process(
            COMMAND \"${ct_macdeployqt}\" \"\${app}\" -always-overwrite
                    \"-executable=\${app}/Contents/MacOS/controltower-cli\"
                    \"-executable=\${app}/Contents/MacOS/controltower-report\"
            RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR \"macdeployqt failed: \${result}\")
        endif()
        " COMPONENT desktop)

    set(CPACK_DMG_VOLUME_NAME "Control Tower")
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_PRE_BUILD_SCRIPTS ${CT_PACKAGING_DIR}/macos/codesign.cmake)
endif()
