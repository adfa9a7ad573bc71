// SPDX-License-Identifier: MIT
#include "syncindicator.h"

#include "sync/serversession.h"
#include "widgets/statuspalette.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QProgressBar>
#include <QToolButton>

namespace ct {

namespace {

// The mark's colour: the status colours that mean the same (delivered is "all is well").
Tag markTag(ServerSession::Link link)
{
    switch (link) {
    case ServerSession::Link::Standalone: return Tag::Pending;
    case ServerSession::Link::NotConnected: return Tag::Expired;
    case ServerSession::Link::Syncing: return Tag::InTransit;
    case ServerSession::Link::Online: return Tag::Delivered;
    case ServerSession::Link::Offline: return Tag::OutForDelivery;
    case ServerSession::Link::Failed: return Tag::Exception;
    }
    return Tag::Pending;
}

} // namespace

SyncIndicator::SyncIndicator(ServerSession &session, QAction *syncNow, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_mark(new QLabel(this))
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_outbox(new QToolButton(this))
    , m_syncNow(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncIndicator"));
    // As wide as what it says: the status bar's free space stays on the left.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_mark->setObjectName(QStringLiteral("syncMark"));
    m_text->setObjectName(QStringLiteral("syncStatus"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setFixedWidth(140);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_outbox->setObjectName(QStringLiteral("outboxButton"));
    m_outbox->setAutoRaise(true);
    m_outbox->setToolTip(tr("Open the outbox (Ctrl+Shift+O)"));
    m_outbox->hide();
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setAutoRaise(true);
    m_syncNow->setDefaultAction(syncNow);
    m_syncNow->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_outbox);
    layout->addWidget(m_mark);
    layout->addWidget(m_text);
    layout->addWidget(m_progress);
    layout->addWidget(m_syncNow);

    connect(m_outbox, &QToolButton::clicked, this, &SyncIndicator::outboxRequested);
    connect(&m_session, &ServerSession::statusChanged, this, &SyncIndicator::refresh);
    connect(&m_session, &ServerSession::connectionChanged, this, &SyncIndicator::refresh);
    refresh();
}

void SyncIndicator::setOutboxCounts(int pending, int failed, int conflicts)
{
    QStringList parts;
    if (conflicts > 0)
        parts << tr("%n conflicts", nullptr, conflicts);
    if (failed > 0)
        parts << tr("%1 refused").arg(failed);
    if (pending > 0)
        parts << tr("%n edits waiting", nullptr, pending);
    m_outbox->setText(parts.join(QStringLiteral(" · ")));
    m_outbox->setVisible(!parts.isEmpty());
}

void SyncIndicator::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void SyncIndicator::refresh()
{
    const ServerSession::Status &status = m_session.status();
    m_text->setText(status.text);
    m_text->setToolTip(status.detail);
    m_mark->setToolTip(status.detail);
    const int size = fontMetrics().height() * 2 / 3;
    QPixmap mark(size * 2, size * 2);
    mark.setDevicePixelRatio(2.0);
    mark.fill(Qt::transparent);
    QPainter painter(&mark);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(StatusPalette::color(markTag(status.link)));
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    painter.end();
    m_mark->setPixmap(mark);
    m_progress->setVisible(status.maximum >= 0);
    if (status.maximum >= 0) {
        m_progress->setRange(0, status.maximum);
        m_progress->setValue(status.value);
    }
    // Standalone, there is nothing to sync with.
    m_syncNow->setVisible(status.link != ServerSession::Link::Standalone);
}

} // namespace ct
