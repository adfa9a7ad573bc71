// SPDX-License-Identifier: MIT
#include "preferencesdialog.h"

#include "json/jsonindent.h"
#include "map/tilecache.h"
#include "map/tiletemplate.h"
#include "net/tlstrust.h"
#include "rules/rulesconfig.h"
#include "settings/appsettings.h"
#include "settings/rulessetting.h"
#include "shell/applanguage.h"
#include "shell/appearance.h"
#include "slatableeditor.h"
#include "widgets/statuspalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ct {

namespace {

QLabel *errorLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p;
    p.setColor(QPalette::WindowText, StatusPalette::errorText());
    label->setPalette(p);
    label->hide();
    return label;
}

QSpinBox *minutes(QWidget *parent, const char *name, const QString &off)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(0, 24 * 60);
    box->setSpecialValueText(off);
    box->setSuffix(PreferencesDialog::tr(" min"));
    return box;
}

QSpinBox *hours(QWidget *parent, const char *name)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(1, 24 * 60);
    box->setSuffix(PreferencesDialog::tr(" h"));
    return box;
}

QWidget *page(QTabWidget *tabs, const QString &title, QLayout *layout)
{
    auto *widget = new QWidget(tabs);
    widget->setLayout(layout);
    tabs->addTab(widget, title);
    return widget;
}

} // namespace

