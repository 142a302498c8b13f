// The agreement dialog: widgets from agreement_dialog.ui; the parties from the case (or from the
// saved agreement, as signed), the art. 355 warning from AgreementService as the user types.
#include "mediation/agreement_dialog.h"

#include "ui_agreement_dialog.h"

#include "domain/vocabulary.h"
#include "mediation/agreement.h"
#include "mediation/case_access.h"
#include "mediation/mediation_documents.h"
#include "mediation/money.h"
#include "mediation/record_form.h"
#include "mediation/roster.h"
#include "mediation/sessions.h"
#include "security/users.h"
#include "storage/case_store.h"
#include "util/clock.h"
#include "validation/identifiers.h"
#include "widgets/dialogs.h"

#include <QHeaderView>
#include <QPushButton>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow::ui {

AgreementDialog::AgreementDialog(DatabasePtr db, QString caseId, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AgreementDialog>())
    , m_db(std::move(db))
    , m_caseId(std::move(caseId))
    , m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    m_ui->partiesTableWidget->setColumnCount(5);
    m_ui->partiesTableWidget->setHorizontalHeaderLabels(
        {tr("Role"), tr("Name or title"), tr("ID number / credit code"), tr("Phone"), tr("Address")});
    m_ui->partiesTableWidget->verticalHeader()->setDefaultSectionSize(m_ui->partiesTableWidget->fontMetrics().height() +
                                                                      8);
    m_ui->effectiveDateEdit->setMaximumDate(Clock::today());
    m_ui->effectiveDateEdit->setDate(Clock::today());
    // Performance usually follows the agreement: typing or the calendar start from its effective date.
    recordform::makeOptionalDate(*m_ui->dueDateEdit, [this] { return m_ui->effectiveDateEdit->date(); });
    m_ui->agreementNoLineEdit->setPlaceholderText(tr("optional, e.g. agreement No. 12 of 2025"));
    m_ui->mannerLineEdit->setPlaceholderText(tr("e.g. bank transfer in one payment"));
    m_ui->placeLineEdit->setPlaceholderText(tr("e.g. the township mediation committee"));
    recordform::watchAmount(*m_ui->amountLineEdit, *m_ui->amountStatusLabel);

    const RosterService svc(*m_db);
    for (const Mediator& m : svc.mediators()) {
        auto* item = new QListWidgetItem(m.organization.isEmpty() ? m.name : u"%1（%2）"_s.arg(m.name, m.organization),
                                         m_ui->mediatorsListWidget);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }

    load();

    connect(m_ui->writtenRadioButton, &QRadioButton::toggled, this, &AgreementDialog::updateForm);
    for (QPlainTextEdit* e : {m_ui->factsPlainTextEdit, m_ui->disputePlainTextEdit, m_ui->termsPlainTextEdit})
        connect(e, &QPlainTextEdit::textChanged, this, &AgreementDialog::updateWarning);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AgreementDialog::saveAndOffer);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    recordform::addSaveShortcut(*this, [this] { saveAndOffer(); });
    updateForm();
    updateWarning();
    recordform::applyReadOnly(*this, *m_ui->readOnlyLabel, *m_ui->buttonBox, m_readOnlyReason);
    m_ui->factsPlainTextEdit->setFocus();
}

AgreementDialog::~AgreementDialog() = default;

