// Measures the case list on a large database: time from model creation to the first page shown in
// a table view, fetchMore page times, counts and filtered openings. Usage: bench_case_list [CASES] [DB]
#include "admin/site_setup.h"
#include "main/main_window.h"
#include "models/case_list_model.h"
#include "storage/case_store.h"
#include "storage/case_writer.h"
#include "storage/reference_data.h"
#include "util/i18n.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace ow;

namespace {

QTextStream out(stdout);

double ms(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void fill(Database& db, int count)
{
    const QStringList categories = {QStringLiteral("neighbor"), QStringLiteral("marriage_family"),
                                    QStringLiteral("housing_homestead"), QStringLiteral("contract")};
    const QStringList townships = {QStringLiteral("150824100"), QStringLiteral("150824101"),
                                   QStringLiteral("150824102"), QStringLiteral("150824103")};
    const QStringList statuses = {QStringLiteral("filed"), QStringLiteral("in_progress"), QStringLiteral("closed"),
                                  QStringLiteral("assigned")};
    WriteTransaction tx(db);
    CaseWriter writer(db);
    const QDate start = QDate::currentDate().addDays(-3650);
    for (int i = 0; i < count; ++i) {
        CaseRecord c;
        const QDate received = start.addDays(i * 3650LL / count);
        c.caseNo = QStringLiteral("（%1）乌中矛调字第%2号").arg(received.year()).arg(i + 1, 6, 10, QLatin1Char('0'));
        c.caseType = QStringLiteral("people_mediation");
        c.source = QStringLiteral("walk_in");
        c.categoryCode = categories[i % categories.size()];
        c.townshipCode = townships[i % townships.size()];
        c.summary = QStringLiteral("邻居在院墙外堆放柴草，占用通道并存在火灾隐患，第%1件。").arg(i);
        c.status = statuses[i % statuses.size()];
        c.receivedOn = received;
        c.filedOn = received;
        c.dueOn = received.addDays(30);
        if (c.status == QLatin1String("closed")) {
            c.endedOn = received.addDays(10);
            c.outcome = QStringLiteral("mediated");
            c.resolutionLevel = QStringLiteral("county");
        }
        c.leadDepartmentCode = QStringLiteral("justice");
        Party p;
        p.name = QStringLiteral("申请人%1").arg(i);
        p.phone = QStringLiteral("13871924865");
        c.parties << p;
        if (!writer.insert(c).ok()) {
            out << "insert failed at " << i << Qt::endl;
            std::exit(1);
        }
    }
    if (!tx.commit().ok()) {
        out << "commit failed" << Qt::endl;
        std::exit(1);
    }
}

// Model creation (first page + counts) until the view has painted it.
double openList(Database& db, const ReferenceData& reference, const CaseFilter& filter, int* rows)
{
    QElapsedTimer t;
    t.start();
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1200, 700);
    ui::CaseListModel model(db, reference);
    if (!filter.status.isEmpty() || !filter.search.isEmpty())
        model.setFilter(filter);
    view.setModel(&model);
    view.show();
    view.repaint(); // paints synchronously: the first page is on screen
    QCoreApplication::processEvents();
    *rows = model.rowCount();
    return ms(t);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    i18n::setLanguage(QStringLiteral("zh_CN"));
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.sqlite"));

    DatabasePtr db;
    if (QFileInfo::exists(path)) {
        db = Database::open(path).value();
        out << "using existing " << path << Qt::endl;
    } else {
        db = createDatabase(path, sampleSite()).value();
        QElapsedTimer t;
        t.start();
        fill(*db, count);
        out << "inserted " << count << " cases in one transaction: " << ms(t) << " ms" << Qt::endl;
    }
    const ReferenceData reference = ReferenceData::load(*db);

    // Twice: the second run is with SQLite's page cache warm, as in daily use.
    for (int run = 1; run <= 2; ++run) {
        int rows = 0;
        const double opened = openList(*db, reference, {}, &rows);
        out << "run " << run << ": model creation to first page shown: " << opened << " ms (" << rows << " rows)"
            << Qt::endl;
    }

    ui::CaseListModel model(*db, reference);
    out << "matching " << model.matchingCount() << ", total " << model.totalCount() << Qt::endl;
    QList<double> pages;
    for (int i = 0; i < 20 && model.canFetchMore({}); ++i) {
        QElapsedTimer t;
        t.start();
        model.fetchMore({});
        pages << ms(t);
    }
    std::sort(pages.begin(), pages.end());
    out << "fetchMore (" << model.pageSize() << " rows), " << pages.size() << " pages: min " << pages.first()
        << " ms, median " << pages[pages.size() / 2] << " ms, max " << pages.last() << " ms; rows now "
        << model.rowCount() << Qt::endl;

    {
        // The core query alone, to tell SQL time from model and view time.
        CaseStore store(*db);
        std::optional<CaseCursor> cursor;
        QList<double> times;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer t;
            t.start();
            const QList<CaseListRow> rows = store.page({}, cursor, ui::CaseListModel::kDefaultPageSize);
            times << ms(t);
            cursor = CaseStore::cursorAfter(rows.last(), {});
        }
        std::sort(times.begin(), times.end());
        out << "CaseStore::page alone: min " << times.first() << " ms, median " << times[times.size() / 2]
            << " ms, max " << times.last() << " ms" << Qt::endl;
    }
    {
        QElapsedTimer t;
        t.start();
        const qint64 n = CaseStore(*db).count({});
        out << "count of all cases: " << n << " in " << ms(t) << " ms" << Qt::endl;
    }
    {
        CaseFilter f;
        f.status = QStringLiteral("in_progress");
        int rows = 0;
        const double opened = openList(*db, reference, f, &rows);
        out << "status filter (in_progress): first page shown in " << opened << " ms (" << rows << " rows)" << Qt::endl;
    }
    {
        CaseFilter f;
        f.search = QStringLiteral("申请人4242");
        int rows = 0;
        const double opened = openList(*db, reference, f, &rows);
        out << "search 申请人4242: first page shown in " << opened << " ms (" << rows << " rows)" << Qt::endl;
    }
    {
        QElapsedTimer t;
        t.start();
        ui::MainWindow window(db);
        window.show();
        window.repaint();
        QCoreApplication::processEvents();
        out << "main window created and painted: " << ms(t) << " ms" << Qt::endl;
    }
    return 0;
}
