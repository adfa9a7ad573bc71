// SPDX-License-Identifier: MIT
#pragma once

#include "appearance.h"
#include "viewid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace ct {

// The desktop app's command line (docs/DESKTOP.md, "Options"), read and checked in one
// place so main() stays thin and tests can read it without starting the app. Each bad
// value is refused with a message naming the option and what it takes.
struct DesktopOptions
{
    Q_DECLARE_TR_FUNCTIONS(ct::DesktopOptions)

public:
    QString storePath;                 // --db; empty: the default store
    std::optional<int> demoShipments;  // --demo-shipments
    QString screenshot;                // --screenshot
    std::optional<ViewId> view;        // --view
    QDateTime now;                     // --now (UTC); invalid: the system clock
    std::optional<Appearance> appearance; // --appearance
    QString language;                  // --lang: "system" or a translation's code; empty: the setting
    QString shipment;                  // --shipment: a tracking number to open
    bool payloads = false;             // --payloads: and its carrier payloads
    bool outbox = false;               // --outbox
    bool offline = false;              // --offline
    bool connect = false;              // --connect
    QStringList importPaths;           // --import (repeatable): files and folders to import at start
    bool reportReady = false;          // --report-ready: print the start's time and memory, quit

    // Adds every option (and --help, --version) to `parser`.
    static void describe(QCommandLineParser &parser);
    // The options `parser` has read; nullopt with `error` ("--view must be one of …")
    // when a value is not what the option takes.
    static std::optional<DesktopOptions> from(const QCommandLineParser &parser, QString *error);
    // Whether `arguments` ask only for --help or --version: the app answers those on the
    // terminal without a display.
    static bool asksForTextOnly(const QStringList &arguments);
};

} // namespace ct
