// Window registration: lists from the reference data, the form keys (widgets/form_keys.h), inline messages, repeat
// visitors looked up while typing, and the receipt.
#include "intake/intake_dialog.h"

#include "intake/receipt.h"
#include "ui_intake_dialog.h"

#include "domain/vocabulary.h"
#include "mechanisms/mechanism_support.h"
#include "mechanisms/reception.h"
#include "storage/reference_data.h"
#include "util/clock.h"
#include "validation/identifiers.h"
#include "widgets/dialogs.h"
#include "widgets/form_keys.h"

#include <QCompleter>
#include <QInputDialog>
#include <QLabel>
#include <QScreen>
#include <QShortcut>
#include <QTimer>

#include <algorithm>

namespace ow::ui {
namespace {

// Form fields of FieldError and their widgets' object names.
const QList<QPair<const char*, const char*>> kFieldWidgets{
    {"case_type", "caseTypeComboBox"},
    {"source", "sourceComboBox"},
    {"window", "windowComboBox"},
    {"category", "categoryComboBox"},
    {"township", "townshipComboBox"},
    {"village", "villageComboBox"},
    {"received_on", "receivedDateTimeDateTimeEdit"},
    {"received_at", "receivedDateTimeDateTimeEdit"},
    {"urgency", "urgencyComboBox"},
    {"headcount", "headcountSpinBox"},
    {"parties[0].name", "applicantNameLineEdit"},
    {"parties[0].id_number", "applicantIdLineEdit"},
    {"parties[0].phone", "applicantPhoneLineEdit"},
    {"parties[1].name", "respondentNameLineEdit"},
    {"parties[1].credit_code", "respondentCreditCodeLineEdit"},
    {"parties[1].address", "respondentAddressLineEdit"},
    {"parties[1].legal_representative", "respondentLegalRepresentativeLineEdit"},
    {"parties[1].phone", "respondentPhoneLineEdit"},
    {"summary", "summaryPlainTextEdit"},
    {"parties", "partiesTableWidget"},
    {"reception", "receptionComboBox"},
};

enum PartyColumn
{
    RoleColumn,
    NameColumn,
    IdColumn,
    PhoneColumn,
    LegalRepresentativeColumn,
    AddressColumn,
    ColumnCount
};

// A combo box's code: the chosen item's data, or what was typed (the service resolves names).
QString comboValue(const QComboBox* box)
{
    const int i = matchingItem(box);
    if (i >= 0)
        return box->itemData(i).toString();
    return box->currentText().trimmed();
}

} // namespace

IntakeDialog::IntakeDialog(DatabasePtr db, const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::IntakeDialog>())
    , m_db(std::move(db))
    , m_actor(actor)
{
    m_ui->setupUi(this);
    // A company respondent adds three rows: the fields scroll on a 768-pixel screen, the buttons stay.
    scrollForm(m_ui->leftLayout, m_ui->formLayout);
    fillLists();
    m_ui->receivedDateTimeDateTimeEdit->setDateTime(Clock::now());
    m_ui->receivedDateTimeDateTimeEdit->setMaximumDate(Clock::today());
    m_ui->partiesTableWidget->setColumnCount(ColumnCount);
    m_ui->partiesTableWidget->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("ID number / credit code"),
                                                         tr("Phone"), tr("Legal representative"), tr("Address")});
    m_ui->partiesTableWidget->horizontalHeader()->setStretchLastSection(true);
    // Every heading whole in the dialog's width: the number column as wide as its heading (身份证号/
    // 统一社会信用代码, wider than 18 digits), the short ones as their longest entry, the address the rest.
    {
        QHeaderView* header = m_ui->partiesTableWidget->horizontalHeader();
        const QFontMetrics fm = m_ui->partiesTableWidget->fontMetrics();
        const int pad = fm.horizontalAdvance(QLatin1Char('M')) * 2;
        header->resizeSection(
            RoleColumn,
            fm.horizontalAdvance(vocab::label(vocab::List::PartyRole, QStringLiteral("representative"))) + pad);
        header->resizeSection(NameColumn, fm.horizontalAdvance(QStringLiteral("欧阳建国")) + pad);
        header->resizeSection(IdColumn, header->sectionSizeHint(IdColumn));
        header->resizeSection(PhoneColumn, fm.horizontalAdvance(QStringLiteral("0478-12345678")) + pad);
        header->resizeSection(LegalRepresentativeColumn, header->sectionSizeHint(LegalRepresentativeColumn));
    }
    m_ui->partiesTableWidget->verticalHeader()->setDefaultSectionSize(24);
    m_ui->applicantIdLineEdit->setPlaceholderText(tr("18 digits, e.g. 150824198001010010"));
    m_ui->applicantPhoneLineEdit->setPlaceholderText(tr("mobile or 0478-1234567"));
    // A respondent that is a company or another organization: the agreement names it by its credit
    // code, domicile and legal representative, so the form asks for them (shown only then).
    m_ui->respondentKindComboBox->addItem(tr("A person"), QStringLiteral("person"));
    m_ui->respondentKindComboBox->addItem(tr("An organization (company, institution)"), QStringLiteral("organization"));
    m_ui->respondentCreditCodeLineEdit->setPlaceholderText(tr("18 characters, from the business licence"));
    connect(m_ui->respondentKindComboBox, &QComboBox::currentIndexChanged, this, &IntakeDialog::showRespondentKind);
    showRespondentKind();

    addReceptionRow();

    // A red message under every field that can be wrong: the clerk sees it where the mistake is.
    for (const auto& [field, widgetName] : kFieldWidgets) {
        auto* w = findChild<QWidget*>(QString::fromLatin1(widgetName));
        if (!w || m_errorLabels.contains(QString::fromLatin1(widgetName)))
            continue;
        int row = -1;
        QFormLayout::ItemRole role;
        m_ui->formLayout->getWidgetPosition(w, &row, &role);
        auto* label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(widgetName) + QStringLiteral("ErrorLabel"));
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
        label->setWordWrap(true);
        label->hide();
        if (row >= 0) {
            m_ui->formLayout->insertRow(row + 1, QString(), label);
        } else {
            m_ui->leftLayout->insertWidget(m_ui->leftLayout->indexOf(w) + 1, label);
        }
        m_errorLabels.insert(QString::fromLatin1(widgetName), label);
    }

    // Enter moves to the next field, as on a paper form; Ctrl+S saves, Ctrl+P prints.
    installFormKeys(this);
    auto* hints =
        new QLabel(formKeyHints(tr("Ctrl+S: accept and save · Ctrl+P: print the receipt · Esc: close")), this);
    hints->setObjectName(QStringLiteral("keyHintsLabel"));
    hints->setStyleSheet(QStringLiteral("color: #555;"));
    m_ui->leftLayout->insertWidget(m_ui->leftLayout->indexOf(m_ui->errorLabel) + 1, hints);
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &IntakeDialog::saveFiled);
    auto* print = new QShortcut(QKeySequence::Print, this);
    connect(print, &QShortcut::activated, this, &IntakeDialog::printReceipt);

    connect(m_ui->saveFiledPushButton, &QPushButton::clicked, this, &IntakeDialog::saveFiled);
    connect(m_ui->saveReportedPushButton, &QPushButton::clicked, this, &IntakeDialog::saveReported);
    connect(m_ui->rejectPushButton, &QPushButton::clicked, this, &IntakeDialog::refuseCase);
    connect(m_ui->printPushButton, &QPushButton::clicked, this, &IntakeDialog::printReceipt);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &IntakeDialog::reject);
    connect(m_ui->addPartyPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->partiesTableWidget->rowCount();
        m_ui->partiesTableWidget->insertRow(row);
        m_ui->partiesTableWidget->setItem(
            row, RoleColumn, new QTableWidgetItem(vocab::label(vocab::List::PartyRole, QStringLiteral("respondent"))));
        m_ui->partiesTableWidget->setCurrentCell(row, NameColumn);
        m_ui->partiesTableWidget->setFocus();
    });
    connect(m_ui->removePartyPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->partiesTableWidget->currentRow();
        if (row >= 0)
            m_ui->partiesTableWidget->removeRow(row);
    });
    connect(m_ui->townshipComboBox, &QComboBox::currentTextChanged, this, [this] {
        fillVillages();
        m_repeatTimer->start();
    });
    m_repeatTimer = new QTimer(this);
    m_repeatTimer->setSingleShot(true);
    m_repeatTimer->setInterval(250);
    connect(m_repeatTimer, &QTimer::timeout, this, &IntakeDialog::lookForRepeats);
    for (QLineEdit* e : {m_ui->applicantNameLineEdit, m_ui->applicantIdLineEdit, m_ui->applicantPhoneLineEdit})
        connect(e, &QLineEdit::textChanged, m_repeatTimer, qOverload<>(&QTimer::start));
    connect(m_ui->repeatListWidget, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->recordVisitPushButton->setEnabled(row >= 0); });
    connect(m_ui->recordVisitPushButton, &QPushButton::clicked, this, &IntakeDialog::recordVisit);
    m_ui->caseTypeComboBox->setFocus();
    // The form takes the width beyond the earlier-cases panel's: the parties table shows every heading.
    m_ui->mainLayout->setStretch(0, 1);
    const int room = screen() ? screen()->availableGeometry().height() - 40 : 760;
    resize(1060, std::min(760, std::max(room, 480)));
    m_initialForm = formText();
}

