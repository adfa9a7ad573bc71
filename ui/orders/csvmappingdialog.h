// SPDX-License-Identifier: MIT
#pragma once

#include "csv/csvrecords.h"
#include "orders/csvordermapping.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ct {

// The columns of a custom storefront's CSV mapped to an order's fields
// (docs/storefronts/csv.md), asked when File > Import Files… meets a CSV in no format this
// build knows: the file's first rows as a preview, a combo per field (required ones
// marked), how dates are written, the zone and currency they mean, and the verdict of
// CsvOrderReader::check on the first rows as the mapping changes (the first rows that
// failed). Import is enabled only when the mapping fits them. It opens on the mapping
// saved for this header, else on a guess from the column names.
class CsvMappingDialog final : public QDialog
{
    Q_OBJECT

public:
    // `head`: the file's first bytes (OrderFileReader::HeadBytes).
    CsvMappingDialog(const QString &path, const QByteArray &head, const std::optional<CsvOrderMapping> &saved,
                     QWidget *parent = nullptr);

    CsvOrderMapping mapping() const;
    const QStringList &header() const { return m_header; }
    bool fits() const { return m_fits; }
    // What the check says now (the label under the form).
    QString verdict() const;
    // The combo of a field (its object name is "column_" + CsvOrderMapping::key(field)).
    QComboBox *combo(CsvOrderMapping::Field field) const { return m_combos.value(field); }

    static constexpr int PreviewRows = 8;

private:
    QWidget *fieldGroup(const QString &title, const QList<CsvOrderMapping::Field> &fields);
    void showMapping(const CsvOrderMapping &mapping);
    void recheck();
    QStringList samples(CsvOrderMapping::Field field) const;

    QString m_path;
    QChar m_delimiter;
    QList<CsvRecord> m_records; // the header first, then the complete rows of the head
    QStringList m_header;
    QMap<CsvOrderMapping::Field, QComboBox *> m_combos;
    QTableWidget *m_preview;
    QLineEdit *m_storefront;
    QComboBox *m_dateTimeFormat;
    QComboBox *m_dateFormat;
    QLineEdit *m_utcOffset;
    QLineEdit *m_currency;
    QLabel *m_verdict;
    QPushButton *m_import;
    bool m_fits = false;
};

} // namespace ct
