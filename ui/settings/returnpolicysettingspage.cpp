// SPDX-License-Identifier: MIT
#include "returnpolicysettingspage.h"

#include "conditionrulesmodel.h"
#include "returnpolicydraft.h"
#include "returnthresholdsmodel.h"
#include "returnwindowsmodel.h"
#include "settingseditordelegate.h"

#include "json/jsonpathoffset.h"
#include "json/parser.h"
#include "widgets/statuspalette.h"

#include <QAction>
#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ct {

namespace {

constexpr int PathRole = Qt::UserRole + 1;

// One e-mail address a line, trimmed, lower case, blank lines left out.
QStringList linesOf(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString value = line.trimmed().toLower();
        if (!value.isEmpty())
            out << value;
    }
    return out;
}

// Which tab an error's path is on.
ReturnPolicySettingsPage::Tab tabOf(const QString &path)
{
    using Page = ReturnPolicySettingsPage;
    if (path.startsWith(QLatin1String("windows")) || path.startsWith(QLatin1String("grace_days")))
        return Page::WindowsTab;
    if (path.startsWith(QLatin1String("final_sale")) || path.startsWith(QLatin1String("non_returnable"))
        || path.startsWith(QLatin1String("conditions")) || path.startsWith(QLatin1String("one_return_per_item")))
        return Page::EligibilityTab;
    if (path.startsWith(QLatin1String("auto_approve")) || path.startsWith(QLatin1String("review_from"))
        || path.startsWith(QLatin1String("serial_returner")) || path.startsWith(QLatin1String("blocklist"))
        || path.startsWith(QLatin1String("allowlist")))
        return Page::ApprovalTab;
    if (path.startsWith(QLatin1String("exchange_first")) || path.startsWith(QLatin1String("label_expiry_days")))
        return Page::ExchangeTab;
    return Page::JsonTab;
}

bool startsPath(const QString &path, const QString &prefix)
{
    return path == prefix || path.startsWith(prefix + QLatin1Char('.')) || path.startsWith(prefix + QLatin1Char('['));
}

} // namespace

