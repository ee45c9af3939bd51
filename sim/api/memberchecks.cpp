#include "memberchecks.h"

#include <QRegularExpression>

namespace sim::api::memberchecks {

std::optional<QString> normalizedPhone(const QString &text)
{
    QString digits;
    const QString trimmed = text.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c == u'+' && i == 0)
            continue;
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')')
            return std::nullopt;
    }
    if (digits.size() != 10)
        return std::nullopt;
    return digits.left(3) + u'-' + digits.mid(3, 3) + u'-' + digits.mid(6);
}

bool emailValid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

bool passwordMeetsRules(const QString &password)
{
    if (password.size() < 8 || password.size() > 15)
        return false;
    bool capital = false, numeral = false, special = false;
    for (const QChar c : password) {
        if (c.isSpace())
            return false;
        if (c.isUpper())
            capital = true;
        else if (c.isDigit())
            numeral = true;
        else if (!c.isLetter())
            special = true;
    }
    return capital && numeral && special;
}

QString passwordRules()
{
    return QStringLiteral("The new password must be 8 to 15 characters with a capital letter, a "
                          "numeral and a special character, and no spaces");
}

bool zipValid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{5}(-\\d{4})?$"));
    return pattern.match(text).hasMatch();
}

QString text(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString().trimmed();
}

} // namespace sim::api::memberchecks
