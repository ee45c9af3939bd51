#include "redactor.h"

#include <QRegularExpression>

#include <array>

namespace coopdesk::net {

namespace {

const QString kRedacted = QStringLiteral("[redacted]");

// Values that are never logged, not even in part.
constexpr std::array<QStringView, 16> kSecretFields {
    u"password",      u"twoFactorCode", u"token",        u"authorizationToken",
    u"refreshToken",  u"access_token",  u"secret",       u"totpSecret",
    u"hintAnswer",    u"cardNumber",    u"routingNumber", u"bankAccountNumber",
    u"cvv",           u"securityCode",  u"ssn",          u"securityPhrase",
};

// Values that identify the member: kept only as a masked hint.
constexpr std::array<QStringView, 14> kIdentityFields {
    u"userId",   u"user",          u"email",     u"emailAddress", u"username",
    u"acctNbr",  u"accountNumber", u"account",   u"custNbr",      u"customerNumber",
    u"customer", u"customerId",    u"lastName",  u"primaryUsername",
};

template<std::size_t N>
bool containsFolded(const std::array<QStringView, N> &names, QStringView name)
{
    for (QStringView candidate : names) {
        if (candidate.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString secretAlternation()
{
    QStringList names;
    for (QStringView name : kSecretFields)
        names.append(QRegularExpression::escape(name.toString()));
    return names.join(u'|');
}

// Replaces every match of `pattern` in `text` by what `replace` makes of it.
template<typename Replace>
QString replaceAll(const QString &text, const QRegularExpression &pattern, Replace replace)
{
    QString out;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += replace(match);
        last = match.capturedEnd();
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString Redactor::email(QStringView address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return u"***"_qs;
    const QStringView local = address.left(at);
    const QStringView domain = address.mid(at + 1);
    return (local.isEmpty() ? QString() : local.left(1).toString()) + u"***@"_qs
        + domain.toString();
}

QString Redactor::accountNumber(QStringView number)
{
    QString digits;
    for (QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.size() <= 4)
        return u"****"_qs;
    return u"****"_qs + QStringView(digits).right(4);
}

QString Redactor::token(QStringView)
{
    return kRedacted;
}

QString Redactor::text(QStringView input)
{
    static const QRegularExpression bearer(u"\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+"_qs,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(u"eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*)?"_qs);
    static const QRegularExpression secretPair(u"\\b("_qs + secretAlternation()
                                                   + u")=([^&\\s\"]*)"_qs,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression secretJson(u"\"("_qs + secretAlternation()
                                                   + u")\"(\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\s]+)"_qs,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mail(
        u"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"_qs);
    static const QRegularExpression digits(u"[0-9]{6,}"_qs);

    QString out = input.toString();
    // Qt's error texts quote URLs percent-encoded: "userId=ann%40x.org" is an address too.
    out.replace(u"%40"_qs, u"@"_qs, Qt::CaseInsensitive);
    out = replaceAll(out, bearer, [](const QRegularExpressionMatch &m) -> QString {
        return m.captured(1) + u' ' + kRedacted;
    });
    out = replaceAll(out, jwt, [](const QRegularExpressionMatch &) -> QString { return kRedacted; });
    out = replaceAll(out, secretPair, [](const QRegularExpressionMatch &m) -> QString {
        return m.captured(1) + u'=' + kRedacted;
    });
    out = replaceAll(out, secretJson, [](const QRegularExpressionMatch &m) -> QString {
        return u'"' + m.captured(1) + u'"' + m.captured(2) + u'"' + kRedacted + u'"';
    });
    out = replaceAll(out, mail, [](const QRegularExpressionMatch &m) -> QString {
        return email(m.capturedView());
    });
    out = replaceAll(out, digits, [](const QRegularExpressionMatch &m) -> QString {
        return accountNumber(m.capturedView());
    });
    return out;
}

QString Redactor::field(QStringView name, QStringView value)
{
    if (isSecretField(name))
        return kRedacted;
    if (isIdentityField(name)) {
        if (value.isEmpty())
            return {};
        if (value.contains(u'@'))
            return email(value);
        bool allDigits = true;
        for (QChar c : value)
            allDigits = allDigits && (c.isDigit() || c == u'-' || c == u' ');
        if (allDigits)
            return accountNumber(value);
        return value.left(1).toString() + u"***"_qs;
    }
    return text(value);
}

QString Redactor::query(const QUrlQuery &query)
{
    QStringList parts;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items)
        parts.append(text(name) + u'=' + field(name, value));
    return parts.join(u'&');
}

QString Redactor::pathAndQuery(const QUrl &url)
{
    QString out = text(url.path(QUrl::FullyDecoded));
    if (url.hasQuery())
        out += u'?' + query(QUrlQuery(url));
    return out;
}

QString Redactor::url(const QUrl &url)
{
    QString out;
    if (!url.scheme().isEmpty())
        out += url.scheme() + u"://"_qs;
    out += url.host();
    if (url.port() >= 0)
        out += u':' + QString::number(url.port());
    return out + pathAndQuery(url);
}

QByteArray Redactor::form(QByteArrayView body)
{
    // Form bodies encode spaces as '+'; QUrlQuery does not know that.
    QByteArray spaced = body.toByteArray();
    spaced.replace('+', "%20");
    const QUrlQuery fields(QString::fromUtf8(spaced));
    return query(fields).toUtf8();
}

QByteArray Redactor::header(QByteArrayView name, QByteArrayView value)
{
    const QString key = QString::fromLatin1(name);
    if (key.compare(u"Authorization"_qs, Qt::CaseInsensitive) == 0
        || key.compare(u"Proxy-Authorization"_qs, Qt::CaseInsensitive) == 0
        || key.compare(u"Cookie"_qs, Qt::CaseInsensitive) == 0
        || key.compare(u"Set-Cookie"_qs, Qt::CaseInsensitive) == 0)
        return kRedacted.toUtf8();
    if (key.compare(u"X-Nisc-Smarthub-Username"_qs, Qt::CaseInsensitive) == 0)
        return email(QString::fromUtf8(value)).toUtf8();
    return text(QString::fromUtf8(value)).toUtf8();
}

bool Redactor::isSecretField(QStringView name)
{
    return containsFolded(kSecretFields, name);
}

bool Redactor::isIdentityField(QStringView name)
{
    return containsFolded(kIdentityFields, name);
}

} // namespace coopdesk::net