QString IntakeDialog::formText() const
{
    QStringList parts;
    for (const QLineEdit* e : findChildren<QLineEdit*>())
        parts << e->text();
    for (const QPlainTextEdit* e : findChildren<QPlainTextEdit*>())
        parts << e->toPlainText();
    for (const QComboBox* b : findChildren<QComboBox*>())
        parts << b->currentText();
    for (const QAbstractSpinBox* b : findChildren<QAbstractSpinBox*>())
        parts << b->text();
    const QTableWidget* t = m_ui->partiesTableWidget;
    for (int r = 0; r < t->rowCount(); ++r)
        for (int c = 0; c < t->columnCount(); ++c)
            parts << (t->item(r, c) ? t->item(r, c)->text() : QString());
    return parts.join(QChar(0x1f));
}

void IntakeDialog::reject()
{
    if (m_saved.id.isEmpty() && formText() != m_initialForm &&
        MessageBox::question(this, tr("Close Registration"),
                             tr("What was typed for this visitor has not been saved. Close and discard it?")) !=
            QMessageBox::Yes)
        return;
    QDialog::reject();
}

void IntakeDialog::lockSavedForm()
{
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->saveFiledPushButton), static_cast<QWidget*>(m_ui->saveReportedPushButton),
          static_cast<QWidget*>(m_ui->rejectPushButton), static_cast<QWidget*>(m_ui->addPartyPushButton),
          static_cast<QWidget*>(m_ui->removePartyPushButton)})
        w->setEnabled(false);
    for (QLineEdit* e : findChildren<QLineEdit*>())
        e->setReadOnly(true);
    for (QPlainTextEdit* e : findChildren<QPlainTextEdit*>())
        e->setReadOnly(true);
    for (QComboBox* b : findChildren<QComboBox*>())
        b->setEnabled(false);
    for (QAbstractSpinBox* b : findChildren<QAbstractSpinBox*>())
        b->setReadOnly(true);
    m_ui->partiesTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

