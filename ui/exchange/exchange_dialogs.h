// File → 导出上报数据… / 导入乡镇数据…: the consolidation package dialogs (docs/package-format.md)
// and the one call that adds them to the main window.
#pragma once

#include "exchange/package_import.h"
#include "storage/database.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ImportPackageDialog;
class ExportPackageDialog;
} // namespace Ui

namespace ow::ui {

class MainWindow;

// Choose a township's package, see the verified preview (per table: new, updated, unchanged,
// conflicting; the conflicts), then import it in one transaction.
class ImportPackageDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPackageDialog(DatabasePtr db, QString actor, QWidget* parent = nullptr);
    ~ImportPackageDialog() override;

    // Verifies the package and shows the preview; nothing is written.
    void previewFile(const QString& path);
    bool canImport() const;

signals:
    void imported();

private:
    void chooseFile();
    void runImport();
    void showPlan(const ImportPlan& plan);

    std::unique_ptr<Ui::ImportPackageDialog> m_ui;
    DatabasePtr m_db;
    QString m_actor;
    QString m_path;
    bool m_ready = false;
    class QPushButton* m_importButton = nullptr;
};

class ExportPackageDialog : public QDialog
{
    Q_OBJECT

public:
    ExportPackageDialog(DatabasePtr db, QString actor, QWidget* parent = nullptr);
    ~ExportPackageDialog() override;

private:
    void chooseFile();
    void runExport();

    std::unique_ptr<Ui::ExportPackageDialog> m_ui;
    DatabasePtr m_db;
    QString m_actor;
};

// Adds the export and import dialogs and the conflicts window (conflicts_dialog.h) to the File menu.
void installExchange(MainWindow& window);

} // namespace ow::ui
