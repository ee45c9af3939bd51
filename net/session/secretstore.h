#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace coopdesk::net {

// Where secrets (bearer tokens, remembered passwords, TOTP secrets) may live: the OS keychain
// or memory, never a file. Asynchronous because keychains are.
class SecretStore
{
public:
    enum class Status {
        Ok,
        NotFound,     // nothing stored under that key (or, with some keychains, locked: see detail)
        Unavailable,  // no keychain service, or it is locked / refused access
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret;   // for read()
        QString detail;   // the backend's own words, for the log and a "details" disclosure
    };
    using Callback = std::function<void(const Result &)>;

    virtual ~SecretStore() = default;
    // `key` is "<portal host>/<user>/<what>", e.g. "coop.smarthub.coop/ann@x.org/token".
    // Results: read() of a missing key gives NotFound (a locked Linux keyring says the same, see
    // detail); write() and remove() give Ok or Unavailable (removing a missing key is Ok).
    // Callbacks run later on the event loop (never inside the call), with `context` alive.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;
    virtual bool isPersistent() const = 0;   // survives the process (keychain) or not (memory)

    // Host and user are trimmed and lower-cased (both are case-insensitive names).
    static QString key(const QString &portalHost, const QString &user, const QString &what);
};

// The system keychain through QtKeychain, insecure fallback off. Service "coop.coopdesk.CoopDesk".
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("coop.coopdesk.CoopDesk"));
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool isPersistent() const override { return true; }
    const QString &service() const { return m_service; }

private:
    QString m_service;
};

// Secrets kept in this process only: kiosk, --no-keychain, and a keychain that is unavailable.
class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore() = default;
    ~MemorySecretStore() override;   // wipes
    Q_DISABLE_COPY_MOVE(MemorySecretStore)
    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool isPersistent() const override { return false; }
    void wipe();   // logout, kiosk reset, exit
    bool contains(const QString &key) const;
    qsizetype size() const;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace coopdesk::net
