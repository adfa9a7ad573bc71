// SPDX-License-Identifier: MIT
#include "csvmappingdialog.h"

#include "adapters/datetimetext.h"
#include "orders/csvorderreader.h"
#include "orders/minorunits.h"
#include "orders/orderfilereader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ct {

namespace {

using Field = CsvOrderMapping::Field;

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::OrderId: return CsvMappingDialog::tr("Order id");
    case Field::ExternalId: return CsvMappingDialog::tr("Storefront's id");
    case Field::TrackingNumber: return CsvMappingDialog::tr("Tracking number");
    case Field::Carrier: return CsvMappingDialog::tr("Carrier");
    case Field::CustomerName: return CsvMappingDialog::tr("Name");
    case Field::CustomerEmail: return CsvMappingDialog::tr("E-mail");
    case Field::CustomerPhone: return CsvMappingDialog::tr("Phone");
    case Field::CustomerTags: return CsvMappingDialog::tr("Tags");
    case Field::LineSku: return CsvMappingDialog::tr("SKU");
    case Field::LineTitle: return CsvMappingDialog::tr("Title");
    case Field::LineVariant: return CsvMappingDialog::tr("Variant");
    case Field::LineQuantity: return CsvMappingDialog::tr("Quantity");
    case Field::LinePrice: return CsvMappingDialog::tr("Unit price");
    case Field::Currency: return CsvMappingDialog::tr("Currency");
    case Field::Total: return CsvMappingDialog::tr("Total");
    case Field::Subtotal: return CsvMappingDialog::tr("Subtotal");
    case Field::Payment: return CsvMappingDialog::tr("Payment (COD or prepaid)");
    case Field::FinancialStatus: return CsvMappingDialog::tr("Financial status");
    case Field::OrderedAt: return CsvMappingDialog::tr("Ordered at");
    case Field::UpdatedAt: return CsvMappingDialog::tr("Updated at");
    case Field::PromisedDate: return CsvMappingDialog::tr("Promised date");
    case Field::ShipName: return CsvMappingDialog::tr("Recipient");
    case Field::ShipAddress1: return CsvMappingDialog::tr("Address line 1");
    case Field::ShipAddress2: return CsvMappingDialog::tr("Address line 2");
    case Field::ShipCity: return CsvMappingDialog::tr("City");
    case Field::ShipRegion: return CsvMappingDialog::tr("State or province");
    case Field::ShipPostalCode: return CsvMappingDialog::tr("Postal code");
    case Field::ShipCountry: return CsvMappingDialog::tr("Country");
    case Field::ShipPhone: return CsvMappingDialog::tr("Recipient's phone");
    case Field::BillingName: return CsvMappingDialog::tr("Billing name");
    }
    return {};
}

QString formatText(const QString &format)
{
    return format.isEmpty() ? CsvMappingDialog::tr("ISO 8601 (2026-03-14 18:45)") : format;
}

QString formatOf(const QComboBox *combo)
{
    const int index = combo->findText(combo->currentText());
    if (index >= 0)
        return combo->itemData(index).toString();
    return combo->currentText().trimmed(); // typed
}

void setFormat(QComboBox *combo, const QString &format)
{
    const int index = combo->findData(format);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(format);
}

} // namespace

