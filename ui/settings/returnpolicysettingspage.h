// SPDX-License-Identifier: MIT
#pragma once

#include "teamsettingpage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;

namespace ct {

class ConditionRulesModel;
class PolicyTableModel;
class ReturnPolicyDraft;
class ReturnThresholdsModel;
class ReturnWindowsModel;

// The return policy as a manager edits it (docs/RETURNS.md, docs/DESKTOP.md), on tabs:
// the windows per category with the date they count from and the grace days; what can
// never come back and the item conditions; the value thresholds per currency, the serial
// returner rule and the block- and allowlists; exchange first and the label's expiry;
// and the whole policy as JSON for those who prefer to type it. Every field is checked
// as it changes by the store's and the server's own check, each error shown at its field
// (in the JSON at its line) and listed below (Enter on one goes to it). Every change can
// be undone (Ctrl+Z, Ctrl+Shift+Z, or the buttons). Read-only for those who may not
// change it.
class ReturnPolicySettingsPage final : public TeamSettingPage
{
    Q_OBJECT

public:
    enum Tab { WindowsTab, EligibilityTab, ApprovalTab, ExchangeTab, JsonTab };

    explicit ReturnPolicySettingsPage(ReturnPolicyDraft &draft, QWidget *parent = nullptr);

    TeamSettingDraft &settingDraft() const override;
    QString settingName() const override { return QStringLiteral("return_policy"); }
    QString title() const override;
    QString neverSavedText() const override;
    QString inForceText(bool onServer) const override;
    void setReadOnly(bool readOnly) override;
    bool isReadOnly() const override { return m_readOnly; }
    void goTo(const QString &path) override;

    // "Approval, USD, auto-approve below" for an error's path.
    QString placeOf(const QString &path) const;

    QTabWidget *tabs() const { return m_tabs; }
    ReturnWindowsModel *windowsModel() const { return m_windowsModel; }
    ConditionRulesModel *conditionsModel() const { return m_conditionsModel; }
    ReturnThresholdsModel *thresholdsModel() const { return m_thresholdsModel; }
    QTableView *windowsView() const { return m_windowsView; }
    QTableView *conditionsView() const { return m_conditionsView; }
    QTableView *thresholdsView() const { return m_thresholdsView; }
    QPlainTextEdit *jsonEditor() const { return m_json; }

private:
    QWidget *windowsPage();
    QWidget *eligibilityPage();
    QWidget *approvalPage();
    QWidget *exchangePage();
    QWidget *jsonPage();
    QWidget *tableWithButtons(QTableView *view, PolicyTableModel *model, const QString &addText);
    QSpinBox *spin(const char *name, int lo, int hi, const QString &field, const QString &special = {});
    QLabel *errorLabel(const char *name);
    void addRow(QTableView *view, PolicyTableModel *model);
    void removeCurrentRow(QTableView *view, PolicyTableModel *model);
    void showDraft();
    void showErrors();
    void updateEnabled();
    // Where an error is in the JSON view's text: "line 7, column 15", or empty.
    QString lineOf(const QString &path, const QString &detail) const;
    std::optional<int> jsonOffsetOf(const QString &path, const QString &detail) const;

    ReturnPolicyDraft &m_draft;
    ReturnWindowsModel *m_windowsModel;
    ConditionRulesModel *m_conditionsModel;
    ReturnThresholdsModel *m_thresholdsModel;
    QTabWidget *m_tabs;
    QTableView *m_windowsView;
    QTableView *m_conditionsView;
    QTableView *m_thresholdsView;
    QSpinBox *m_grace = nullptr;
    QLineEdit *m_finalSale = nullptr;
    QLineEdit *m_nonReturnable = nullptr;
    QCheckBox *m_onePerItem = nullptr;
    QSpinBox *m_serialReturns = nullptr;
    QSpinBox *m_serialShare = nullptr;
    QSpinBox *m_serialMinOrders = nullptr;
    QSpinBox *m_serialDays = nullptr;
    QPlainTextEdit *m_blocklist = nullptr;
    QPlainTextEdit *m_allowlist = nullptr;
    QListWidget *m_exchangeReasons = nullptr;
    QSpinBox *m_bonus = nullptr;
    QSpinBox *m_labelExpiry = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_jsonState = nullptr;
    QLabel *m_version;
    QLabel *m_message;
    QToolButton *m_undoButton;
    QToolButton *m_redoButton;
    QLabel *m_errorSummary;
    QListWidget *m_errors;
    // Labels beside the form's fields, for the errors of the paths they start.
    QList<QPair<QString, QLabel *>> m_fieldErrors;
    QList<QWidget *> m_editors;
    bool m_readOnly = false;
    bool m_showing = false;
};

} // namespace ct
