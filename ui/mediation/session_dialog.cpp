// The session dialog: widgets from session_dialog.ui, choices from the roster and vocabulary.
#include "mediation/session_dialog.h"

#include "ui_session_dialog.h"

#include "domain/vocabulary.h"
#include "mediation/case_access.h"
#include "mediation/mediation_codes.h"
#include "mediation/roster.h"
#include "mediation/sessions.h"
#include "util/clock.h"
#include "widgets/dialogs.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ow::ui {

SessionDialog::SessionDialog(DatabasePtr db, QString caseId, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SessionDialog>())
    , m_db(std::move(db))
    , m_caseId(std::move(caseId))
    , m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    if (auto c = mediation::findCase(*m_db, m_caseId))
        m_ui->caseLabel->setText(tr("Case %1: %2").arg(c->caseNo, c->summary));
    m_ui->dateEdit->setDate(Clock::today());
    m_ui->dateEdit->setMaximumDate(Clock::today());
    m_ui->startTimeEdit->setTime(QTime(9, 0));
    m_ui->endTimeEdit->setTime(QTime(10, 0));

    const RosterService svc(*m_db);
    m_ui->roomComboBox->addItem(tr("(another place)"), QString());
    for (const MediationRoom& r : svc.rooms())
        m_ui->roomComboBox->addItem(u"%1（%2）"_s.arg(r.name, mediation::label(mediation::List::RoomKind, r.kind)),
                                    r.id);
    if (m_ui->roomComboBox->count() > 1)
        m_ui->roomComboBox->setCurrentIndex(1);
    for (const QString& code : vocab::codes(vocab::List::MediationType))
        m_ui->typeComboBox->addItem(vocab::label(vocab::List::MediationType, code), code);
    for (const Mediator& m : svc.mediators()) {
        auto* item = new QListWidgetItem(m.organization.isEmpty() ? m.name : u"%1（%2）"_s.arg(m.name, m.organization),
                                         m_ui->mediatorsListWidget);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (const QString& r : mediation::codes(mediation::List::SessionResult))
        m_ui->resultComboBox->addItem(mediation::label(mediation::List::SessionResult, r), r);
    for (const QString& r : mediation::codes(mediation::List::TerminationReason))
        m_ui->reasonComboBox->addItem(mediation::label(mediation::List::TerminationReason, r), r);
    m_ui->litigationCheckBox->setText(mediation::label(mediation::List::Route, u"litigation"_s));
    m_ui->arbitrationCheckBox->setText(mediation::label(mediation::List::Route, u"arbitration"_s));
    m_ui->administrativeCheckBox->setText(mediation::label(mediation::List::Route, u"administrative"_s));

    connect(m_ui->resultComboBox, &QComboBox::currentIndexChanged, this, &SessionDialog::updateResultFields);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    updateResultFields();
    if (svc.mediators().isEmpty())
        m_ui->errorLabel->setText(RosterService::noMediatorsMessage());
    m_initialText = typedText();
}

QString SessionDialog::typedText() const
{
    return QStringList{m_ui->placeLineEdit->text(), m_ui->presentLineEdit->text(),
                       m_ui->recordPlainTextEdit->toPlainText()}
        .join(QChar(0x1f));
}

void SessionDialog::reject()
{
    if (m_savedId.isEmpty() && typedText() != m_initialText &&
        MessageBox::question(this, tr("Discard Session Record"),
                             tr("The session record typed here has not been saved. Close and discard it?")) !=
            QMessageBox::Yes)
        return;
    QDialog::reject();
}

SessionDialog::~SessionDialog() = default;

QString SessionDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void SessionDialog::updateResultFields()
{
    // Only what the chosen result needs is editable: the reason for a termination, the routes for
    // a failed (or terminated) mediation.
    const QString result = m_ui->resultComboBox->currentData().toString();
    m_ui->reasonComboBox->setEnabled(result == u"terminated"_s);
    const bool routes = result == u"failed"_s || result == u"terminated"_s;
    m_ui->litigationCheckBox->setEnabled(routes);
    m_ui->arbitrationCheckBox->setEnabled(routes);
    m_ui->administrativeCheckBox->setEnabled(routes);
}

bool SessionDialog::save()
{
    MediationSession s;
    s.caseId = m_caseId;
    s.heldOn = m_ui->dateEdit->date();
    s.startsAt = m_ui->startTimeEdit->time();
    s.endsAt = m_ui->endTimeEdit->time();
    s.roomId = m_ui->roomComboBox->currentData().toString();
    s.place = m_ui->placeLineEdit->text();
    s.mediationType = m_ui->typeComboBox->currentData().toString();
    for (int i = 0; i < m_ui->mediatorsListWidget->count(); ++i) {
        const QListWidgetItem* item = m_ui->mediatorsListWidget->item(i);
        if (item->checkState() == Qt::Checked)
            s.mediatorIds << item->data(Qt::UserRole).toString();
    }
    s.partiesPresent = m_ui->presentLineEdit->text();
    s.record = m_ui->recordPlainTextEdit->toPlainText();
    s.result = m_ui->resultComboBox->currentData().toString();
    if (s.result == u"terminated"_s)
        s.terminationReason = m_ui->reasonComboBox->currentData().toString();
    if (s.result == u"failed"_s || s.result == u"terminated"_s) {
        if (m_ui->litigationCheckBox->isChecked())
            s.routesTold << u"litigation"_s;
        if (m_ui->arbitrationCheckBox->isChecked())
            s.routesTold << u"arbitration"_s;
        if (m_ui->administrativeCheckBox->isChecked())
            s.routesTold << u"administrative"_s;
    }
    auto saved = SessionService(*m_db).recordSession(s, m_actor);
    if (!saved) {
        m_ui->errorLabel->setText(saved.error());
        return false;
    }
    m_ui->errorLabel->clear();
    m_savedId = *saved;
    return true;
}

} // namespace ow::ui
