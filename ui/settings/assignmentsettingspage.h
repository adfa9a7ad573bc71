// SPDX-License-Identifier: MIT
#pragma once

#include "teamsettingpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace ct {

class AssignmentAgentsModel;
class AssignmentDraft;
class AssignmentRulesModel;
class AssignmentTeamsModel;
class DraftTableModel;

// The assignment rules as a manager edits them (docs/ASSIGNMENT.md, docs/DESKTOP.md):
// tabs for the rules in priority order (Ctrl+Up and Ctrl+Down move one; Insert adds,
// Delete removes), the agents, the teams and the general settings, every field checked as
// it is typed, each error marked on its cell and listed below (Enter on one goes to it).
// Read-only for those who may not change them.
class AssignmentSettingsPage final : public TeamSettingPage
{
    Q_OBJECT

public:
    enum Tab { RulesTab, AgentsTab, TeamsTab, GeneralTab };

    explicit AssignmentSettingsPage(AssignmentDraft &draft, QWidget *parent = nullptr);

    TeamSettingDraft &settingDraft() const override;
    QString settingName() const override { return QStringLiteral("assignment"); }
    QString title() const override;
    QString neverSavedText() const override;
    QString inForceText(bool onServer) const override;
    void setReadOnly(bool readOnly) override;
    bool isReadOnly() const override { return m_readOnly; }
    void goTo(const QString &path) override;

    AssignmentRulesModel *rulesModel() const { return m_rulesModel; }
    AssignmentAgentsModel *agentsModel() const { return m_agentsModel; }
    AssignmentTeamsModel *teamsModel() const { return m_teamsModel; }
    QTableView *rulesView() const { return m_rulesView; }
    QTableView *agentsView() const { return m_agentsView; }
    QTableView *teamsView() const { return m_teamsView; }
    QTabWidget *tabs() const { return m_tabs; }

    // "Rules, 2 (COD failed attempts), carriers" for an error's path.
    QString placeOf(const QString &path) const;

private:
    QWidget *tablePage(QTableView *view, DraftTableModel *model, const QString &addText, QList<QPushButton *> *buttons,
                       QLabel *hint);
    QWidget *generalPage();
    void moveCurrentRule(int by);
    void addRow(QTableView *view, DraftTableModel *model);
    void removeCurrentRow(QTableView *view, DraftTableModel *model);
    void showDraft();
    void showErrors();

    AssignmentDraft &m_draft;
    AssignmentRulesModel *m_rulesModel;
    AssignmentAgentsModel *m_agentsModel;
    AssignmentTeamsModel *m_teamsModel;
    QTabWidget *m_tabs;
    QTableView *m_rulesView;
    QTableView *m_agentsView;
    QTableView *m_teamsView;
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_timeZone = nullptr;
    QSpinBox *m_defaultCap = nullptr;
    QComboBox *m_otherwise = nullptr;
    QLabel *m_generalErrors = nullptr;
    QLabel *m_rulesHint;
    QLabel *m_agentsHint;
    QLabel *m_teamsHint;
    QLabel *m_errorSummary;
    QListWidget *m_errors;
    QList<QPushButton *> m_editButtons;
    bool m_readOnly = false;
    bool m_showing = false;
};

} // namespace ct
