#pragma once

#include "ui/services/memberservices.h"

#include <QHash>
#include <QObject>

namespace coopdesk::ui {

class LocationInsights;
class Preferences;
class UsageFiles;
class UsageMarkers;

// What every screen of a signed-in member shares: the services, the preferences, the accounts
// and their balances, the account chosen in the shell, and the one place errors are reported
// (the shell's non-modal banner). Member data lives here in memory only; clear() forgets it.
class MemberContext : public QObject
{
    Q_OBJECT
public:
    MemberContext(MemberServices &services, Preferences &preferences, QObject *parent = nullptr);

    MemberServices &services() const { return m_services; }
    Preferences &preferences() const { return m_preferences; }
    // The member's usage markers (kept on disk only with consent) and the per-location analysis
    // shared by the Insights screen and the usage chart.
    UsageMarkers &markers() const { return *m_markers; }
    LocationInsights &insights() const { return *m_insights; }
    // File formats for export and import (set by the app; null until then).
    UsageFiles *usageFiles() const { return m_usageFiles; }
    void setUsageFiles(UsageFiles *files) { m_usageFiles = files; }

    const QList<Account> &accounts() const { return m_accounts; }
    void setAccounts(const QList<Account> &accounts);
    const Account *account(const QString &number) const;

    std::optional<BillingFacts> facts(const QString &account) const;
    void setFacts(const BillingFacts &facts);
    const AccountStatuses &statuses() const { return m_statuses; }
    void setStatuses(const AccountStatuses &statuses);

    // The account (and its location) the member is looking at; "" before accounts arrive.
    QString currentAccount() const { return m_currentAccount; }
    void setCurrentAccount(const QString &account);
    QString currentLocation() const; // the current account's primary (or first) location

    // Shows `failure` in the shell's banner (cancellations are ignored).
    void report(const Failure &failure);
    // A short confirmation in the banner ("Payment received").
    void inform(const QString &message);
    // Balances changed (after a payment, Auto Pay): the overview reloads them.
    void requestRefresh();
    // Sign-out / kiosk reset: every piece of member data forgotten.
    void clear();

Q_SIGNALS:
    void accountsChanged();
    void factsChanged(const QString &account);
    void statusesChanged();
    void currentAccountChanged(const QString &account);
    void failureReported(const coopdesk::ui::Failure &failure);
    void informed(const QString &message);
    void refreshRequested();
    void cleared();

private:
    MemberServices &m_services;
    Preferences &m_preferences;
    UsageMarkers *m_markers;
    LocationInsights *m_insights;
    UsageFiles *m_usageFiles = nullptr;
    QList<Account> m_accounts;
    QHash<QString, BillingFacts> m_facts;
    AccountStatuses m_statuses;
    QString m_currentAccount;
};

} // namespace coopdesk::ui
