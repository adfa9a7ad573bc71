#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Prints the build targets a selection of CTest entries runs, one a line.

    tests/sanitizers/targets_for_tests.py build/asan -L core
    tests/sanitizers/targets_for_tests.py build/tsan --preset tsan

The arguments after the build folder are CTest's selection (-L, -R, -LE, --preset, ...).
A sanitizer build is a second build of the tree and slow on a shared machine, so
scripts/run-sanitizers.sh builds only the executables the chosen tests run: each test's
command, and any executable of the build named in its arguments (a test that runs the
server binary through a script). Executables a test starts itself (the server, the CLI)
are its target's dependencies already (add_dependencies in tests/).
"""
import pathlib
import re
import subprocess
import sys


def selected_tests(build: pathlib.Path, selection: list[str]) -> list[str]:
    if any(arg == "--preset" or arg.startswith("--preset=") for arg in selection):
        command = ["ctest", "-N", *selection]  # a preset names its own build folder
    else:
        command = ["ctest", "--test-dir", str(build), "-N", *selection]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return re.findall(r"^\s*Test\s+#\d+: (\S+)$", out, re.MULTILINE)


def test_commands(build: pathlib.Path) -> dict[str, str]:
    """Each test's add_test(...) line, by name, from the generated CTestTestfile.cmake files."""
    commands = {}
    for testfile in build.rglob("CTestTestfile.cmake"):
        for line in testfile.read_text(encoding="utf-8").splitlines():
            match = re.match(r"add_test\(\[=\[(.+?)\]=\] (.*)\)$", line)
            if match:
                commands[match.group(1)] = match.group(2)
    return commands


def build_targets(build: pathlib.Path) -> set[str]:
    out = subprocess.run(["ninja", "-C", str(build), "-t", "targets", "all"],
                         check=True, capture_output=True, text=True).stdout
    return {line.split(":", 1)[0] for line in out.splitlines() if ":" in line}


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    build = pathlib.Path(sys.argv[1]).resolve()
    names = selected_tests(build, sys.argv[2:])
    commands = test_commands(build)
    known = build_targets(build)
    targets = []
    for name in names:
        if name not in commands:
            print(f"error: no add_test for {name} under {build}", file=sys.stderr)
            return 1
        # Every path of the build folder in the command line, whole or after "=".
        for path in re.findall(re.escape(str(build)) + r"/[^\"'\s;=]+", commands[name]):
            target = pathlib.PurePosixPath(path).name
            if target in known and target not in targets:
                targets.append(target)
    print("\n".join(targets))
    return 0


if __name__ == "__main__":
    sys.exit(main())
