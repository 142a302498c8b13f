// The Center Settings dialog (中心设置): name, phone, case-number pattern, due-soon share,
// attachment size limit and follow-up per case type, saved through SettingsService.
#pragma once

#include "admin/settings_service.h"
#include "storage/database.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QCheckBox;
class QLabel;

namespace Ui {
class SettingsDialog;
}

namespace ow::ui {

class MainWindow;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(DatabasePtr db, const QString& actor, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // The settings as the form stands.
    CenterSettings settings() const;
    // The inline message at a field ("" when none); field names as in SettingError.
    QString fieldMessage(const QString& field) const;

public slots:
    // Saves; closes the dialog when it worked.
    void save();

private:
    void updatePreview();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    DatabasePtr m_db;
    QString m_actor;
    CenterSettings m_loaded;
    QHash<QString, QCheckBox*> m_followup; // by case type
    QHash<QString, QLabel*> m_errorLabels; // by field
};

// Administration → Center Settings…, for supervisors and administrators.
void installCenterSettings(MainWindow& window);

} // namespace ow::ui
