#pragma once

#include "ui/common/membercontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace coopdesk {
class PaymentsModel;
}

namespace coopdesk::ui {

class PaymentFlow;
class TaskProgress;

// The payments screen: the history of the login's payments (all accounts or one), and the
// payment flow as a page of the same screen.
class PaymentsScreen : public QWidget
{
    Q_OBJECT
public:
    explicit PaymentsScreen(MemberContext &context, QWidget *parent = nullptr);

    PaymentsModel *model() const { return m_model; }
    PaymentFlow *flow() const { return m_flow; }
    bool isShowingFlow() const;
    bool isLoading() const;
    // "" for every account of the login, else one account number.
    QString historyScope() const;
    void setHistoryScope(const QString &account);

public Q_SLOTS:
    // Opens the payment form over these accounts (the overview's "Pay all"); empty: the
    // current account.
    void startPayment(const QStringList &accounts);
    void reload();

Q_SIGNALS:
    void historyLoaded();

private:
    void fillScopes();
    void showHistory();

    MemberContext &m_context;
    PaymentsModel *m_model;
    QStackedWidget *m_pages;
    QComboBox *m_scope;
    QPushButton *m_pay;
    QTableView *m_table;
    QLabel *m_empty;
    TaskProgress *m_progress;
    PaymentFlow *m_flow;
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace coopdesk::ui
