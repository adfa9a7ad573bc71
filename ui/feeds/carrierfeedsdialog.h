// SPDX-License-Identifier: MIT
#pragma once

#include "feeds/feedprobe.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ct {

class CarrierFeeds;
class Clock;

// Store > Carrier Feeds…: the standalone feeds with their state (schedule, credential,
// last poll, next poll, last error, a rate limit's wait), and Add, Edit, Remove, Test and
// Poll Now. It shows and edits CarrierFeeds; the polls go on when it is closed.
class CarrierFeedsDialog final : public QDialog
{
    Q_OBJECT

public:
    CarrierFeedsDialog(CarrierFeeds &feeds, const Clock &clock, QWidget *parent = nullptr);
    ~CarrierFeedsDialog() override;

    // The feed of the current row; empty when none.
    QString currentFeed() const;
    void setCurrentFeed(const QString &name);

    // "14:05:12" today, else a short date and time, in the user's time zone.
    static QString clockText(qint64 ms, qint64 nowMs);

private:
    void refresh();
    void updateButtons();
    void showDetail();
    void addFeed();
    void editFeed();
    void removeFeed();
    void testFeed();
    void showProbe(const FeedProbe::Answer &answer);

    CarrierFeeds &m_feeds;
    const Clock &m_clock;
    QLabel *m_banner;
    QLabel *m_file;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QLabel *m_detail;
    QLabel *m_result;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_pollNow;
    bool m_waitingForProbe = false;
};

} // namespace ct
