# Sanitizer builds (docs/TESTING.md "Sanitizers"): CT_SANITIZERS names the sanitizers as
# -fsanitize= takes them, `address,undefined` (the asan preset) or `thread` (the tsan
# preset); empty, the default, builds without. Every target of ours links
# ct::compile_options, so every one, and the precompiled-header holders with them, is
# compiled and linked with the same flags (a header precompiled without them would not
# be used: -Winvalid-pch). Qt and the other system libraries are not instrumented.
set(CT_SANITIZERS "" CACHE STRING "Sanitizers to build with, as -fsanitize= takes them (address,undefined or thread); empty: none")

if(CT_SANITIZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "CT_SANITIZERS needs GCC or Clang, not ${CMAKE_CXX_COMPILER_ID}")
    endif()
    if(CT_SANITIZERS MATCHES "thread" AND CT_SANITIZERS MATCHES "address")
        message(FATAL_ERROR "CT_SANITIZERS: ThreadSanitizer cannot be combined with AddressSanitizer")
    endif()
    # Frame pointers: the sanitizers' fast unwinder walks them for every allocation's and
    # access's stack.
    set(ct_sanitize_flags -fsanitize=${CT_SANITIZERS} -fno-omit-frame-pointer)
    if(CT_SANITIZERS MATCHES "undefined")
        # Undefined behaviour stops the test at the first finding, so CTest sees it fail.
        list(APPEND ct_sanitize_flags -fno-sanitize-recover=undefined)
    endif()
    target_compile_options(ct_compile_options INTERFACE ${ct_sanitize_flags})
    target_link_options(ct_compile_options INTERFACE -fsanitize=${CT_SANITIZERS})
    # Tests can tell which sanitizer runs them (a bound on resident memory means nothing
    # under AddressSanitizer's shadow memory): GCC defines __SANITIZE_ADDRESS__ and
    # __SANITIZE_THREAD__, Clang only answers __has_feature; this works for both.
    if(CT_SANITIZERS MATCHES "address")
        target_compile_definitions(ct_compile_options INTERFACE CT_SANITIZER_ADDRESS)
    endif()
    if(CT_SANITIZERS MATCHES "thread")
        target_compile_definitions(ct_compile_options INTERFACE CT_SANITIZER_THREAD)
    endif()
endif()
