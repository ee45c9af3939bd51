#pragma once

#include "models/account.h"
#include "models/billing.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace coopdesk::ui {

// One account of a payment: what it owes and how much of it to pay (total due, past due, or an
// amount the member types). Says in words why an amount cannot be paid.
class AmountRow : public QWidget
{
    Q_OBJECT
public:
    enum class Choice { TotalDue, PastDue, Other };

    explicit AmountRow(const Account &account, QWidget *parent = nullptr);
    QString accountNumber() const { return m_account; }

    void setFacts(const BillingFacts &facts); // before this, the row says it is loading
    bool hasFacts() const { return m_facts.has_value(); }
    void setChoice(Choice choice);
    Choice choice() const;
    void setOtherAmount(const QString &text);

    std::optional<Money> amount() const;   // nullopt when not payable as it stands
    QString problem() const;               // why not (translated); empty when fine
    void setRemovable(bool removable);

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void update();
    QString m_account;
    std::optional<BillingFacts> m_facts;
    QLabel *m_name;
    QComboBox *m_choice;
    QLineEdit *m_other;
    QLabel *m_error;
    QToolButton *m_remove;
};

} // namespace coopdesk::ui
