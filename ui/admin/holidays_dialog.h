// Administration → Holidays…: one year's statutory holidays and make-up working days, entered
// by hand or imported from a file in the format of holidays.csv, saved as a whole. Only
// administrators may save; everyone may look.
#pragma once

#include "security/users.h"
#include "storage/database.h"
#include "workflow/holidays.h"

#include <QDialog>
#include <memory>

namespace Ui {
class HolidaysDialog;
}

namespace ow::ui {

class MainWindow;

class HolidaysDialog : public QDialog
{
    Q_OBJECT

public:
    HolidaysDialog(DatabasePtr db, const Actor& actor, QWidget* parent = nullptr);
    ~HolidaysDialog() override;

    // The year shown (and edited).
    int year() const;
    void setYear(int year);
    // Replaces the entries shown with those of a file (not saved yet); false with the reason shown.
    bool importFile(const QString& path);

private:
    void load(int year);
    void showEntries();
    void add();
    void removeSelected();
    void chooseFile();
    void save();
    bool discardChanges();
    void reject() override;

    std::unique_ptr<Ui::HolidaysDialog> m_ui;
    DatabasePtr m_db;
    Actor m_actor;
    int m_year = 0;
    QList<HolidayEntry> m_entries; // as shown, sorted by date
    bool m_dirty = false;
};

// Adds Administration → Holidays….
void installHolidays(MainWindow& window);

} // namespace ow::ui
