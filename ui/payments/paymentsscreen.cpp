#include "paymentsscreen.h"

#include "models/items/paymentsmodel.h"
#include "paymentflow.h"
#include "paymenttext.h"
#include "ui/common/taskprogress.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace coopdesk::ui {

PaymentsScreen::PaymentsScreen(MemberContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new PaymentsModel(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(u"paymentsScreen"_qs);

    auto *history = new QWidget(this);
    history->setObjectName(u"paymentHistoryPage"_qs);
    auto *title = new QLabel(tr("Payments"), history);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    m_scope = new QComboBox(history);
    m_scope->setObjectName(u"historyScope"_qs);
    m_scope->setAccessibleName(tr("Show payments of"));
    auto *scopeLabel = new QLabel(tr("&Show:"), history);
    scopeLabel->setBuddy(m_scope);
    m_pay = new QPushButton(tr("Make a payment"), history);
    m_pay->setObjectName(u"makePayment"_qs);
    m_pay->setAccessibleName(tr("Make a payment"));
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(scopeLabel);
    top->addWidget(m_scope);
    top->addWidget(m_pay);

    m_progress = new TaskProgress(history);
    m_table = new QTableView(history);
    m_table->setObjectName(u"paymentsTable"_qs);
    m_table->setAccessibleName(tr("Payment history, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PaymentsModel::MethodColumn, QHeaderView::Stretch);
    m_empty = new QLabel(tr("No payments yet."), history);
    m_empty->setObjectName(u"noPayments"_qs);
    m_empty->hide();

    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addLayout(top);
    historyLayout->addWidget(m_progress);
    historyLayout->addWidget(m_table, 1);
    historyLayout->addWidget(m_empty);

    m_flow = new PaymentFlow(context, this);
    m_pages->addWidget(history);
    m_pages->addWidget(m_flow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_pay, &QPushButton::clicked, this, [this] { startPayment({}); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &PaymentsScreen::reload);
    connect(m_flow, &PaymentFlow::closed, this, &PaymentsScreen::showHistory);
    connect(m_flow, &PaymentFlow::paymentsMade, this, &PaymentsScreen::reload);
    connect(&m_context, &MemberContext::accountsChanged, this, [this] {
        fillScopes();
        reload();
    });
    connect(&m_context, &MemberContext::refreshRequested, this, &PaymentsScreen::reload);
    connect(&m_context, &MemberContext::cleared, this, [this] {
        ++m_generation;
        m_pending = 0;
        m_model->clear();
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        showHistory();
    });
    connect(&m_context.services(), &MemberServices::timeZoneChanged, this,
            [this](const QTimeZone &zone) { m_model->setTimeZone(zone); });

    m_model->setTimeZone(m_context.services().coopTimeZone());
    fillScopes();
    reload();
}

bool PaymentsScreen::isShowingFlow() const
{
    return m_pages->currentWidget() == m_flow;
}

bool PaymentsScreen::isLoading() const
{
    return m_pending > 0;
}

QString PaymentsScreen::historyScope() const
{
    return m_scope->currentData().toString();
}

void PaymentsScreen::setHistoryScope(const QString &account)
{
    const int index = m_scope->findData(account);
    if (index >= 0)
        m_scope->setCurrentIndex(index);
}

void PaymentsScreen::fillScopes()
{
    const QString previous = historyScope();
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("All accounts"), QString());
    for (const Account &account : m_context.accounts())
        m_scope->addItem(accountLabel(account), account.number);
    const int index = m_scope->findData(previous);
    m_scope->setCurrentIndex(index >= 0 ? index : 0);
}

void PaymentsScreen::reload()
{
    const int generation = ++m_generation;
    QStringList numbers;
    if (!historyScope().isEmpty()) {
        numbers << historyScope();
    } else {
        for (const Account &account : m_context.accounts())
            numbers << account.number;
    }
    m_pending = int(numbers.size());
    if (numbers.isEmpty()) {
        m_model->clear();
        m_empty->hide();
        return;
    }
    // One request per account; the table changes once, when all have answered.
    auto collected = std::make_shared<QList<PaymentRecord>>();
    for (const QString &number : std::as_const(numbers)) {
        Task *task = m_context.services().paymentHistory(
                number, this, [this, generation, collected](const QList<PaymentRecord> &records) {
                    if (generation != m_generation)
                        return;
                    *collected += records;
                    if (--m_pending == 0) {
                        m_model->setPayments(*collected);
                        m_empty->setVisible(collected->isEmpty());
                        Q_EMIT historyLoaded();
                    }
                });
        connect(task, &Task::failed, this, [this, generation](const Failure &failure) {
            if (generation != m_generation)
                return;
            m_pending = 0;
            ++m_generation; // the other answers of this load no longer matter
            m_context.report(failure);
        });
        m_progress->track(task, tr("Loading payments…"));
    }
}

void PaymentsScreen::startPayment(const QStringList &accounts)
{
    if (m_flow->isSending()) {
        m_pages->setCurrentWidget(m_flow);
        return;
    }
    m_flow->start(accounts);
    m_pages->setCurrentWidget(m_flow);
}

void PaymentsScreen::showHistory()
{
    m_pages->setCurrentIndex(0);
}

} // namespace coopdesk::ui
