// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace ct {

class ServerSession;

// The status bar's account of the store and its team server: a coloured mark and a line
// for where it stands (standalone, not connected, syncing with progress, online with the
// last sync time, offline), the session's full message as tooltip, what waits in the
// outbox (conflicts, refused edits, edits waiting; a click opens it) and Sync Now.
class SyncIndicator final : public QWidget
{
    Q_OBJECT

public:
    SyncIndicator(ServerSession &session, QAction *syncNow, QWidget *parent = nullptr);

    // From the outbox view: what waits in it.
    void setOutboxCounts(int pending, int failed, int conflicts);

Q_SIGNALS:
    void outboxRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ServerSession &m_session;
    QLabel *m_mark;
    QLabel *m_text;
    QProgressBar *m_progress;
    QToolButton *m_outbox;
    QToolButton *m_syncNow;
};

} // namespace ct
