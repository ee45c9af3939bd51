#pragma once

#include "coop.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sim {

// One notification event and the channels chosen for it.
struct NotificationChoice
{
    QString event; // "BILL_AVAILABLE", ... (MemberSettings::notificationEvents())
    bool email = false;
    bool text = false;
};

// An account's notification preferences: every event, in notificationEvents() order.
struct NotificationSettings
{
    QList<NotificationChoice> choices;
    std::optional<double> usageThresholdKwhPerDay;
};

// Where a login's notifications go: kind "EMAIL" or "TEXT".
struct NotificationContact
{
    QString id; // "c-1" (the login e-mail), "c-2", ... per login
    QString kind;
    QString address;
    bool verified = false;
};

// A message sent to the co-op through "Contact us".
struct MemberMessage
{
    QString ticket; // "M-700001"
    QString login;
    QString accountNumber; // empty: not about one account
    QString topic;
    QString subject;
    QString body;
    qint64 receivedMs = 0;
};

// The member settings the project-defined endpoints change and no seed decides: paperless per
// login, notification preferences per account, notification contacts per login, and the
// messages received. Everything starts from fixed defaults (docs/simulator.md) the first time
// it is asked about, so answers never depend on who asked first.
class MemberSettings
{
public:
    static const QStringList &notificationEvents();
    // The code the simulator "sends" to every new contact.
    static QString verificationCode() { return QStringLiteral("246810"); }
    static constexpr int firstTicket = 700001;

    bool paperless(const Member &member) const;
    void setPaperless(const Member &member, bool paperless);

    // The defaults until first set: e-mail for BILL_AVAILABLE, PAYMENT_DUE and
    // PAYMENT_CONFIRMATION, nothing else, no usage threshold.
    NotificationSettings notifications(const QString &accountNumber) const;
    void setNotifications(const QString &accountNumber, const NotificationSettings &settings);
    static NotificationSettings defaultNotifications();

    // The login e-mail (c-1, verified) first, then the contacts added, in the order added.
    QList<NotificationContact> contacts(const Member &member) const;
    std::optional<NotificationContact> contact(const Member &member, const QString &id) const;
    // Adds an unverified contact and returns it.
    NotificationContact addContact(const Member &member, const QString &kind,
                                   const QString &address);
    // Marks a contact verified; false when the login has no such contact.
    bool verifyContact(const Member &member, const QString &id);
    bool removeContact(const Member &member, const QString &id);

    // Files a message, numbering it; returns it as filed.
    MemberMessage receive(MemberMessage message);
    const QList<MemberMessage> &messages() const { return m_messages; }

    // How many logins hold a setting that differs from the start (for /__admin/state).
    QStringList paperlessLogins() const;
    qsizetype contactsAdded() const;

private:
    struct Login
    {
        bool paperless = false;
        QList<NotificationContact> contacts;
        int nextContact = 2;
    };
    static QString keyOf(const Member &member);
    static Login initial(const Member &member);
    Login &login(const Member &member);

    QHash<QString, Login> m_logins; // lower-cased login -> settings, once changed
    QHash<QString, NotificationSettings> m_notifications; // account number -> settings, once set
    QList<MemberMessage> m_messages;
    int m_nextTicket = firstTicket;
};

} // namespace sim