ReturnPolicySettingsPage::ReturnPolicySettingsPage(ReturnPolicyDraft &draft, QWidget *parent)
    : TeamSettingPage(parent)
    , m_draft(draft)
    , m_windowsModel(new ReturnWindowsModel(draft, this))
    , m_conditionsModel(new ConditionRulesModel(draft, this))
    , m_thresholdsModel(new ReturnThresholdsModel(draft, this))
    , m_tabs(new QTabWidget(this))
    , m_windowsView(new QTableView(this))
    , m_conditionsView(new QTableView(this))
    , m_thresholdsView(new QTableView(this))
    , m_version(new QLabel(this))
    , m_message(new QLabel(this))
    , m_undoButton(new QToolButton(this))
    , m_redoButton(new QToolButton(this))
    , m_errorSummary(new QLabel(this))
    , m_errors(new QListWidget(this))
{
    setObjectName(QStringLiteral("returnPolicyPage"));
    SettingsEditorDelegate::setUpTable(m_windowsView, m_windowsModel, "windows");
    SettingsEditorDelegate::setUpTable(m_conditionsView, m_conditionsModel, "conditions");
    SettingsEditorDelegate::setUpTable(m_thresholdsView, m_thresholdsModel, "thresholds");
    m_windowsView->horizontalHeader()->resizeSection(ReturnWindowsModel::Categories, 320);
    m_windowsView->horizontalHeader()->resizeSection(ReturnWindowsModel::Days, 80);
    m_conditionsView->horizontalHeader()->resizeSection(ConditionRulesModel::Categories, 260);
    for (int c : {ConditionRulesModel::Worn, ConditionRulesModel::Opened})
        m_conditionsView->horizontalHeader()->resizeSection(c, 130);
    m_thresholdsView->horizontalHeader()->resizeSection(ReturnThresholdsModel::Currency, 90);
    m_thresholdsView->horizontalHeader()->resizeSection(ReturnThresholdsModel::AutoApproveBelow, 170);

    m_tabs->setObjectName(QStringLiteral("policyTabs"));
    m_tabs->addTab(windowsPage(), tr("&Windows"));
    m_tabs->addTab(eligibilityPage(), tr("&Eligibility"));
    m_tabs->addTab(approvalPage(), tr("A&pproval"));
    m_tabs->addTab(exchangePage(), tr("E&xchange and labels"));
    m_tabs->addTab(jsonPage(), tr("&JSON"));

    // Undo within the page: every change of the policy, form or JSON.
    QUndoStack *undo = m_draft.undoStack();
    QAction *undoAction = undo->createUndoAction(this, tr("&Undo"));
    QAction *redoAction = undo->createRedoAction(this, tr("&Redo"));
    undoAction->setObjectName(QStringLiteral("undo"));
    redoAction->setObjectName(QStringLiteral("redo"));
    undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *action : {undoAction, redoAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_redoButton->setObjectName(QStringLiteral("redoButton"));
    m_undoButton->setDefaultAction(undoAction);
    m_redoButton->setDefaultAction(redoAction);
    m_undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_version->setObjectName(QStringLiteral("policyVersion"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_version);
    top->addWidget(m_message, 1);
    top->addWidget(m_undoButton);
    top->addWidget(m_redoButton);

    m_errorSummary->setObjectName(QStringLiteral("policyErrorSummary"));
    m_errors->setObjectName(QStringLiteral("policyErrors"));
    m_errors->setMaximumHeight(110);
    connect(m_errors, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { goTo(item->data(PathRole).toString()); });
    connect(m_thresholdsModel, &ReturnThresholdsModel::refused, m_message, &QLabel::setText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errorSummary);
    layout->addWidget(m_errors);

    connect(&m_draft, &ReturnPolicyDraft::changed, this, &ReturnPolicySettingsPage::showDraft);
    showDraft();
}

TeamSettingDraft &ReturnPolicySettingsPage::settingDraft() const
{
    return m_draft;
}

QString ReturnPolicySettingsPage::title() const
{
    return tr("Return policy");
}

QString ReturnPolicySettingsPage::neverSavedText() const
{
    return tr("Nobody has saved a return policy yet: returns are judged by the default policy shown here.");
}

QString ReturnPolicySettingsPage::inForceText(bool onServer) const
{
    return onServer ? tr("Every replica judges returns by it once it syncs; this one does now.")
                    : tr("Returns are judged by it from now on.");
}

QLabel *ReturnPolicySettingsPage::errorLabel(const char *name)
{
    auto *label = new QLabel(this);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QSpinBox *ReturnPolicySettingsPage::spin(const char *name, int lo, int hi, const QString &field, const QString &special)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(QLatin1String(name));
    box->setRange(lo, hi);
    box->setSpecialValueText(special);
    box->setAccelerated(true);
    m_editors << box;
    const QString path = field;
    connect(box, &QSpinBox::valueChanged, this, [this, box, path](int value) {
        if (m_showing)
            return;
        m_draft.edit(path, [&](ReturnPolicy &p) {
            if (box == m_grace) p.graceDays = value;
            else if (box == m_serialReturns) p.serialReturner.returns = value;
            else if (box == m_serialShare) p.serialReturner.sharePercent = value;
            else if (box == m_serialMinOrders) p.serialReturner.minOrders = value;
            else if (box == m_serialDays) p.serialReturner.days = value;
            else if (box == m_bonus) p.exchangeFirst.storeCreditBonusPercent = value;
            else if (box == m_labelExpiry) p.labelExpiryDays = value;
        });
    });
    return box;
}

QWidget *ReturnPolicySettingsPage::tableWithButtons(QTableView *view, PolicyTableModel *model, const QString &addText)
{
    auto *box = new QWidget(this);
    auto *add = new QPushButton(addText, box);
    auto *remove = new QPushButton(tr("Re&move"), box);
    add->setObjectName(QStringLiteral("add"));
    remove->setObjectName(QStringLiteral("remove"));
    add->setToolTip(tr("Insert"));
    remove->setToolTip(tr("Delete"));
    add->setAutoDefault(false);
    remove->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this, view, model] { addRow(view, model); });
    connect(remove, &QPushButton::clicked, this, [this, view, model] { removeCurrentRow(view, model); });
    auto *insertKey = new QShortcut(QKeySequence(Qt::Key_Insert), view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(insertKey, &QShortcut::activated, this, [this, view, model] { addRow(view, model); });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this, view, model] { removeCurrentRow(view, model); });
    m_editors << add << remove;
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    layout->addLayout(row);
    return box;
}

