// The follow-up dialog: widgets from followup_dialog.ui, codes and labels from core.
#include "mediation/followup_dialog.h"

#include "ui_followup_dialog.h"

#include "domain/vocabulary.h"
#include "mediation/agreement.h"
#include "mediation/case_access.h"
#include "mediation/followup.h"
#include "mediation/mediation_codes.h"
#include "mediation/roster.h"
#include "util/clock.h"

#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ow::ui {

FollowupDialog::FollowupDialog(DatabasePtr db, QString caseId, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FollowupDialog>())
    , m_db(std::move(db))
    , m_caseId(std::move(caseId))
    , m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    if (auto c = mediation::findCase(*m_db, m_caseId)) {
        m_caseId = c->id;
        m_ui->caseLabel->setText(tr("Case %1: %2").arg(c->caseNo, c->summary));
    }
    m_ui->dateEdit->setDate(Clock::today());
    m_ui->dateEdit->setMaximumDate(Clock::today());
    for (const QString& m : mediation::codes(mediation::List::FollowupMethod))
        m_ui->methodComboBox->addItem(mediation::label(mediation::List::FollowupMethod, m), m);
    for (const QString& code : vocab::codes(vocab::List::Satisfaction))
        m_ui->satisfactionComboBox->addItem(vocab::label(vocab::List::Satisfaction, code), code);
    // Nobody is rated until the citizen has said so.
    m_ui->satisfactionComboBox->setCurrentIndex(m_ui->satisfactionComboBox->findData(u"unrated"_s));

    // The visitor is usually the signed-in mediator.
    for (const Mediator& m : RosterService(*m_db).mediators())
        if (!m.userLogin.isEmpty() && m.userLogin == m_actor)
            m_ui->visitorLineEdit->setText(m.name);

    // Whether the agreement was carried out is asked only where there is an agreement (item 5).
    m_hasAgreement = AgreementService(*m_db).agreement(m_caseId).has_value();
    m_ui->performedComboBox->addItem(tr("(not asked)"), QString());
    for (const QString& s : mediation::codes(mediation::List::PerformanceState))
        m_ui->performedComboBox->addItem(mediation::label(mediation::List::PerformanceState, s), s);
    m_ui->performedLabel->setVisible(m_hasAgreement);
    m_ui->performedComboBox->setVisible(m_hasAgreement);

    // Qt's own button texts are English unless its translations are deployed; name them here.
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    fillEarlierVisits();

    // A closed or ended case cannot take a visit: say why before anything is typed.
    if (auto writable = mediation::writableCase(*m_db, m_caseId); !writable) {
        m_ui->errorLabel->setText(writable.error());
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

FollowupDialog::~FollowupDialog() = default;

QString FollowupDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void FollowupDialog::fillEarlierVisits()
{
    const QList<FollowupVisit> visits = FollowupService(*m_db).followups(m_caseId);
    m_ui->earlierLabel->setVisible(!visits.isEmpty());
    m_ui->earlierTableWidget->setVisible(!visits.isEmpty());
    QTableWidget* t = m_ui->earlierTableWidget;
    t->setColumnCount(5);
    t->setHorizontalHeaderLabels({tr("Date"), tr("Method"), tr("Visitor"), tr("Satisfaction"), tr("Performance")});
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setRowCount(int(visits.size()));
    for (int row = 0; row < visits.size(); ++row) {
        const FollowupVisit& v = visits[row];
        const QStringList cells{
            v.visitedOn.toString(u"yyyy-MM-dd"_s), mediation::label(mediation::List::FollowupMethod, v.method),
            v.visitor, vocab::label(vocab::List::Satisfaction, v.satisfaction),
            v.performed.isEmpty() ? QString() : mediation::label(mediation::List::PerformanceState, v.performed)};
        for (int col = 0; col < cells.size(); ++col)
            t->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    t->resizeColumnsToContents();
}

bool FollowupDialog::save()
{
    FollowupVisit f;
    f.caseId = m_caseId;
    f.visitedOn = m_ui->dateEdit->date();
    f.method = m_ui->methodComboBox->currentData().toString();
    f.visitor = m_ui->visitorLineEdit->text();
    f.satisfaction = m_ui->satisfactionComboBox->currentData().toString();
    if (m_hasAgreement)
        f.performed = m_ui->performedComboBox->currentData().toString();
    f.notes = m_ui->notesPlainTextEdit->toPlainText();
    auto saved = FollowupService(*m_db).recordFollowup(f, m_actor);
    if (!saved) {
        m_ui->errorLabel->setText(saved.error());
        return false;
    }
    m_ui->errorLabel->clear();
    m_savedId = *saved;
    return true;
}

} // namespace ow::ui
