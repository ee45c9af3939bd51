#pragma once

#include <QLoggingCategory>
#include <QString>

namespace coopdesk::net {

// "coopdesk.net.session": logins, renewals, 401 handling and the secret stores. Every line is
// redacted: never a token, password, code or secret; e-mail addresses masked.
Q_DECLARE_LOGGING_CATEGORY(lcSession)

// A secret store key ("host/user/what") as it may be logged: the user part masked.
QString redactedKey(const QString &key);

} // namespace coopdesk::net
