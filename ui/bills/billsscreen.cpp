#include "billsscreen.h"

#include "billcompareview.h"
#include "billcomparison.h"
#include "billpdfpane.h"
#include "models/items/billsmodel.h"
#include "ui/common/membercontext.h"
#include "ui/common/preferences.h"
#include "ui/common/taskprogress.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace coopdesk::ui {

BillsScreen::BillsScreen(MemberContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new BillsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_closedNote(new QLabel(this))
    , m_progress(new TaskProgress(this))
    , m_historyStack(new QStackedWidget(this))
    , m_history(new QTableView(this))
    , m_emptyState(new QLabel(this))
    , m_compareButton(new QPushButton(this))
    , m_reloadButton(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_pdf(new BillPdfPane(this))
    , m_compare(new BillCompareView(m_model, this))
{
    setObjectName(QStringLiteral("billsScreen"));
    m_title->setObjectName(QStringLiteral("billsTitle"));
    m_closedNote->setObjectName(QStringLiteral("closedAccountNote"));
    m_progress->setObjectName(QStringLiteral("billsProgress"));
    m_history->setObjectName(QStringLiteral("billHistory"));
    m_emptyState->setObjectName(QStringLiteral("billsEmptyState"));
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_reloadButton->setObjectName(QStringLiteral("reloadBillsButton"));
    m_tabs->setObjectName(QStringLiteral("billTabs"));
    m_pdf->setObjectName(QStringLiteral("billPdfPane"));
    m_compare->setObjectName(QStringLiteral("billCompareView"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_closedNote->setWordWrap(true);
    m_closedNote->hide();
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(BillsModel::SortRole);
    m_history->setModel(m_sorted);
    m_history->setSortingEnabled(true);
    m_history->sortByColumn(BillsModel::BillDateColumn, Qt::DescendingOrder);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(false);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(BillsModel::PeriodColumn, QHeaderView::Stretch);

    m_historyStack->addWidget(m_history);
    m_historyStack->addWidget(m_emptyState);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_compareButton);
    buttons->addStretch(1);
    buttons->addWidget(m_reloadButton);

    auto *left = new QWidget(this);
    auto *leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    leftColumn->addWidget(m_closedNote);
    leftColumn->addWidget(m_historyStack, 1);
    leftColumn->addLayout(buttons);

    m_tabs->addTab(m_pdf, QString());
    m_tabs->addTab(m_compare, QString());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("billsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // The history gets what its columns need (about 540 px at 1280); the PDF gets the rest.
    splitter->setSizes({540, 700});

    auto *column = new QVBoxLayout(this);
    column->addWidget(m_title);
    column->addWidget(m_progress);
    column->addWidget(splitter, 1);

    setTabOrder(m_history, m_compareButton);
    setTabOrder(m_compareButton, m_reloadButton);
    setTabOrder(m_reloadButton, m_tabs);

    connect(m_history->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openPdf(m_sorted->mapToSource(current).row());
            });
    connect(m_history->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BillsScreen::updateCompareButton);
    connect(m_compareButton, &QPushButton::clicked, this, &BillsScreen::compareSelected);
    connect(m_reloadButton, &QPushButton::clicked, this, &BillsScreen::reload);
    connect(m_pdf, &BillPdfPane::failed, &m_context, &MemberContext::report);
    connect(m_compare, &BillCompareView::comparisonChanged, this, &BillsScreen::fetchMissingTemperatures);
    connect(m_tabs, &QTabWidget::currentChanged, this, &BillsScreen::fetchMissingTemperatures);

    Preferences &preferences = m_context.preferences();
    m_compare->setTemperatureUnit(preferences.temperatureUnit());
    m_pdf->setSaveAllowed(!preferences.isKioskProfile());
    connect(&preferences, &Preferences::changed, this, [this] {
        m_compare->setTemperatureUnit(m_context.preferences().temperatureUnit());
    });
    connect(&m_context, &MemberContext::currentAccountChanged, this, &BillsScreen::setAccount);
    connect(&m_context, &MemberContext::accountsChanged, this, &BillsScreen::retranslate);
    connect(&m_context, &MemberContext::cleared, this, &BillsScreen::forget);

    retranslate();
    setAccount(m_context.currentAccount());
}

BillsScreen::~BillsScreen() = default;

QPdfDocument *BillsScreen::document() const
{
    return m_pdf->document();
}

bool BillsScreen::isLoading() const
{
    return m_historyTask || m_pdfTask || m_temperatureTask;
}

void BillsScreen::retranslate()
{
    const Account *account = m_context.account(m_account);
    const ServiceLocation *location = account ? account->location(locationFor(m_account)) : nullptr;
    if (m_account.isEmpty())
        m_title->setText(tr("Bills"));
    else if (location && !location->description.isEmpty())
        //: Screen title: %1 is the place ("Home"), %2 the account number.
        m_title->setText(tr("Bills for %1 (account %2)").arg(location->description, m_account));
    else
        //: Screen title: %1 is the account number.
        m_title->setText(tr("Bills for account %1").arg(m_account));
    m_closedNote->setText(tr("This account is closed. Its past bills stay available here."));
    m_closedNote->setVisible(account && account->inactive);
    m_history->setAccessibleName(tr("Bill history"));
    m_history->setAccessibleDescription(
        tr("Newest bill first. Select a bill to see it; select two to compare them."));
    m_compareButton->setText(tr("&Compare selected"));
    m_compareButton->setAccessibleName(tr("Compare the two selected bills"));
    m_compareButton->setToolTip(tr("Select two bills in the list (Ctrl+click) to compare them."));
    m_reloadButton->setText(tr("&Reload"));
    m_reloadButton->setAccessibleName(tr("Reload the bill history"));
    //: Tab showing the chosen bill's PDF.
    m_tabs->setTabText(0, tr("Bill"));
    //: Tab comparing two bills side by side.
    m_tabs->setTabText(1, tr("Compare"));
    m_tabs->setAccessibleName(tr("Bill and comparison"));
    showHistoryState();
    updateCompareButton();
}

void BillsScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString BillsScreen::locationFor(const QString &account) const
{
    const Account *a = m_context.account(account);
    if (!a)
        return {};
    if (!a->primaryLocation.isEmpty() && a->location(a->primaryLocation))
        return a->primaryLocation;
    return a->locations.isEmpty() ? QString() : a->locations.first().number;
}

void BillsScreen::showHistoryState()
{
    QString empty;
    if (m_account.isEmpty())
        empty = tr("Choose an account to see its bills.");
    else if (m_historyFailed)
        empty = tr("The bills could not be loaded. Use Reload to try again.");
    else if (m_historyLoaded && m_model->rowCount() == 0) {
        const Account *account = m_context.account(m_account);
        empty = account && account->inactive
            ? tr("This account is closed and the co-op has no bills for it to show.")
            : tr("No bills yet. The first one appears here once the co-op issues it.");
    }
    m_emptyState->setText(empty);
    m_historyStack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_history) : m_emptyState);
}

void BillsScreen::updateCompareButton()
{
    m_compareButton->setEnabled(m_history->selectionModel()->selectedRows().size() == 2);
}

void BillsScreen::setAccount(const QString &account)
{
    if (account == m_account && (m_historyLoaded || m_historyTask))
        return;
    forget();
    m_account = account;
    retranslate();
    reload();
}

// Everything member-specific goes: sign-out, kiosk reset, another account.
void BillsScreen::forget()
{
    for (Task *task : {m_historyTask.data(), m_pdfTask.data(), m_temperatureTask.data()})
        if (task)
            task->cancel();
    m_historyTask.clear();
    m_pdfTask.clear();
    m_temperatureTask.clear();
    m_temperatureUuid.clear();
    m_account.clear();
    m_pdfUuid.clear();
    m_historyLoaded = false;
    m_historyFailed = false;
    m_model->clear();
    m_pdf->clear();
    m_compare->clear();
    m_tabs->setCurrentWidget(m_pdf);
    retranslate();
}

void BillsScreen::reload()
{
    if (m_account.isEmpty())
        return;
    if (m_historyTask)
        m_historyTask->cancel();
    m_historyFailed = false;
    const QString account = m_account;
    Task *task = m_context.services().billHistory(
        account, this, [this, account](const QList<BillSummary> &bills) {
            if (account != m_account)
                return;
            m_historyLoaded = true;
            const QString shown = m_pdfUuid;
            m_model->setBills(bills);
            showHistoryState();
            // Compare starts with the latest bill against the same month a year earlier.
            const int rows = m_model->rowCount();
            if (rows > 0)
                m_compare->compare(std::min(12, rows - 1), 0);
            // Keep the bill on show through a reload; else open the newest.
            const int row = m_model->rowOfUuid(shown);
            if (m_model->rowCount() > 0)
                showBill(row >= 0 ? row : 0);
        });
    m_historyTask = task;
    connect(task, &Task::failed, this, [this, account](const Failure &failure) {
        if (account != m_account)
            return;
        if (!failure.isCancelled()) {
            m_historyFailed = true;
            showHistoryState();
        }
        m_context.report(failure);
    });
    m_progress->track(task, tr("Loading bills…"));
}

void BillsScreen::showBill(int row)
{
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_tabs->setCurrentWidget(m_pdf);
    if (m_history->currentIndex().row() == index.row()) {
        openPdf(row); // already current: currentRowChanged will not fire
        return;
    }
    m_history->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void BillsScreen::openPdf(int row)
{
    const BillSummary bill = m_model->bill(row);
    if (bill.uuid.isEmpty() && !bill.billDate.isValid())
        return;
    const QString key = bill.uuid.isEmpty() ? bill.billDate.toString(Qt::ISODate) : bill.uuid;
    if (key == m_pdfUuid && (m_pdfTask || !m_pdf->pdfBytes().isEmpty()))
        return; // already shown or coming
    if (m_pdfTask)
        m_pdfTask->cancel();
    m_pdfUuid = key;
    if (!bill.hasPdf) {
        m_pdf->showMessage(tr("The co-op has no printable copy of this bill."));
        return;
    }
    m_pdf->showMessage(tr("Loading the bill…"));
    // The portal's own name for the file: "<YYYY_MM_DD>_<account>.pdf".
    const QString fileName = bill.billDate.toString(u"yyyy_MM_dd") + u'_' + bill.accountNumber
        + QStringLiteral(".pdf");
    Task *task = m_context.services().billPdf(bill, this, [this, key, fileName](const QByteArray &pdf) {
        if (key == m_pdfUuid)
            m_pdf->load(pdf, fileName);
    });
    m_pdfTask = task;
    connect(task, &Task::failed, this, [this, key](const Failure &failure) {
        if (key == m_pdfUuid && !failure.isCancelled())
            m_pdf->showMessage(tr("This bill could not be opened."));
        m_context.report(failure);
    });
    m_progress->track(task, tr("Opening the bill…"));
}

void BillsScreen::compareSelected()
{
    QModelIndexList rows = m_history->selectionModel()->selectedRows();
    if (rows.size() != 2)
        return;
    int a = m_sorted->mapToSource(rows.at(0)).row();
    int b = m_sorted->mapToSource(rows.at(1)).row();
    // The model is newest first: the older bill goes first, so Change reads as "since then".
    if (a < b)
        std::swap(a, b);
    compareBills(a, b);
}

void BillsScreen::compareBills(int first, int second)
{
    m_tabs->setCurrentWidget(m_compare);
    m_compare->compare(first, second);
}

void BillsScreen::fetchMissingTemperatures()
{
    if (m_temperatureTask)
        return; // the next one starts when this one finishes
    if (m_tabs->currentWidget() != m_compare)
        return; // fetched when the member looks at the comparison
    const QString location = locationFor(m_account);
    for (const BillSummary &bill : {m_compare->firstBill(), m_compare->secondBill()}) {
        if (bill.uuid.isEmpty() || m_compare->hasAverageTemperature(bill.uuid))
            continue;
        if (location.isEmpty() || !bill.periodStart.isValid() || !bill.periodEnd.isValid()) {
            m_compare->setAverageTemperature(bill.uuid, std::nullopt);
            continue;
        }
        const QString uuid = bill.uuid;
        const QDate from = bill.periodStart;
        const QDate to = bill.periodEnd;
        Task *task = m_context.services().temperatures(
            location, from, to, this, [this, uuid, from, to](const TemperatureSeries &series) {
                m_compare->setAverageTemperature(uuid, meanOfDailyMeans(series, from, to));
            });
        m_temperatureTask = task;
        m_temperatureUuid = uuid;
        connect(task, &Task::failed, this, [this, uuid](const Failure &failure) {
            // Shown as "Not available" (not retried in a loop); Reload or a new pair asks again.
            m_compare->setAverageTemperature(uuid, std::nullopt);
            m_context.report(failure);
        });
        connect(task, &Task::finished, this, [this, task] {
            if (m_temperatureTask == task) {
                m_temperatureTask.clear();
                m_temperatureUuid.clear();
                fetchMissingTemperatures();
            }
        });
        m_progress->track(task, tr("Loading temperatures…"));
        return;
    }
}

bool BillsScreen::printTo(QPrinter &printer)
{
    return m_pdf->printTo(printer);
}

bool BillsScreen::saveTo(const QString &path)
{
    return m_pdf->saveTo(path);
}

} // namespace coopdesk::ui