PreferencesDialog::PreferencesDialog(QString dataFolder, QWidget *parent)
    : QDialog(parent)
    , m_dataFolder(std::move(dataFolder))
    , m_serverUrl(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_caError(errorLabel(this, "caFileError"))
    , m_autoSync(minutes(this, "autoSyncMinutes", tr("Off")))
    , m_refresh(minutes(this, "refreshMinutes", tr("Off")))
    , m_stuckDomestic(hours(this, "stuckDomesticHours"))
    , m_stuckInternational(hours(this, "stuckInternationalHours"))
    , m_rules(new QPlainTextEdit(this))
    , m_rulesError(errorLabel(this, "rulesError"))
    , m_slas(new SlaTableEditor(this))
    , m_language(new QComboBox(this))
    , m_appearance(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_tilesEnabled(new QCheckBox(tr("Draw &raster tiles under the map"), this))
    , m_tileUrl(new QLineEdit(this))
    , m_tileUrlError(errorLabel(this, "tileUrlError"))
    , m_tileAttribution(new QLineEdit(this))
    , m_tileAttributionError(errorLabel(this, "tileAttributionError"))
    , m_tileCacheMb(new QSpinBox(this))
    , m_tileCacheUse(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("tabs"));

    // Server
    m_serverUrl->setObjectName(QStringLiteral("serverUrl"));
    m_serverUrl->setPlaceholderText(tr("https://controltower.example.com"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("None: the system's certificates only"));
    auto *browse = new QPushButton(tr("&Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("CA Certificate File"), m_caFile->text(),
                                                          tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty()) {
            m_caFile->setText(path);
            checkCaFile();
        }
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *caBox = new QVBoxLayout;
    caBox->addLayout(caRow);
    caBox->addWidget(m_caError);
    auto *server = new QFormLayout;
    server->addRow(tr("Team &server:"), m_serverUrl);
    auto *caLabel = new QLabel(tr("&CA certificate:"), this);
    caLabel->setBuddy(m_caFile);
    server->addRow(caLabel, caBox);
    auto *serverNote = new QLabel(tr("The address Server > Connect… starts from. A CA certificate file (PEM) is "
                                     "trusted besides the system's: a team server's own certificate authority or "
                                     "self-signed certificate, as controltower-cli --ca-file."), this);
    serverNote->setWordWrap(true);
    server->addRow(serverNote);
    page(tabs, tr("Server"), server);

    // Refresh
    auto *refresh = new QFormLayout;
    refresh->addRow(tr("&Automatic sync every:"), m_autoSync);
    refresh->addRow(tr("Re-evaluate &exceptions every:"), m_refresh);
    auto *refreshNote = new QLabel(tr("Automatic sync runs while connected to a team server. Re-evaluating the "
                                      "exceptions as of now makes priorities follow the SLA clock (standalone stores)."),
                                   this);
    refreshNote->setWordWrap(true);
    refresh->addRow(refreshNote);
    page(tabs, tr("Refresh"), refresh);

    // Rules
    m_rules->setObjectName(QStringLiteral("rulesJson"));
    m_rules->setTabChangesFocus(true);
    m_rules->setFont(QFont(QStringLiteral("monospace")));
    auto *defaults = new QPushButton(tr("&Defaults"), this);
    defaults->setObjectName(QStringLiteral("rulesDefaults"));
    connect(defaults, &QPushButton::clicked, this, [this] {
        m_rules->setPlainText(QString::fromUtf8(json::indented(RulesConfig().toJson())));
    });
    auto *rules = new QVBoxLayout;
    auto *thresholds = new QFormLayout;
    thresholds->addRow(tr("Stuck after, &domestic:"), m_stuckDomestic);
    thresholds->addRow(tr("Stuck after, &international:"), m_stuckInternational);
    rules->addLayout(thresholds);
    auto *slaLabel = new QLabel(tr("&SLA per exception type, in hours from when it opens:"), this);
    slaLabel->setBuddy(m_slas->spinBox(ExceptionType::FailedAttempt, SlaTableEditor::FirstAction));
    rules->addWidget(slaLabel);
    rules->addWidget(m_slas, 2);
    auto *rulesLabel = new QLabel(tr("Every threshold and SLA, as the JSON controltower-cli --rules reads "
                                     "(docs/EXCEPTIONS.md):"), this);
    rulesLabel->setWordWrap(true);
    rulesLabel->setBuddy(m_rules);
    rules->addWidget(rulesLabel);
    rules->addWidget(m_rules, 1);
    rules->addWidget(m_rulesError);
    rules->addWidget(defaults, 0, Qt::AlignLeft);
    page(tabs, tr("Rules"), rules);

    // Appearance
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &code : AppLanguage::choices())
        m_language->addItem(AppLanguage::nativeName(code), code);
    m_appearance->setObjectName(QStringLiteral("appearance"));
    m_appearance->addItem(tr("System"), appearanceName(Appearance::System));
    m_appearance->addItem(tr("Light"), appearanceName(Appearance::Light));
    m_appearance->addItem(tr("Dark"), appearanceName(Appearance::Dark));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setText(tr("A new language applies when Control Tower starts again."));
    auto *look = new QFormLayout;
    look->addRow(tr("&Language:"), m_language);
    look->addRow(m_languageNote);
    look->addRow(tr("A&ppearance:"), m_appearance);
    page(tabs, tr("Appearance"), look);

    // Data
    auto *folder = new QLabel(QDir::toNativeSeparators(m_dataFolder), this);
    folder->setObjectName(QStringLiteral("dataFolder"));
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folder->setWordWrap(true);
    auto *open = new QPushButton(tr("&Open in File Manager"), this);
    open->setObjectName(QStringLiteral("openDataFolder"));
    connect(open, &QPushButton::clicked, this, [this] {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataFolder)))
            QMessageBox::warning(this, tr("Open in File Manager"),
                                 tr("No file manager could open %1.").arg(QDir::toNativeSeparators(m_dataFolder)));
    });
    auto *dataForm = new QFormLayout;
    dataForm->addRow(tr("Data folder:"), folder);
    dataForm->addRow(QString(), open);
    auto *dataNote = new QLabel(tr("The store, the carrier feeds file and the logs live here. Another store opens "
                                   "with controltower --db FILE."), this);
    dataNote->setWordWrap(true);
    dataForm->addRow(dataNote);
    page(tabs, tr("Data"), dataForm);

    // Map: optional raster tiles (docs/MAP.md#raster-tiles).
    m_tilesEnabled->setObjectName(QStringLiteral("tilesEnabled"));
    m_tileUrl->setObjectName(QStringLiteral("tileUrl"));
    m_tileUrl->setPlaceholderText(tr("https://tiles.example.com/{z}/{x}/{y}.png"));
    m_tileAttribution->setObjectName(QStringLiteral("tileAttribution"));
    m_tileAttribution->setPlaceholderText(tr("As the tile server's licence asks, e.g. © its data's contributors"));
    m_tileCacheMb->setObjectName(QStringLiteral("tileCacheMb"));
    m_tileCacheMb->setRange(10, 100000);
    m_tileCacheMb->setSuffix(tr(" MB"));
    m_tileCacheUse->setObjectName(QStringLiteral("tileCacheUse"));
    auto *clearCache = new QPushButton(tr("C&lear Tile Cache"), this);
    clearCache->setObjectName(QStringLiteral("clearTileCache"));
    connect(clearCache, &QPushButton::clicked, this, [this] {
        map::tilecache::clear(map::tilecache::directory());
        showTileCacheUse();
    });
    auto *urlBox = new QVBoxLayout;
    urlBox->addWidget(m_tileUrl);
    urlBox->addWidget(m_tileUrlError);
    auto *attributionBox = new QVBoxLayout;
    attributionBox->addWidget(m_tileAttribution);
    attributionBox->addWidget(m_tileAttributionError);
    auto *cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_tileCacheMb);
    cacheRow->addWidget(m_tileCacheUse, 1);
    cacheRow->addWidget(clearCache);
    auto *mapForm = new QFormLayout;
    mapForm->addRow(m_tilesEnabled);
    auto *urlLabel = new QLabel(tr("Tile &URL template:"), this);
    urlLabel->setBuddy(m_tileUrl);
    mapForm->addRow(urlLabel, urlBox);
    auto *attributionLabel = new QLabel(tr("A&ttribution:"), this);
    attributionLabel->setBuddy(m_tileAttribution);
    mapForm->addRow(attributionLabel, attributionBox);
    auto *cacheLabel = new QLabel(tr("&Disk cache up to:"), this);
    cacheLabel->setBuddy(m_tileCacheMb);
    mapForm->addRow(cacheLabel, cacheRow);
    auto *tilesNote = new QLabel(tr("The map needs no tiles: its built-in map works offline, and nothing is set here "
                                    "by default. {z}, {x} and {y} stand for the tile's zoom, column and row, {s} for "
                                    "a, b or c. Use only a tile server whose usage policy allows your use (many public "
                                    "servers forbid heavy or commercial use); its attribution is drawn in the map's "
                                    "corner. A tile that fails is left out and said on the map."), this);
    tilesNote->setWordWrap(true);
    mapForm->addRow(tilesNote);
    page(tabs, tr("Map"), mapForm);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_buttons);
    resize(720, 680);

    load();
    for (QLineEdit *edit : {m_serverUrl, m_caFile})
        connect(edit, &QLineEdit::textEdited, this, &PreferencesDialog::markChanged);
    connect(m_caFile, &QLineEdit::editingFinished, this, &PreferencesDialog::checkCaFile);
    for (QLineEdit *edit : {m_tileUrl, m_tileAttribution}) {
        connect(edit, &QLineEdit::textEdited, this, &PreferencesDialog::markChanged);
        connect(edit, &QLineEdit::textEdited, this, &PreferencesDialog::checkTiles);
    }
    connect(m_tilesEnabled, &QCheckBox::toggled, this, [this] {
        markChanged();
        checkTiles();
    });
    connect(m_tileCacheMb, &QSpinBox::valueChanged, this, &PreferencesDialog::markChanged);
    for (QSpinBox *box : {m_autoSync, m_refresh})
        connect(box, &QSpinBox::valueChanged, this, &PreferencesDialog::markChanged);
    for (QSpinBox *box : {m_stuckDomestic, m_stuckInternational})
        connect(box, &QSpinBox::valueChanged, this, &PreferencesDialog::thresholdEdited);
    connect(m_rules, &QPlainTextEdit::textChanged, this, &PreferencesDialog::rulesEdited);
    connect(m_slas, &SlaTableEditor::edited, this, &PreferencesDialog::thresholdEdited);
    for (QComboBox *box : {m_language, m_appearance})
        connect(box, &QComboBox::currentIndexChanged, this, &PreferencesDialog::markChanged);
    connect(m_buttons, &QDialogButtonBox::clicked, this, [this](QAbstractButton *button) {
        switch (m_buttons->buttonRole(button)) {
        case QDialogButtonBox::AcceptRole:
            if (apply())
                accept();
            break;
        case QDialogButtonBox::ApplyRole:
            apply();
            break;
        default:
            reject();
            break;
        }
    });
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::load()
{
    m_loading = true;
    m_serverUrl->setText(AppSettings::ServerUrl.value());
    m_caFile->setText(AppSettings::ServerCaFile.value());
    m_autoSync->setValue(AppSettings::AutoSyncMinutes.value());
    m_refresh->setValue(AppSettings::ExceptionRefreshMinutes.value());
    const QByteArray saved = RulesSetting::json();
    const RulesConfig rules = RulesSetting::value();
    m_rules->setPlainText(QString::fromUtf8(json::indented(saved.trimmed().isEmpty() ? rules.toJson() : saved)));
    m_stuckDomestic->setValue(rules.stuckDomesticHours);
    m_stuckInternational->setValue(rules.stuckInternationalHours);
    m_slas->setSlas(rules.sla);
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::Language.value())));
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(AppSettings::Appearance.value())));
    m_tilesEnabled->setChecked(AppSettings::MapTilesEnabled.value());
    m_tileUrl->setText(AppSettings::MapTileUrl.value());
    m_tileAttribution->setText(AppSettings::MapTileAttribution.value());
    m_tileCacheMb->setValue(AppSettings::MapTileCacheMb.value());
    showTileCacheUse();
    m_loading = false;
    m_changed = false;
}

