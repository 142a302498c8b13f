// Main window: wires the filter bar to the paged case model, the selection to the case pane,
// and the menus to dialogs.
#include "main/main_window.h"

#include "domain/vocabulary.h"
#include "ledger/import_ledger_dialog.h"
#include "main/case_detail_view.h"
#include "main/file_store_only.h"
#include "models/case_list_model.h"
#include "storage/case_store.h"
#include "storage/change_watcher.h"
#include "ui_main_window.h"
#include "util/i18n.h"
#include "widgets/combo_box.h"
#include "widgets/dialogs.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTime>
#include <QTimer>

namespace ow::ui {
namespace {

// How long typing must pause before the search runs: short enough to feel immediate, long
// enough not to query on every keystroke.
constexpr int kSearchDebounceMs = 250;

// The dynamic property requireFileStore sets on an action that needs the database file.
constexpr const char* kNeedsFileProperty = "owNeedsFile";

} // namespace

MainWindow::MainWindow(DatabasePtr db, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_db(std::move(db))
{
    m_ui->setupUi(this);
    loadSettings();
    // Roles that may see full ID and phone numbers turn them on for the case shown; each time is
    // logged (product.md), and the next case starts masked again.
    m_fullNumbersAction = new QAction(tr("Full &Numbers"), this);
    m_fullNumbersAction->setObjectName(QStringLiteral("fullNumbersAction"));
    m_fullNumbersAction->setCheckable(true);
    m_fullNumbersAction->setToolTip(tr("Show the parties' full ID and phone numbers (the viewing is logged)"));
    m_fullNumbersAction->setEnabled(false);
    m_ui->caseDetailView->addButton(m_fullNumbersAction);
    connect(m_fullNumbersAction, &QAction::toggled, this, &MainWindow::setFullNumbers);
    fillFilters();

    m_model = new CaseListModel(*m_db, m_reference, this);
    m_ui->caseTableView->setModel(m_model);
    setupColumns();

    auto* countLabel = new QLabel(this);
    countLabel->setObjectName(QStringLiteral("caseCountLabel"));
    statusBar()->addPermanentWidget(countLabel);
    connect(m_model, &CaseListModel::countsChanged, this, &MainWindow::updateStatusBar);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatusBar);
    updateStatusBar();

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDebounceMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &MainWindow::applyFilter);
    for (QComboBox* box : {m_ui->statusComboBox, m_ui->categoryComboBox, m_ui->townshipComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);

    connect(m_ui->caseTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrentCase);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::showCurrentCase);

    if (m_db->isServer()) {
        // Which server the desk works on, always in sight (Database::path(): no password in it).
        auto* store = new QLabel(tr("Center server: %1").arg(m_db->path()), this);
        store->setObjectName(QStringLiteral("storeLabel"));
        statusBar()->addPermanentWidget(store);
    }
    connect(m_ui->importLedgerAction, &QAction::triggered, this, &MainWindow::openImportLedgerDialog);
    requirePermission(m_ui->importLedgerAction, permissions::Action::ImportLedger);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refreshCases);
    m_watcher = new ChangeWatcher(m_db, this);
    connect(m_watcher, &ChangeWatcher::changedElsewhere, this, &MainWindow::onChangedElsewhere);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->reportsMenu->menuAction()->setVisible(false);
    m_ui->mediationMenu->menuAction()->setVisible(false);
    m_ui->adminMenu->menuAction()->setVisible(false);

    // The list keeps the width its columns need; extra width goes to the case pane.
    m_ui->caseSplitter->setStretchFactor(0, 0);
    m_ui->caseSplitter->setStretchFactor(1, 1);
    m_ui->caseDetailView->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 26);
    const int listWidth = m_ui->caseTableView->horizontalHeader()->length() +
                          m_ui->caseTableView->verticalScrollBar()->sizeHint().width() +
                          2 * m_ui->caseTableView->frameWidth() + 2;
    m_ui->caseSplitter->setSizes({listWidth, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30});
    if (m_model->rowCount() > 0)
        m_ui->caseTableView->setCurrentIndex(m_model->index(0, 0));
    m_ui->caseTableView->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::fillFilters()
{
    auto* status = m_ui->statusComboBox;
    status->addItem(tr("All statuses"), QString());
    for (const vocab::Term& t : vocab::terms(vocab::List::Status)) {
        const QString code = QString::fromLatin1(t.code);
        status->addItem(vocab::label(vocab::List::Status, code), code);
    }
    fillReferenceFilters();
    // Long lists stay usable from the keyboard: typing the first characters jumps to an entry.
    for (QComboBox* box : {status, m_ui->categoryComboBox, m_ui->townshipComboBox})
        box->setMaxVisibleItems(20);
}