IntakeDialog::~IntakeDialog() = default;

void IntakeDialog::addReceptionRow()
{
    // Only on a reception day, and only for a role that may record receptions (the role table).
    const QList<ReceptionDay> onDuty = ReceptionService(*m_db).leadersOnDuty(Clock::today());
    if (onDuty.isEmpty() || !mechanisms::permittedActor(*m_db, m_actor, permissions::Action::RecordReception))
        return;
    m_receptionCombo = new QComboBox(this);
    m_receptionCombo->setObjectName(QStringLiteral("receptionComboBox"));
    // None by default: most visitors on a reception day still come to the window only; the clerk
    // chooses the leader for those the leader received (leadersOnDuty lists the current half first).
    m_receptionCombo->addItem(tr("(none)"), QString());
    for (const ReceptionDay& d : onDuty)
        m_receptionCombo->addItem(
            tr("%1 %2%3 (%4)").arg(mechanisms::halfLabel(d.half), d.leaderPosition, d.leaderName, d.place), d.id);
    auto* label = new QLabel(tr("Received by leader"), this);
    label->setObjectName(QStringLiteral("receptionLabel"));
    label->setBuddy(m_receptionCombo);
    int row = -1;
    QFormLayout::ItemRole role;
    m_ui->formLayout->getWidgetPosition(m_ui->sourceComboBox, &row, &role);
    m_ui->formLayout->insertRow(row + 1, label, m_receptionCombo);
    setTabOrder(m_ui->sourceComboBox, m_receptionCombo);
    setTabOrder(m_receptionCombo, m_ui->windowComboBox);
}

