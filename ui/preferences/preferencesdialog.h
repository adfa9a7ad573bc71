// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ct {
class SlaTableEditor;
}

namespace ct {

// Edit > Preferences… (Ctrl+,): the team server's address and CA certificate file (checked
// with tls::readCaFile, the reason at the field), the automatic sync and exception-refresh
// intervals, the exception rules (stuck thresholds, the SLA of each exception type in a
// table (SlaTableEditor), and the whole JSON `--rules` takes,
// errors located, the rules in force kept until the JSON reads), the language (the
// translations that exist), the appearance (the setting View > Appearance uses), the
// data folder and the Map's optional raster tiles (URL template checked as typed, the
// reason at the field; attribution; cache limit; clearing the cache). Everything is a typed setting (core/settings/appsettings.h). OK and Apply
// save and say applied(); the window puts what it can into effect at once. Closing with
// unsaved changes asks first.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    // `dataFolder`: the folder of the store the window has open.
    PreferencesDialog(QString dataFolder, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // Checks and saves every field; false, with the reason at the field at fault and
    // nothing saved, when one is wrong.
    bool apply();
    bool hasUnsavedChanges() const;

    SlaTableEditor *slaTable() const { return m_slas; }

signals:
    void applied();

public slots:
    void reject() override;

private:
    void load();
    void markChanged();
    void rulesEdited();
    void thresholdEdited();
    bool checkCaFile();
    // The tile fields as they stand: false, with the reason at the field, when they cannot be saved.
    bool checkTiles();
    void showTileCacheUse();
    void setFieldError(QLabel *label, const QString &text);

    QString m_dataFolder;
    QLineEdit *m_serverUrl;
    QLineEdit *m_caFile;
    QLabel *m_caError;
    QSpinBox *m_autoSync;
    QSpinBox *m_refresh;
    QSpinBox *m_stuckDomestic;
    QSpinBox *m_stuckInternational;
    QPlainTextEdit *m_rules;
    QLabel *m_rulesError;
    SlaTableEditor *m_slas;
    QComboBox *m_language;
    QComboBox *m_appearance;
    QLabel *m_languageNote;
    QCheckBox *m_tilesEnabled;
    QLineEdit *m_tileUrl;
    QLabel *m_tileUrlError;
    QLineEdit *m_tileAttribution;
    QLabel *m_tileAttributionError;
    QSpinBox *m_tileCacheMb;
    QLabel *m_tileCacheUse;
    QDialogButtonBox *m_buttons;
    bool m_changed = false;
    bool m_loading = false;
    bool m_syncingRules = false;
};

} // namespace ct
