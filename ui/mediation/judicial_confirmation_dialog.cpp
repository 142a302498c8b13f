// The judicial confirmation dialog: the deadline from the case's milestone, the saved record loaded
// for editing, the court's decision enabled once there is one.
#include "mediation/judicial_confirmation_dialog.h"

#include "ui_judicial_confirmation_dialog.h"

#include "mediation/agreement.h"
#include "mediation/case_access.h"
#include "mediation/judicial_confirmation.h"
#include "mediation/record_form.h"
#include "storage/case_store.h"
#include "util/clock.h"
#include "widgets/dialogs.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ow::ui {

JudicialConfirmationDialog::JudicialConfirmationDialog(DatabasePtr db, QString caseId, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::JudicialConfirmationDialog>())
    , m_db(std::move(db))
    , m_caseId(std::move(caseId))
    , m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    for (const QString& r : {QString(), u"granted"_s, u"refused"_s})
        m_ui->resultComboBox->addItem(resultLabel(r), r);
    m_ui->appliedDateEdit->setMaximumDate(Clock::today());
    m_ui->appliedDateEdit->setDate(Clock::today());
    m_ui->decidedDateEdit->setMaximumDate(Clock::today());
    m_ui->decidedDateEdit->setDate(Clock::today());
    m_ui->courtLineEdit->setPlaceholderText(tr("the basic people's court where the committee is located"));
    m_ui->courtCaseNoLineEdit->setPlaceholderText(tr("e.g. (2025) court special case No. 12"));
    load();
    connect(m_ui->resultComboBox, &QComboBox::currentIndexChanged, this, &JudicialConfirmationDialog::updateDecision);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &JudicialConfirmationDialog::saveAndReport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    recordform::addSaveShortcut(*this, [this] { saveAndReport(); });
    updateDecision();
    recordform::applyReadOnly(*this, *m_ui->readOnlyLabel, *m_ui->buttonBox, m_readOnlyReason);
    m_ui->appliedDateEdit->setFocus();
}

JudicialConfirmationDialog::~JudicialConfirmationDialog() = default;

QString JudicialConfirmationDialog::resultLabel(const QString& result)
{
    if (result == u"granted"_s)
        return tr("Confirmed: the agreement is valid");
    if (result == u"refused"_s)
        return tr("Application refused");
    return tr("Not decided yet");
}

void JudicialConfirmationDialog::load()
{
    Database& db = *m_db;
    QString category;
    QString summary;
    if (auto c = mediation::findCase(db, m_caseId)) {
        m_caseId = c->id;
        category = c->categoryCode;
        summary = c->summary;
        m_ui->caseLabel->setText(tr("Case %1: %2").arg(c->caseNo, c->summary));
    }
    m_readOnlyReason = recordform::readOnlyReason(db, m_caseId);

    const auto a = AgreementService(db).agreement(m_caseId);
    if (!a || a->form != u"written"_s) {
        m_ui->effectiveLabel->setText(a ? tr("an oral agreement cannot be confirmed by a court")
                                        : tr("no agreement recorded"));
        m_ui->deadlineLabel->setText(tr("—"));
        // Only a written agreement can be confirmed (art. 33): say so now rather than on saving.
        if (m_readOnlyReason.isEmpty())
            m_readOnlyReason = tr("Judicial confirmation needs a written mediation agreement. Record it first "
                                  "(Mediation → Mediation Agreement…).");
        m_ui->warningLabel->hide();
        return;
    }
    m_ui->effectiveLabel->setText(a->effectiveOn.toString(Qt::ISODate));
    m_ui->appliedDateEdit->setMinimumDate(a->effectiveOn);
    m_ui->decidedDateEdit->setMinimumDate(a->effectiveOn);

    // The date core computed when the agreement was saved (holidays and rules applied there).
    QString deadline = tr("not set");
    if (auto c = CaseStore(db).load(m_caseId)) {
        for (const Milestone& m : std::as_const(c->milestones)) {
            if (m.milestone != u"judicial_confirmation_application"_s)
                continue;
            deadline = m.dueOn.toString(Qt::ISODate);
            if (m.metOn.isValid())
                deadline += u"  "_s + tr("(applied on %1)").arg(m.metOn.toString(Qt::ISODate));
            else
                deadline += u"  "_s + tr("(%1)").arg(recordform::dueText(m.dueOn, Clock::today()));
            deadline += u"\n"_s + tr("The parties apply jointly within %n day(s) of the agreement taking effect.",
                                     nullptr, m.days);
        }
    }
    m_ui->deadlineLabel->setText(deadline);

    const QString warning =
        AgreementService::personalStatusWarning(category, a->facts + a->disputePoints + a->terms + summary);
    m_ui->warningLabel->setText(warning);
    m_ui->warningLabel->setVisible(!warning.isEmpty());

    if (const auto j = JudicialConfirmationService(db).judicialConfirmation(m_caseId)) {
        m_ui->appliedDateEdit->setDate(j->appliedOn);
        m_ui->courtLineEdit->setText(j->court);
        m_ui->courtCaseNoLineEdit->setText(j->courtCaseNo);
        m_ui->resultComboBox->setCurrentIndex(std::max(0, m_ui->resultComboBox->findData(j->result)));
        if (j->decidedOn.isValid())
            m_ui->decidedDateEdit->setDate(j->decidedOn);
    }
}

void JudicialConfirmationDialog::updateDecision()
{
    // While the court has not decided there is no decision date (core requires both or neither).
    const bool decided = !m_ui->resultComboBox->currentData().toString().isEmpty();
    m_ui->decidedDateEdit->setEnabled(decided);
    m_ui->decidedLabel->setEnabled(decided);
}

QString JudicialConfirmationDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

QString JudicialConfirmationDialog::deadlineText() const
{
    return m_ui->deadlineLabel->text();
}

QString JudicialConfirmationDialog::warningText() const
{
    return m_ui->warningLabel->isHidden() ? QString() : m_ui->warningLabel->text();
}

bool JudicialConfirmationDialog::save()
{
    if (isReadOnly()) {
        m_ui->errorLabel->setText(m_readOnlyReason);
        return false;
    }
    JudicialConfirmation j;
    j.caseId = m_caseId;
    j.appliedOn = m_ui->appliedDateEdit->date();
    j.court = m_ui->courtLineEdit->text();
    j.courtCaseNo = m_ui->courtCaseNoLineEdit->text();
    j.result = m_ui->resultComboBox->currentData().toString();
    if (!j.result.isEmpty())
        j.decidedOn = m_ui->decidedDateEdit->date();
    auto saved = JudicialConfirmationService(*m_db).recordJudicialConfirmation(j, m_actor);
    if (!saved) {
        m_ui->errorLabel->setText(saved.error());
        return false;
    }
    m_ui->errorLabel->clear();
    m_savedWarnings = saved->warnings;
    return true;
}

void JudicialConfirmationDialog::saveAndReport()
{
    if (!save())
        return;
    accept();
    // The late-application warning matters after saving too: the court may not accept it.
    if (!m_savedWarnings.isEmpty())
        MessageBox::warning(parentWidget() ? parentWidget() : this, tr("Judicial Confirmation Saved"),
                            m_savedWarnings.join(u"\n\n"_s));
}

} // namespace ow::ui
