#pragma once

#include "secretstore.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QSettings;

namespace coopdesk::net {

// "host" or "host:port" of a portal: the first part of every secret's key and of the settings
// entry, so two portals (or two simulators on one machine) never share a login.
QString portalKeyHost(const QUrl &portal);

// What `login --remember` keeps. Every field is a secret and lives only in a SecretStore.
struct StoredLogin
{
    QString token;
    qint64 expiresAtMs = 0;
    QString password;
    QString totpSecret; // empty for co-ops without MFA
    void wipe();
};

// The secrets of one remembered login (portal + user), read, written and removed together.
//   keys: SecretStore::key(host, user, "token" | "token-expiry" | "password" | "totp-secret")
// Operations run one after another (a keychain prompt must never see two at once) and report
// once; the first Unavailable stops the chain.
class RememberedLogin : public QObject
{
    Q_OBJECT
public:
    using Result = SecretStore::Result;
    using Status = SecretStore::Status;

    RememberedLogin(SecretStore *store, QString portalHost, QString user,
                    QObject *parent = nullptr);

    // Ok with the login; NotFound when nothing (or only part of it) is stored; Unavailable.
    void load(std::function<void(const Result &, const std::optional<StoredLogin> &)> done);
    void save(const StoredLogin &login, std::function<void(const Result &)> done);
    void saveToken(const QString &token, qint64 expiresAtMs,
                   std::function<void(const Result &)> done);
    // Added: after a password change, the kept password follows.
    void savePassword(const QString &password, std::function<void(const Result &)> done);
    void removeAll(std::function<void(const Result &)> done);

    static const QStringList &parts(); // "token", "token-expiry", "password", "totp-secret"
    QString key(const QString &part) const;

private:
    struct Step;
    void run(QList<Step> steps, std::function<void(const Result &)> done);

    SecretStore *m_store;
    QString m_host;
    QString m_user;
};

// The one non-secret thing remembered: which user `login --remember` was for on each portal,
// in the QSettings the front end gives (coopdesk-cli: organization "CoopDesk", application
// "coopdesk-cli"; the desktop app its own).
class RememberedUsers
{
public:
    explicit RememberedUsers(QSettings &settings)
        : m_settings(settings)
    {
    }
    QString user(const QString &portalHost) const;
    void set(const QString &portalHost, const QString &user);
    void remove(const QString &portalHost);

private:
    QString settingsKey(const QString &portalHost) const;
    QSettings &m_settings;
};

} // namespace coopdesk::net
