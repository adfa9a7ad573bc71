// SPDX-License-Identifier: MIT
#pragma once

#include "edits/editcatalog.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;

namespace ct {

// One field of an action form (ActionForm): the widgets for one or more parameters of
// the edit, what they write into the parameters, and the line under them that says what
// is wrong, in the catalog's words. A field is dirty once the user changed it; the form
// asks before it throws a dirty field's input away.
class ActionField : public QWidget
{
    Q_OBJECT

public:
    // `params`: the parameters it writes ("date"; "address" also owns "address.postal").
    ActionField(QStringList params, QWidget *parent);

    virtual void writeParams(QJsonObject &params) const = 0;
    // What the field itself finds wrong before the catalog is asked (an amount that is
    // not a number); the form shows them with the catalog's.
    virtual QList<FieldError> localProblems() const { return {}; }
    // Whether an error of `field` ("address.postal") belongs here.
    bool owns(const QString &field) const;
    // Shows the errors (an empty list clears them).
    void setErrors(const QList<FieldError> &errors);
    bool hasErrors() const { return m_hasErrors; }
    // Where the keyboard goes when the form sends the user back to this field.
    virtual QWidget *focusTarget() const = 0;
    bool isDirty() const { return m_dirty; }
    const QStringList &params() const { return m_params; }

Q_SIGNALS:
    // The user changed the field.
    void edited();

protected:
    void markEdited();
    // Where the errors show: the error label by default; a field of several inputs puts
    // each under its own.
    virtual void showErrors(const QList<FieldError> &errors);
    // The label that shows the errors; the subclass puts it in its layout (under the input).
    QLabel *errorLabel() const { return m_error; }
    static QLabel *makeErrorLabel(const QString &objectName, QWidget *parent);
    static void showErrorText(QLabel *label, const QStringList &messages);

private:
    QStringList m_params;
    QLabel *m_error;
    bool m_dirty = false;
    bool m_hasErrors = false;
};

} // namespace ct