QWidget *ReturnPolicySettingsPage::windowsPage()
{
    auto *page = new QWidget(this);
    m_grace = spin("graceDays", 0, 60, QStringLiteral("grace_days"));
    m_grace->setSuffix(tr(" days"));
    auto *hint = new QLabel(tr("Of the windows that cover an item's category, the one that closes last applies (\"*\" "
                               "covers every category). Days are whole days from the date the window counts from to "
                               "the request; a window counted from a delivery that has not happened yet has not begun. "
                               "F2 edits a cell, Insert adds a window, Delete removes one."),
                            page);
    hint->setWordWrap(true);
    QLabel *windowErrors = errorLabel("windowErrors");
    QLabel *graceErrors = errorLabel("graceErrors");
    m_fieldErrors << qMakePair(QStringLiteral("windows"), windowErrors) << qMakePair(QStringLiteral("grace_days"), graceErrors);
    auto *form = new QFormLayout;
    form->addRow(tr("&Grace days after a window ends:"), m_grace);
    form->addRow(graceErrors);
    auto *graceNote = new QLabel(tr("For carriers that scan late: the window stays open this much longer, and the verdict "
                                    "says \"inside the grace period\"."),
                                 page);
    graceNote->setWordWrap(true);
    form->addRow(graceNote);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(tableWithButtons(m_windowsView, m_windowsModel, tr("&Add window")), 1);
    layout->addWidget(windowErrors);
    layout->addWidget(hint);
    layout->addLayout(form);
    return page;
}

QWidget *ReturnPolicySettingsPage::eligibilityPage()
{
    auto *page = new QWidget(this);
    m_finalSale = new QLineEdit(page);
    m_finalSale->setObjectName(QStringLiteral("finalSale"));
    m_finalSale->setPlaceholderText(tr("none (an item's own final-sale flag still counts)"));
    m_nonReturnable = new QLineEdit(page);
    m_nonReturnable->setObjectName(QStringLiteral("nonReturnable"));
    m_nonReturnable->setPlaceholderText(tr("none"));
    m_onePerItem = new QCheckBox(tr("An item already in another return of the order (not rejected) cannot be returned "
                                    "again"),
                                 page);
    m_onePerItem->setObjectName(QStringLiteral("onePerItem"));
    m_editors << m_finalSale << m_nonReturnable << m_onePerItem;
    QLabel *finalSaleErrors = errorLabel("finalSaleErrors");
    QLabel *nonReturnableErrors = errorLabel("nonReturnableErrors");
    QLabel *conditionErrors = errorLabel("conditionErrors");
    m_fieldErrors << qMakePair(QStringLiteral("final_sale_categories"), finalSaleErrors)
                  << qMakePair(QStringLiteral("non_returnable_categories"), nonReturnableErrors)
                  << qMakePair(QStringLiteral("conditions"), conditionErrors);
    for (QLineEdit *line : {m_finalSale, m_nonReturnable}) {
        const bool finalSale = line == m_finalSale;
        connect(line, &QLineEdit::textChanged, this, [this, finalSale](const QString &text) {
            if (m_showing)
                return;
            m_draft.edit(finalSale ? QStringLiteral("final_sale_categories") : QStringLiteral("non_returnable_categories"),
                         [&](ReturnPolicy &p) {
                             (finalSale ? p.finalSaleCategories : p.nonReturnableCategories) = categoriesFromText(text);
                         });
        });
    }
    connect(m_onePerItem, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_showing)
            m_draft.edit(QStringLiteral("one_return_per_item"), [on](ReturnPolicy &p) { p.oneReturnPerItem = on; });
    });
    auto *form = new QFormLayout;
    form->addRow(tr("&Final sale categories:"), m_finalSale);
    form->addRow(finalSaleErrors);
    form->addRow(tr("&Non-returnable categories:"), m_nonReturnable);
    form->addRow(nonReturnableErrors);
    form->addRow(m_onePerItem);
    auto *conditions = new QGroupBox(tr("Item conditions the customer reports"), page);
    auto *conditionsLayout = new QVBoxLayout(conditions);
    conditionsLayout->addWidget(tableWithButtons(m_conditionsView, m_conditionsModel, tr("A&dd condition rule")), 1);
    conditionsLayout->addWidget(conditionErrors);
    auto *note = new QLabel(tr("Categories are separated by commas. Of the condition rules that cover an item's "
                               "category, the strictest answer applies."),
                            conditions);
    note->setWordWrap(true);
    conditionsLayout->addWidget(note);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(conditions, 1);
    return page;
}