QString IntakeDialog::receptionDayId() const
{
    return m_receptionCombo ? m_receptionCombo->currentData().toString() : QString();
}

void IntakeDialog::fillLists()
{
    const ReferenceData rd = ReferenceData::load(*m_db);
    auto fillVocab = [](QComboBox* box, vocab::List list, const QString& current) {
        for (const QString& code : vocab::codes(list))
            box->addItem(vocab::label(list, code), code);
        box->setCurrentIndex(box->findData(current));
    };
    fillVocab(m_ui->caseTypeComboBox, vocab::List::CaseType, QStringLiteral("people_mediation"));
    fillVocab(m_ui->sourceComboBox, vocab::List::Source, QStringLiteral("walk_in"));
    m_ui->windowComboBox->addItem(QString(), QString());
    for (const NamedCode& d : rd.departments)
        if (d.isWindow)
            m_ui->windowComboBox->addItem(d.name(), d.code);
    m_ui->categoryComboBox->addItem(QString(), QString());
    for (const NamedCode& c : rd.categories)
        m_ui->categoryComboBox->addItem(c.name(), c.code);
    m_ui->townshipComboBox->addItem(QString(), QString());
    for (const NamedCode& t : rd.townships())
        m_ui->townshipComboBox->addItem(t.name(), t.code);
    // Type-ahead: any part of the name finds the township.
    for (QComboBox* box : {m_ui->townshipComboBox, m_ui->villageComboBox}) {
        box->setInsertPolicy(QComboBox::NoInsert);
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }
    m_ui->urgencyComboBox->addItem(tr("Normal"), QStringLiteral("normal"));
    m_ui->urgencyComboBox->addItem(tr("Urgent"), QStringLiteral("urgent"));
}

void IntakeDialog::fillVillages()
{
    const ReferenceData rd = ReferenceData::load(*m_db);
    m_ui->villageComboBox->clear();
    m_ui->villageComboBox->addItem(QString(), QString());
    const QString township = request().township;
    for (const NamedCode& v : rd.childrenOf(township))
        m_ui->villageComboBox->addItem(v.name(), v.code);
}

IntakeRequest IntakeDialog::request() const
{
    IntakeRequest r;
    r.caseType = comboValue(m_ui->caseTypeComboBox);
    r.source = comboValue(m_ui->sourceComboBox);
    r.window = comboValue(m_ui->windowComboBox);
    r.category = comboValue(m_ui->categoryComboBox);
    r.township = comboValue(m_ui->townshipComboBox);
    r.village = comboValue(m_ui->villageComboBox);
    const QDateTime when = m_ui->receivedDateTimeDateTimeEdit->dateTime();
    r.receivedOn = when.date();
    r.receivedAt = when.time().toString(QStringLiteral("HH:mm"));
    r.urgency = comboValue(m_ui->urgencyComboBox);
    r.headcount = m_ui->headcountSpinBox->value();
    r.summary = m_ui->summaryPlainTextEdit->toPlainText();
    r.request = m_ui->requestLineEdit->text();
    r.actor = m_actor;
    Party a;
    a.role = QStringLiteral("applicant");
    a.name = m_ui->applicantNameLineEdit->text();
    a.idNumber = m_ui->applicantIdLineEdit->text();
    a.phone = m_ui->applicantPhoneLineEdit->text();
    a.address = m_ui->applicantAddressLineEdit->text();
    r.parties << a;
    Party b;
    b.role = QStringLiteral("respondent");
    b.name = m_ui->respondentNameLineEdit->text();
    b.phone = m_ui->respondentPhoneLineEdit->text();
    if (respondentIsOrganization()) {
        b.kind = QStringLiteral("organization");
        b.creditCode = m_ui->respondentCreditCodeLineEdit->text();
        b.address = m_ui->respondentAddressLineEdit->text();
        b.legalRepresentative = m_ui->respondentLegalRepresentativeLineEdit->text();
    }
    if (!b.name.trimmed().isEmpty() || !b.phone.trimmed().isEmpty() || !b.creditCode.trimmed().isEmpty())
        r.parties << b;
    auto cell = [this](int row, int col) {
        const QTableWidgetItem* item = m_ui->partiesTableWidget->item(row, col);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_ui->partiesTableWidget->rowCount(); ++row) {
        if (cell(row, NameColumn).isEmpty() && cell(row, IdColumn).isEmpty())
            continue;
        Party p;
        p.role = vocab::parse(vocab::List::PartyRole, cell(row, RoleColumn)).value_or(cell(row, RoleColumn));
        p.name = cell(row, NameColumn);
        const QString id = cell(row, IdColumn);
        // 18 characters with letters other than a final X: a credit code, so an organization.
        if (id.size() == 18 && !validation::residentId(id).ok() && validation::creditCode(id).ok()) {
            p.kind = QStringLiteral("organization");
            p.creditCode = id;
        } else {
            p.idNumber = id;
        }
        p.phone = cell(row, PhoneColumn);
        p.legalRepresentative = cell(row, LegalRepresentativeColumn);
        p.address = cell(row, AddressColumn);
        r.parties << p;
    }
    return r;
}

