#include "accountsmodel.h"

namespace coopdesk {

namespace {
QString money(Money amount, const QLocale &locale)
{
    return locale.toCurrencyString(amount.toDollars(), QStringLiteral("$"), 2);
}

const ServiceLocation *primaryLocation(const Account &account)
{
    if (const ServiceLocation *primary = account.location(account.primaryLocation))
        return primary;
    return account.locations.isEmpty() ? nullptr : &account.locations.first();
}
} // namespace

AccountsModel::AccountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AccountsModel::setAccounts(const QList<Account> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

void AccountsModel::setFacts(const QHash<QString, BillingFacts> &facts)
{
    m_facts = facts;
    refreshAll();
}

void AccountsModel::setFacts(const BillingFacts &facts)
{
    m_facts.insert(facts.accountNumber, facts);
    const int row = rowOf(facts.accountNumber);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AccountsModel::setStatuses(const AccountStatuses &statuses)
{
    m_statuses = statuses;
    m_statusesKnown = !statuses.accounts.isEmpty();
    refreshAll();
}

void AccountsModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    refreshAll();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void AccountsModel::clear()
{
    beginResetModel();
    m_accounts.clear();
    m_facts.clear();
    m_statuses = {};
    m_statusesKnown = false;
    endResetModel();
}

void AccountsModel::refreshAll()
{
    if (!m_accounts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_accounts.size()) - 1, ColumnCount - 1));
}

Money AccountsModel::totalDue() const
{
    Money total;
    for (const Account &account : m_accounts) {
        const auto it = m_facts.constFind(account.number);
        if (it != m_facts.cend() && !it->totalDue.isNegative())
            total += it->totalDue;
    }
    return total;
}

QStringList AccountsModel::owingAccounts() const
{
    QStringList owing;
    for (const Account &account : m_accounts) {
        const auto it = m_facts.constFind(account.number);
        // A closed account cannot take payments (the portal refuses them).
        if (!account.inactive && it != m_facts.cend() && it->totalDue > Money())
            owing.append(account.number);
    }
    return owing;
}

const Account *AccountsModel::accountAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

int AccountsModel::rowOf(const QString &accountNumber) const
{
    for (int row = 0; row < m_accounts.size(); ++row)
        if (m_accounts.at(row).number == accountNumber)
            return row;
    return -1;
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AccountsModel::autoPay(const Account &account) const
{
    // The status call is the fresher word (it follows enrolment changes); user-data otherwise.
    if (const AccountStatus *status = m_statuses.find(account.number))
        return status->autoPay;
    return account.autoPay;
}

QString AccountsModel::description(const Account &account) const
{
    const ServiceLocation *location = primaryLocation(account);
    if (!location)
        return account.customerName;
    const QString place = location->description.trimmed();
    const QString street = location->address.line1.trimmed();
    if (place.isEmpty() || place.compare(street, Qt::CaseInsensitive) == 0)
        return street;
    if (street.isEmpty())
        return place;
    //: An account's description in the overview: location name, then its street address.
    return tr("%1, %2").arg(place, street);
}

QVariant AccountsModel::display(const Account &account, int column) const
{
    const auto facts = m_facts.constFind(account.number);
    const bool known = facts != m_facts.cend();
    const AccountStatus *status = m_statuses.find(account.number);
    switch (Column(column)) {
    case AccountColumn:
        //: An account number in the overview, for an account the co-op has closed.
        return account.inactive ? tr("%1 (closed)").arg(account.number) : account.number;
    case DescriptionColumn:
        return description(account);
    case AmountDueColumn:
        return known ? money(facts->totalDue, m_locale) : QString();
    case DueDateColumn:
        if (account.inactive)
            //: The due-date cell of an account the co-op has closed.
            return tr("Closed");
        if (status && status->dueDate.isValid() && known && facts->totalDue > Money())
            return m_locale.toString(status->dueDate, QLocale::ShortFormat);
        //: The due-date cell of an account with nothing to pay.
        return known && m_statusesKnown ? tr("Nothing due") : QString();
    case PastDueColumn:
        return known ? money(facts->pastDue, m_locale) : QString();
    case AutoPayColumn:
        return autoPay(account) ? tr("Yes") : tr("No");
    case PaperlessColumn:
        if (!m_statusesKnown)
            return QString();
        //: Paper bills state of an account: paperless (e-bills only) or paper bills mailed.
        return m_statuses.paperless ? tr("Paperless") : tr("Paper bills");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccountsModel::sortValue(const Account &account, int column) const
{
    const auto facts = m_facts.constFind(account.number);
    const bool known = facts != m_facts.cend();
    switch (Column(column)) {
    case AccountColumn:
        return account.number;
    case DescriptionColumn:
        return description(account);
    case AmountDueColumn:
        return known ? facts->totalDue.cents() : qint64(0);
    case DueDateColumn: {
        const AccountStatus *status = m_statuses.find(account.number);
        return status && status->dueDate.isValid() ? status->dueDate : QDate();
    }
    case PastDueColumn:
        return known ? facts->pastDue.cents() : qint64(0);
    case AutoPayColumn:
        return autoPay(account);
    case PaperlessColumn:
        return m_statuses.paperless;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &account = m_accounts.at(index.row());
    const auto facts = m_facts.constFind(account.number);
    switch (role) {
    case Qt::DisplayRole:
        return display(account, index.column());
    case Qt::AccessibleTextRole:
        return display(account, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountDueColumn || index.column() == PastDueColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (account.inactive)
            return tr("The co-op has closed this account.");
        return {};
    case SortRole:
        return sortValue(account, index.column());
    case AccountNumberRole:
        return account.number;
    case AmountDueCentsRole:
        return facts != m_facts.cend() ? facts->totalDue.cents() : qint64(0);
    case PastDueCentsRole:
        return facts != m_facts.cend() ? facts->pastDue.cents() : qint64(0);
    case ClosedRole:
        return account.inactive;
    case FactsKnownRole:
        return facts != m_facts.cend();
    default:
        return {};
    }
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case AccountColumn:
        return tr("Account");
    case DescriptionColumn:
        return tr("Description");
    case AmountDueColumn:
        return tr("Amount due");
    case DueDateColumn:
        return tr("Due date");
    case PastDueColumn:
        return tr("Past due");
    case AutoPayColumn:
        return tr("Auto Pay");
    case PaperlessColumn:
        //: Column header: whether bills come on paper or only electronically.
        return tr("Paper bills");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> AccountsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(AccountNumberRole, "accountNumber");
    names.insert(AmountDueCentsRole, "amountDueCents");
    names.insert(PastDueCentsRole, "pastDueCents");
    names.insert(ClosedRole, "closed");
    names.insert(FactsKnownRole, "factsKnown");
    return names;
}

} // namespace coopdesk
