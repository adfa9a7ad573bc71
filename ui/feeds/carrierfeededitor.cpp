// SPDX-License-Identifier: MIT
#include "carrierfeededitor.h"

#include "carrierfeeds.h"
#include "json/jsonwriter.h"
#include "json/parser.h"
#include "widgets/statuspalette.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ct {

namespace {

QLabel *noteLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void setColour(QLabel *label, bool problem)
{
    if (!problem) {
        label->setPalette(QPalette()); // the inherited one: it follows a change of appearance
        return;
    }
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, StatusPalette::errorText());
    label->setPalette(palette);
}

} // namespace

CarrierFeedEditor::CarrierFeedEditor(CarrierFeeds &feeds, std::optional<CarrierFeedConfig> existing, QWidget *parent)
    : QDialog(parent)
    , m_feeds(feeds)
    , m_existing(std::move(existing))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_pollMinutes(new QSpinBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_burst(new QDoubleSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_credentialState(new QLabel(this))
    , m_replace(new QPushButton(tr("&Replace…"), this))
    , m_credential(new QLineEdit(this))
    , m_keychainNote(noteLabel(this, "keychainNote"))
    , m_error(noteLabel(this, "error"))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_probeResult(noteLabel(this, "probeResult"))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("CarrierFeedEditor"));
    setWindowTitle(m_existing ? tr("Edit Carrier Feed") : tr("Add Carrier Feed"));
    const CarrierFeedConfig shown = m_existing.value_or(CarrierFeedConfig());

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("ups, fedex-us…"));
    m_name->setText(shown.name);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(tr("https://tracking.example.com/ups/feed"));
    m_url->setText(shown.url.toString());
    m_pollMinutes->setObjectName(QStringLiteral("pollMinutes"));
    m_pollMinutes->setRange(0, 24 * 60);
    m_pollMinutes->setSpecialValueText(tr("Only when asked"));
    m_pollMinutes->setSuffix(tr(" min"));
    m_pollMinutes->setValue(shown.pollMinutes);
    m_rate->setObjectName(QStringLiteral("rate"));
    m_rate->setRange(0.01, 1000);
    m_rate->setDecimals(2);
    m_rate->setSuffix(tr(" requests/s"));
    m_rate->setValue(shown.requestsPerSecond);
    m_burst->setObjectName(QStringLiteral("burst"));
    m_burst->setRange(1, 1000);
    m_burst->setDecimals(0);
    m_burst->setValue(shown.burst);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(std::max(1, shown.timeoutMs / 1000));

    // The credential: never shown once saved; replaced, or typed for a new feed.
    m_credential->setObjectName(QStringLiteral("credential"));
    m_credential->setEchoMode(QLineEdit::Password);
    m_credential->setPlaceholderText(tr("The Authorization value: Bearer …, Basic …"));
    m_credentialState->setObjectName(QStringLiteral("credentialState"));
    m_replace->setObjectName(QStringLiteral("replaceCredential"));
    const CarrierFeeds::Credential saved =
        m_existing ? feeds.credential(m_existing->name) : CarrierFeeds::Credential::None;
    switch (saved) {
    case CarrierFeeds::Credential::Keychain:
        m_credentialState->setText(tr("Saved in the keychain."));
        break;
    case CarrierFeeds::Credential::Session:
        m_credentialState->setText(tr("Kept for this session only."));
        break;
    case CarrierFeeds::Credential::Environment:
        m_credentialState->setText(tr("From the environment variable %1.").arg(shown.authEnv));
        break;
    case CarrierFeeds::Credential::None:
        break;
    }
    const bool hasSaved = saved == CarrierFeeds::Credential::Keychain || saved == CarrierFeeds::Credential::Session;
    m_credential->setVisible(!hasSaved);
    m_replace->setVisible(hasSaved);
    m_credentialState->setVisible(saved != CarrierFeeds::Credential::None);
    connect(m_replace, &QPushButton::clicked, this, [this] {
        m_replace->hide();
        m_credentialState->setText(tr("Replaced when you save (leave empty to remove it):"));
        m_credential->show();
        m_credential->setFocus();
    });
    if (!feeds.keychainAvailable()) {
        m_keychainNote->setText(tr("The keychain cannot keep credentials here: %1. A credential you enter is kept "
                                   "in memory for this session only: after Control Tower restarts, enter it again, "
                                   "or set the feed's auth_env environment variable.")
                                    .arg(feeds.keychainProblem()));
        m_keychainNote->show();
    }

    auto *credentialRow = new QHBoxLayout;
    credentialRow->addWidget(m_credentialState, 1);
    credentialRow->addWidget(m_replace);
    auto *credentialBox = new QVBoxLayout;
    credentialBox->addLayout(credentialRow);
    credentialBox->addWidget(m_credential);
    credentialBox->addWidget(m_keychainNote);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Poll every:"), m_pollMinutes);
    form->addRow(tr("&Rate limit:"), m_rate);
    form->addRow(tr("&Burst:"), m_burst);
    form->addRow(tr("T&imeout:"), m_timeout);
    auto *credentialLabel = new QLabel(tr("&Credential:"), this);
    credentialLabel->setBuddy(m_credential);
    form->addRow(credentialLabel, credentialBox);

    m_test->setObjectName(QStringLiteral("test"));
    m_test->setToolTip(tr("Ask the feed once with these values and show what it answers; nothing is stored."));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_probeResult, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_test, &QPushButton::clicked, this, &CarrierFeedEditor::test);
    connect(&feeds, &CarrierFeeds::probeFinished, this, &CarrierFeedEditor::showProbe);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CarrierFeedEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
}