void PreferencesDialog::markChanged()
{
    if (!m_loading)
        m_changed = true;
}

bool PreferencesDialog::hasUnsavedChanges() const
{
    return m_changed;
}

void PreferencesDialog::setFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

bool PreferencesDialog::checkCaFile()
{
    const QString path = m_caFile->text().trimmed();
    QString error;
    if (!path.isEmpty() && !tls::readCaFile(path, &error)) {
        setFieldError(m_caError, error);
        return false;
    }
    setFieldError(m_caError, {});
    return true;
}

bool PreferencesDialog::checkTiles()
{
    // A template is checked whenever one is written; the attribution is needed to draw tiles.
    const bool enabled = m_tilesEnabled->isChecked();
    const QString url = m_tileUrl->text().trimmed();
    QString error;
    const bool urlRead = (url.isEmpty() && !enabled) || map::TileTemplate::parse(url, &error);
    setFieldError(m_tileUrlError, urlRead ? QString() : tr("Tile URL: %1").arg(error));
    const bool attributed = !enabled || !m_tileAttribution->text().trimmed().isEmpty();
    setFieldError(m_tileAttributionError,
                  attributed ? QString() : tr("An attribution is required to draw tiles: the one the tile server's licence asks for."));
    return urlRead && attributed;
}

void PreferencesDialog::showTileCacheUse()
{
    const qint64 bytes = map::tilecache::bytesUsed(map::tilecache::directory());
    m_tileCacheUse->setText(tr("%1 in use").arg(QLocale().formattedDataSize(bytes)));
}

