#include "overviewscreen.h"

#include "memberdataloader.h"
#include "models/items/accountsmodel.h"
#include "ui/common/formatting.h"
#include "ui/common/membercontext.h"
#include "ui/common/taskprogress.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace coopdesk::ui {

OverviewScreen::OverviewScreen(MemberContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AccountsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_total(new QLabel(this))
    , m_refreshed(new QLabel(this))
    , m_payAll(new QPushButton(tr("Pay all"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_progress(new TaskProgress(this))
{
    setObjectName(QStringLiteral("overviewScreen"));

    auto *title = new QLabel(tr("Your accounts"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_total->setObjectName(QStringLiteral("totalDue"));
    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.2);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    m_total->setAccessibleName(tr("Total due across accounts"));

    m_payAll->setObjectName(QStringLiteral("payAll"));
    m_payAll->setAccessibleName(tr("Pay all accounts that owe"));
    m_payAll->setDefault(true);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setAccessibleName(tr("Refresh balances"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refreshed->setObjectName(QStringLiteral("lastRefreshed"));
    m_refreshed->setAccessibleName(tr("Last refreshed"));
    m_progress->setObjectName(QStringLiteral("overviewProgress"));

    m_model->setObjectName(QStringLiteral("accountsModel"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AccountsModel::SortRole);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the portal's order until the member sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AccountsModel::DescriptionColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_refreshed);
    top->addWidget(m_refresh);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_total);
    bottom->addStretch(1);
    bottom->addWidget(m_payAll);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    // The row the member picks becomes the account the other screens show.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString number = current.data(AccountsModel::AccountNumberRole).toString();
                if (!number.isEmpty())
                    m_context.setCurrentAccount(number);
            });
    connect(m_payAll, &QPushButton::clicked, this, [this] {
        QStringList owing;
        const QStringList modelOrder = m_model->owingAccounts();
        for (int row = 0; row < m_sorted->rowCount(); ++row) {
            const QString number = m_sorted->index(row, 0).data(AccountsModel::AccountNumberRole).toString();
            if (modelOrder.contains(number))
                owing.append(number);
        }
        if (!owing.isEmpty())
            Q_EMIT payRequested(owing);
    });
    connect(m_refresh, &QPushButton::clicked, &m_context, &MemberContext::requestRefresh);

    connect(&m_context, &MemberContext::accountsChanged, this, &OverviewScreen::reloadAccounts);
    connect(&m_context, &MemberContext::factsChanged, this, [this](const QString &account) {
        if (const auto facts = m_context.facts(account))
            m_model->setFacts(*facts);
        updateSummary();
    });
    connect(&m_context, &MemberContext::statusesChanged, this, [this] {
        m_model->setStatuses(m_context.statuses());
        updateSummary();
    });

    MemberDataLoader *loader = MemberDataLoader::of(m_context);
    connect(loader, &MemberDataLoader::started, this, [this](Task *task) {
        m_progress->track(task, tr("Loading your accounts…"));
        m_refresh->setEnabled(false);
    });
    connect(loader, &MemberDataLoader::loaded, this, [this] {
        m_refresh->setEnabled(true);
        updateRefreshed();
    });
    if (Task *running = loader->task())
        m_progress->track(running, tr("Loading your accounts…"));

    reloadAccounts();
    updateRefreshed();
}

void OverviewScreen::reloadAccounts()
{
    m_model->setAccounts(m_context.accounts());
    QHash<QString, BillingFacts> facts;
    for (const Account &account : m_context.accounts())
        if (const auto known = m_context.facts(account.number))
            facts.insert(account.number, *known);
    m_model->setFacts(facts);
    m_model->setStatuses(m_context.statuses());
    updateSummary();
}

void OverviewScreen::updateSummary()
{
    const bool anyFacts = [this] {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->index(row, 0).data(AccountsModel::FactsKnownRole).toBool())
                return true;
        return false;
    }();
    m_total->setText(anyFacts ? tr("Total due: %1").arg(formatMoney(m_model->totalDue()))
                              : QString());
    const int owing = int(m_model->owingAccounts().size());
    m_payAll->setEnabled(owing > 0);
    m_payAll->setToolTip(owing > 0 ? tr("Pay the %n account(s) that owe something.", nullptr, owing)
                                   : tr("Nothing is due."));
}

void OverviewScreen::updateRefreshed()
{
    const QDateTime when = MemberDataLoader::of(m_context)->lastLoaded();
    if (!when.isValid()) {
        m_refreshed->clear();
        return;
    }
    const QLocale locale;
    const QDateTime local = when.toTimeZone(m_context.services().coopTimeZone());
    //: %1 is a time of day, e.g. "Last refreshed 12:00 PM".
    m_refreshed->setText(tr("Last refreshed %1")
                             .arg(locale.toString(local.time(), QLocale::ShortFormat)));
    m_refreshed->setToolTip(locale.toString(local, QLocale::LongFormat));
}

} // namespace coopdesk::ui
