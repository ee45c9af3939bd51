#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sim::api::memberchecks {

// Pure checks of what members type into the settings endpoints (docs/api.md), apart from the
// routes so they can be tested without sockets.

// A US phone number as "970-555-0134" when it has exactly 10 digits once spaces, dashes, dots,
// parentheses and a leading '+' are dropped; nullopt otherwise.
std::optional<QString> normalizedPhone(const QString &text);
// name@domain.tld: one '@', no spaces, a dot inside the domain with text on both sides.
bool emailValid(const QString &text);
// 8-15 characters, a capital, a numeral, a special character, no spaces.
bool passwordMeetsRules(const QString &password);
QString passwordRules();
// "80540" or "80540-1234".
bool zipValid(const QString &text);
// A JSON string, trimmed; empty for anything else.
QString text(const QJsonObject &object, const QString &key);

} // namespace sim::api::memberchecks