void PreferencesDialog::rulesEdited()
{
    markChanged();
    if (m_syncingRules)
        return;
    QString error;
    const auto rules = RulesConfig::fromJson(m_rules->toPlainText().toUtf8(), &error);
    setFieldError(m_rulesError, rules ? QString() : tr("Rules: %1 (the rules in force stay until this reads)").arg(error));
    if (!rules)
        return;
    // The thresholds above follow the JSON.
    m_syncingRules = true;
    m_stuckDomestic->setValue(rules->stuckDomesticHours);
    m_stuckInternational->setValue(rules->stuckInternationalHours);
    m_slas->setSlas(rules->sla);
    m_syncingRules = false;
}

void PreferencesDialog::thresholdEdited()
{
    markChanged();
    if (m_syncingRules || m_loading)
        return;
    // The JSON follows the thresholds, when it reads; otherwise it must be mended first.
    QString error;
    auto rules = RulesConfig::fromJson(m_rules->toPlainText().toUtf8(), &error);
    if (!rules)
        return;
    rules->stuckDomesticHours = m_stuckDomestic->value();
    rules->stuckInternationalHours = m_stuckInternational->value();
    if (!m_slas->problem().isEmpty())
        return; // the table says what to mend; the JSON keeps the last values that held
    rules->sla = m_slas->slas();
    m_syncingRules = true;
    m_rules->setPlainText(QString::fromUtf8(json::indented(rules->toJson())));
    m_syncingRules = false;
}

