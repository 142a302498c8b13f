// The close dialog: lists the closure checks' missing pieces live and closes through ClosureService.
#include "mediation/close_case_dialog.h"

#include "ui_close_case_dialog.h"

#include "domain/mediation.h"
#include "domain/vocabulary.h"
#include "mediation/case_access.h"
#include "mediation/closure.h"
#include "util/clock.h"
#include "widgets/dialogs.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ow::ui {

CloseCaseDialog::CloseCaseDialog(DatabasePtr db, QString caseId, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CloseCaseDialog>())
    , m_db(std::move(db))
    , m_caseId(std::move(caseId))
    , m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    if (auto c = mediation::findCase(*m_db, m_caseId)) {
        m_caseId = c->id;
        m_petition = c->caseType == u"petition"_s;
        m_ui->caseLabel->setText(tr("Case %1: %2").arg(c->caseNo, c->summary));
    }
    for (const QString& code : vocab::codes(vocab::List::Outcome)) {
        const bool petitionOutcome = code.startsWith(u"petition_"_s);
        if (petitionOutcome == m_petition || code == u"resolved_other"_s)
            m_ui->outcomeComboBox->addItem(vocab::label(vocab::List::Outcome, code), code);
    }
    const QString siteLevel = ClosureService(*m_db).siteLevel();
    for (const QString& code : {u"village"_s, u"township"_s, u"county"_s}) {
        m_ui->levelComboBox->addItem(vocab::label(vocab::List::ResolutionLevel, code), code);
        if (code == siteLevel)
            m_ui->levelComboBox->setCurrentIndex(m_ui->levelComboBox->count() - 1);
    }
    m_ui->dateEdit->setDate(Clock::today());
    for (QWidget* w : {static_cast<QWidget*>(m_ui->factsLabel), static_cast<QWidget*>(m_ui->factsPlainTextEdit),
                       static_cast<QWidget*>(m_ui->basisLabel), static_cast<QWidget*>(m_ui->basisLineEdit)})
        w->setVisible(m_petition);
    connect(m_ui->outcomeComboBox, &QComboBox::currentIndexChanged, this, &CloseCaseDialog::updateMissing);
    connect(m_ui->summaryPlainTextEdit, &QPlainTextEdit::textChanged, this, &CloseCaseDialog::updateMissing);
    connect(m_ui->factsPlainTextEdit, &QPlainTextEdit::textChanged, this, &CloseCaseDialog::updateMissing);
    connect(m_ui->basisLineEdit, &QLineEdit::textChanged, this, &CloseCaseDialog::updateMissing);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (closeCase())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CloseCaseDialog::reject);
    updateMissing();
    m_initialText = typedText();
}

QString CloseCaseDialog::typedText() const
{
    return QStringList{m_ui->summaryPlainTextEdit->toPlainText(), m_ui->factsPlainTextEdit->toPlainText(),
                       m_ui->basisLineEdit->text()}
        .join(QChar(0x1f));
}

void CloseCaseDialog::reject()
{
    if (typedText() != m_initialText &&
        MessageBox::question(this, tr("Discard Closing Text"),
                             tr("The closing summary typed here has not been saved. Close and discard it?")) !=
            QMessageBox::Yes)
        return;
    QDialog::reject();
}

CloseCaseDialog::~CloseCaseDialog() = default;

QString CloseCaseDialog::missingText() const
{
    return m_ui->missingLabel->text();
}

static ClosureRequest requestFrom(const Ui::CloseCaseDialog& ui, const QString& caseId)
{
    ClosureRequest r;
    r.caseId = caseId;
    r.outcome = ui.outcomeComboBox->currentData().toString();
    r.resolutionLevel = ui.levelComboBox->currentData().toString();
    r.closedOn = ui.dateEdit->date();
    r.summary = ui.summaryPlainTextEdit->toPlainText();
    r.opinion.factsAndReasons = ui.factsPlainTextEdit->toPlainText();
    r.opinion.basis = ui.basisLineEdit->text();
    return r;
}

void CloseCaseDialog::updateMissing()
{
    ClosureRequest r = requestFrom(*m_ui, m_caseId);
    if (m_petition)
        r.opinion.request = u"-"_s; // taken from the case when closing
    const QStringList missing = ClosureService(*m_db).missing(r);
    m_ui->missingLabel->setText(missing.isEmpty() ? QString()
                                                  : tr("Still missing:") + u"\n• "_s + missing.join(u"\n• "_s));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
}

bool CloseCaseDialog::closeCase()
{
    auto closed = ClosureService(*m_db).close(requestFrom(*m_ui, m_caseId), m_actor);
    if (!closed) {
        m_ui->missingLabel->setText(closed.error());
        return false;
    }
    return true;
}

} // namespace ow::ui
