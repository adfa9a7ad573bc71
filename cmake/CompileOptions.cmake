# One interface target carries the project's compile settings, so every library,
# executable and test is built the same way (qBittorrent's qbt_common_cfg idea).
add_library(ct_compile_options INTERFACE)
add_library(ct::compile_options ALIAS ct_compile_options)

target_compile_features(ct_compile_options INTERFACE cxx_std_20)
target_compile_definitions(ct_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(ct_compile_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Wunused -Woverloaded-virtual
        -Wimplicit-fallthrough -Wformat=2)
    if(CT_WARNINGS_AS_ERRORS)
        target_compile_options(ct_compile_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(ct_compile_options INTERFACE /W4 /permissive- /utf-8)
    if(CT_WARNINGS_AS_ERRORS)
        target_compile_options(ct_compile_options INTERFACE /WX)
    endif()
endif()

# The linker. GNU ld takes about 5 s to link one test executable against the core library
# with debug info, and the tree links some 250 executables; lld links the same in under
# 1 s (measured in docs/TESTING.md "CI time"). lld is used wherever the compiler accepts
# it; CT_LINKER= (empty) keeps the toolchain's default.
if(NOT DEFINED CT_LINKER AND NOT MSVC AND NOT APPLE)
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=lld CT_HAVE_LLD)
    if(CT_HAVE_LLD)
        set(CT_LINKER lld)
    else()
        set(CT_LINKER "")
    endif()
endif()
set(CT_LINKER "${CT_LINKER}" CACHE STRING "Linker passed as -fuse-ld= (lld by default where it works; empty: the toolchain's own)")
if(CT_LINKER)
    add_link_options(-fuse-ld=${CT_LINKER})
endif()