bool PreferencesDialog::apply()
{
    auto *tabs = findChild<QTabWidget *>(QStringLiteral("tabs"));
    if (!checkCaFile()) {
        tabs->setCurrentIndex(0);
        m_caFile->setFocus();
        return false;
    }
    if (!m_slas->problem().isEmpty()) {
        tabs->setCurrentIndex(2);
        m_slas->setFocus();
        return false;
    }
    if (!checkTiles()) {
        tabs->setCurrentIndex(tabs->count() - 1);
        (m_tileUrlError->text().isEmpty() ? m_tileAttribution : m_tileUrl)->setFocus();
        return false;
    }
    QByteArray rulesJson = m_rules->toPlainText().toUtf8();
    // The defaults written out are saved as "the defaults", so later versions' defaults apply.
    QString unread;
    if (const auto read = RulesConfig::fromJson(rulesJson, &unread); read && read->toJson() == RulesConfig().toJson())
        rulesJson.clear();
    if (const std::optional<QString> error = RulesSetting::save(rulesJson)) {
        setFieldError(m_rulesError, tr("Rules: %1 (the rules in force stay until this reads)").arg(*error));
        tabs->setCurrentIndex(2);
        m_rules->setFocus();
        return false;
    }
    AppSettings::ServerUrl.setValue(m_serverUrl->text().trimmed());
    AppSettings::ServerCaFile.setValue(m_caFile->text().trimmed());
    AppSettings::AutoSyncMinutes.setValue(m_autoSync->value());
    AppSettings::ExceptionRefreshMinutes.setValue(m_refresh->value());
    AppSettings::Language.setValue(m_language->currentData().toString());
    AppSettings::MapTilesEnabled.setValue(m_tilesEnabled->isChecked());
    AppSettings::MapTileUrl.setValue(m_tileUrl->text().trimmed());
    AppSettings::MapTileAttribution.setValue(m_tileAttribution->text().trimmed());
    AppSettings::MapTileCacheMb.setValue(m_tileCacheMb->value());
    const QString appearance = m_appearance->currentData().toString();
    AppSettings::Appearance.setValue(appearance);
    if (const auto chosen = appearanceFromName(appearance))
        applyAppearance(*chosen);
    m_changed = false;
    emit applied();
    return true;
}

void PreferencesDialog::reject()
{
    if (m_changed) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved Preferences"), tr("Save the changed preferences?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("unsavedPreferences"));
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            if (!apply())
                return;
            accept();
            return;
        case QMessageBox::Discard:
            break;
        default:
            return;
        }
    }
    QDialog::reject();
}

} // namespace ct