QWidget *ReturnPolicySettingsPage::approvalPage()
{
    auto *page = new QWidget(this);
    QLabel *thresholdErrors = errorLabel("thresholdErrors");
    QLabel *serialErrors = errorLabel("serialErrors");
    QLabel *listErrors = errorLabel("listErrors");
    m_fieldErrors << qMakePair(QStringLiteral("auto_approve_below_cents"), thresholdErrors)
                  << qMakePair(QStringLiteral("review_from_cents"), thresholdErrors)
                  << qMakePair(QStringLiteral("serial_returner"), serialErrors)
                  << qMakePair(QStringLiteral("blocklist"), listErrors) << qMakePair(QStringLiteral("allowlist"), listErrors);
    auto *values = new QGroupBox(tr("By value (amounts are never converted between currencies)"), page);
    auto *valuesLayout = new QVBoxLayout(values);
    valuesLayout->addWidget(tableWithButtons(m_thresholdsView, m_thresholdsModel, tr("Add &currency")), 1);
    valuesLayout->addWidget(thresholdErrors);

    auto *serial = new QGroupBox(tr("Serial returners go to review"), page);
    m_serialReturns = spin("serialReturns", 0, 1000, QStringLiteral("serial_returner.returns"), tr("off"));
    m_serialShare = spin("serialShare", 0, 100, QStringLiteral("serial_returner.share_percent"), tr("off"));
    m_serialShare->setSuffix(tr(" %"));
    m_serialMinOrders = spin("serialMinOrders", 1, 1000, QStringLiteral("serial_returner.min_orders"));
    m_serialDays = spin("serialDays", 1, 3650, QStringLiteral("serial_returner.days"));
    m_serialDays->setSuffix(tr(" days"));
    auto *serialForm = new QFormLayout(serial);
    serialForm->addRow(tr("&Returns (this one included):"), m_serialReturns);
    serialForm->addRow(tr("or &share of orders returned:"), m_serialShare);
    serialForm->addRow(tr("of at &least this many orders:"), m_serialMinOrders);
    serialForm->addRow(tr("&within the:"), m_serialDays);
    serialForm->addRow(serialErrors);

    auto *lists = new QGroupBox(tr("Customers, by e-mail (one a line)"), page);
    m_blocklist = new QPlainTextEdit(lists);
    m_allowlist = new QPlainTextEdit(lists);
    m_blocklist->setObjectName(QStringLiteral("blocklist"));
    m_allowlist->setObjectName(QStringLiteral("allowlist"));
    m_editors << m_blocklist << m_allowlist;
    for (QPlainTextEdit *edit : {m_blocklist, m_allowlist}) {
        edit->setTabChangesFocus(true);
        const bool block = edit == m_blocklist;
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, block] {
            if (m_showing)
                return;
            const QStringList emails = linesOf(edit->toPlainText());
            m_draft.edit(block ? QStringLiteral("blocklist") : QStringLiteral("allowlist"),
                         [&](ReturnPolicy &p) { (block ? p.blocklist : p.allowlist) = emails; });
        });
    }
    auto *listsForm = new QFormLayout(lists);
    listsForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    listsForm->addRow(tr("&Blocklist (refused):"), m_blocklist);
    listsForm->addRow(tr("All&owlist (never sent to review by value or history):"), m_allowlist);
    listsForm->addRow(listErrors);

    auto *right = new QVBoxLayout;
    right->addWidget(serial);
    right->addWidget(lists, 1);
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(values, 1);
    layout->addLayout(right, 1);
    return page;
}

