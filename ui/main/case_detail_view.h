// The read-only case pane beside the list: fields, parties (ID and phone masked), milestones with
// their deadline states, and the timeline.
#pragma once

#include "domain/case.h"
#include "storage/reference_data.h"

#include <QHash>
#include <QTextBrowser>

class QAction;
class QToolButton;

namespace ow::ui {

class CaseDetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CaseDetailView(QWidget* parent = nullptr);

    void setReference(const ReferenceData& reference) { m_reference = reference; }
    // Who did what: the timeline shows these names (login → name) instead of logins.
    void setActorNames(const QHash<QString, QString>& names) { m_actorNames = names; }
    // Full ID and phone numbers instead of masked ones; set only after the viewing was logged
    // (security/users.h revealPersonalData). Applies from the next showCase.
    void setFullNumbers(bool on) { m_fullNumbers = on; }
    void showCase(const CaseRecord& c, double dueSoonShare = 0.8);
    void showMessage(const QString& message);
    // A button for the action in a bar above the text (e.g. Edit Case…), so the pane's own
    // actions sit where the clerk is reading.
    QToolButton* addButton(QAction* action);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void placeButtonBar();

    ReferenceData m_reference;
    QHash<QString, QString> m_actorNames;
    bool m_fullNumbers = false;
    QWidget* m_buttonBar = nullptr;
};

// The label of a deadline state (pending, due_soon, overdue, met).
QString deadlineStateLabel(const QString& state);

} // namespace ow::ui
