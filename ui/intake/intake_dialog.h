// The window registration dialog (窗口登记): keyboard-first entry of a new case, inline Chinese
// messages at the fields, the repeat-visitor panel, and printing the acceptance receipt.
#pragma once

#include "domain/case.h"
#include "storage/database.h"
#include "workflow/intake_service.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QComboBox;
class QLabel;

namespace Ui {
class IntakeDialog;
}

namespace ow::ui {

class IntakeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IntakeDialog(DatabasePtr db, const QString& actor = QStringLiteral("system"), QWidget* parent = nullptr);
    ~IntakeDialog() override;

    // The case saved last (empty id until something was saved).
    const CaseRecord& savedCase() const { return m_saved; }
    // The request as the form stands (for tests and for save).
    IntakeRequest request() const;
    // The leader's reception chosen in 接访领导 (shown on a day with receptions), empty when none.
    QString receptionDayId() const;
    // The inline message shown at a field ("" when none); field names as in FieldError.
    QString fieldMessage(const QString& field) const;

public slots:
    void saveFiled();
    void saveReported();
    // 不予受理: registers the visitor as not accepted, with the reason asked for.
    void refuseCase();
    void printReceipt();
    // Esc and 关闭: closes, asking first when something typed has not been saved.
    void reject() override;

signals:
    void caseSaved(const QString& caseId);

private:
    void fillLists();
    void fillVillages();
    void addReceptionRow();
    // 单位: the credit code, domicile and legal representative rows are shown.
    bool respondentIsOrganization() const;
    void showRespondentKind();
    void save(IntakeRequest::SaveAs as, const QString& rejectReason = {});
    void showErrors(const QList<FieldError>& errors);
    void clearErrors();
    void lookForRepeats();
    void recordVisit();
    QWidget* widgetFor(const QString& field) const;
    // Everything typed or chosen in the form, to tell whether anything changed since it opened.
    QString formText() const;
    // After a save the form shows the saved visitor and cannot save them a second time.
    void lockSavedForm();

    std::unique_ptr<Ui::IntakeDialog> m_ui;
    DatabasePtr m_db;
    QString m_actor;
    CaseRecord m_saved;
    QHash<QString, QLabel*> m_errorLabels;
    QTimer* m_repeatTimer = nullptr;
    QComboBox* m_receptionCombo = nullptr; // only when leaders receive today
    QString m_initialForm;
};

} // namespace ow::ui