QWidget *ReturnPolicySettingsPage::exchangePage()
{
    auto *page = new QWidget(this);
    m_exchangeReasons = new QListWidget(page);
    m_exchangeReasons->setObjectName(QStringLiteral("exchangeReasons"));
    for (int r = 0; r < ReturnReasonCount; ++r) {
        const auto reason = static_cast<ReturnReason>(r);
        auto *item = new QListWidgetItem(returnReasonLabel(reason), m_exchangeReasons);
        item->setData(Qt::UserRole, r);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_exchangeReasons->setCurrentRow(0);
    m_editors << m_exchangeReasons;
    connect(m_exchangeReasons, &QListWidget::itemChanged, this, [this] {
        if (m_showing)
            return;
        QList<ReturnReason> reasons;
        for (int i = 0; i < m_exchangeReasons->count(); ++i)
            if (m_exchangeReasons->item(i)->checkState() == Qt::Checked)
                reasons << static_cast<ReturnReason>(m_exchangeReasons->item(i)->data(Qt::UserRole).toInt());
        m_draft.edit(QStringLiteral("exchange_first.reasons[]"), [&](ReturnPolicy &p) { p.exchangeFirst.reasons = reasons; });
    });
    m_bonus = spin("storeCreditBonus", 0, 100, QStringLiteral("exchange_first.store_credit_bonus_percent"));
    m_bonus->setSuffix(tr(" %"));
    m_labelExpiry = spin("labelExpiry", 1, ReturnPolicy::MaxLabelExpiryDays, QStringLiteral("label_expiry_days"));
    m_labelExpiry->setSuffix(tr(" days"));
    QLabel *exchangeErrors = errorLabel("exchangeErrors");
    QLabel *labelErrors = errorLabel("labelErrors");
    m_fieldErrors << qMakePair(QStringLiteral("exchange_first"), exchangeErrors)
                  << qMakePair(QStringLiteral("label_expiry_days"), labelErrors);

    auto *exchange = new QGroupBox(tr("Exchange first: for these reasons, recommend an exchange for another variant, "
                                      "or store credit with a bonus, before a refund (Space ticks a reason)"),
                                   page);
    auto *exchangeForm = new QFormLayout(exchange);
    exchangeForm->addRow(tr("&Reasons:"), m_exchangeReasons);
    exchangeForm->addRow(tr("Store credit &bonus:"), m_bonus);
    exchangeForm->addRow(exchangeErrors);
    auto *labels = new QGroupBox(tr("Return labels"), page);
    auto *labelsForm = new QFormLayout(labels);
    labelsForm->addRow(tr("A label unused this long after it was issued &expires:"), m_labelExpiry);
    labelsForm->addRow(labelErrors);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(exchange, 1);
    layout->addWidget(labels);
    return page;
}

QWidget *ReturnPolicySettingsPage::jsonPage()
{
    auto *page = new QWidget(this);
    m_json = new QPlainTextEdit(page);
    m_json->setObjectName(QStringLiteral("json"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setTabChangesFocus(true);
    // The page's undo covers the JSON too: one stack for form and text.
    m_json->setUndoRedoEnabled(false);
    m_jsonState = new QLabel(page);
    m_jsonState->setObjectName(QStringLiteral("jsonState"));
    m_jsonState->setWordWrap(true);
    m_editors << m_json;
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showing)
            m_draft.setText(m_json->toPlainText());
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_json, 1);
    layout->addWidget(m_jsonState);
    return page;
}

void ReturnPolicySettingsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (PolicyTableModel *model : {static_cast<PolicyTableModel *>(m_windowsModel),
                                    static_cast<PolicyTableModel *>(m_conditionsModel),
                                    static_cast<PolicyTableModel *>(m_thresholdsModel)})
        model->setReadOnly(readOnly);
    updateEnabled();
}

void ReturnPolicySettingsPage::updateEnabled()
{
    // JSON that does not read holds the form still: the text is the draft until it reads.
    const bool form = !m_readOnly && !m_draft.unreadText();
    for (QWidget *editor : std::as_const(m_editors)) {
        if (editor == m_json)
            continue;
        if (editor == m_exchangeReasons) {
            // A list stays readable and scrollable; its boxes cannot be ticked.
            for (int i = 0; i < m_exchangeReasons->count(); ++i) {
                QListWidgetItem *item = m_exchangeReasons->item(i);
                const QSignalBlocker block(m_exchangeReasons);
                item->setFlags(form ? item->flags() | Qt::ItemIsUserCheckable : item->flags() & ~Qt::ItemIsUserCheckable);
            }
            continue;
        }
        if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            text->setReadOnly(!form);
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setReadOnly(!form);
        else
            editor->setEnabled(form);
    }
    m_json->setReadOnly(m_readOnly);
}

void ReturnPolicySettingsPage::addRow(QTableView *view, PolicyTableModel *model)
{
    const int row = model->appendRow();
    if (row < 0)
        return;
    const QModelIndex index = model->index(row, 0);
    view->setCurrentIndex(index);
    view->setFocus();
    view->edit(index);
}

void ReturnPolicySettingsPage::removeCurrentRow(QTableView *view, PolicyTableModel *model)
{
    if (!view->currentIndex().isValid())
        return;
    const int row = view->currentIndex().row();
    const int column = view->currentIndex().column();
    if (!model->removeRows(row, 1))
        return;
    if (model->rowCount() > 0)
        view->setCurrentIndex(model->index(qMin(row, model->rowCount() - 1), column));
}

