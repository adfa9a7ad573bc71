// SPDX-License-Identifier: MIT
#include "carrierfeedsdialog.h"

#include "carrierfeededitor.h"
#include "carrierfeeds.h"
#include "shell/clock.h"
#include "widgets/statuspalette.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ct {

namespace {

enum Column { Name, Url, Schedule, Credential, LastPoll, NextPoll, State, ColumnCount };

QString every(int minutes)
{
    if (minutes <= 0)
        return CarrierFeedsDialog::tr("Only when asked");
    if (minutes == 1)
        return CarrierFeedsDialog::tr("Every minute");
    if (minutes % 60 == 0)
        return minutes == 60 ? CarrierFeedsDialog::tr("Every hour") : CarrierFeedsDialog::tr("Every %1 hours").arg(minutes / 60);
    return CarrierFeedsDialog::tr("Every %1 minutes").arg(minutes);
}

QString inSeconds(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, (ms + 999) / 1000);
    if (s < 120)
        return CarrierFeedsDialog::tr("%1 s").arg(s);
    return CarrierFeedsDialog::tr("%1 min").arg((s + 59) / 60);
}

} // namespace

CarrierFeedsDialog::CarrierFeedsDialog(CarrierFeeds &feeds, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_feeds(feeds)
    , m_clock(clock)
    , m_banner(new QLabel(this))
    , m_file(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_result(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_pollNow(new QPushButton(tr("&Poll Now"), this))
{
    setObjectName(QStringLiteral("CarrierFeedsDialog"));
    setWindowTitle(tr("Carrier Feeds"));

    auto *intro = new QLabel(tr("Without a team server, Control Tower asks the carriers' tracking APIs itself, each "
                                "feed on its own schedule, and stores what they answer."),
                             this);
    intro->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); padding: 6px; }"));
    m_banner->hide();
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setWordWrap(true);
    m_file->setTextFormat(Qt::PlainText);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list->setObjectName(QStringLiteral("feeds"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Feed"), tr("URL"), tr("Schedule"), tr("Credential"), tr("Last poll"),
                             tr("Next poll"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("empty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No carrier feeds yet. Add… one with its tracking API's address and credential; Test shows "
                        "what it answers before anything is stored."));
    m_detail->setObjectName(QStringLiteral("feedDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->hide();
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    m_add->setObjectName(QStringLiteral("add"));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_test->setObjectName(QStringLiteral("test"));
    m_pollNow->setObjectName(QStringLiteral("pollNow"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_test, m_pollNow})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto *middle = new QHBoxLayout;
    auto *listBox = new QVBoxLayout;
    listBox->addWidget(m_list, 1);
    listBox->addWidget(m_empty, 1);
    middle->addLayout(listBox, 1);
    middle->addLayout(buttons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(middle, 1);
    layout->addWidget(m_detail);
    layout->addWidget(m_result);
    layout->addWidget(m_file);
    layout->addWidget(close);
    resize(980, 420);

    connect(m_add, &QPushButton::clicked, this, &CarrierFeedsDialog::addFeed);
    connect(m_edit, &QPushButton::clicked, this, &CarrierFeedsDialog::editFeed);
    connect(m_list, &QTreeWidget::itemActivated, this, &CarrierFeedsDialog::editFeed);
    connect(m_remove, &QPushButton::clicked, this, &CarrierFeedsDialog::removeFeed);
    connect(m_test, &QPushButton::clicked, this, &CarrierFeedsDialog::testFeed);
    connect(m_pollNow, &QPushButton::clicked, this, [this] { m_feeds.pollNow(currentFeed()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        showDetail();
    });
    connect(&m_feeds, &CarrierFeeds::changed, this, &CarrierFeedsDialog::refresh);
    connect(&m_feeds, &CarrierFeeds::probeFinished, this, &CarrierFeedsDialog::showProbe);
    connect(&m_clock, &Clock::changed, this, &CarrierFeedsDialog::refresh);
    refresh();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int c = 0; c < State; ++c)
        m_list->resizeColumnToContents(c);
    m_list->setColumnWidth(Url, std::min(m_list->columnWidth(Url), 260));
    updateButtons();
}

CarrierFeedsDialog::~CarrierFeedsDialog() = default;

QString CarrierFeedsDialog::clockText(qint64 ms, qint64 nowMs)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime();
    const QLocale locale;
    if (when.date() == now.date())
        return locale.toString(when.time(), QStringLiteral("HH:mm:ss"));
    return locale.toString(when, QLocale::ShortFormat);
}

QString CarrierFeedsDialog::currentFeed() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(Name, Qt::UserRole).toString() : QString();
}

void CarrierFeedsDialog::setCurrentFeed(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(Name, Qt::UserRole).toString() == name)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void CarrierFeedsDialog::refresh()
{
    const qint64 now = m_clock.nowMs();
    QStringList banner;
    if (!m_feeds.pollingAllowed())
        banner.append(tr("This store is a copy of a team server's: the server polls the carriers and sync brings "
                         "what it stores. Feeds here are kept, but not polled."));
    if (!m_feeds.feeds().isEmpty() && !m_feeds.keychainAvailable())
        banner.append(tr("The keychain cannot keep credentials here: %1. Credentials entered here last for this "
                         "session only; a feed's auth_env variable is used where it is set.")
                          .arg(m_feeds.keychainProblem()));
    m_banner->setText(banner.join(QLatin1Char('\n')));
    m_banner->setVisible(!banner.isEmpty());
    m_file->setText(tr("Kept in %1: the file `controltower-cli poll --feeds` reads. Credentials are not in it.")
                        .arg(QDir::toNativeSeparators(m_feeds.filePath())));

    const QString current = currentFeed();
    const QColor error = StatusPalette::errorText();
    const int rows = static_cast<int>(m_feeds.feeds().size());
    while (m_list->topLevelItemCount() > rows)
        delete m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
    while (m_list->topLevelItemCount() < rows)
        m_list->addTopLevelItem(new QTreeWidgetItem);
    for (int i = 0; i < rows; ++i) {
        const CarrierFeedConfig &feed = m_feeds.feeds().at(i);
        const FeedSchedule::State state = m_feeds.schedule().state(feed.name);
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setData(Name, Qt::UserRole, feed.name);
        item->setText(Name, feed.name);
        item->setText(Url, feed.url.toString());
        item->setToolTip(Url, feed.url.toString());
        item->setText(Schedule, every(feed.pollMinutes));
        switch (m_feeds.credential(feed.name)) {
        case CarrierFeeds::Credential::None: item->setText(Credential, tr("None")); break;
        case CarrierFeeds::Credential::Keychain: item->setText(Credential, tr("In the keychain")); break;
        case CarrierFeeds::Credential::Session: item->setText(Credential, tr("This session only")); break;
        case CarrierFeeds::Credential::Environment: item->setText(Credential, feed.authEnv); break;
        }
        item->setText(LastPoll, state.lastEndMs > 0 ? clockText(state.lastEndMs, now) : tr("Not yet"));
        if (state.running)
            item->setText(NextPoll, tr("Polling…"));
        else if (state.nextDueMs > 0)
            item->setText(NextPoll, state.nextDueMs <= now ? /*: Next poll: due now. */ tr("Now") : clockText(state.nextDueMs, now));
        else
            item->setText(NextPoll, tr("When asked"));

        QString text;
        bool problem = false;
        // The row names the feed: its messages need not ("feed ups: page 2 ..." -> "page 2 ...").
        const QString prefix = QStringLiteral("feed %1: ").arg(feed.name);
        auto unprefixed = [&prefix](const QString &message) {
            return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
        };
        if (state.running && state.waitUntilMs > now) {
            text = tr("Waiting %1 to retry: %2").arg(inSeconds(state.waitUntilMs - now), unprefixed(state.waitReason));
            problem = true;
        } else if (state.running) {
            text = tr("Polling…");
        } else if (state.lastEndMs > 0) {
            text = state.lastOk ? state.lastMessage : tr("Failed: %1").arg(unprefixed(state.lastMessage));
            problem = !state.lastOk;
        }
        item->setText(State, text);
        item->setToolTip(State, text);
        item->setForeground(State, problem ? QBrush(error) : QBrush());
        item->setData(State, Qt::UserRole, problem);
    }
    m_list->setVisible(rows > 0);
    m_empty->setVisible(rows == 0);
    if (!current.isEmpty())
        setCurrentFeed(current);
    if (!m_list->currentItem() && rows > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
    showDetail();
}

void CarrierFeedsDialog::showDetail()
{
    // The current feed's state in full: the table's cell is cut to its width.
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_detail->hide();
        return;
    }
    m_detail->setText(tr("%1 — last poll: %2 · next poll: %3\n%4")
                          .arg(item->text(Name), item->text(LastPoll), item->text(NextPoll), item->text(State))
                          .trimmed());
    QPalette p;
    if (item->data(State, Qt::UserRole).toBool())
        p.setColor(QPalette::WindowText, StatusPalette::errorText());
    m_detail->setPalette(p);
    m_detail->show();
}

void CarrierFeedsDialog::updateButtons()
{
    const QString current = currentFeed();
    const bool has = !current.isEmpty();
    m_edit->setEnabled(has);
    m_remove->setEnabled(has);
    m_test->setEnabled(has && !m_waitingForProbe);
    m_pollNow->setEnabled(has && m_feeds.pollingAllowed() && !m_feeds.isPolling(current));
}

void CarrierFeedsDialog::addFeed()
{
    CarrierFeedEditor editor(m_feeds, std::nullopt, this);
    if (editor.exec() == QDialog::Accepted) {
        refresh();
        if (!m_feeds.feeds().isEmpty())
            setCurrentFeed(m_feeds.feeds().constLast().name);
    }
}

void CarrierFeedsDialog::editFeed()
{
    const std::optional<CarrierFeedConfig> feed = m_feeds.feed(currentFeed());
    if (!feed)
        return;
    CarrierFeedEditor editor(m_feeds, feed, this);
    editor.exec();
    refresh();
}

void CarrierFeedsDialog::removeFeed()
{
    const QString name = currentFeed();
    if (name.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Remove Carrier Feed"),
                    tr("Remove the feed \"%1\" and its saved credential? What it stored stays in the store.").arg(name),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmRemove"));
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirm"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    QString error;
    if (!m_feeds.removeFeed(name, &error))
        QMessageBox::warning(this, tr("Remove Carrier Feed"), error);
    refresh();
}

void CarrierFeedsDialog::testFeed()
{
    const std::optional<CarrierFeedConfig> feed = m_feeds.feed(currentFeed());
    if (!feed)
        return;
    m_waitingForProbe = true;
    m_result->setText(tr("Testing %1: asking %2…").arg(feed->name, feed->url.authority()));
    m_result->setPalette(QPalette());
    m_result->show();
    updateButtons();
    m_feeds.test(*feed, std::nullopt);
}

void CarrierFeedsDialog::showProbe(const FeedProbe::Answer &answer)
{
    if (!std::exchange(m_waitingForProbe, false))
        return;
    m_result->setText(answer.detail.isEmpty() ? tr("Test: %1").arg(answer.headline)
                                              : tr("Test: %1\n%2").arg(answer.headline, answer.detail));
    QPalette p;
    if (!answer.ok())
        p.setColor(QPalette::WindowText, StatusPalette::errorText());
    m_result->setPalette(p);
    updateButtons();
}

} // namespace ct
