// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace ct {

// The desktop's one source of "now". The window, the models, the status bar and every
// countdown read the current instant from here, never from QDateTime::currentDateTime,
// so one switch fixes the whole app at an instant: `controltower --now ISO-8601` (for
// reproducible screenshots and support) and the widget tests, which set the instant and
// move it on by hand with advance().
//
// A running clock follows the system time and says changed() once a second while
// anything listens (countdowns repaint on it). A fixed clock stands still and says
// changed() only when it is set or advanced.
class Clock final : public QObject
{
    Q_OBJECT

public:
    // A clock that follows the system time.
    explicit Clock(QObject *parent = nullptr);
    // A clock fixed at `instant` (converted to UTC).
    explicit Clock(const QDateTime &instant, QObject *parent = nullptr);
    ~Clock() override;

    // The current instant, in UTC.
    QDateTime now() const;
    qint64 nowMs() const;
    // Today in the user's time zone (promised dates are calendar dates).
    QDate today() const;

    bool isFixed() const { return m_fixed; }
    // Stops the clock at `instant`; an invalid instant starts it again on the system time.
    void setFixed(const QDateTime &instant);
    // Moves a fixed clock on by `ms` (back when negative); a running clock ignores it.
    void advance(qint64 ms);

Q_SIGNALS:
    // "Now" moved: every second on a running clock, at once when a fixed clock is set or
    // advanced.
    void changed();

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    void startTicking();

    QTimer *m_tick;
    qint64 m_fixedMs = 0;
    bool m_fixed = false;
};

} // namespace ct