CsvMappingDialog::CsvMappingDialog(const QString &path, const QByteArray &head,
                                   const std::optional<CsvOrderMapping> &saved, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_delimiter(saved ? saved->delimiter : OrderFileReader::csvDelimiter(head))
    , m_preview(new QTableWidget(this))
    , m_storefront(new QLineEdit(this))
    , m_dateTimeFormat(new QComboBox(this))
    , m_dateFormat(new QComboBox(this))
    , m_utcOffset(new QLineEdit(this))
    , m_currency(new QLineEdit(this))
    , m_verdict(new QLabel(this))
{
    setObjectName(QStringLiteral("csvMappingDialog"));
    setWindowTitle(tr("Map the Columns of %1").arg(QFileInfo(path).fileName()));
    resize(980, 760);

    // The head's records; the last one may be cut off where the head ends.
    m_records = CsvRecords::read(head, nullptr, m_delimiter);
    if (head.size() >= OrderFileReader::HeadBytes && m_records.size() > 1)
        m_records.removeLast();
    if (!m_records.isEmpty())
        m_header = m_records.constFirst().fields;
    for (QString &name : m_header)
        name = name.trimmed();

    auto *intro = new QLabel(tr("<b>%1</b> is a CSV in no storefront format Control Tower knows. Say which column holds "
                                "what: each row is a line of an order, the rows with the same order id are one order. "
                                "Fields marked * are required. The mapping is remembered for files with these columns.")
                                 .arg(QFileInfo(path).fileName().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    // The preview: the header and the first rows, as the file has them.
    m_preview->setObjectName(QStringLiteral("csvPreview"));
    m_preview->setColumnCount(static_cast<int>(m_header.size()));
    m_preview->setHorizontalHeaderLabels(m_header);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    const int rows = static_cast<int>(std::min<qsizetype>(PreviewRows, m_records.size() - 1));
    m_preview->setRowCount(std::max(0, rows));
    for (int r = 0; r < rows; ++r) {
        const QStringList &fields = m_records[r + 1].fields;
        for (int c = 0; c < fields.size() && c < m_header.size(); ++c) {
            auto *item = new QTableWidgetItem(fields[c].simplified());
            item->setToolTip(fields[c]);
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    m_preview->setMaximumHeight(m_preview->verticalHeader()->defaultSectionSize() * (PreviewRows + 1)
                                + m_preview->horizontalHeader()->sizeHint().height());

    // The fields, by what they describe.
    auto *fields = new QWidget;
    auto *grid = new QGridLayout(fields);
    grid->addWidget(fieldGroup(tr("Order"), {Field::OrderId, Field::ExternalId, Field::OrderedAt, Field::UpdatedAt,
                                             Field::PromisedDate, Field::Currency, Field::Total, Field::Subtotal,
                                             Field::Payment, Field::FinancialStatus}),
                    0, 0);
    grid->addWidget(fieldGroup(tr("Parcel"), {Field::TrackingNumber, Field::Carrier}), 0, 1);
    grid->addWidget(fieldGroup(tr("Customer"), {Field::CustomerName, Field::CustomerEmail, Field::CustomerPhone,
                                                Field::CustomerTags, Field::BillingName}),
                    1, 1);
    grid->addWidget(fieldGroup(tr("Line"), {Field::LineSku, Field::LineTitle, Field::LineVariant, Field::LineQuantity,
                                            Field::LinePrice}),
                    0, 2);
    grid->addWidget(fieldGroup(tr("Ships to"), {Field::ShipName, Field::ShipAddress1, Field::ShipAddress2, Field::ShipCity,
                                                Field::ShipRegion, Field::ShipPostalCode, Field::ShipCountry,
                                                Field::ShipPhone}),
                    1, 2);

    auto *reading = new QGroupBox(tr("How the file writes"), fields);
    auto *readingForm = new QFormLayout(reading);
    m_storefront->setObjectName(QStringLiteral("storefront"));
    m_storefront->setToolTip(tr("The storefront the orders belong to: an order is one per storefront and order id"));
    m_dateTimeFormat->setObjectName(QStringLiteral("dateTimeFormat"));
    m_dateFormat->setObjectName(QStringLiteral("dateFormat"));
    for (QComboBox *combo : {m_dateTimeFormat, m_dateFormat}) {
        combo->setEditable(true);
        combo->setToolTip(tr("Qt's date letters: dd day, MM month, yyyy year, HH hour, mm minute, AP AM or PM"));
    }
    for (const QString &format : CsvOrderReader::dateTimeFormats())
        m_dateTimeFormat->addItem(formatText(format), format);
    for (const QString &format : CsvOrderReader::dateFormats())
        m_dateFormat->addItem(formatText(format), format);
    m_utcOffset->setObjectName(QStringLiteral("utcOffset"));
    m_utcOffset->setPlaceholderText(QStringLiteral("+05:30"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setPlaceholderText(QStringLiteral("INR"));
    m_currency->setMaxLength(3);
    readingForm->addRow(tr("Storefront:"), m_storefront);
    readingForm->addRow(tr("Dates and times:"), m_dateTimeFormat);
    readingForm->addRow(tr("Promised dates:"), m_dateFormat);
    readingForm->addRow(tr("UTC offset of times:"), m_utcOffset);
    readingForm->addRow(tr("Currency if none:"), m_currency);
    m_utcOffset->setToolTip(tr("The zone of the times the file writes without one"));
    m_currency->setToolTip(tr("The currency of orders whose row names none"));
    grid->addWidget(reading, 1, 0);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);

    m_verdict->setObjectName(QStringLiteral("mappingVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    QPushButton *skip = buttons->addButton(tr("Skip This File"), QDialogButtonBox::RejectRole);
    skip->setObjectName(QStringLiteral("skipButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_preview);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);

    if (saved) {
        showMapping(*saved);
    } else {
        CsvOrderMapping guess = CsvOrderMapping::guess(m_header);
        guess.delimiter = m_delimiter;
        showMapping(guess);
        // Dates: the first format that reads the rows' values.
        setFormat(m_dateTimeFormat, CsvOrderReader::dateTimeFormatOf(samples(Field::OrderedAt)));
        setFormat(m_dateFormat, CsvOrderReader::dateFormatOf(samples(Field::PromisedDate)));
    }
    for (QComboBox *combo : m_combos)
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::recheck);
    connect(m_dateTimeFormat, &QComboBox::currentTextChanged, this, &CsvMappingDialog::recheck);
    connect(m_dateFormat, &QComboBox::currentTextChanged, this, &CsvMappingDialog::recheck);
    for (QLineEdit *edit : {m_storefront, m_utcOffset, m_currency})
        connect(edit, &QLineEdit::textChanged, this, &CsvMappingDialog::recheck);
    recheck();
}

QWidget *CsvMappingDialog::fieldGroup(const QString &title, const QList<Field> &fieldList)
{
    auto *box = new QGroupBox(title);
    auto *form = new QFormLayout(box);
    const CsvOrderMapping defaults;
    for (const Field field : fieldList) {
        auto *combo = new QComboBox(box);
        combo->setObjectName(QStringLiteral("column_") + CsvOrderMapping::key(field));
        combo->addItem(tr("(none)"), QString());
        for (int c = 0; c < m_header.size(); ++c) {
            combo->addItem(m_header[c], m_header[c]);
            // The column's first values, to tell columns apart.
            QStringList values;
            for (qsizetype r = 1; r < m_records.size() && values.size() < 3; ++r) {
                if (c < m_records[r].fields.size() && !m_records[r].fields[c].trimmed().isEmpty())
                    values.append(m_records[r].fields[c].simplified());
            }
            combo->setItemData(c + 1, values.join(QStringLiteral(" · ")), Qt::ToolTipRole);
        }
        QString label = fieldLabel(field);
        auto *name = new QLabel(box);
        if (defaults.isRequired(field)) {
            name->setText(QStringLiteral("<b>%1 *</b>").arg(label.toHtmlEscaped()));
            name->setToolTip(tr("Required"));
            combo->setAccessibleDescription(tr("Required"));
        } else {
            name->setText(label.toHtmlEscaped());
        }
        name->setBuddy(combo);
        combo->setAccessibleName(label);
        form->addRow(name, combo);
        m_combos.insert(field, combo);
    }
    return box;
}

void CsvMappingDialog::showMapping(const CsvOrderMapping &mapping)
{
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const int index = (*it)->findData(mapping.column(it.key()));
        (*it)->setCurrentIndex(std::max(0, index));
    }
    m_storefront->setText(mapping.storefront);
    setFormat(m_dateTimeFormat, mapping.dateTimeFormat);
    setFormat(m_dateFormat, mapping.dateFormat);
    const int offset = std::abs(mapping.utcOffsetMinutes);
    m_utcOffset->setText(QStringLiteral("%1%2:%3")
                             .arg(mapping.utcOffsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(offset / 60, 2, 10, QLatin1Char('0'))
                             .arg(offset % 60, 2, 10, QLatin1Char('0')));
    m_currency->setText(mapping.currency);
}

CsvOrderMapping CsvMappingDialog::mapping() const
{
    CsvOrderMapping m;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const QString column = (*it)->currentData().toString();
        if (!column.isEmpty())
            m.columns.insert(it.key(), column);
    }
    if (!m_storefront->text().trimmed().isEmpty())
        m.storefront = m_storefront->text().trimmed();
    m.dateTimeFormat = formatOf(m_dateTimeFormat);
    m.dateFormat = formatOf(m_dateFormat);
    m.utcOffsetMinutes = parseUtcOffset(m_utcOffset->text().trimmed()).value_or(0);
    m.currency = m_currency->text().trimmed().toUpper();
    m.delimiter = m_delimiter;
    return m;
}

QStringList CsvMappingDialog::samples(Field field) const
{
    const QString column = m_combos.value(field) ? m_combos.value(field)->currentData().toString() : QString();
    const qsizetype at = m_header.indexOf(column);
    QStringList out;
    if (column.isEmpty() || at < 0)
        return out;
    for (qsizetype r = 1; r < m_records.size() && out.size() < CsvOrderReader::SampleRows; ++r) {
        if (at < m_records[r].fields.size() && !m_records[r].fields[at].trimmed().isEmpty())
            out.append(m_records[r].fields[at].trimmed());
    }
    return out;
}

void CsvMappingDialog::recheck()
{
    CsvOrderMapping m = mapping();
    QStringList problems;
    // What the mapping's JSON would refuse, said in the dialog's words.
    const QString offsetText = m_utcOffset->text().trimmed();
    const std::optional<int> offset = parseUtcOffset(offsetText);
    if (!offsetText.isEmpty() && (!offset || *offset < -14 * 60 || *offset > 14 * 60))
        problems.append(tr("\"%1\" is not a UTC offset like +05:30.").arg(offsetText));
    if (!m.currency.isEmpty() && !currencyExponent(m.currency))
        problems.append(tr("\"%1\" is not an ISO 4217 currency code.").arg(m.currency));
    QString jsonError;
    if (problems.isEmpty() && !CsvOrderMapping::fromJson(m.toJson(), &jsonError)) {
        if (!m.has(Field::OrderId) || !m.has(Field::TrackingNumber))
            problems.append(tr("Choose the columns of the fields marked *."));
        else
            problems.append(jsonError);
    }
    if (problems.isEmpty()) {
        for (const FeedIssue &issue : CsvOrderReader::check(m_records, m, QFileInfo(m_path).fileName())) {
            if (issue.record > 0)
                problems.append(tr("Row %1 (line %2), %3: %4").arg(issue.record).arg(issue.line).arg(issue.field, issue.message));
            else // the reason, without what an import would say of the store
                problems.append(issue.message.section(QStringLiteral(": "), 1));
        }
    }
    m_fits = problems.isEmpty();
    m_import->setEnabled(m_fits);
    const int rows = static_cast<int>(std::min<qsizetype>(CsvOrderReader::SampleRows, std::max<qsizetype>(0, m_records.size() - 1)));
    m_verdict->setText(m_fits ? tr("The mapping fits the file (rows checked: %1).").arg(rows)
                              : tr("This mapping does not fit the file:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
}

QString CsvMappingDialog::verdict() const
{
    return m_verdict->text();
}

} // namespace ct
