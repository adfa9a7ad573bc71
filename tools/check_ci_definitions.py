#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks the CI definitions that cannot run on this machine (the Windows and macOS
installer jobs of .github/workflows/) as far as Linux allows. CTest: packaging.ci_definitions.

    tools/check_ci_definitions.py [--root DIR]   check the tree (default: this checkout)
    tools/check_ci_definitions.py --self-test    prove each check fails on a broken copy

What it checks, each failure as one located line (file: what is wrong):
  - every workflow parses as YAML; every job has runs-on and steps; every step has
    `uses` or `run`;
  - every `--preset NAME` is a preset of CMakePresets.json;
  - every target after `--target` is defined by an add_executable/add_library call;
  - every `cpack -G GENERATOR` is listed in a CPACK_GENERATOR of packaging/Packaging.cmake;
  - every repository path the workflows name (packaging/..., tools/..., build/default/...)
    exists, or, under build/<preset>/, belongs to a preset's binaryDir;
  - every `--option` passed to the installed controltower is one it declares
    (ui/shell/desktopoptions.cpp, plus Qt's --version and --help);
  - app/desktop/Info.plist.in is a valid plist with the bundle id
    io.controltower.ControlTower, the executable `controltower` and an icon that exists;
  - every file packaging/PlatformInstallers.cmake and app/desktop/CMakeLists.txt name under
    ${PROJECT_SOURCE_DIR} or ${CT_PACKAGING_DIR} exists.
"""
import argparse
import json
import pathlib
import plistlib
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

PATH_RE = re.compile(r"(?<![\w$./-])((?:packaging|tools|scripts|resources|app|core|ui|server|docs|cmake)/[\w./-]+)")
BUILD_RE = re.compile(r"(?<![\w$./-])build/([\w-]+)")
TOP_DIRS = ("packaging", "tools", "scripts", "resources", "app", "core", "ui", "server", "docs", "cmake")


def cmake_targets(root: pathlib.Path) -> set:
    targets = set()
    for cmake in root.rglob("CMakeLists.txt"):
        if "build" in cmake.relative_to(root).parts[:1]:
            continue
        text = cmake.read_text(encoding="utf-8")
        targets.update(re.findall(r"\b(?:qt_add_executable|add_executable|qt_add_library|add_library)\(\s*([\w-]+)", text))
    return targets


def presets(root: pathlib.Path):
    data = json.loads((root / "CMakePresets.json").read_text(encoding="utf-8"))
    names = {p["name"] for key in ("configurePresets", "buildPresets", "testPresets") for p in data.get(key, [])}
    dirs = set()
    for p in data.get("configurePresets", []):
        if "binaryDir" in p:
            dirs.add(p["binaryDir"].replace("${sourceDir}/", ""))
    return names, dirs


def desktop_options(root: pathlib.Path) -> set:
    text = (root / "ui/shell/desktopoptions.cpp").read_text(encoding="utf-8")
    return set(re.findall(r'\{QStringLiteral\("([\w-]+)"\)', text)) | {"version", "help"}


def check(root: pathlib.Path) -> list:
    problems = []
    targets = cmake_targets(root)
    preset_names, binary_dirs = presets(root)
    packaging = (root / "packaging/Packaging.cmake").read_text(encoding="utf-8")
    generators = set()
    for value in re.findall(r'set\(CPACK_GENERATOR\s+"([^"]+)"\)', packaging):
        generators.update(value.split(";"))
    options = desktop_options(root)

    workflows = sorted((root / ".github/workflows").glob("*.yml"))
    if not workflows:
        problems.append(".github/workflows: no workflow")
    for wf in workflows:
        rel = wf.relative_to(root)
        try:
            doc = yaml.safe_load(wf.read_text(encoding="utf-8"))
        except yaml.YAMLError as e:
            problems.append(f"{rel}: not YAML: {e}")
            continue
        jobs = (doc or {}).get("jobs") or {}
        if not jobs:
            problems.append(f"{rel}: no jobs")
        for name, job in jobs.items():
            where = f"{rel}: job {name}"
            if "runs-on" not in job:
                problems.append(f"{where}: no runs-on")
            steps = job.get("steps") or []
            if not steps:
                problems.append(f"{where}: no steps")
            for i, step in enumerate(steps, 1):
                label = f"{where}, step {i} ({step.get('name', step.get('uses', '?'))})"
                if "uses" not in step and "run" not in step:
                    problems.append(f"{label}: neither uses nor run")
                run = step.get("run", "")
                if not run:
                    continue
                run = run.replace("`\n", " ").replace("\\\n", " ")
                for preset in re.findall(r"--preset\s+([\w-]+)", run):
                    if preset not in preset_names:
                        problems.append(f"{label}: --preset {preset} is not in CMakePresets.json")
                for listed in re.findall(r"--target\s+((?:[\w-]+\s*)+)", run):
                    for target in listed.split():
                        if target not in targets:
                            problems.append(f"{label}: --target {target} is not a CMake target")
                for gen in re.findall(r"cpack\s+-G\s+(\w+)", run):
                    if gen not in generators:
                        problems.append(f"{label}: cpack -G {gen} is not a CPACK_GENERATOR of packaging/Packaging.cmake")
                for path in PATH_RE.findall(run):
                    path = path.rstrip(".")
                    if not (root / path).exists():
                        problems.append(f"{label}: {path} does not exist")
                for build in BUILD_RE.findall(run):
                    if f"build/{build}" not in binary_dirs:
                        problems.append(f"{label}: build/{build} is no preset's binaryDir")
                for line in run.splitlines():
                    if re.search(r"[/\\]controltower(\.exe)?[\"']?\s", line) and "controltower-" not in line.split("controltower", 1)[1][:1]:
                        for opt in re.findall(r"\s--([\w-]+)", line):
                            if opt not in options:
                                problems.append(f"{label}: controltower has no option --{opt}")

    plist_in = root / "app/desktop/Info.plist.in"
    try:
        text = plist_in.read_text(encoding="utf-8").replace("@PROJECT_VERSION@", "0.1.0")
        plist = plistlib.loads(text.encode("utf-8"))
        if plist.get("CFBundleIdentifier") != "io.controltower.ControlTower":
            problems.append(f"{plist_in.relative_to(root)}: CFBundleIdentifier is {plist.get('CFBundleIdentifier')!r}")
        if plist.get("CFBundleExecutable") not in targets:
            problems.append(f"{plist_in.relative_to(root)}: CFBundleExecutable {plist.get('CFBundleExecutable')!r} is not a target")
        icon = plist.get("CFBundleIconFile", "")
        if not (root / "resources/icons" / icon).is_file():
            problems.append(f"{plist_in.relative_to(root)}: CFBundleIconFile {icon!r} is not in resources/icons")
    except (OSError, plistlib.InvalidFileException, ValueError) as e:
        problems.append(f"app/desktop/Info.plist.in: not a plist: {e}")

    for cmake in ("packaging/PlatformInstallers.cmake", "app/desktop/CMakeLists.txt", "packaging/Packaging.cmake"):
        text = (root / cmake).read_text(encoding="utf-8")
        for var, path in re.findall(r"\$\{(PROJECT_SOURCE_DIR|CT_PACKAGING_DIR)\}/([\w./${}-]+)", text):
            if "${" in path:
                continue  # made per item of a loop (controltower-${size}.png)
            full = root / ("packaging/" + path if var == "CT_PACKAGING_DIR" else path)
            if not full.exists():
                problems.append(f"{cmake}: ${{{var}}}/{path} does not exist")
        for name in re.findall(r"configure_file\(\s*([\w.-]+\.in)\b", text):
            if not (root / pathlib.Path(cmake).parent / name).is_file():
                problems.append(f"{cmake}: configure_file({name}) does not exist")
    return problems


def self_test(root: pathlib.Path) -> int:
    """Each mutation of a copy must make exactly the named check fail."""
    mutations = [
        ("--preset default", "--preset nosuchpreset", "--preset nosuchpreset is not in CMakePresets.json"),
        ("--target controltower controltower-cli", "--target controltower nosuchtarget", "--target nosuchtarget is not a CMake target"),
        ("cpack -G NSIS", "cpack -G NOSUCHGEN", "cpack -G NOSUCHGEN is not a CPACK_GENERATOR"),
        ("build/default", "build/nosuchdir", "build/nosuchdir is no preset's binaryDir"),
        ("--demo-shipments 200", "--demo-shipmentz 200", "controltower has no option --demo-shipmentz"),
        ("runs-on: macos-14", "runs_on: macos-14", "job macos: no runs-on"),
        ("io.controltower.ControlTower</string>", "io.example.Wrong</string>", "CFBundleIdentifier is 'io.example.Wrong'"),
    ]
    failures = 0
    for before, after, expected in mutations:
        with tempfile.TemporaryDirectory() as tmp:
            copy = pathlib.Path(tmp)
            for item in (".github", "CMakePresets.json", "CMakeLists.txt", "LICENSE", *TOP_DIRS):
                src = root / item
                if src.is_dir():
                    shutil.copytree(src, copy / item, ignore=shutil.ignore_patterns("node_modules", "*.tsv", "*.bin"))
                elif src.exists():
                    shutil.copy2(src, copy / item)
            changed = False
            for f in [copy / ".github/workflows/installers.yml", copy / "app/desktop/Info.plist.in"]:
                text = f.read_text(encoding="utf-8")
                if before in text:
                    f.write_text(text.replace(before, after, 1), encoding="utf-8")
                    changed = True
                    break
            problems = check(copy) if changed else []
            if not changed or not any(expected in p for p in problems):
                print(f"self-test: {before!r} -> {after!r} was not reported (got {problems})", file=sys.stderr)
                failures += 1
            else:
                print(f"self-test: caught {after!r}")
    return 1 if failures else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=pathlib.Path, default=pathlib.Path(__file__).resolve().parent.parent)
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    if args.self_test:
        return self_test(args.root)
    problems = check(args.root)
    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print("CI definitions: every preset, target, generator, path and option they name exists")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
