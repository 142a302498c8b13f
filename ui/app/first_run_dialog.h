// First run: asks which center this computer works for (prefilled with the sample county so
// Enter starts at once) and creates the database.
#pragma once

#include "admin/site_setup.h"
#include "storage/database.h"
#include "storage/reference_data.h"

#include <QDialog>
#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace ow::ui {

class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    SiteSetup site() const;
    // The database created when the dialog was accepted.
    DatabasePtr database() const { return m_db; }

    void accept() override;

private:
    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    QString m_path;
    DatabasePtr m_db;
};

} // namespace ow::ui