CarrierFeedEditor::~CarrierFeedEditor() = default;

bool CarrierFeedEditor::isInsecure(const QUrl &url)
{
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

void CarrierFeedEditor::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    setColour(m_error, true);
}

std::optional<CarrierFeedConfig> CarrierFeedEditor::readForm()
{
    // The same reader as the feeds file's, so the form refuses what `poll` would.
    json::Writer w;
    w.beginArray().beginObject()
        .key("name").value(m_name->text())
        .key("url").value(m_url->text().trimmed())
        .key("poll_minutes").value(m_pollMinutes->value())
        .key("requests_per_second").value(m_rate->value())
        .key("burst").value(m_burst->value())
        .key("timeout_ms").value(m_timeout->value() * 1000);
    if (m_existing && !m_existing->authEnv.isEmpty())
        w.key("auth_env").value(m_existing->authEnv);
    w.endObject().endArray();
    const QByteArray text = w.take();
    json::Parser parser;
    const std::optional<json::Value> array = parser.parse(text.constData(), text.size());
    QString error;
    std::optional<QList<CarrierFeedConfig>> read = array ? CarrierFeedConfig::fromJson(*array, &error) : std::nullopt;
    if (!read) {
        // "[0].url: expected ..." -> "URL: expected ..."
        const QString where = error.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('.'), -1);
        const QString what = error.section(QLatin1Char(':'), 1).trimmed();
        static const QHash<QString, QString> labels{{QStringLiteral("name"), tr("Name")},
                                                    {QStringLiteral("url"), tr("URL")}};
        showError(tr("%1: %2").arg(labels.value(where, where), what));
        if (where == QLatin1String("url"))
            m_url->setFocus();
        else if (where == QLatin1String("name"))
            m_name->setFocus();
        return std::nullopt;
    }
    CarrierFeedConfig feed = read->constFirst();
    if (m_existing)
        feed.retry = m_existing->retry;
    showError({});
    return feed;
}

std::optional<QString> CarrierFeedEditor::typedCredential() const
{
    if (!m_credential->isVisible() && m_replace->isVisible())
        return std::nullopt; // the saved one stays
    if (!m_existing && m_credential->text().trimmed().isEmpty())
        return std::nullopt;
    return m_credential->text();
}

bool CarrierFeedEditor::confirmInsecure(const QUrl &url)
{
    QMessageBox box(QMessageBox::Warning, tr("Plain HTTP Feed"),
                    tr("%1 is not HTTPS, and it is not on this computer: the tracking data and the credential would "
                       "travel unencrypted.")
                        .arg(url.host()),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("insecureFeed"));
    box.setInformativeText(tr("Use the carrier's https:// address unless you know this network is trusted."));
    QPushButton *anyway = box.addButton(tr("Use &HTTP Anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("useHttpAnyway"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

void CarrierFeedEditor::save()
{
    const std::optional<CarrierFeedConfig> feed = readForm();
    if (!feed)
        return;
    if (isInsecure(feed->url) && !(m_existing && m_existing->url == feed->url) && !confirmInsecure(feed->url)) {
        showError(tr("URL: not saved: plain HTTP to another computer. Use https://, or confirm."));
        m_url->setFocus();
        return;
    }
    QString error;
    if (!m_feeds.saveFeed(*feed, m_existing ? m_existing->name : QString(), typedCredential(), &error)) {
        showError(error);
        return;
    }
    accept();
}

void CarrierFeedEditor::test()
{
    const std::optional<CarrierFeedConfig> feed = readForm();
    if (!feed)
        return;
    m_waitingForProbe = true;
    m_test->setEnabled(false);
    m_probeResult->setText(tr("Asking %1…").arg(feed->url.authority()));
    setColour(m_probeResult, false);
    m_probeResult->show();
    CarrierFeedConfig asked = *feed;
    // Test under the old name: its saved credential, when it is not being replaced.
    if (m_existing)
        asked.name = m_existing->name;
    m_feeds.test(asked, typedCredential());
}

void CarrierFeedEditor::showProbe(const FeedProbe::Answer &answer)
{
    if (!std::exchange(m_waitingForProbe, false))
        return;
    m_test->setEnabled(true);
    m_probeResult->setText(answer.detail.isEmpty() ? answer.headline
                                                   : tr("%1\n%2").arg(answer.headline, answer.detail));
    setColour(m_probeResult, !answer.ok());
    m_probeResult->show();
}

} // namespace ct
