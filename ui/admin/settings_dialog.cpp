// Center Settings: the form filled from SettingsService, a live preview of the next case number,
// messages at the fields, and the Administration menu entry (supervisors and administrators only).
#include "admin/settings_dialog.h"

#include "ui_settings_dialog.h"

#include "domain/vocabulary.h"
#include "main/main_window.h"
#include "util/clock.h"
#include "widgets/dialogs.h"
#include "widgets/field_messages.h"
#include "workflow/case_numbers.h"
#include "workflow/case_workflow.h"

#include <QCheckBox>
#include <QDate>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>

namespace ow::ui {
namespace {

const QList<QPair<const char*, const char*>> kFieldWidgets{
    {"center_name", "centerNameLineEdit"},         {"center_phone", "centerPhoneLineEdit"},
    {"case_no_prefix", "caseNoPrefixLineEdit"},    {"case_no_pattern", "caseNoPatternLineEdit"},
    {"due_soon_percent", "dueSoonSpinBox"},        {"attachment_max_mb", "attachmentMaxSpinBox"},
    {"backup_keep_days", "backupKeepDaysSpinBox"},
};

} // namespace

SettingsDialog::SettingsDialog(DatabasePtr db, const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_db(std::move(db))
    , m_actor(actor)
{
    m_ui->setupUi(this);
    m_loaded = SettingsService(*m_db).load();
    m_ui->centerNameLineEdit->setText(m_loaded.centerName);
    m_ui->centerPhoneLineEdit->setText(m_loaded.centerPhone);
    m_ui->centerPhoneLineEdit->setPlaceholderText(tr("printed on receipts, e.g. 0478-6212345"));
    m_ui->caseNoPrefixLineEdit->setText(m_loaded.caseNoPrefix);
    m_ui->caseNoPatternLineEdit->setText(m_loaded.caseNoPattern);
    m_ui->caseNoPatternLineEdit->setToolTip(
        tr("{year} the year received, {prefix} the prefix above, {seq} the number in the year ({seq:04}: four "
           "digits)"));
    m_ui->dueSoonSpinBox->setValue(m_loaded.dueSoonPercent);
    m_ui->dueSoonSpinBox->setToolTip(tr("A deadline shows as due soon once this share of its period has passed."));
    m_ui->attachmentMaxSpinBox->setValue(m_loaded.attachmentMaxMb);
    m_ui->backupKeepDaysSpinBox->setValue(m_loaded.backupKeepDays);
    m_ui->backupKeepDaysSpinBox->setSuffix(tr(" days"));
    m_ui->backupKeepDaysSpinBox->setToolTip(
        tr("Daily backups and those made before an upgrade or a package import are deleted after this many days; "
           "backups made with Back Up Now are kept."));

    auto* grid = qobject_cast<QGridLayout*>(m_ui->followupGroupBox->layout());
    int i = 0;
    for (const QString& type : vocab::codes(vocab::List::CaseType)) {
        auto* box = new QCheckBox(vocab::label(vocab::List::CaseType, type), m_ui->followupGroupBox);
        box->setObjectName(QStringLiteral("followup_%1_CheckBox").arg(type));
        box->setChecked(m_loaded.followupRequired.value(type));
        grid->addWidget(box, i / 2, i % 2);
        m_followup.insert(type, box);
        ++i;
    }

    for (const auto& [field, widgetName] : kFieldWidgets) {
        auto* w = findChild<QWidget*>(QString::fromLatin1(widgetName));
        QLabel* label = addFieldMessage(m_ui->formLayout, w, QString::fromLatin1(widgetName), this);
        m_errorLabels.insert(QString::fromLatin1(field), label);
        // Typing in the field again takes its message away.
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            connect(edit, &QLineEdit::textEdited, label, &QLabel::hide);
        else if (auto* spin = qobject_cast<QSpinBox*>(w))
            connect(spin, &QSpinBox::valueChanged, label, &QLabel::hide);
    }
    m_ui->caseNoPreviewLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->caseNoPreviewLabel->setWordWrap(false);
    connect(m_ui->caseNoPrefixLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::updatePreview);
    connect(m_ui->caseNoPatternLineEdit, &QLineEdit::textChanged, this, &SettingsDialog::updatePreview);
    updatePreview();
    m_ui->errorLabel->clear();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->centerNameLineEdit->setFocus();
    resize(660, 500);
}

SettingsDialog::~SettingsDialog() = default;

CenterSettings SettingsDialog::settings() const
{
    CenterSettings s;
    s.centerName = m_ui->centerNameLineEdit->text();
    s.centerPhone = m_ui->centerPhoneLineEdit->text();
    s.caseNoPrefix = m_ui->caseNoPrefixLineEdit->text();
    s.caseNoPattern = m_ui->caseNoPatternLineEdit->text();
    s.dueSoonPercent = m_ui->dueSoonSpinBox->value();
    s.attachmentMaxMb = m_ui->attachmentMaxSpinBox->value();
    s.backupKeepDays = m_ui->backupKeepDaysSpinBox->value();
    for (auto it = m_followup.cbegin(); it != m_followup.cend(); ++it)
        s.followupRequired.insert(it.key(), it.value()->isChecked());
    return s;
}

QString SettingsDialog::fieldMessage(const QString& field) const
{
    const QLabel* label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void SettingsDialog::updatePreview()
{
    // What the next number would look like, so a typo in the pattern shows before it is saved.
    const QString example = formatCaseNumber(m_ui->caseNoPatternLineEdit->text().trimmed(),
                                             m_ui->caseNoPrefixLineEdit->text().trimmed(), Clock::today().year(), 1);
    m_ui->caseNoPreviewLabel->setText(tr("The year's first case would be numbered: %1").arg(example));
}

void SettingsDialog::save()
{
    for (QLabel* l : std::as_const(m_errorLabels)) {
        l->clear();
        l->hide();
    }
    m_ui->errorLabel->clear();
    QList<SettingError> errors;
    const auto saved = SettingsService(*m_db).save(settings(), m_actor, &errors);
    if (saved) {
        accept();
        return;
    }
    QWidget* first = nullptr;
    for (const SettingError& e : std::as_const(errors)) {
        QLabel* label = m_errorLabels.value(e.field);
        if (!label)
            continue;
        label->setText(label->text().isEmpty() ? e.message : label->text() + QLatin1Char('\n') + e.message);
        label->show();
        for (const auto& [field, widgetName] : kFieldWidgets)
            if (!first && e.field == QLatin1String(field))
                first = findChild<QWidget*>(QString::fromLatin1(widgetName));
    }
    m_ui->errorLabel->setText(errors.isEmpty() ? saved.error() : tr("Not saved: see the red messages at the fields."));
    if (first)
        first->setFocus();
}

void installCenterSettings(MainWindow& window)
{
    QAction* action = window.addMenuAction(MainWindow::Menu::Admin, SettingsDialog::tr("Center Settings…"), [&window] {
        // Asked before the form opens: a clerk should not fill it in to be refused at the end.
        const auto actor = actorFor(window.database(), window.actor());
        const Status allowed =
            actor ? permissions::require(*actor, permissions::Action::CenterSettings) : Status(fail(actor.error()));
        if (!allowed) {
            MessageBox::information(&window, SettingsDialog::tr("Center Settings"), allowed.error());
            return;
        }
        SettingsDialog dialog(window.databasePtr(), window.actor(), &window);
        if (dialog.exec() == QDialog::Accepted) {
            window.statusBar()->showMessage(SettingsDialog::tr("Center settings saved."), 8000);
            window.reloadSettings(); // the center name in the title, the due-soon colours
        }
    });
    action->setObjectName(QStringLiteral("centerSettingsAction"));
}

} // namespace ow::ui
