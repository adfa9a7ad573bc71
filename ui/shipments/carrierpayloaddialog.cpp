// SPDX-License-Identifier: MIT
#include "carrierpayloaddialog.h"

#include "json/jsonindent.h"
#include "json/parser.h"
#include "widgets/displaytext.h"
#include "widgets/statuspalette.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace ct {

namespace {

// Why a payload shows as it does: "" when it is JSON, as it should be.
struct Reading
{
    QString text;
    QString note;
};

Reading read(const RawPayload &payload)
{
    if (payload.json.isEmpty())
        return {QString(), CarrierPayloadDialog::tr("This payload could not be read: it is damaged, or stored in a "
                                                    "form this version of Control Tower does not know.")};
    json::Parser parser;
    json::Parser::Error error;
    if (parser.parse(payload.json.constData(), payload.json.size(), &error))
        return {QString::fromUtf8(json::indented(payload.json)), QString()};
    int line = 0;
    int column = 0;
    if (error.offset >= 0)
        json::lineAndColumn(payload.json.constData(), payload.json.size(), error.offset, line, column);
    return {QString::fromUtf8(payload.json),
            line > 0 ? CarrierPayloadDialog::tr("Not valid JSON (%1 at line %2, column %3): shown as stored.")
                           .arg(error.message)
                           .arg(line)
                           .arg(column)
                     : CarrierPayloadDialog::tr("Not valid JSON (%1): shown as stored.").arg(error.message)};
}

} // namespace

CarrierPayloadDialog::CarrierPayloadDialog(const QString &trackingNumber, QList<RawPayload> payloads, QWidget *parent)
    : QDialog(parent)
    , m_payloads(std::move(payloads))
    , m_list(new QListWidget(this))
    , m_note(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy Payload"), this))
{
    setObjectName(QStringLiteral("carrierPayloadDialog"));
    setWindowTitle(tr("Carrier Payloads — %1").arg(trackingNumber));
    // Newest first, like the timeline.
    std::reverse(m_payloads.begin(), m_payloads.end());

    m_list->setObjectName(QStringLiteral("payloadList"));
    m_list->setAccessibleName(tr("Payloads"));
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const RawPayload &payload : std::as_const(m_payloads)) {
        // The document's file name here (with its record), its whole path in the tooltip.
        auto *item = new QListWidgetItem(tr("%1\n%2 · %3")
                                             .arg(DisplayText::userTime(payload.receivedAtMs), payload.sourceFormat,
                                                  QFileInfo(payload.sourceDocument).fileName()),
                                         m_list);
        item->setToolTip(tr("Received %1 from %2 (%3 format), %4 bytes")
                             .arg(DisplayText::userTime(payload.receivedAtMs), payload.sourceDocument,
                                  payload.sourceFormat)
                             .arg(payload.json.size()));
    }
    m_text->setObjectName(QStringLiteral("payloadText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Payload"));
    m_note->setObjectName(QStringLiteral("payloadNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    QPalette notePalette = m_note->palette();
    notePalette.setColor(QPalette::WindowText, StatusPalette::warningText().color());
    m_note->setPalette(notePalette);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_note);
    rightLayout->addWidget(m_text, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({240, 620});
    split->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy->setObjectName(QStringLiteral("copyPayload"));
    m_copy->setToolTip(tr("Put the whole payload shown on the clipboard"));
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &CarrierPayloadDialog::copy);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(m_payloads.isEmpty()
                                 ? tr("No carrier payload is stored for this shipment.")
                                 : tr("What the carrier feeds sent for this shipment, as they sent it: one payload "
                                      "for each document that changed it, newest first."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(900, 620);

    connect(m_list, &QListWidget::currentRowChanged, this, &CarrierPayloadDialog::showPayload);
    m_copy->setEnabled(!m_payloads.isEmpty());
    if (!m_payloads.isEmpty())
        m_list->setCurrentRow(0);
    m_list->setFocus();
}

QString CarrierPayloadDialog::payloadText(int row) const
{
    if (row < 0 || row >= m_payloads.size())
        return {};
    const Reading reading = read(m_payloads.at(row));
    return reading.text.isEmpty() ? reading.note : reading.text;
}

int CarrierPayloadDialog::currentRow() const
{
    return m_list->currentRow();
}

void CarrierPayloadDialog::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
}

void CarrierPayloadDialog::copy()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_payloads.size())
        return;
    QApplication::clipboard()->setText(m_text->toPlainText());
}

void CarrierPayloadDialog::showPayload(int row)
{
    if (row < 0 || row >= m_payloads.size()) {
        m_text->clear();
        m_note->hide();
        return;
    }
    const Reading reading = read(m_payloads.at(row));
    m_text->setPlainText(reading.text);
    m_note->setText(reading.note);
    m_note->setVisible(!reading.note.isEmpty());
    m_copy->setEnabled(!reading.text.isEmpty());
}

} // namespace ct
