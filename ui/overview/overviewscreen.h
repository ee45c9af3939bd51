#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace coopdesk {
class AccountsModel;
}

namespace coopdesk::ui {

class MemberContext;
class TaskProgress;

// The first screen after sign-in: every account with what it owes, the total across them,
// "Pay all", and when the figures were last refreshed (with a Refresh action).
class OverviewScreen : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewScreen(MemberContext &context, QWidget *parent = nullptr);

    AccountsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    // The member wants to pay these accounts (the open ones that owe), in table order.
    void payRequested(const QStringList &accounts);

private:
    void reloadAccounts();
    void updateSummary();
    void updateRefreshed();

    MemberContext &m_context;
    AccountsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_total;
    QLabel *m_refreshed;
    QPushButton *m_payAll;
    QPushButton *m_refresh;
    TaskProgress *m_progress;
};

} // namespace coopdesk::ui
