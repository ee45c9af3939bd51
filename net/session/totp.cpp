#include "totp.h"

#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>

namespace coopdesk::net {

namespace {

constexpr int kStepSeconds = 30;

// RFC 4648 base32: 5 bits per letter, A-Z then 2-7. Case, spaces, dashes and '=' padding are
// ignored because authenticator setup pages print secrets in groups ("GEZD GNBV ...").
std::optional<QByteArray> decodeBase32(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() * 5 / 8 + 1);
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const char16_t u = c.toUpper().unicode();
        int value = -1;
        if (u >= u'A' && u <= u'Z')
            value = u - u'A';
        else if (u >= u'2' && u <= u'7')
            value = 26 + (u - u'2');
        else if (u == u' ' || u == u'\t' || u == u'-' || u == u'=')
            continue;
        else
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xFF));
        }
    }
    // Leftover bits (< 8) are padding by definition; an empty key is no key.
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace

std::optional<Totp> Totp::fromSecret(const QString &secretOrUri)
{
    const QString trimmed = secretOrUri.trimmed();
    if (trimmed.startsWith(u"otpauth://", Qt::CaseInsensitive)) {
        const QUrl url(trimmed);
        if (!url.isValid())
            return std::nullopt;
        const QString secret = QUrlQuery(url).queryItemValue(u"secret"_qs, QUrl::FullyDecoded);
        const auto key = decodeBase32(secret);
        return key ? std::optional<Totp>(Totp(*key)) : std::nullopt;
    }
    const auto key = decodeBase32(trimmed);
    return key ? std::optional<Totp>(Totp(*key)) : std::nullopt;
}

QString Totp::codeAt(qint64 unixSeconds) const
{
    return codeAt(unixSeconds, 6);
}

QString Totp::codeAt(qint64 unixSeconds, int digits) const
{
    digits = qBound(6, digits, 8);
    // RFC 6238: the HOTP counter is the number of whole 30-second steps since the epoch.
    const quint64 counter = quint64(qMax<qint64>(0, unixSeconds) / kStepSeconds);
    QByteArray message(8, '\0');
    qToBigEndian(counter, message.data());
    const QByteArray mac
        = QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha1);
    // RFC 4226 dynamic truncation: the low nibble of the last byte picks 4 bytes.
    const int offset = mac.at(mac.size() - 1) & 0x0F;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7F) << 24)
        | (quint32(quint8(mac.at(offset + 1))) << 16) | (quint32(quint8(mac.at(offset + 2))) << 8)
        | quint32(quint8(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QString::number(binary % modulus).rightJustified(digits, u'0');
}

} // namespace coopdesk::net