bool IntakeDialog::respondentIsOrganization() const
{
    return m_ui->respondentKindComboBox->currentData().toString() == QLatin1String("organization");
}

void IntakeDialog::showRespondentKind()
{
    const bool organization = respondentIsOrganization();
    for (QWidget* w : {static_cast<QWidget*>(m_ui->respondentCreditCodeLineEdit),
                       static_cast<QWidget*>(m_ui->respondentAddressLineEdit),
                       static_cast<QWidget*>(m_ui->respondentLegalRepresentativeLineEdit)})
        m_ui->formLayout->setRowVisible(w, organization);
}

QWidget* IntakeDialog::widgetFor(const QString& field) const
{
    for (const auto& [f, widgetName] : kFieldWidgets)
        if (field == QLatin1String(f))
            return findChild<QWidget*>(QString::fromLatin1(widgetName));
    if (field.startsWith(QLatin1String("parties[")))
        return m_ui->partiesTableWidget;
    if (field == QLatin1String("received_on") || field == QLatin1String("received_at"))
        return m_ui->receivedDateTimeDateTimeEdit;
    return nullptr;
}

QString IntakeDialog::fieldMessage(const QString& field) const
{
    QWidget* w = widgetFor(field);
    if (!w)
        return {};
    const QLabel* label = m_errorLabels.value(w->objectName());
    return label && !label->isHidden() ? label->text() : QString();
}

void IntakeDialog::clearErrors()
{
    for (QLabel* l : std::as_const(m_errorLabels)) {
        l->clear();
        l->hide();
    }
    m_ui->errorLabel->clear();
}

void IntakeDialog::showErrors(const QList<FieldError>& errors)
{
    clearErrors();
    QWidget* first = nullptr;
    QStringList elsewhere;
    for (const FieldError& e : errors) {
        QWidget* w = widgetFor(e.field);
        QLabel* label = w ? m_errorLabels.value(w->objectName()) : nullptr;
        if (!label) {
            elsewhere << e.message;
            continue;
        }
        label->setText(label->text().isEmpty() ? e.message : label->text() + QLatin1Char('\n') + e.message);
        label->show();
        if (!first)
            first = w;
    }
    m_ui->errorLabel->setText(
        elsewhere.isEmpty() ? tr("%n problem(s): see the red messages at the fields.", nullptr, int(errors.size()))
                            : elsewhere.join(QLatin1Char('\n')));
    if (first)
        first->setFocus();
}