void ReturnPolicySettingsPage::showDraft()
{
    m_showing = true;
    const ReturnPolicy &p = m_draft.policy();
    m_grace->setValue(p.graceDays);
    // A field being typed into keeps its text while it says the same as the draft.
    if (categoriesFromText(m_finalSale->text()) != p.finalSaleCategories)
        m_finalSale->setText(categoriesText(p.finalSaleCategories));
    if (categoriesFromText(m_nonReturnable->text()) != p.nonReturnableCategories)
        m_nonReturnable->setText(categoriesText(p.nonReturnableCategories));
    m_onePerItem->setChecked(p.oneReturnPerItem);
    m_serialReturns->setValue(p.serialReturner.returns);
    m_serialShare->setValue(p.serialReturner.sharePercent);
    m_serialMinOrders->setValue(p.serialReturner.minOrders);
    m_serialDays->setValue(p.serialReturner.days);
    if (linesOf(m_blocklist->toPlainText()) != p.blocklist)
        m_blocklist->setPlainText(p.blocklist.join(QLatin1Char('\n')));
    if (linesOf(m_allowlist->toPlainText()) != p.allowlist)
        m_allowlist->setPlainText(p.allowlist.join(QLatin1Char('\n')));
    for (int i = 0; i < m_exchangeReasons->count(); ++i) {
        QListWidgetItem *item = m_exchangeReasons->item(i);
        const auto reason = static_cast<ReturnReason>(item->data(Qt::UserRole).toInt());
        item->setCheckState(p.exchangeFirst.reasons.contains(reason) ? Qt::Checked : Qt::Unchecked);
    }
    m_bonus->setValue(p.exchangeFirst.storeCreditBonusPercent);
    m_labelExpiry->setValue(p.labelExpiryDays);
    // The JSON keeps what is typed while it says the same as the draft.
    const QString typed = m_json->toPlainText();
    bool same = false;
    if (m_draft.unreadText()) {
        same = typed == *m_draft.unreadText();
    } else {
        const std::optional<ReturnPolicy> read = ReturnPolicy::fromJson(typed.toUtf8(), nullptr);
        same = read && read->toJson() == p.toJson();
    }
    if (!same) {
        const int cursor = m_json->textCursor().position();
        m_json->setPlainText(m_draft.text());
        QTextCursor at = m_json->textCursor();
        at.setPosition(qMin(cursor, m_json->document()->characterCount() - 1));
        m_json->setTextCursor(at);
    }
    m_showing = false;
    m_version->setText(p.version == m_draft.basePolicy().version || m_draft.base().isDefault()
                           ? tr("Policy version %1").arg(p.version)
                           : tr("Policy version %1 (was %2)").arg(p.version).arg(m_draft.basePolicy().version));
    updateEnabled();
    showErrors();
}

std::optional<int> ReturnPolicySettingsPage::jsonOffsetOf(const QString &path, const QString &detail) const
{
    // A syntax error names its line and column; a field error its path, found in the text.
    static const QRegularExpression At(QStringLiteral("line (\\d+), column (\\d+)"));
    const QString text = m_draft.text();
    const QRegularExpressionMatch m = At.match(detail);
    if (path.isEmpty() && m.hasMatch()) {
        const QTextBlock block = m_json->document()->findBlockByNumber(m.captured(1).toInt() - 1);
        if (!block.isValid())
            return std::nullopt;
        return block.position() + qMax(0, m.captured(2).toInt() - 1);
    }
    const QByteArray utf8 = text.toUtf8();
    const std::optional<qsizetype> offset = json::offsetOfPath(utf8, path);
    if (!offset)
        return std::nullopt;
    return static_cast<int>(QString::fromUtf8(utf8.left(*offset)).size());
}

QString ReturnPolicySettingsPage::lineOf(const QString &path, const QString &detail) const
{
    if (path.isEmpty() && detail.contains(QLatin1String("line ")))
        return {}; // says so itself
    const std::optional<int> offset = jsonOffsetOf(path, detail);
    if (!offset)
        return {};
    const QTextBlock block = m_json->document()->findBlock(*offset);
    if (!block.isValid())
        return {};
    return tr("line %1, column %2").arg(block.blockNumber() + 1).arg(*offset - block.position() + 1);
}

