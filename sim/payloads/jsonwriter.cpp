#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <cstring>

namespace sim::payloads {

namespace {
constexpr double powersOfTen[] = { 1, 10, 100, 1000, 10000, 100000, 1000000 };
} // namespace

JsonWriter::JsonWriter(qsizetype reserveBytes)
{
    m_buf.resize(qMax<qsizetype>(reserveBytes, 64));
    m_needComma.reserve(16);
}

char *JsonWriter::grow(qsizetype bytes)
{
    if (m_len + bytes > m_buf.size())
        m_buf.resize(qMax(m_buf.size() * 2, m_len + bytes));
    char *at = m_buf.data() + m_len;
    m_len += bytes;
    return at;
}

void JsonWriter::put(char c)
{
    *grow(1) = c;
}

void JsonWriter::put(std::string_view text)
{
    if (!text.empty())
        std::memcpy(grow(qsizetype(text.size())), text.data(), text.size());
}

void JsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_needComma.empty()) {
        if (m_needComma.back())
            put(',');
        m_needComma.back() = true;
    }
}

void JsonWriter::beginObject()
{
    separator();
    put('{');
    m_needComma.push_back(false);
}

void JsonWriter::endObject()
{
    m_needComma.pop_back();
    put('}');
}

void JsonWriter::beginArray()
{
    separator();
    put('[');
    m_needComma.push_back(false);
}

void JsonWriter::endArray()
{
    m_needComma.pop_back();
    put(']');
}

void JsonWriter::key(std::string_view name)
{
    separator();
    put('"');
    putEscaped(name);
    put(std::string_view("\":"));
    m_afterKey = true;
}

void JsonWriter::key(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    key(std::string_view(utf8.constData(), size_t(utf8.size())));
}

void JsonWriter::putEscaped(std::string_view utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    size_t plainFrom = 0;
    for (size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        put(utf8.substr(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        switch (c) {
        case '"':
            put(std::string_view("\\\""));
            break;
        case '\\':
            put(std::string_view("\\\\"));
            break;
        case '\n':
            put(std::string_view("\\n"));
            break;
        case '\r':
            put(std::string_view("\\r"));
            break;
        case '\t':
            put(std::string_view("\\t"));
            break;
        default: {
            char esc[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            put(std::string_view(esc, 6));
        }
        }
    }
    put(utf8.substr(plainFrom));
}

void JsonWriter::value(std::string_view text)
{
    separator();
    put('"');
    putEscaped(text);
    put('"');
}

void JsonWriter::value(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    value(std::string_view(utf8.constData(), size_t(utf8.size())));
}

int JsonWriter::formatInt(char *out, qint64 number)
{
    return int(std::to_chars(out, out + 32, number).ptr - out);
}

int JsonWriter::formatDouble(char *out, double number)
{
    if (!std::isfinite(number)) {
        std::memcpy(out, "null", 4);
        return 4;
    }
    if (number == 0) // no "-0"
        number = 0;
    return int(std::to_chars(out, out + 32, number).ptr - out);
}

double JsonWriter::roundTo(double number, int decimals)
{
    const double scale = powersOfTen[qBound(0, decimals, 6)];
    return std::round(number * scale) / scale;
}

int JsonWriter::formatRounded(char *out, double number, int decimals)
{
    return formatDouble(out, roundTo(number, decimals));
}

void JsonWriter::value(qint64 number)
{
    separator();
    char buf[32];
    put(std::string_view(buf, size_t(formatInt(buf, number))));
}

void JsonWriter::value(bool flag)
{
    separator();
    put(flag ? std::string_view("true") : std::string_view("false"));
}

void JsonWriter::value(double number)
{
    separator();
    char buf[32];
    put(std::string_view(buf, size_t(formatDouble(buf, number))));
}

void JsonWriter::rounded(double number, int decimals)
{
    separator();
    char buf[32];
    put(std::string_view(buf, size_t(formatRounded(buf, number, decimals))));
}

void JsonWriter::money(coopdesk::Money amount)
{
    separator();
    const qint64 cents = amount.cents();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    char buf[40];
    int n = 0;
    if (cents < 0)
        buf[n++] = '-';
    n += formatInt(buf + n, magnitude / 100);
    buf[n++] = '.';
    buf[n++] = char('0' + (magnitude % 100) / 10);
    buf[n++] = char('0' + magnitude % 10);
    put(std::string_view(buf, size_t(n)));
}

void JsonWriter::null()
{
    separator();
    put(std::string_view("null"));
}

void JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        value(json.toBool());
        break;
    case QJsonValue::Double: {
        const double d = json.toDouble();
        // Integral numbers (epoch milliseconds) stay integers.
        if (std::abs(d) < 9e15 && d == std::floor(d))
            value(qint64(d));
        else
            value(d);
        break;
    }
    case QJsonValue::String:
        value(json.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array)
            value(item);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

void JsonWriter::raw(std::string_view json)
{
    separator();
    put(json);
}

void JsonWriter::emptyObjectField(std::string_view name)
{
    key(name);
    raw(std::string_view("{}"));
}

void JsonWriter::emptyArrayField(std::string_view name)
{
    key(name);
    raw(std::string_view("[]"));
}

QByteArray JsonWriter::take()
{
    m_buf.resize(m_len);
    m_len = 0;
    m_needComma.clear();
    m_afterKey = false;
    return std::move(m_buf);
}

} // namespace sim::payloads
