#include "loginservice.h"

#include "totp.h"

namespace sim::api {

LoginService::LoginService(const Coop &coop, int threshold)
    : m_coop(coop)
    , m_threshold(threshold)
{
}

LoginService::Outcome LoginService::fail(const QString &key, Result result)
{
    if (m_threshold <= 0)
        return { result, nullptr };
    // Bounded memory against a flood of made-up names: forget counts that have locked nothing.
    if (m_failures.size() >= kMaxTracked && !m_failures.contains(key))
        m_failures.removeIf([this](const auto &entry) { return entry.value() < m_threshold; });
    const int count = ++m_failures[key];
    if (count >= m_threshold)
        return { Result::Locked, nullptr };
    return { result, nullptr };
}

LoginService::Outcome LoginService::attempt(const QString &userId, const QString &password,
                                            const QString &twoFactorCode, qint64 nowSeconds)
{
    const QString key = userId.trimmed().toLower();
    if (isLocked(key))
        return { Result::Locked, nullptr };

    const Member *member = key.isEmpty() ? nullptr : m_coop.member(key);
    if (!member || member->password != password)
        return fail(key, Result::Failure);

    if (!member->totpSecretBase32.isEmpty()) {
        if (twoFactorCode.trimmed().isEmpty())
            return { Result::MfaRequired, nullptr };
        const auto secret = Totp::decodeBase32(member->totpSecretBase32);
        if (!secret || !Totp::verify(*secret, twoFactorCode, nowSeconds))
            return fail(key, Result::MfaRequired);
    }
    m_failures.remove(key);
    return { Result::Success, member };
}

bool LoginService::isLocked(const QString &userId) const
{
    return m_threshold > 0 && failures(userId) >= m_threshold;
}

int LoginService::failures(const QString &userId) const
{
    return m_failures.value(userId.trimmed().toLower());
}

bool LoginService::unlock(const QString &userId)
{
    const bool wasLocked = isLocked(userId);
    m_failures.remove(userId.trimmed().toLower());
    return wasLocked;
}

void LoginService::unlockAll()
{
    m_failures.clear();
}

QStringList LoginService::lockedUsers() const
{
    QStringList locked;
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it) {
        if (isLocked(it.key()))
            locked.append(it.key());
    }
    locked.sort();
    return locked;
}

} // namespace sim::api
