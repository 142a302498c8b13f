// First-run dialog: the site fields, validated by createDatabase itself; errors keep the dialog open.
#include "app/first_run_dialog.h"

#include "domain/vocabulary.h"
#include "ui_first_run_dialog.h"
#include "widgets/dialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace ow::ui {

FirstRunDialog::FirstRunDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
    , m_path(databasePath)
{
    m_ui->setupUi(this);
    for (const vocab::Term& t : vocab::terms(vocab::List::SiteLevel)) {
        const QString code = QString::fromLatin1(t.code);
        m_ui->levelComboBox->addItem(vocab::label(vocab::List::SiteLevel, code), code);
    }
    const SiteSetup sample = sampleSite();
    m_ui->siteCodeLineEdit->setText(sample.code);
    m_ui->siteNameLineEdit->setText(sample.name);
    m_ui->levelComboBox->setCurrentIndex(std::max(0, m_ui->levelComboBox->findData(sample.level)));
    m_ui->pathLabel->setText(QDir::toNativeSeparators(databasePath));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create Database"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    m_ui->siteCodeLineEdit->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

SiteSetup FirstRunDialog::site() const
{
    return SiteSetup{m_ui->siteCodeLineEdit->text().trimmed(), m_ui->siteNameLineEdit->text().trimmed(),
                     m_ui->levelComboBox->currentData().toString(), m_ui->centerPhoneLineEdit->text().trimmed()};
}

void FirstRunDialog::accept()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    Result<DatabasePtr> created = createDatabase(m_path, site());
    if (!created) {
        MessageBox::critical(this, tr("Cannot Create Database"), created.error());
        return;
    }
    m_db = created.value();
    QDialog::accept();
}

} // namespace ow::ui
