// SPDX-License-Identifier: MIT
#pragma once

#include "store/shipmentqueries.h"

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ct {

// A shipment's raw carrier payloads, as the feeds sent them: one per document that
// changed it, newest first, each decompressed (PayloadCodec, in core) and pretty-printed,
// to read, select and copy. A payload that is not JSON is shown as stored, and one that
// cannot be read says so.
class CarrierPayloadDialog final : public QDialog
{
    Q_OBJECT

public:
    CarrierPayloadDialog(const QString &trackingNumber, QList<RawPayload> payloads, QWidget *parent = nullptr);

    // The text shown for payload `row` (pretty JSON, or what explains why there is none).
    QString payloadText(int row) const;
    int currentRow() const;
    void setCurrentRow(int row);
    // Puts the shown payload on the clipboard.
    void copy();

private:
    void showPayload(int row);

    QList<RawPayload> m_payloads;
    QListWidget *m_list;
    QLabel *m_note;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
};

} // namespace ct
