#pragma once

#include "sim/world/coop.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace sim::api {

// Decides a login attempt: password, then the TOTP code for MFA members, with lockout after
// `threshold` consecutive failures (0 turns lockout off).
//
//            failure (count < threshold)             success: count = 0
//           +-------------+                         +------+
//           v             |                         v      |
//        [OPEN: count] ---+--- failure reaching threshold --> [LOCKED]
//           ^                                                  |  every attempt, even with the
//           |                                                  |  right password: Locked
//           +------ admin unlock / simulator restart ----------+
//
// Failures are counted per login name whether or not such a member exists, so an unknown name
// locks like a real one and the answers never tell which logins exist. A missing TOTP code is
// not counted (clients probe without one to learn that MFA is on); a wrong one is.
class LoginService
{
public:
    enum class Result { Success, Failure, MfaRequired, Locked };
    struct Outcome
    {
        Result result = Result::Failure;
        const Member *member = nullptr; // set on Success
    };

    LoginService(const Coop &coop, int threshold);

    Outcome attempt(const QString &userId, const QString &password, const QString &twoFactorCode,
                    qint64 nowSeconds);

    bool isLocked(const QString &userId) const;
    int failures(const QString &userId) const;
    // Unlocks one login (and clears its count); returns whether it was locked.
    bool unlock(const QString &userId);
    void unlockAll();
    QStringList lockedUsers() const;

private:
    static constexpr qsizetype kMaxTracked = 4096;
    Outcome fail(const QString &key, Result result);

    const Coop &m_coop;
    int m_threshold;
    QHash<QString, int> m_failures; // lower-cased login -> consecutive failures
};

} // namespace sim::api