QString ReturnPolicySettingsPage::placeOf(const QString &path) const
{
    static const QRegularExpression Item(QStringLiteral("^(windows|conditions)\\[(\\d+)\\](?:\\.([a-z_]+))?"));
    if (path.isEmpty())
        return tr("The policy as a whole");
    const QRegularExpressionMatch m = Item.match(path);
    if (m.hasMatch()) {
        const int row = m.captured(2).toInt() + 1;
        const QString field = m.captured(3);
        if (m.captured(1) == QLatin1String("windows")) {
            const QString what = field == QLatin1String("days") ? tr("days")
                                 : field == QLatin1String("from") ? tr("counted from")
                                 : field == QLatin1String("categories") ? tr("categories") : tr("window");
            return tr("Windows, window %1, %2").arg(row).arg(what);
        }
        const QString what = field == QLatin1String("worn") ? tr("worn")
                             : field == QLatin1String("opened") ? tr("opened")
                             : field == QLatin1String("tags_removed") ? tr("tags removed")
                             : field == QLatin1String("categories") ? tr("categories") : tr("rule");
        return tr("Eligibility, condition rule %1, %2").arg(row).arg(what);
    }
    const auto currencyOf = [&](const char *prefix) { return path.mid(qsizetype(qstrlen(prefix)) + 1); };
    if (startsPath(path, QStringLiteral("windows"))) return tr("Windows");
    if (startsPath(path, QStringLiteral("grace_days"))) return tr("Windows, grace days");
    if (startsPath(path, QStringLiteral("final_sale_categories"))) return tr("Eligibility, final sale categories");
    if (startsPath(path, QStringLiteral("non_returnable_categories"))) return tr("Eligibility, non-returnable categories");
    if (startsPath(path, QStringLiteral("conditions"))) return tr("Eligibility, item conditions");
    if (startsPath(path, QStringLiteral("one_return_per_item"))) return tr("Eligibility, one return per item");
    if (path.startsWith(QLatin1String("auto_approve_below_cents.")))
        return tr("Approval, %1, auto-approve below").arg(currencyOf("auto_approve_below_cents"));
    if (path.startsWith(QLatin1String("review_from_cents.")))
        return tr("Approval, %1, needs review from").arg(currencyOf("review_from_cents"));
    if (startsPath(path, QStringLiteral("auto_approve_below_cents"))) return tr("Approval, auto-approve below");
    if (startsPath(path, QStringLiteral("review_from_cents"))) return tr("Approval, needs review from");
    if (startsPath(path, QStringLiteral("serial_returner"))) return tr("Approval, serial returners");
    if (startsPath(path, QStringLiteral("blocklist"))) return tr("Approval, blocklist");
    if (startsPath(path, QStringLiteral("allowlist"))) return tr("Approval, allowlist");
    if (startsPath(path, QStringLiteral("exchange_first"))) return tr("Exchange first");
    if (startsPath(path, QStringLiteral("label_expiry_days"))) return tr("Return labels, expiry");
    return tr("JSON, %1").arg(path);
}

void ReturnPolicySettingsPage::showErrors()
{
    const QList<FieldError> &errors = m_draft.errors();
    m_errors->clear();
    for (const FieldError &e : errors) {
        // JSON that does not read: where in the text (the form cannot make such errors).
        const QString line = m_draft.unreadText() ? lineOf(e.field, e.detail) : QString();
        const QString place = line.isEmpty() ? placeOf(e.field) : tr("%1 (JSON %2)").arg(placeOf(e.field), line);
        auto *item = new QListWidgetItem(QStringLiteral("%1: %2").arg(place, e.detail), m_errors);
        item->setData(PathRole, e.field);
        item->setForeground(StatusPalette::errorText());
    }
    m_errors->setVisible(!errors.isEmpty());
    m_errorSummary->setText(errors.isEmpty() ? tr("Every field is right.")
                            : errors.size() == 1 ? tr("One thing to fix before this policy can be saved (Enter goes to it):")
                                                 : tr("%1 things to fix before this policy can be saved (Enter goes to one):")
                                                       .arg(errors.size()));
    // Each field's errors beside it.
    QPalette palette;
    palette.setColor(QPalette::WindowText, StatusPalette::errorText());
    QHash<QLabel *, QStringList> beside;
    for (const auto &[prefix, label] : std::as_const(m_fieldErrors))
        beside[label];
    for (const FieldError &e : errors)
        for (const auto &[prefix, label] : std::as_const(m_fieldErrors))
            if (startsPath(e.field, prefix) && !e.field.startsWith(QLatin1String("windows["))
                && !e.field.startsWith(QLatin1String("conditions[")) && !e.field.contains(QLatin1String("_cents.")))
                beside[label] << QStringLiteral("%1: %2").arg(placeOf(e.field), e.detail);
    for (auto it = beside.cbegin(); it != beside.cend(); ++it) {
        it.key()->setText(it.value().join(QLatin1Char('\n')));
        it.key()->setPalette(palette);
        it.key()->setVisible(!it.value().isEmpty());
    }
    // A tab with an error says so; with JSON that does not read, every error is the JSON's.
    const QString texts[] = {tr("&Windows"), tr("&Eligibility"), tr("A&pproval"), tr("E&xchange and labels"), tr("&JSON")};
    int counts[5] = {0, 0, 0, 0, 0};
    for (const FieldError &e : errors)
        ++counts[m_draft.unreadText() ? JsonTab : tabOf(e.field)];
    for (int t = 0; t < 5; ++t)
        m_tabs->setTabText(t, counts[t] == 0 ? texts[t] : tr("%1 (%2 to fix)").arg(texts[t]).arg(counts[t]));
    m_jsonState->setText(m_draft.unreadText()
                             ? tr("This JSON does not read as a return policy yet: the other tabs show the policy as it "
                                  "last read, and wait until it does. Fix what is listed below, or undo (Ctrl+Z).")
                             : tr("The whole policy, as it is saved (docs/RETURNS.md). What is typed here is checked "
                                  "as it is typed and shown on the other tabs once it reads."));
    QPalette state;
    if (m_draft.unreadText())
        state.setColor(QPalette::WindowText, StatusPalette::errorText());
    m_jsonState->setPalette(state);
}

