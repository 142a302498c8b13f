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

class BackgroundWork;
class MainWindow;

// Choose a township's package, see the verified preview (per table: new, updated, unchanged,
// conflicting; the conflicts), then import it in one transaction.
class ImportPackageDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPackageDialog(DatabasePtr db, QString actor, QWidget* parent = nullptr);
    ~ImportPackageDialog() override;

    // Verifies the package and shows the preview; nothing is written. Returns at once: the check
    // and the import run on a thread of their own (workDone() when done; no closing meanwhile).
    void previewFile(const QString& path);
    bool canImport() const;
    bool busy() const;
    void reject() override;

signals:
    void imported();
    void workDone();

private:
    void chooseFile();
    void runImport();
    void setBusy(bool busy, const QString& text = {});
    void showPlan(const ImportPlan& plan);

    std::unique_ptr<Ui::ImportPackageDialog> m_ui;
    DatabasePtr m_db;
    QString m_actor;
    QString m_path;
    bool m_ready = false;
    qint64 m_plannedRows = 0; // the records of the previewed package
    class QPushButton* m_importButton = nullptr;
    BackgroundWork* m_work = nullptr;
};

class ExportPackageDialog : public QDialog
{
    Q_OBJECT

public:
    ExportPackageDialog(DatabasePtr db, QString actor, QWidget* parent = nullptr);
    ~ExportPackageDialog() override;
    // The export runs on a thread of its own (workDone() when done; no closing meanwhile).
    bool busy() const;
    void reject() override;

signals:
    void workDone();

private:
    void chooseFile();
    void runExport();
    void setBusy(bool busy);

    std::unique_ptr<Ui::ExportPackageDialog> m_ui;
    DatabasePtr m_db;
    QString m_actor;
    class QPushButton* m_exportButton = nullptr;
    BackgroundWork* m_work = nullptr;
};

// Adds the export and import dialogs and the conflicts window (conflicts_dialog.h) to the File menu.
void installExchange(MainWindow& window);

} // namespace ow::ui
