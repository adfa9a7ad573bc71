# CPack pre-build script on macOS (CPACK_PRE_BUILD_SCRIPTS, packaging/PlatformInstallers.cmake):
# signs the deployed bundle in CPack's staging tree before the DMG is made, with the
# hardened runtime that notarization requires. Runs only when CT_MACOS_SIGNING_IDENTITY is
# set in the environment (the CI secret MACOS_SIGNING_IDENTITY); without it the DMG holds
# an unsigned app, which Gatekeeper asks about on first open.
set(identity "$ENV{CT_MACOS_SIGNING_IDENTITY}")
if(identity STREQUAL "")
    message(STATUS "codesign: CT_MACOS_SIGNING_IDENTITY is not set; the app stays unsigned")
    return()
endif()
file(GLOB_RECURSE bundles LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*controltower.app")
foreach(bundle IN LISTS bundles)
    if(IS_DIRECTORY "${bundle}")
        execute_process(
            COMMAND codesign --force --deep --timestamp --options runtime --sign "${identity}" "${bundle}"
            RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "codesign failed for ${bundle}: ${result}")
        endif()
        execute_process(COMMAND codesign --verify --deep --strict "${bundle}" RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "codesign --verify failed for ${bundle}")
        endif()
    endif()
endforeach()