void ReturnPolicySettingsPage::goTo(const QString &path)
{
    const FieldError *error = nullptr;
    for (const FieldError &e : m_draft.errors())
        if (e.field == path) {
            error = &e;
            break;
        }
    if (m_draft.unreadText() || tabOf(path) == JsonTab) {
        m_tabs->setCurrentIndex(JsonTab);
        if (const std::optional<int> offset = jsonOffsetOf(path, error ? error->detail : QString())) {
            QTextCursor at = m_json->textCursor();
            at.setPosition(qMin(*offset, m_json->document()->characterCount() - 1));
            m_json->setTextCursor(at);
        }
        m_json->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_tabs->setCurrentIndex(tabOf(path));
    for (auto [view, model] : {std::pair<QTableView *, PolicyTableModel *>{m_windowsView, m_windowsModel},
                               std::pair<QTableView *, PolicyTableModel *>{m_conditionsView, m_conditionsModel},
                               std::pair<QTableView *, PolicyTableModel *>{m_thresholdsView, m_thresholdsModel}}) {
        const int row = model->rowOf(path);
        if (row < 0)
            continue;
        int column = 0;
        for (int c = 0; c < model->columnCount(); ++c) {
            const QStringList paths = model->pathsOf(row, c);
            if (std::any_of(paths.cbegin(), paths.cend(), [&](const QString &p) { return startsPath(path, p); })) {
                column = c;
                break;
            }
        }
        view->setCurrentIndex(model->index(row, column));
        view->setFocus(Qt::OtherFocusReason);
        return;
    }
    QWidget *field = startsPath(path, QStringLiteral("windows")) ? static_cast<QWidget *>(m_windowsView)
                     : startsPath(path, QStringLiteral("grace_days")) ? static_cast<QWidget *>(m_grace)
                     : startsPath(path, QStringLiteral("final_sale_categories")) ? static_cast<QWidget *>(m_finalSale)
                     : startsPath(path, QStringLiteral("non_returnable_categories")) ? static_cast<QWidget *>(m_nonReturnable)
                     : startsPath(path, QStringLiteral("conditions")) ? static_cast<QWidget *>(m_conditionsView)
                     : startsPath(path, QStringLiteral("one_return_per_item")) ? static_cast<QWidget *>(m_onePerItem)
                     : path.contains(QLatin1String("_cents")) ? static_cast<QWidget *>(m_thresholdsView)
                     : path.startsWith(QLatin1String("serial_returner.share")) ? static_cast<QWidget *>(m_serialShare)
                     : path.startsWith(QLatin1String("serial_returner.min")) ? static_cast<QWidget *>(m_serialMinOrders)
                     : path.startsWith(QLatin1String("serial_returner.days")) ? static_cast<QWidget *>(m_serialDays)
                     : startsPath(path, QStringLiteral("serial_returner")) ? static_cast<QWidget *>(m_serialReturns)
                     : startsPath(path, QStringLiteral("blocklist")) ? static_cast<QWidget *>(m_blocklist)
                     : startsPath(path, QStringLiteral("allowlist")) ? static_cast<QWidget *>(m_allowlist)
                     : path.startsWith(QLatin1String("exchange_first.store")) ? static_cast<QWidget *>(m_bonus)
                     : startsPath(path, QStringLiteral("exchange_first")) ? static_cast<QWidget *>(m_exchangeReasons)
                                                                           : static_cast<QWidget *>(m_labelExpiry);
    field->setFocus(Qt::OtherFocusReason);
}

} // namespace ct
