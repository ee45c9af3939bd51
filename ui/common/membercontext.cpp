#include "membercontext.h"

#include "locationinsights.h"
#include "preferences.h"
#include "usagemarkers.h"

namespace coopdesk::ui {

MemberContext::MemberContext(MemberServices &services, Preferences &preferences, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_preferences(preferences)
    , m_markers(new UsageMarkers(preferences, this))
    , m_insights(new LocationInsights(*this, this))
{
    connect(&services, &MemberServices::signedIn, this,
            [this] { m_markers->setPortal(m_services.portalHost()); });
}

void MemberContext::setAccounts(const QList<Account> &accounts)
{
    m_accounts = accounts;
    Q_EMIT accountsChanged();
    if (account(m_currentAccount))
        return;
    // Keep the member's last choice when it is still there, else the first open account.
    QString pick = m_preferences.chosenAccount();
    if (!account(pick)) {
        pick.clear();
        for (const Account &a : accounts) {
            if (!a.inactive) {
                pick = a.number;
                break;
            }
        }
        if (pick.isEmpty() && !accounts.isEmpty())
            pick = accounts.first().number;
    }
    setCurrentAccount(pick);
}

const Account *MemberContext::account(const QString &number) const
{
    for (const Account &a : m_accounts)
        if (a.number == number)
            return &a;
    return nullptr;
}

std::optional<BillingFacts> MemberContext::facts(const QString &account) const
{
    const auto it = m_facts.constFind(account);
    if (it == m_facts.cend())
        return std::nullopt;
    return *it;
}

void MemberContext::setFacts(const BillingFacts &facts)
{
    m_facts.insert(facts.accountNumber, facts);
    Q_EMIT factsChanged(facts.accountNumber);
}

void MemberContext::setStatuses(const AccountStatuses &statuses)
{
    m_statuses = statuses;
    Q_EMIT statusesChanged();
}

void MemberContext::setCurrentAccount(const QString &account)
{
    if (account == m_currentAccount)
        return;
    m_currentAccount = account;
    if (!account.isEmpty())
        m_preferences.setChosenAccount(account);
    Q_EMIT currentAccountChanged(account);
}

QString MemberContext::currentLocation() const
{
    const Account *a = account(m_currentAccount);
    if (!a)
        return {};
    if (!a->primaryLocation.isEmpty() && a->location(a->primaryLocation))
        return a->primaryLocation;
    return a->locations.isEmpty() ? QString() : a->locations.first().number;
}

void MemberContext::report(const Failure &failure)
{
    if (failure.isCancelled())
        return;
    Q_EMIT failureReported(failure);
}

void MemberContext::inform(const QString &message)
{
    Q_EMIT informed(message);
}

void MemberContext::requestRefresh()
{
    Q_EMIT refreshRequested();
}

void MemberContext::clear()
{
    m_accounts.clear();
    m_facts.clear();
    m_statuses = {};
    m_currentAccount.clear();
    m_insights->clear();
    m_markers->clear();
    Q_EMIT cleared();
    Q_EMIT accountsChanged();
    Q_EMIT statusesChanged();
    Q_EMIT currentAccountChanged(QString());
}

} // namespace coopdesk::ui
