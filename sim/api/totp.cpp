#include "totp.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace sim::api {

std::optional<QByteArray> Totp::decodeBase32(QStringView text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        int value = -1;
        const char16_t u = c.toUpper().unicode();
        if (u >= u'A' && u <= u'Z')
            value = u - u'A';
        else if (u >= u'2' && u <= u'7')
            value = u - u'2' + 26;
        else if (u == u' ' || u == u'-' || u == u'=')
            continue;
        else
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

QString Totp::hotp(const QByteArray &key, quint64 counter, int digits)
{
    QByteArray message(8, Qt::Uninitialized);
    qToBigEndian(counter, message.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
    // RFC 4226 §5.3 dynamic truncation.
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 binary = (quint32(quint8(mac.at(offset)) & 0x7f) << 24)
        | (quint32(quint8(mac.at(offset + 1))) << 16) | (quint32(quint8(mac.at(offset + 2))) << 8)
        | quint32(quint8(mac.at(offset + 3)));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QString::number(binary % modulus).rightJustified(digits, u'0');
}

QString Totp::codeAt(const QByteArray &key, qint64 unixSeconds, int digits)
{
    return hotp(key, quint64(unixSeconds / kStepSeconds), digits);
}

bool Totp::verify(const QByteArray &key, QStringView code, qint64 unixSeconds, int allowedSteps)
{
    const QString trimmed = code.trimmed().toString();
    if (trimmed.size() != kDigits || key.isEmpty())
        return false;
    const qint64 step = unixSeconds / kStepSeconds;
    for (qint64 s = step - allowedSteps; s <= step + allowedSteps; ++s) {
        if (s >= 0 && hotp(key, quint64(s)) == trimmed)
            return true;
    }
    return false;
}

} // namespace sim::api
