// Administration → Holidays…: an administrator imports a year's schedule from a file, corrects it
// by hand and saves it; a bad file is refused with the date named; others may only look. And the
// home view's warning while the calendar lacks the current (or, from November, the next) year.
#include "support/catch.h"
#include "support/fixtures.h"

#include "core/workflow_helpers.h"

#include "admin/holidays_dialog.h"
#include "home/home_view.h"
#include "widgets/dialogs.h"
#include "workflow/holidays.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace ow;

TEST_CASE("an administrator imports, corrects and saves a year of holidays")
{
    test::TempDatabase t;
    const Actor admin = actorFor(*t.db, QStringLiteral("system")).value();
    ui::HolidaysDialog dialog(t.db, admin);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("entriesTableWidget"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
    auto* summary = dialog.findChild<QLabel*>(QStringLiteral("summaryLabel"));
    auto* date = dialog.findChild<QDateEdit*>(QStringLiteral("dateEdit"));
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("kindComboBox"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addButton"));
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
    HolidayService holidays(*t.db);

    // The bundled year 2026 shows as it is stored.
    dialog.setYear(2026);
    CHECK(table->rowCount() == holidays.entries(2026).size());
    CHECK(table->item(0, 0)->text() == QStringLiteral("2026-01-01"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("元旦"));
    QCoreApplication::processEvents(); // the layout, as a person would see it
    if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS"))
        dialog.grab().save(qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/holidays.png"));

    // A file with a make-up working day on a Tuesday: refused, the date named, nothing taken.
    const QString bad = t.file(QStringLiteral("bad.csv"));
    test::writeFile(
        bad, QStringLiteral("date,kind,name\n2024-06-10,holiday,端午节\n2024-09-17,workday,中秋节调休上班\n").toUtf8());
    CHECK_FALSE(dialog.importFile(bad));
    CHECK(message->text().contains(QStringLiteral("2024-09-17")));
    CHECK(dialog.year() == 2026);
    CHECK(table->rowCount() == holidays.entries(2026).size());

    // 2024's 端午节 and 中秋节 (国办发明电〔2023〕7号) from a file: shown for checking, not saved yet.
    const QString good = t.file(QStringLiteral("2024.csv"));
    test::writeFile(good, QStringLiteral("date,kind,name\n2024-06-08,holiday,端午节\n2024-06-09,holiday,端午节\n"
                                         "2024-06-10,holiday,端午节\n2024-09-14,workday,中秋节调休上班\n"
                                         "2024-09-15,holiday,中秋节\n2024-09-16,holiday,中秋节\n2024-09-17,holiday,"
                                         "中秋节\n")
                              .toUtf8());
    REQUIRE(dialog.importFile(good));
    CHECK(dialog.year() == 2024);
    CHECK(dialog.findChild<QSpinBox*>(QStringLiteral("yearSpinBox"))->value() == 2024);
    REQUIRE(table->rowCount() == 7);
    CHECK(table->item(3, 0)->text() == QStringLiteral("2024-09-14"));
    CHECK(table->item(3, 1)->text() == QStringLiteral("星期六"));
    CHECK(table->item(3, 2)->text() == QStringLiteral("调休上班"));
    CHECK(summary->text().contains(QStringLiteral("未保存")));
    CHECK(holidays.entries(2024).isEmpty());

    // By hand: 国庆节 on 1 October; the same day twice is refused.
    date->setDate(QDate(2024, 10, 1));
    kind->setCurrentIndex(kind->findText(QStringLiteral("放假")));
    name->setText(QStringLiteral("国庆节"));
    add->click();
    REQUIRE(table->rowCount() == 8);
    CHECK(table->item(7, 0)->text() == QStringLiteral("2024-10-01"));
    date->setDate(QDate(2024, 10, 1));
    add->click();
    CHECK(table->rowCount() == 8);
    CHECK(message->text().contains(QStringLiteral("2024-10-01")));

    // The mistaken 中秋 line goes again, then the year is saved.
    table->selectRow(6);
    dialog.findChild<QPushButton*>(QStringLiteral("removeButton"))->click();
    CHECK(table->rowCount() == 7);
    save->click();
    INFO(message->text().toStdString());
    REQUIRE(holidays.entries(2024).size() == 7);
    CHECK(holidays.entries(2024).at(3).workday);
    CHECK(message->text().contains(QStringLiteral("2024")));
    CHECK_FALSE(summary->text().contains(QStringLiteral("未保存")));

    // A clerk sees the year but cannot change it.
    test::addUser(*t.db, QStringLiteral("clerk1"), QStringLiteral("clerk"));
    ui::HolidaysDialog clerkView(t.db, actorFor(*t.db, QStringLiteral("clerk1")).value());
    clerkView.setYear(2024);
    CHECK(clerkView.findChild<QTableWidget*>(QStringLiteral("entriesTableWidget"))->rowCount() == 7);
    CHECK_FALSE(clerkView.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
    CHECK_FALSE(clerkView.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    CHECK(clerkView.findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("管理员")));
}

TEST_CASE("unsaved changes are not lost to a change of year without asking")
{
    test::TempDatabase t;
    ui::HolidaysDialog dialog(t.db, actorFor(*t.db, QStringLiteral("system")).value());
    dialog.setYear(2024);
    dialog.findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate(2024, 10, 1));
    dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("国庆节"));
    dialog.findChild<QPushButton*>(QStringLiteral("addButton"))->click();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("entriesTableWidget"));
    REQUIRE(table->rowCount() == 1);
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    dialog.findChild<QSpinBox*>(QStringLiteral("yearSpinBox"))->setValue(2025);
    CHECK(dialog.year() == 2024);
    CHECK(table->rowCount() == 1);
    CHECK(ui::MessageBox::lastText().contains(QStringLiteral("2024")));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.findChild<QSpinBox*>(QStringLiteral("yearSpinBox"))->setValue(2025);
    CHECK(dialog.year() == 2025);
    CHECK(table->rowCount() == HolidayService(*t.db).entries(2025).size());
}

TEST_CASE("the home view warns while the calendar lacks the current year, until it is entered")
{
    test::TempDatabase t;
    const QDate today = QDate::currentDate();
    QSqlQuery q(t.db->sql());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM holidays WHERE date >= '%1-01-01'").arg(today.year())));
    ui::HomeView home(t.db, {});
    home.resize(1100, 760);
    home.show();
    auto* warning = home.findChild<QLabel*>(QStringLiteral("calendarWarningLabel"));
    REQUIRE(warning);
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QString::number(today.year())));
    CHECK(warning->text().contains(QStringLiteral("节假日安排")));
    QCoreApplication::processEvents();
    if (!qEnvironmentVariableIsEmpty("OW_SCREENSHOTS"))
        home.grab().save(qEnvironmentVariable("OW_SCREENSHOTS") + QStringLiteral("/home_calendar_warning.png"));

    // Entered (the next year too, in November and December): the warning goes.
    HolidayService holidays(*t.db);
    for (int year : {today.year(), today.year() + 1})
        REQUIRE(
            holidays.saveYear(year, {{QDate(year, 1, 1), false, QStringLiteral("元旦")}}, QStringLiteral("system")));
    home.refresh();
    CHECK_FALSE(warning->isVisible());
}