void AgreementDialog::load()
{
    Database& db = *m_db;
    if (auto c = mediation::findCase(db, m_caseId)) {
        m_caseId = c->id;
        m_category = c->categoryCode;
        m_summary = c->summary;
        m_ui->caseLabel->setText(tr("Case %1: %2").arg(c->caseNo, c->summary));
        if (c->receivedOn.isValid())
            m_ui->effectiveDateEdit->setMinimumDate(c->receivedOn);
    }
    m_readOnlyReason = recordform::readOnlyReason(db, m_caseId);

    QStringList mediatorIds;
    if (const auto a = AgreementService(db).agreement(m_caseId)) {
        setWindowTitle(tr("Edit the Mediation Agreement"));
        m_rowVersion = a->rowVersion;
        m_parties = a->parties;
        (a->form == u"oral"_s ? m_ui->oralRadioButton : m_ui->writtenRadioButton)->setChecked(true);
        m_ui->agreementNoLineEdit->setText(a->agreementNo);
        m_ui->factsPlainTextEdit->setPlainText(a->facts);
        m_ui->disputePlainTextEdit->setPlainText(a->disputePoints);
        m_ui->termsPlainTextEdit->setPlainText(a->terms);
        m_ui->mannerLineEdit->setText(a->performanceManner);
        m_ui->placeLineEdit->setText(a->performancePlace);
        m_ui->dueDateEdit->setDate(a->performanceDueOn.isValid() ? a->performanceDueOn : recordform::noDate());
        if (a->amountFen)
            m_ui->amountLineEdit->setText(money::formatFen(*a->amountFen));
        if (a->effectiveOn.isValid()) {
            m_ui->effectiveDateEdit->setMinimumDate(std::min(m_ui->effectiveDateEdit->minimumDate(), a->effectiveOn));
            m_ui->effectiveDateEdit->setDate(a->effectiveOn);
        }
        mediatorIds = a->mediatorIds;
        m_ui->copiesSpinBox->setValue(a->copies);
    } else {
        // The signing parties are the applicants and respondents of the case, as saveAgreement
        // takes them; third parties and agents do not sign.
        if (auto c = CaseStore(db).load(m_caseId))
            for (const Party& p : std::as_const(c->parties))
                if (p.role == u"applicant"_s || p.role == u"respondent"_s)
                    m_parties << p;
        m_ui->copiesSpinBox->setValue(int(m_parties.size()) + 1);
        // Usually the mediators of the session that reached the agreement.
        const auto sessions = SessionService(db).sessions(m_caseId);
        if (!sessions.isEmpty())
            mediatorIds = sessions.last().mediatorIds;
    }
    for (int i = 0; i < m_ui->mediatorsListWidget->count(); ++i) {
        QListWidgetItem* item = m_ui->mediatorsListWidget->item(i);
        if (mediatorIds.contains(item->data(Qt::UserRole).toString()))
            item->setCheckState(Qt::Checked);
    }

    // The agreement prints the parties' particulars in full, so the mediator sees them in full; that
    // viewing is logged, and a role that may not see them gets them masked (product.md).
    const bool unmasked = !m_parties.isEmpty() && revealPersonalData(*m_db, m_actor, m_caseId).ok();
    QTableWidget* t = m_ui->partiesTableWidget;
    t->setRowCount(int(m_parties.size()));
    for (int row = 0; row < m_parties.size(); ++row) {
        const Party& p = m_parties[row];
        const QString id =
            p.idNumber.isEmpty() ? p.creditCode : (unmasked ? p.idNumber : validation::maskedId(p.idNumber));
        const QStringList cells{vocab::label(vocab::List::PartyRole, p.role), p.name, id,
                                unmasked ? p.phone : validation::maskedPhone(p.phone), p.address};
        for (int col = 0; col < cells.size(); ++col)
            t->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    t->resizeColumnsToContents();
    // Tall enough for every party without a scroll bar (up to five; more scroll).
    const int rows = std::clamp(int(m_parties.size()), 2, 5);
    t->setFixedHeight(t->horizontalHeader()->sizeHint().height() + rows * t->verticalHeader()->defaultSectionSize() +
                      2 * t->frameWidth() + 2);
    if (m_parties.isEmpty())
        m_ui->partiesLabel->setText(tr("Parties: the case has no applicant or respondent recorded yet."));
}

QString AgreementDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

QString AgreementDialog::warningText() const
{
    return m_ui->warningLabel->text();
}

void AgreementDialog::updateForm()
{
    // An oral agreement (art. 28) is recorded by its content alone; copies are for a signed paper.
    const bool written = m_ui->writtenRadioButton->isChecked();
    m_ui->termsLabel->setText(written ? tr("Agreed &terms:")
                                      : tr("&Content of the oral agreement (recorded by the mediator, art. 28):"));
    m_ui->copiesSpinBox->setEnabled(written);
    m_ui->copiesLabel->setEnabled(written);
    m_ui->factsLabel->setText(written ? tr("Main &facts of the dispute:")
                                      : tr("Main &facts of the dispute (optional):"));
    m_ui->disputeLabel->setText(written ? tr("Points in &dispute and each party's responsibility:")
                                        : tr("Points in &dispute and each party's responsibility (optional):"));
    // The labels changed width: lay out now so none shows cut off until the next resize.
    m_ui->contentFormLayout->invalidate();
    if (layout())
        layout()->activate();
}

void AgreementDialog::updateWarning()
{
    const QString text = m_ui->factsPlainTextEdit->toPlainText() + m_ui->disputePlainTextEdit->toPlainText() +
                         m_ui->termsPlainTextEdit->toPlainText() + m_summary;
    const QString warning = AgreementService::personalStatusWarning(m_category, text);
    m_ui->warningLabel->setText(warning);
    m_ui->warningLabel->setVisible(!warning.isEmpty());
}

bool AgreementDialog::save()
{
    if (isReadOnly()) {
        m_ui->errorLabel->setText(m_readOnlyReason);
        return false;
    }
    const auto amount = recordform::readAmount(*m_ui->amountLineEdit, *m_ui->amountStatusLabel);
    if (!amount) {
        m_ui->errorLabel->setText(tr("The amount is not valid; see the message under it."));
        return false;
    }
    Agreement a;
    a.caseId = m_caseId;
    a.form = m_ui->writtenRadioButton->isChecked() ? u"written"_s : u"oral"_s;
    a.agreementNo = m_ui->agreementNoLineEdit->text();
    a.parties = m_parties;
    a.facts = m_ui->factsPlainTextEdit->toPlainText();
    a.disputePoints = m_ui->disputePlainTextEdit->toPlainText();
    a.terms = m_ui->termsPlainTextEdit->toPlainText();
    a.performanceManner = m_ui->mannerLineEdit->text();
    a.performancePlace = m_ui->placeLineEdit->text();
    if (m_ui->dueDateEdit->date() != recordform::noDate())
        a.performanceDueOn = m_ui->dueDateEdit->date();
    a.amountFen = *amount;
    a.effectiveOn = m_ui->effectiveDateEdit->date();
    a.copies = a.form == u"written"_s ? m_ui->copiesSpinBox->value() : 0;
    for (int i = 0; i < m_ui->mediatorsListWidget->count(); ++i) {
        const QListWidgetItem* item = m_ui->mediatorsListWidget->item(i);
        if (item->checkState() == Qt::Checked)
            a.mediatorIds << item->data(Qt::UserRole).toString();
    }
    a.rowVersion = m_rowVersion;
    auto saved = AgreementService(*m_db).saveAgreement(a, m_actor);
    if (!saved) {
        m_ui->errorLabel->setText(saved.error());
        return false;
    }
    m_rowVersion = saved->rowVersion;
    m_ui->errorLabel->clear();
    m_savedWarnings = saved->warnings;
    return true;
}

void AgreementDialog::saveAndOffer()
{
    if (!save())
        return;
    accept();
    QString text = tr("The agreement is saved.");
    if (!m_savedWarnings.isEmpty())
        text += u"\n\n"_s + m_savedWarnings.join(u"\n\n"_s);
    text += u"\n\n"_s + tr("Preview and print the agreement now?");
    QWidget* owner = parentWidget() ? parentWidget() : this;
    if (MessageBox::question(owner, tr("Agreement Saved"), text) != QMessageBox::Yes)
        return;
    if (Status s = previewAgreement(*m_db, m_caseId, owner); !s)
        MessageBox::warning(owner, tr("Agreement"), s.error());
}

} // namespace ow::ui
