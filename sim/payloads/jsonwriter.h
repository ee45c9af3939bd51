#pragma once

#include "models/money.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <string_view>
#include <vector>

namespace sim::payloads {

// A small, fast, append-only JSON writer. The usage poll answer for a year of 15-minute data is
// ~20 MB; building it through QJsonDocument costs seconds, writing bytes straight into one
// pre-reserved buffer costs milliseconds. Keys are ASCII literals; string values are escaped.
// The writer trusts its caller for structure (it only tracks where commas go).
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserveBytes = 4096);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // The key of the next member; the next call writes its value.
    void key(std::string_view name);
    void key(const char *name) { key(std::string_view(name)); }
    void key(const QString &name);

    void value(std::string_view text); // a JSON string (UTF-8 in, escaped)
    void value(const char *text) { value(std::string_view(text)); }
    void value(const QString &text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    // Shortest text that reads back as the same double; NaN/inf become null.
    void value(double number);
    // Rounded to `decimals` places (half away from zero), then written shortest: 47.06, 0.5, 3.
    void rounded(double number, int decimals);
    // Dollars as a JSON number with two decimals: 12.30, 0.00, -4.05.
    void money(coopdesk::Money amount);
    void value(coopdesk::Money amount) { money(amount); }
    void null();
    void value(const QJsonValue &json); // small dynamic values (request echoes)
    // Already-encoded JSON (an array body rendered once and reused).
    void raw(std::string_view json);
    void raw(const QByteArray &json)
    {
        raw(std::string_view(json.constData(), size_t(json.size())));
    }
    // More bytes of the value raw() started (no separator): "[" then a big chunk then "]".
    void appendRaw(std::string_view json) { put(json); }
    void appendRaw(const QByteArray &json)
    {
        put(std::string_view(json.constData(), size_t(json.size())));
    }

    template<typename T> void field(std::string_view name, const T &v)
    {
        key(name);
        value(v);
    }
    void emptyObjectField(std::string_view name);
    void emptyArrayField(std::string_view name);

    qsizetype size() const { return m_len; }
    QByteArray take();

    // Number formatting shared with pre-rendered chunks. Each returns the characters written
    // into `out`, which must hold 32 bytes.
    static int formatInt(char *out, qint64 number);
    static int formatDouble(char *out, double number);
    static int formatRounded(char *out, double number, int decimals);
    static double roundTo(double number, int decimals);

private:
    void separator();
    char *grow(qsizetype bytes);
    void put(char c);
    void put(std::string_view text);
    void putEscaped(std::string_view utf8);

    QByteArray m_buf;
    qsizetype m_len = 0;
    // One flag per open container: does the next element need a comma?
    std::vector<bool> m_needComma;
    bool m_afterKey = false;
};

} // namespace sim::payloads
