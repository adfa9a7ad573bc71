# Installers through CPack. Linux: .deb and .rpm from this machine
# (`cpack --config build/default/CPackConfig.cmake -G DEB`). Windows (NSIS) and macOS
# (DragNDrop) packages are made on those platforms, after windeployqt/macdeployqt has
# placed the Qt libraries and plugins next to the executables.
include(GNUInstallDirs)

if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/io.controltower.ControlTower.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/io.controltower.ControlTower.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/controltower.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME io.controltower.ControlTower.svg)
    foreach(size 32 64 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/controltower-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME io.controltower.ControlTower.png)
    endforeach()
endif()

set(CPACK_PACKAGE_NAME "controltower")
set(CPACK_PACKAGE_VENDOR "Control Tower")
set(CPACK_PACKAGE_CONTACT "Control Tower maintainers <maintainers@controltower.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Post-purchase logistics control tower: every parcel across every carrier")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Control Tower")
set(CPACK_PACKAGE_EXECUTABLES "controltower;Control Tower")
set(CPACK_STRIP_FILES ON)

# Debian: shlibdeps finds the libraries; Qt's plugins it cannot see are listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)

set(CPACK_NSIS_DISPLAY_NAME "Control Tower")
set(CPACK_NSIS_PACKAGE_NAME "Control Tower")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_DMG_VOLUME_NAME "Control Tower")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()
include(CPack)
