#include "sessionlog.h"

#include "net/transport/redactor.h"

namespace coopdesk::net {

Q_LOGGING_CATEGORY(lcSession, "coopdesk.net.session")

QString redactedKey(const QString &key)
{
    QStringList parts = key.split(u'/');
    if (parts.size() >= 3) {
        // host / user / what: only the user is personal.
        for (qsizetype i = 1; i < parts.size() - 1; ++i)
            parts[i] = Redactor::email(parts.at(i));
        return parts.join(u'/');
    }
    return Redactor::text(key);
}

} // namespace coopdesk::net
