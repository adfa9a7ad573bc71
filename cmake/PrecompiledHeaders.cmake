# Precompiled Qt headers (docs/TESTING.md "CI time"). Parsing Qt's headers is most of what
# compiling one of our sources costs (a UI test: QtWidgets and QtTest); each library
# precompiles them once (cmake/pch/), and the tests, a source or two each, reuse one
# precompiled set per kind made by a holder target with the same settings. GCC and Clang
# are given -Winvalid-pch by CMake, an error under CT_WARNINGS_AS_ERRORS: a test whose
# settings stop matching its holder's fails the build instead of silently parsing again.
option(CT_PRECOMPILED_HEADERS "Precompile the Qt headers most sources include (faster builds)" ON)
set(CT_PCH_DIR "${CMAKE_CURRENT_LIST_DIR}/pch")

# ct_precompile_qt_headers(target core|widgets): the target's own precompiled headers.
function(ct_precompile_qt_headers target kind)
    if(CT_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} PRIVATE "$<$<COMPILE_LANGUAGE:CXX>:${CT_PCH_DIR}/qt${kind}.h>")
    endif()
endfunction()

# ct_reuse_test_headers(target core|widgets): the test reuses the precompiled headers of
# a holder for its folder and kind (made here on first use, linking what a test of that
# kind links). One per folder, because Qt Test's own definitions name the folder
# (QT_TESTCASE_SOURCEDIR, QT_TESTCASE_BUILDDIR) and a precompiled header is used only under
# the definitions it was made with. Not for MSVC, whose reuse also ties the targets'
# debug databases.
function(ct_reuse_test_headers target kind)
    if(NOT CT_PRECOMPILED_HEADERS OR MSVC)
        return()
    endif()
    file(RELATIVE_PATH folder "${PROJECT_SOURCE_DIR}" "${CMAKE_CURRENT_SOURCE_DIR}")
    string(MAKE_C_IDENTIFIER "${folder}" folder)
    set(holder ct_headers_${folder}_${kind})
    if(NOT TARGET ${holder})
        add_library(${holder} OBJECT "${CT_PCH_DIR}/empty.cpp")
        target_link_libraries(${holder} PRIVATE Qt6::Test ct::compile_options ct::core)
        if(kind STREQUAL "widgets")
            target_link_libraries(${holder} PRIVATE ct::ui)
        endif()
        target_precompile_headers(${holder} PRIVATE
            "$<$<COMPILE_LANGUAGE:CXX>:${CT_PCH_DIR}/qt${kind}.h>"
            "$<$<COMPILE_LANGUAGE:CXX>:${CT_PCH_DIR}/qttest.h>")
    endif()
    target_precompile_headers(${target} REUSE_FROM ${holder})
endfunction()
