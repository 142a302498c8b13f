// The performance dialog: the agreement's deadline and amount above, earlier checks listed, a new
// check below.
#include "mediation/performance_dialog.h"

#include "ui_performance_dialog.h"

#include "mediation/agreement.h"
#include "mediation/case_access.h"
#include "mediation/mediation_codes.h"
#include "mediation/money.h"
#include "mediation/performance.h"
#include "mediation/record_form.h"
#include "util/clock.h"

#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ow::ui {

PerformanceDialog::PerformanceDialog(DatabasePtr db, QString caseId, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PerformanceDialog>())
    , m_db(std::move(db))
    , m_caseId(std::move(caseId))
    , m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    for (const QString& s : mediation::codes(mediation::List::PerformanceState))
        m_ui->stateComboBox->addItem(mediation::label(mediation::List::PerformanceState, s), s);
    m_ui->dateEdit->setMaximumDate(Clock::today());
    m_ui->dateEdit->setDate(Clock::today());
    m_ui->historyTableWidget->setColumnCount(4);
    m_ui->historyTableWidget->setHorizontalHeaderLabels(
        {tr("Checked on"), tr("Performance"), tr("Amount paid"), tr("Note")});
    m_ui->historyTableWidget->verticalHeader()->setDefaultSectionSize(m_ui->historyTableWidget->fontMetrics().height() +
                                                                      8);
    m_ui->notePlainTextEdit->setPlaceholderText(tr("e.g. paid by bank transfer; receipt in the case file"));
    recordform::watchAmount(*m_ui->amountLineEdit, *m_ui->amountStatusLabel);
    load();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    recordform::addSaveShortcut(*this, [this] {
        if (save())
            accept();
    });
    recordform::applyReadOnly(*this, *m_ui->readOnlyLabel, *m_ui->buttonBox, m_readOnlyReason);
    m_ui->dateEdit->setFocus();
}

PerformanceDialog::~PerformanceDialog() = default;

void PerformanceDialog::load()
{
    Database& db = *m_db;
    if (auto c = mediation::findCase(db, m_caseId)) {
        m_caseId = c->id;
        m_ui->caseLabel->setText(tr("Case %1: %2").arg(c->caseNo, c->summary));
    }
    m_readOnlyReason = recordform::readOnlyReason(db, m_caseId);

    const auto performances = PerformanceService(db).performances(m_caseId);
    if (const auto a = AgreementService(db).agreement(m_caseId)) {
        if (a->performanceDueOn.isValid()) {
            QString due = a->performanceDueOn.toString(Qt::ISODate);
            // Once fully performed, how far the deadline is no longer matters.
            const bool done = !performances.isEmpty() && performances.last().state == u"performed"_s;
            if (!done)
                due += u"  "_s + tr("(%1)").arg(recordform::dueText(a->performanceDueOn, Clock::today()));
            m_ui->dueLabel->setText(due);
        } else {
            m_ui->dueLabel->setText(tr("no deadline in the agreement"));
        }
        m_ui->agreedAmountLabel->setText(
            a->amountFen
                ? tr("%1 yuan (%2)").arg(money::formatFen(*a->amountFen), money::chineseCapitals(*a->amountFen))
                : tr("none"));
        QStringList how;
        if (!a->performanceManner.isEmpty())
            how << a->performanceManner;
        if (!a->performancePlace.isEmpty())
            how << a->performancePlace;
        m_ui->mannerLabel->setText(how.isEmpty() ? tr("—") : how.join(tr(", ")));
    } else {
        m_ui->dueLabel->setText(tr("no agreement recorded yet"));
        m_ui->agreedAmountLabel->setText(tr("—"));
        m_ui->mannerLabel->setText(tr("—"));
    }

    QTableWidget* t = m_ui->historyTableWidget;
    t->setRowCount(int(performances.size()));
    for (int row = 0; row < performances.size(); ++row) {
        const Performance& p = performances[row];
        const QStringList cells{p.recordedOn.toString(Qt::ISODate),
                                mediation::label(mediation::List::PerformanceState, p.state),
                                p.amountFen ? money::formatFen(*p.amountFen) : QString(), p.note};
        for (int col = 0; col < cells.size(); ++col)
            t->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    t->resizeColumnsToContents();
    // An empty table would only take room from the note: the label says there is none.
    t->setVisible(!performances.isEmpty());
    if (performances.isEmpty())
        m_ui->historyLabel->setText(tr("No check recorded yet."));
}

QString PerformanceDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

QString PerformanceDialog::dueText() const
{
    return m_ui->dueLabel->text();
}

bool PerformanceDialog::save()
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
    Performance p;
    p.caseId = m_caseId;
    p.recordedOn = m_ui->dateEdit->date();
    p.state = m_ui->stateComboBox->currentData().toString();
    p.amountFen = *amount;
    p.note = m_ui->notePlainTextEdit->toPlainText();
    auto saved = PerformanceService(*m_db).recordPerformance(p, m_actor);
    if (!saved) {
        m_ui->errorLabel->setText(saved.error());
        return false;
    }
    m_ui->errorLabel->clear();
    return true;
}

} // namespace ow::ui