void MainWindow::fillReferenceFilters()
{
    auto refill = [](QComboBox* box, const QString& all, const QList<NamedCode>& entries) {
        const QSignalBlocker block(box);
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(all, QString());
        for (const NamedCode& e : entries)
            box->addItem(e.name(), e.code);
        selectData(box, current);
    };
    refill(m_ui->categoryComboBox, tr("All categories"), m_reference.categories);
    refill(m_ui->townshipComboBox, tr("All townships"), m_reference.townships());
}

void MainWindow::setupColumns()
{
    QTableView* view = m_ui->caseTableView;
    // One fixed row height: the view never measures rows (ResizeToContents took seconds on big lists).
    QHeaderView* rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 10);
    rows->hide();

    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics fm = view->fontMetrics();
    // Widths from the names the column can show (reference data, vocabulary) in the current
    // language, capped so one long English name does not push the other columns off screen;
    // longer text is elided and shown whole in its tooltip.
    const int cap = fm.horizontalAdvance(QStringLiteral("人力资源和社会保障局"));
    auto fit = [&](int column, const QStringList& samples, bool capped = true) {
        int width = fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString& sample : samples)
            width =
                std::max(width, capped ? std::min(cap, fm.horizontalAdvance(sample)) : fm.horizontalAdvance(sample));
        header->resizeSection(column, width + 24);
    };
    auto names = [](const QList<NamedCode>& list) {
        QStringList out;
        for (const NamedCode& n : list)
            out << n.name();
        return out;
    };
    QStringList statuses;
    for (const vocab::Term& t : vocab::terms(vocab::List::Status))
        statuses << vocab::label(vocab::List::Status, QString::fromLatin1(t.code));
    fit(CaseListModel::CaseNo, {QStringLiteral("（2025）乌中矛调字第0001号")}, false);
    fit(CaseListModel::ReceivedOn, {QStringLiteral("2025-05-07")});
    fit(CaseListModel::Category, names(m_reference.categories));
    fit(CaseListModel::Applicant, {QStringLiteral("乌拉特中旗某公司")});
    fit(CaseListModel::Township, names(m_reference.townships()));
    fit(CaseListModel::Department, names(m_reference.departments));
    fit(CaseListModel::Status, statuses);
    fit(CaseListModel::DueOn,
        {tr("%1 (overdue)").arg(QStringLiteral("2025-05-07")), tr("%1 (due soon)").arg(QStringLiteral("2025-05-07"))});

    // 案件编号, 受理日期 and 期限 sort the list in SQL when their header is clicked (again: the
    // other way round); the other headers keep the current order.
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(CaseListModel::ReceivedOn, Qt::DescendingOrder);
    connect(header, &QHeaderView::sectionClicked, this, [this, header](int column) {
        CaseOrder order = m_model->order();
        if (const auto key = CaseListModel::orderKeyOf(column)) {
            // First click: newest received first, soonest deadline first, case numbers ascending.
            order.descending = order.key == *key ? !order.descending : *key == CaseOrder::Received;
            order.key = *key;
            m_model->setOrder(order);
        }
        // QHeaderView already moved the indicator to the clicked section; put it where the order is.
        int sorted = CaseListModel::ReceivedOn;
        for (int c = 0; c < CaseListModel::ColumnCount; ++c)
            if (CaseListModel::orderKeyOf(c) == order.key)
                sorted = c;
        header->setSortIndicator(sorted, order.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
}

void MainWindow::applyFilter()
{
    m_searchTimer->stop();
    CaseFilter f;
    f.status = m_ui->statusComboBox->currentData().toString();
    f.category = m_ui->categoryComboBox->currentData().toString();
    f.township = m_ui->townshipComboBox->currentData().toString();
    f.search = m_ui->searchLineEdit->text().trimmed();
    m_model->setFilter(f);
}

void MainWindow::loadSettings()
{
    m_reference = ReferenceData::load(*m_db);
    m_dueSoonShare = m_db->setting(QStringLiteral("due_soon_share"), QStringLiteral("0.8")).toDouble();
    // The center's name; Qt adds the application's name (一窗通) after it in the title bar.
    setWindowTitle(m_reference.siteName);
    m_ui->caseDetailView->setReference(m_reference);
}

void MainWindow::reloadSettings()
{
    loadSettings();
    fillReferenceFilters();
    m_model->readSettings();
    refreshCases(); // the list's colours, and the case shown
}

void MainWindow::refreshCases()
{
    // The case just edited, closed or routed stays selected, so its pane shows what changed.
    const QString current = selectedCaseId();
    m_model->reload();
    if (current.isEmpty())
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(CaseListModel::CaseIdRole).toString() == current) {
            m_ui->caseTableView->setCurrentIndex(index);
            return;
        }
    }
    // Beyond the first page or outside the filter now: the pane still shows the case.
    if (const Result<CaseRecord> c = CaseStore(*m_db).load(current))
        m_ui->caseDetailView->showCase(c.value(), m_dueSoonShare);
}

