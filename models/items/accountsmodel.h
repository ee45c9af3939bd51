#pragma once

#include "models/account.h"
#include "models/accountsettings.h"
#include "models/billing.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

namespace coopdesk {

// The member's accounts for the overview: one row per account of the login (closed ones too,
// marked as closed), with what it owes, when, and its Auto Pay and paper-bill state. Built from
// plain values (the shell's MemberContext feeds it); the view sorts through a proxy on SortRole.
class AccountsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AccountColumn,
        DescriptionColumn,
        AmountDueColumn,
        DueDateColumn,
        PastDueColumn,
        AutoPayColumn,
        PaperlessColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // a raw value per column (cents, date, bool, text)
        AccountNumberRole,
        AmountDueCentsRole,          // qint64; 0 until billing facts arrive
        PastDueCentsRole,
        ClosedRole,                  // bool
        FactsKnownRole,              // bool: billing facts have arrived for this account
    };

    explicit AccountsModel(QObject *parent = nullptr);

    void setAccounts(const QList<Account> &accounts);
    void setFacts(const QHash<QString, BillingFacts> &facts);
    void setFacts(const BillingFacts &facts); // one account's facts arrived
    void setStatuses(const AccountStatuses &statuses);
    void setLocale(const QLocale &locale);
    void clear();

    // Everything owed across the accounts whose facts are known.
    Money totalDue() const;
    // Open accounts that owe something, in row order: what "Pay all" pays.
    QStringList owingAccounts() const;
    const Account *accountAt(int row) const;
    int rowOf(const QString &accountNumber) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString description(const Account &account) const;
    QVariant display(const Account &account, int column) const;
    QVariant sortValue(const Account &account, int column) const;
    bool autoPay(const Account &account) const;
    void refreshAll();

    QList<Account> m_accounts;
    QHash<QString, BillingFacts> m_facts;
    AccountStatuses m_statuses;
    bool m_statusesKnown = false;
    QLocale m_locale;
};

} // namespace coopdesk
