// SPDX-License-Identifier: MIT
#pragma once

#include "allocation/allocationorder.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace ct {

// The Recommend tab's order (docs/DESKTOP.md, "Carrier allocation"): from and to (postal
// code, country, region), weight in kg, COD, declared value and currency, promised date.
// order() reads it into an AllocationOrder, or puts a located message beside each field
// that does not read and gives nullopt. Its values are kept in AppSettings::AllocationForm.
class AllocationOrderForm final : public QWidget
{
    Q_OBJECT

public:
    // The fields by the names they are saved and found under (objectName "<name>Field",
    // their message "<name>Error").
    enum class Field : quint8
    {
        FromPostal,
        FromCountry,
        FromRegion,
        ToPostal,
        ToCountry,
        ToRegion,
        Weight,
        Value,
        Currency,
        Promised
    };

    explicit AllocationOrderForm(QWidget *parent = nullptr);

    std::optional<AllocationOrder> order();
    QLineEdit *field(Field f) const { return m_fields.value(f); }
    QLabel *error(Field f) const { return m_errors.value(f); }
    QCheckBox *cod() const { return m_cod; }

    void restore();
    void save() const;

Q_SIGNALS:
    // Enter in a field.
    void submitted();

private:
    void setError(Field f, const QString &message);
    std::optional<PostalPlace> place(Field postal, Field country, Field region);

    QHash<Field, QLineEdit *> m_fields;
    QHash<Field, QLabel *> m_errors;
    QCheckBox *m_cod;
};

} // namespace ct
