// SPDX-License-Identifier: MIT
#pragma once

class QUndoStack;

namespace ct {

class Clock;
class Database;
class ServerSession;
class StoreJobRunner;

// What the shell hands every view: the store (the window's own connection, on the GUI
// thread), the clock, the undo stack of the window's edits, the job runner for long work
// and the team server session (who the agent is, whether edits wait). The shell owns all
// of them and outlives the views.
struct ViewContext
{
    const Database &database;
    const Clock &clock;
    QUndoStack *undoStack;
    StoreJobRunner *jobs;
    ServerSession *session;
};

} // namespace ct
