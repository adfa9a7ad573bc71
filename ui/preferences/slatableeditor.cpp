// SPDX-License-Identifier: MIT
#include "slatableeditor.h"

#include "widgets/statuspalette.h"

#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ct {

namespace {
constexpr int MaxHours = 24 * 365; // RulesConfig::fromJson's bound

QString hoursText(int hours)
{
    return hours % 24 == 0 && hours >= 48 ? SlaTableEditor::tr("%1 h (%2 days)").arg(hours).arg(hours / 24)
                                          : SlaTableEditor::tr("%1 h").arg(hours);
}
} // namespace

SlaTableEditor::SlaTableEditor(QWidget *parent)
    : QWidget(parent), m_table(new QTableWidget(ExceptionTypeCount, ColumnCount, this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("slaTable"));
    m_table->setObjectName(QStringLiteral("slaTableView"));
    m_table->setHorizontalHeaderLabels({tr("Exception type"), tr("First action"), tr("Resolution"), tr("Default")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab moves through the spin boxes, then on
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setToolTip(
        tr("Hours from when the exception opens to its first action, and to its resolution"));
    const Slas defaults = RulesConfig::defaultSlas();
    for (int row = 0; row < ExceptionTypeCount; ++row) {
        const ExceptionType type = AllExceptionTypes.at(static_cast<size_t>(row));
        auto *name = new QTableWidgetItem(exceptionTypeLabel(type));
        name->setData(Qt::UserRole, exceptionTypeCode(type));
        m_table->setItem(row, Type, name);
        for (Column column : {FirstAction, Resolve}) {
            auto *box = new QSpinBox(m_table);
            box->setObjectName(QStringLiteral("%1.%2").arg(exceptionTypeCode(type),
                                                           column == FirstAction ? QStringLiteral("first_action_hours")
                                                                                 : QStringLiteral("resolve_hours")));
            box->setRange(1, MaxHours);
            box->setSuffix(tr(" h"));
            box->setAccessibleName(tr("%1, %2").arg(exceptionTypeLabel(type),
                                                    column == FirstAction ? tr("first action") : tr("resolution")));
            box->setFrame(false);
            m_table->setCellWidget(row, column, box);
            connect(box, &QSpinBox::valueChanged, this, [this] {
                refresh();
                if (!m_setting)
                    Q_EMIT edited();
            });
        }
        const SlaPolicy &d = defaults.at(static_cast<size_t>(row));
        auto *fallback = new QTableWidgetItem(tr("%1 · %2").arg(hoursText(d.firstActionHours), hoursText(d.resolveHours)));
        fallback->setToolTip(tr("The documented default (docs/EXCEPTIONS.md): first action, resolution"));
        m_table->setItem(row, Default, fallback);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(FirstAction, std::max(m_table->columnWidth(FirstAction), 110));
    m_table->setColumnWidth(Resolve, std::max(m_table->columnWidth(Resolve), 110));
    m_problem->setObjectName(QStringLiteral("slaProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    setSlas(defaults);
}

SlaTableEditor::~SlaTableEditor() = default;

QSpinBox *SlaTableEditor::spinBox(ExceptionType type, Column column) const
{
    return qobject_cast<QSpinBox *>(m_table->cellWidget(static_cast<int>(type), column));
}

void SlaTableEditor::setSlas(const Slas &slas)
{
    m_setting = true;
    for (ExceptionType type : AllExceptionTypes) {
        const SlaPolicy &p = slas.at(static_cast<size_t>(type));
        spinBox(type, FirstAction)->setValue(p.firstActionHours);
        spinBox(type, Resolve)->setValue(p.resolveHours);
    }
    m_setting = false;
    refresh();
}

SlaTableEditor::Slas SlaTableEditor::slas() const
{
    Slas out;
    for (ExceptionType type : AllExceptionTypes)
        out.at(static_cast<size_t>(type)) = SlaPolicy{spinBox(type, FirstAction)->value(), spinBox(type, Resolve)->value()};
    return out;
}

QString SlaTableEditor::problem() const
{
    QStringList problems;
    for (ExceptionType type : AllExceptionTypes) {
        const int first = spinBox(type, FirstAction)->value();
        const int resolve = spinBox(type, Resolve)->value();
        if (first > resolve)
            problems << tr("%1: the first action (%2 h) comes after the resolution (%3 h)")
                            .arg(exceptionTypeLabel(type))
                            .arg(first)
                            .arg(resolve);
    }
    return problems.join(QStringLiteral("; "));
}

void SlaTableEditor::refresh()
{
    const Slas defaults = RulesConfig::defaultSlas();
    const QColor error = StatusPalette::errorText();
    for (ExceptionType type : AllExceptionTypes) {
        const SlaPolicy &d = defaults.at(static_cast<size_t>(type));
        QSpinBox *first = spinBox(type, FirstAction);
        QSpinBox *resolve = spinBox(type, Resolve);
        const bool wrong = first->value() > resolve->value();
        for (QSpinBox *box : {first, resolve}) {
            const bool changed = box->value() != (box == first ? d.firstActionHours : d.resolveHours);
            QFont font = box->font();
            font.setBold(changed);
            box->setFont(font);
            box->setToolTip(wrong ? tr("The first action must come no later than the resolution")
                            : changed ? tr("Changed from the default")
                                      : tr("The default"));
            QPalette palette = box->palette();
            palette.setColor(QPalette::Text, wrong ? error : m_table->palette().color(QPalette::Text));
            box->setPalette(palette);
        }
    }
    const QString text = problem();
    m_problem->setText(text.isEmpty() ? QString() : tr("SLA: %1.").arg(text));
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, error);
    m_problem->setPalette(palette);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace ct