void IntakeDialog::save(IntakeRequest::SaveAs as, const QString& rejectReason)
{
    if (!m_saved.id.isEmpty()) {
        // A second Ctrl+S never registers the same visitor twice.
        m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_ui->errorLabel->setText(
            tr("This visitor is already registered as %1. For the next visitor, close this window and press F2.")
                .arg(m_saved.caseNo.isEmpty() ? m_saved.oneCaseCode() : m_saved.caseNo));
        return;
    }
    IntakeRequest r = request();
    r.saveAs = as;
    r.rejectReason = rejectReason;
    const QString receptionDay = receptionDayId();
    // With a leader's reception, the case and its reception are one write (ReceptionService).
    const IntakeOutcome out = receptionDay.isEmpty() ? IntakeService(*m_db).save(r)
                                                     : ReceptionService(*m_db).registerAtReception(r, receptionDay);
    if (!out.ok) {
        if (!out.errors.isEmpty())
            showErrors(out.errors);
        else
            MessageBox::critical(this, tr("Not Saved"), out.error);
        return;
    }
    clearErrors();
    m_saved = out.saved;
    m_ui->printPushButton->setEnabled(true);
    const QString what = m_saved.caseNo.isEmpty() ? m_saved.oneCaseCode() : m_saved.caseNo;
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_ui->errorLabel->setText(as == IntakeRequest::SaveAs::Filed ? tr("Saved and accepted as %1. Ctrl+P prints the "
                                                                      "receipt.")
                                                                       .arg(what)
                              : as == IntakeRequest::SaveAs::Reported
                                  ? tr("Registered as %1 for triage.").arg(what)
                                  : tr("Registered as not accepted (%1).").arg(what));
    if (!receptionDay.isEmpty())
        m_ui->errorLabel->setText(m_ui->errorLabel->text() + QLatin1Char(' ') +
                                  tr("Recorded as received by %1.").arg(m_receptionCombo->currentText()));
    lockSavedForm();
    emit caseSaved(m_saved.id);
    m_ui->printPushButton->setFocus();
}

void IntakeDialog::saveFiled()
{
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    save(IntakeRequest::SaveAs::Filed);
}

void IntakeDialog::saveReported()
{
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    save(IntakeRequest::SaveAs::Reported);
}

void IntakeDialog::refuseCase()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("Not Accepted"),
                                                          tr("Why is the case not accepted? The notice shows this "
                                                             "reason."),
                                                          {}, &ok);
    if (!ok)
        return;
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    save(IntakeRequest::SaveAs::Rejected, reason);
}

void IntakeDialog::printReceipt()
{
    if (m_saved.id.isEmpty()) {
        m_ui->errorLabel->setText(tr("Save the case first (Ctrl+S); the receipt shows its number."));
        return;
    }
    previewReceipt(*m_db, m_saved, this);
}

void IntakeDialog::lookForRepeats()
{
    const IntakeRequest r = request();
    const auto matches =
        IntakeService(*m_db).findRepeats(m_ui->applicantIdLineEdit->text(), m_ui->applicantPhoneLineEdit->text(),
                                         m_ui->applicantNameLineEdit->text(), r.township);
    m_ui->repeatListWidget->clear();
    for (const RepeatMatch& m : matches) {
        const QString by = m.matchedBy == QLatin1String("id_number") ? tr("same ID number")
                           : m.matchedBy == QLatin1String("phone")   ? tr("same phone")
                                                                     : tr("same name and township");
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2  %3\n%4  (%5)")
                                             .arg(m.caseNo.isEmpty() ? m.oneCaseCode : m.caseNo,
                                                  m.receivedOn.toString(Qt::ISODate),
                                                  vocab::label(vocab::List::Status, m.status), m.summary.left(30), by));
        item->setData(Qt::UserRole, m.caseId);
        m_ui->repeatListWidget->addItem(item);
    }
    m_ui->repeatGroupBox->setTitle(matches.isEmpty()
                                       ? tr("Earlier cases of this person")
                                       : tr("Earlier cases of this person: %n", nullptr, int(matches.size())));
}

void IntakeDialog::recordVisit()
{
    const QListWidgetItem* item = m_ui->repeatListWidget->currentItem();
    if (!item)
        return;
    auto res = IntakeService(*m_db).recordVisit(item->data(Qt::UserRole).toString(), m_actor,
                                                m_ui->summaryPlainTextEdit->toPlainText().trimmed());
    if (!res) {
        MessageBox::warning(this, tr("Visit Not Recorded"), res.error());
        return;
    }
    m_saved = *res;
    m_ui->printPushButton->setEnabled(true);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_ui->errorLabel->setText(tr("Visit no. %1 recorded on %2.").arg(res->visitCount).arg(res->caseNo));
    emit caseSaved(res->id);
}

} // namespace ow::ui