void MainWindow::onChangedElsewhere()
{
    // The list refreshes where the clerk is looking: the same case selected, the same rows in view.
    QScrollBar* bar = m_ui->caseTableView->verticalScrollBar();
    const int scrolled = bar->value();
    refreshCases();
    while (bar->maximum() < scrolled && m_model->canFetchMore({}))
        m_model->fetchMore({});
    bar->setValue(scrolled);
    statusBar()->showMessage(
        tr("Updated with other desks' changes at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))),
        10000);
    emit changedElsewhere();
}

void MainWindow::updateStatusBar()
{
    auto* label = findChild<QLabel*>(QStringLiteral("caseCountLabel"));
    if (!label)
        return;
    // Counts as the language writes them (100,000), the same way in both messages.
    const QLocale locale = i18n::locale();
    if (m_model->matchingCount() == m_model->totalCount())
        label->setText(tr("%1 case(s)", nullptr, static_cast<int>(m_model->totalCount()))
                           .arg(locale.toString(m_model->totalCount())));
    else
        label->setText(tr("%1 of %2 cases match the filter")
                           .arg(locale.toString(m_model->matchingCount()), locale.toString(m_model->totalCount())));
}

QString MainWindow::selectedCaseId() const
{
    const QModelIndex current = m_ui->caseTableView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(CaseListModel::CaseIdRole).toString() : QString();
}

void MainWindow::showCurrentCase()
{
    // Full numbers are shown for one case at a time: the next case starts masked again.
    if (m_fullNumbersAction && m_fullNumbersAction->isChecked()) {
        const QSignalBlocker block(m_fullNumbersAction);
        m_fullNumbersAction->setChecked(false);
    }
    m_ui->caseDetailView->setFullNumbers(false);
    renderCurrentCase();
    const QString id = selectedCaseId();
    if (m_fullNumbersAction)
        m_fullNumbersAction->setEnabled(!id.isEmpty());
    emit currentCaseChanged(id);
}

std::optional<CaseRecord> MainWindow::selectedCaseOrExplain()
{
    const QString id = selectedCaseId();
    if (id.isEmpty()) {
        MessageBox::information(this, tr("No Case Selected"), tr("Select a case in the case list first."));
        return std::nullopt;
    }
    Result<CaseRecord> c = CaseStore(*m_db).load(id);
    if (!c) {
        MessageBox::warning(this, tr("Case Cannot Be Read"), c.error());
        return std::nullopt;
    }
    return std::move(c.value());
}

void MainWindow::renderCurrentCase()
{
    const QString id = selectedCaseId();
    if (id.isEmpty()) {
        m_ui->caseDetailView->showMessage(tr("Select a case to see its details."));
        return;
    }
    const Result<CaseRecord> c = CaseStore(*m_db).load(id);
    if (!c) {
        m_ui->caseDetailView->showMessage(c.error());
        return;
    }
    m_ui->caseDetailView->setActorNames(UserService(*m_db).displayNames());
    m_ui->caseDetailView->showCase(c.value(), m_dueSoonShare);
}

void MainWindow::setFullNumbers(bool on)
{
    if (on) {
        const QString id = selectedCaseId();
        if (Status s = revealPersonalData(*m_db, m_user.login, id); id.isEmpty() || !s) {
            const QSignalBlocker block(m_fullNumbersAction);
            m_fullNumbersAction->setChecked(false);
            if (!s)
                MessageBox::warning(this, tr("Full Numbers"), s.error());
            return;
        }
    }
    m_ui->caseDetailView->setFullNumbers(on);
    renderCurrentCase();
}

QMenu* MainWindow::menu(Menu menu) const
{
    switch (menu) {
    case Menu::File:
        return m_ui->fileMenu;
    case Menu::Cases:
        return m_ui->casesMenu;
    case Menu::Mediation:
        return m_ui->mediationMenu;
    case Menu::Reports:
        return m_ui->reportsMenu;
    case Menu::Admin:
        return m_ui->adminMenu;
    case Menu::Help:
        return m_ui->helpMenu;
    }
    return m_ui->fileMenu;
}

void MainWindow::addMenuAction(Menu which, QAction* action)
{
    QMenu* m = menu(which);
    if (which == Menu::File) {
        // Keep Exit last, below its separator.
        QAction* before = m_ui->quitAction;
        const QList<QAction*> actions = m->actions();
        const qsizetype quitAt = actions.indexOf(m_ui->quitAction);
        if (quitAt > 0 && actions[quitAt - 1]->isSeparator())
            before = actions[quitAt - 1];
        m->insertAction(before, action);
    } else {
        m->addAction(action);
    }
    m->menuAction()->setVisible(true);
}

QAction* MainWindow::addMenuAction(Menu which, const QString& text, std::function<void()> handler)
{
    auto* action = new QAction(text, this);
    connect(action, &QAction::triggered, this, [handler = std::move(handler)] { handler(); });
    addMenuAction(which, action);
    return action;
}

int MainWindow::addPage(QWidget* page, const QString& title)
{
    return m_ui->pagesTabWidget->addTab(page, title);
}

void MainWindow::showPage(QWidget* page)
{
    m_ui->pagesTabWidget->setCurrentWidget(page);
}

void MainWindow::openImportLedgerDialog()
{
    auto* dialog = new ImportLedgerDialog(m_db, actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportLedgerDialog::imported, this, &MainWindow::refreshCases);
    dialog->open();
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About OneWindow"),
                            tr("OneWindow %1\nOne-window intake and case tracking for social-governance centers.\n\n"
                               "Database: %2")
                                .arg(QCoreApplication::applicationVersion(), m_db->path()));
}

