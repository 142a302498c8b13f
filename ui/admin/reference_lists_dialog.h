// Administration → Reference Lists…: dispute categories, departments and windows, administrative
// divisions. An administrator adds or changes an entry in the form, or many from a file in the
// bundled format; everyone else may look.
#pragma once

#include "security/users.h"
#include "storage/database.h"
#include "workflow/reference_lists.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ReferenceListsDialog;
}

namespace ow::ui {

class MainWindow;

class ReferenceListsDialog : public QDialog
{
    Q_OBJECT

public:
    ReferenceListsDialog(DatabasePtr db, const Actor& actor, QWidget* parent = nullptr);
    ~ReferenceListsDialog() override;

    void setList(ReferenceList list);
    // Adds or changes the entries of a file in the current list's format; false with the reason shown.
    bool importFile(const QString& path);

private:
    ReferenceList list() const;
    void reload(const QString& selectCode = {});
    void showEntry(int row);
    void newEntry();
    void save();
    void chooseFile();
    QString savedText(const ReferenceListService::Saved& saved) const;
    ReferenceEntry formEntry() const;

    std::unique_ptr<Ui::ReferenceListsDialog> m_ui;
    DatabasePtr m_db;
    Actor m_actor;
    QList<ReferenceEntry> m_entries;
};

// Adds Administration → Reference Lists….
void installReferenceLists(MainWindow& window);

} // namespace ow::ui
