// SPDX-License-Identifier: MIT
#include "actionsummarydialog.h"

#include "widgets/statuspalette.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ct {

namespace {

// What each edit is called in a summary line.
QString opLabel(const QString &op)
{
    static const QHash<QString, const char *> Labels{
        {QStringLiteral("claim"), QT_TRANSLATE_NOOP("ActionSummaryDialog", "claim")},
        {QStringLiteral("assign"), QT_TRANSLATE_NOOP("ActionSummaryDialog", "assignment")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("ActionSummaryDialog", "note")},
        {QStringLiteral("reattempt"), QT_TRANSLATE_NOOP("ActionSummaryDialog", "re-attempt")},
        {QStringLiteral("reschedule"), QT_TRANSLATE_NOOP("ActionSummaryDialog", "new delivery date")},
        {QStringLiteral("update_address"), QT_TRANSLATE_NOOP("ActionSummaryDialog", "address")},
        {QStringLiteral("update_phone"), QT_TRANSLATE_NOOP("ActionSummaryDialog", "phone number")},
        {QStringLiteral("convert_to_pickup"), QT_TRANSLATE_NOOP("ActionSummaryDialog", "pickup point")},
        {QStringLiteral("return_to_origin"), QT_TRANSLATE_NOOP("ActionSummaryDialog", "return to sender")},
        {QStringLiteral("reship"), QT_TRANSLATE_NOOP("ActionSummaryDialog", "reshipment")},
        {QStringLiteral("refund"), QT_TRANSLATE_NOOP("ActionSummaryDialog", "refund")},
        {QStringLiteral("contact_customer"), QT_TRANSLATE_NOOP("ActionSummaryDialog", "message to the customer")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ActionSummaryDialog", "status")},
        {QStringLiteral("snooze"), QT_TRANSLATE_NOOP("ActionSummaryDialog", "snooze")},
        {QStringLiteral("mark_fake_attempt"), QT_TRANSLATE_NOOP("ActionSummaryDialog", "fake attempt")},
    };
    const char *label = Labels.value(op);
    return label ? QCoreApplication::translate("ActionSummaryDialog", label) : op;
}

QString opList(const QStringList &ops)
{
    QStringList labels;
    for (const QString &op : ops)
        labels << opLabel(op);
    return labels.join(QStringLiteral(", "));
}

} // namespace

ActionSummaryDialog::ActionSummaryDialog(const QString &what, const BatchResult &result, bool standalone,
                                         QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(static_cast<int>(result.items.size()), 3, this))
{
    setObjectName(QStringLiteral("actionSummary"));
    setWindowTitle(tr("%1: Summary").arg(what));
    auto *layout = new QVBoxLayout(this);
    const int applied = result.appliedCount();
    const int refused = result.refusedCount();
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("summaryHeading"));
    heading->setWordWrap(true);
    QString text = refused == 0 ? tr("%1: done for all %n exceptions.", nullptr, applied).arg(what)
                                : tr("%1: done for %2 of %3 exceptions; %4 refused.")
                                      .arg(what).arg(applied).arg(result.items.size()).arg(refused);
    if (!result.made.isEmpty())
        text += QLatin1Char(' ')
                + (standalone ? tr("Edit > Undo takes back everything that was done, in one step.")
                              : tr("Edit > Undo takes back everything that was done, in one step, until it is sent to the "
                                   "team server."));
    heading->setText(text);
    layout->addWidget(heading);

    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setHorizontalHeaderLabels({tr("Tracking number"), tr("Result"), tr("Why")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QColor error = StatusPalette::errorText();
    for (int row = 0; row < result.items.size(); ++row) {
        const BatchItem &item = result.items.at(row);
        auto *number = new QTableWidgetItem(item.trackingNumber.isEmpty() ? tr("Exception %1").arg(item.exceptionId)
                                                                          : item.trackingNumber);
        number->setData(Qt::UserRole, item.exceptionId);
        QString outcome;
        QString why;
        if (item.ok()) {
            outcome = tr("Done: %1").arg(opList(item.applied));
        } else {
            outcome = item.applied.isEmpty()
                ? tr("Refused: %1").arg(opLabel(item.refusedOp))
                : tr("Done: %1; refused: %2").arg(opList(item.applied), opLabel(item.refusedOp));
            why = item.refusal;
            if (!item.notTried.isEmpty())
                why += QLatin1Char(' ') + tr("(not tried: %1)").arg(opList(item.notTried));
        }
        auto *status = new QTableWidgetItem(outcome);
        auto *reason = new QTableWidgetItem(why);
        if (!item.ok()) {
            status->setForeground(error);
            reason->setForeground(error);
        }
        m_table->setItem(row, 0, number);
        m_table->setItem(row, 1, status);
        m_table->setItem(row, 2, reason);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    // Rows as high as their wrapped reasons once the table has its width.
    QTimer::singleShot(0, m_table, [table = m_table] { table->resizeRowsToContents(); });
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    resize(760, 200 + 28 * static_cast<int>(qMin<qsizetype>(result.items.size(), 12)));
}

} // namespace ct