void MainWindow::setUser(const Actor& user)
{
    m_user = user;
    auto* label = findChild<QLabel*>(QStringLiteral("userLabel"));
    if (!label) {
        label = new QLabel(this);
        label->setObjectName(QStringLiteral("userLabel"));
        statusBar()->addPermanentWidget(label);
    }
    label->setText(tr("Signed in: %1 (%2)").arg(user.displayName, roles::label(user.role)));
    m_fullNumbersAction->setVisible(user.maySeePersonalData());
    applyPermissions();
}

void MainWindow::requirePermission(QAction* action, permissions::Action need)
{
    m_guardedActions.append({action, need});
    applyPermissions();
}

void MainWindow::requirePermission(QWidget* page, permissions::Action need)
{
    m_guardedPages.append({page, need});
    applyPermissions();
}

void MainWindow::applyPermissions()
{
    for (const auto& [action, need] : m_guardedActions)
        if (action) {
            // Hidden and disabled: neither the menu nor a shortcut runs it. One the role allows but
            // this store cannot run stays in sight, disabled (requireFileStore).
            action->setVisible(m_user.may(need));
            action->setEnabled(m_user.may(need) && !refusedOnServer(*this, action));
        }
    for (const auto& [page, need] : m_guardedPages)
        if (page) {
            const int index = m_ui->pagesTabWidget->indexOf(page);
            if (index >= 0)
                m_ui->pagesTabWidget->setTabVisible(index, m_user.may(need));
        }
}

void MainWindow::setActor(const QString& login)
{
    if (const Result<Actor> found = actorFor(*m_db, login))
        setUser(found.value());
    else
        setUser(Actor{login, login, QString(), QString()});
}

void requireFileStore(MainWindow& window, QAction* action, const QString& why)
{
    if (!window.database().isServer())
        return;
    action->setProperty(kNeedsFileProperty, true);
    action->setEnabled(false);
    action->setToolTip(why);
    action->setStatusTip(why);
    // A menu shows its actions' tooltips only when asked to.
    for (QObject* o : action->associatedObjects())
        if (auto* menu = qobject_cast<QMenu*>(o))
            menu->setToolTipsVisible(true);
}

bool refusedOnServer(const MainWindow& window, const QAction* action)
{
    return window.databasePtr()->isServer() && action->property(kNeedsFileProperty).toBool();
}

} // namespace ow::ui
