#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QUrl>
#include <QUrlQuery>

namespace coopdesk::net {

// Masks what must never reach a log: secrets go entirely, e-mail addresses and account-like
// numbers keep just enough to tell them apart ("d***@mountainvalley.coop", "****3401").
// Every technical line of net/ goes through one of these before it is logged or shown as a
// "details" disclosure.
class Redactor
{
public:
    // "demo@mountainvalley.coop" -> "d***@mountainvalley.coop"; no '@': "***".
    static QString email(QStringView address);
    // "1000123401" -> "****3401"; four digits or fewer: "****".
    static QString accountNumber(QStringView number);
    // A bearer token or JWT, whole: "[redacted]".
    static QString token(QStringView token);

    // Free text (error strings, body snippets, paths): JWTs, "Bearer ..." values, secret
    // key=value and "key": "value" pairs, e-mail addresses and digit runs of 6 or more.
    static QString text(QStringView text);
    // One named value: secret fields entirely, identity fields masked, anything else by text().
    static QString field(QStringView name, QStringView value);
    // A query as it would be logged: "userId=d***@x.org&startDateTime=1725148800000".
    static QString query(const QUrlQuery &query);
    // "/services/secured/accounts?user=d***@mountainvalley.coop" (no scheme, host or fragment).
    static QString pathAndQuery(const QUrl &url);
    // The whole URL with the host kept (for calls to other hosts), user info dropped.
    static QString url(const QUrl &url);
    // An application/x-www-form-urlencoded body, field by field.
    static QByteArray form(QByteArrayView body);
    // A header value: Authorization and cookies entirely, the SmartHub username masked.
    static QByteArray header(QByteArrayView name, QByteArrayView value);

    // password, twoFactorCode, token, ... (compared case-insensitively).
    static bool isSecretField(QStringView name);
    // userId, user, email, acctNbr, accountNumber, account, ... (compared case-insensitively).
    static bool isIdentityField(QStringView name);
};

} // namespace coopdesk::net
