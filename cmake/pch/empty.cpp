// SPDX-License-Identifier: MIT
// The one source of a target that only holds precompiled headers for other targets to
// reuse (cmake/PrecompiledHeaders.cmake).
