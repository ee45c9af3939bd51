#include "membersettings.h"

#include <algorithm>

namespace sim {

namespace {
constexpr qsizetype kMaxMessages = 5000;
constexpr qsizetype kMaxContacts = 50;
} // namespace

const QStringList &MemberSettings::notificationEvents()
{
    static const QStringList events {
        QStringLiteral("BILL_AVAILABLE"),       QStringLiteral("PAYMENT_DUE"),
        QStringLiteral("PAYMENT_CONFIRMATION"), QStringLiteral("DELINQUENT_NOTICE"),
        QStringLiteral("CARD_EXPIRATION"),      QStringLiteral("OUTAGE"),
        QStringLiteral("USAGE_THRESHOLD"),
    };
    return events;
}

QString MemberSettings::keyOf(const Member &member)
{
    return member.email.toLower();
}

MemberSettings::Login MemberSettings::initial(const Member &member)
{
    Login login;
    login.contacts.append({ QStringLiteral("c-1"), QStringLiteral("EMAIL"), member.email, true });
    return login;
}

MemberSettings::Login &MemberSettings::login(const Member &member)
{
    const QString key = keyOf(member);
    auto it = m_logins.find(key);
    if (it == m_logins.end())
        it = m_logins.insert(key, initial(member));
    return *it;
}

bool MemberSettings::paperless(const Member &member) const
{
    return m_logins.value(keyOf(member)).paperless;
}

void MemberSettings::setPaperless(const Member &member, bool paperless)
{
    login(member).paperless = paperless;
}

NotificationSettings MemberSettings::defaultNotifications()
{
    NotificationSettings settings;
    for (const QString &event : notificationEvents()) {
        const bool email = event == u"BILL_AVAILABLE" || event == u"PAYMENT_DUE"
            || event == u"PAYMENT_CONFIRMATION";
        settings.choices.append({ event, email, false });
    }
    return settings;
}

NotificationSettings MemberSettings::notifications(const QString &accountNumber) const
{
    const auto it = m_notifications.constFind(accountNumber);
    return it == m_notifications.constEnd() ? defaultNotifications() : *it;
}

void MemberSettings::setNotifications(const QString &accountNumber,
                                      const NotificationSettings &settings)
{
    m_notifications.insert(accountNumber, settings);
}

QList<NotificationContact> MemberSettings::contacts(const Member &member) const
{
    const auto it = m_logins.constFind(keyOf(member));
    return it == m_logins.constEnd() ? initial(member).contacts : it->contacts;
}

std::optional<NotificationContact> MemberSettings::contact(const Member &member,
                                                           const QString &id) const
{
    for (const NotificationContact &c : contacts(member)) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

NotificationContact MemberSettings::addContact(const Member &member, const QString &kind,
                                               const QString &address)
{
    Login &l = login(member);
    if (l.contacts.size() >= kMaxContacts)
        l.contacts.removeAt(1); // keeps memory bounded; the login e-mail stays
    const NotificationContact added { u"c-" + QString::number(l.nextContact++), kind, address,
                                      false };
    l.contacts.append(added);
    return added;
}

bool MemberSettings::verifyContact(const Member &member, const QString &id)
{
    Login &l = login(member);
    for (NotificationContact &c : l.contacts) {
        if (c.id == id) {
            c.verified = true;
            return true;
        }
    }
    return false;
}

bool MemberSettings::removeContact(const Member &member, const QString &id)
{
    Login &l = login(member);
    return l.contacts.removeIf([&](const NotificationContact &c) { return c.id == id; }) > 0;
}

MemberMessage MemberSettings::receive(MemberMessage message)
{
    message.ticket = u"M-" + QString::number(m_nextTicket++);
    if (m_messages.size() >= kMaxMessages)
        m_messages.removeFirst();
    m_messages.append(message);
    return message;
}

QStringList MemberSettings::paperlessLogins() const
{
    QStringList logins;
    for (auto it = m_logins.cbegin(); it != m_logins.cend(); ++it) {
        if (it->paperless)
            logins.append(it.key());
    }
    std::sort(logins.begin(), logins.end());
    return logins;
}

qsizetype MemberSettings::contactsAdded() const
{
    qsizetype n = 0;
    for (const Login &l : m_logins)
        n += l.nextContact - 2;
    return n;
}

} // namespace sim
