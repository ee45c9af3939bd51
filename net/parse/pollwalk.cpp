// The poll answer's bytes -> RawPoll, with simdjson's on-demand API: fields are visited in
// document order and everything the models do not keep (baseSeries, meterToChartData, chart
// styling) is skipped without being parsed. A year of 15-minute data is ~34 MB.
#include "pollraw.h"

#include <QByteArray>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <simdjson.h>

namespace coopdesk::net::parse::detail {

namespace od = simdjson::ondemand;

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
// Buffers above this are released after use rather than kept for the next answer.
constexpr size_t keepCapacity = size_t(64) << 20;

// Per-thread parsers and padded copy, reused across answers (allocation and page faults would
// otherwise cost as much as the parse itself).
struct Workspace
{
    od::parser parser;
    od::parser columnsParser;
    std::unique_ptr<char[]> buffer;
    size_t bufferCapacity = 0;

    // A view with simdjson's padding: the bytes themselves when their allocation already has
    // room after the end, else a copy.
    simdjson::padded_string_view view(const QByteArray &json)
    {
        const size_t size = size_t(json.size());
        if (size_t(json.capacity()) >= size + simdjson::SIMDJSON_PADDING)
            return simdjson::padded_string_view(json.constData(), size, size_t(json.capacity()));
        const size_t needed = size + simdjson::SIMDJSON_PADDING;
        if (bufferCapacity < needed) {
            buffer.reset(new char[needed]);
            bufferCapacity = needed;
        }
        std::memcpy(buffer.get(), json.constData(), size);
        std::memset(buffer.get() + size, 0, simdjson::SIMDJSON_PADDING);
        return simdjson::padded_string_view(buffer.get(), size, bufferCapacity);
    }

    void trim()
    {
        if (bufferCapacity > keepCapacity) {
            buffer.reset();
            bufferCapacity = 0;
        }
        if (parser.capacity() > keepCapacity)
            parser = od::parser();
        if (columnsParser.capacity() > keepCapacity)
            columnsParser = od::parser();
    }
};

Workspace &workspace()
{
    thread_local Workspace w;
    return w;
}

struct Failure
{
    QString why;
};

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A string, or empty for null / another type (rateName is null on some meters).
QString optionalString(od::value v)
{
    std::string_view s;
    if (v.get_string().get(s) == simdjson::SUCCESS)
        return toQString(s);
    return {};
}

// Epoch ms sent as an integer, a float or a numeric string.
std::optional<qint64> optionalInt(od::value v)
{
    int64_t i = 0;
    if (v.get_int64().get(i) == simdjson::SUCCESS)
        return qint64(i);
    double d = 0;
    if (v.get_double().get(d) == simdjson::SUCCESS && std::isfinite(d))
        return qint64(d);
    if (v.get_int64_in_string().get(i) == simdjson::SUCCESS)
        return qint64(i);
    return std::nullopt;
}

bool optionalBool(od::value v, bool fallback)
{
    bool b = false;
    return v.get_bool().get(b) == simdjson::SUCCESS ? b : fallback;
}

// The point arrays are the hot loop: one object per interval, {"enableDrilldown","x","y"}.
void readPoints(od::array points, RawSeries &s)
{
    const size_t n = points.count_elements();
    s.x.reserve(n);
    s.y.reserve(n);
    for (auto element : points) {
        od::object point = element.get_object();
        int64_t x = 0;
        bool hasX = false;
        double y = nan;
        for (auto field : point) {
            const od::raw_json_string key = field.key();
            if (key.unsafe_is_equal("x")) {
                od::value v = field.value();
                if (v.get_int64().get(x) != simdjson::SUCCESS) {
                    const auto any = optionalInt(v);
                    if (!any)
                        throw Failure { QStringLiteral("a point's x is not a number") };
                    x = *any;
                }
                hasX = true;
            } else if (key.unsafe_is_equal("y")) {
                od::value v = field.value();
                if (v.get_double().get(y) != simdjson::SUCCESS)
                    y = nan; // null (a gap), or something that is no reading
            }
        }
        if (!hasX)
            throw Failure { QStringLiteral("a point without x") };
        s.x.push_back(qint64(x));
        s.y.push_back(y);
    }
}

RawSeries readSeries(od::object o)
{
    RawSeries s;
    for (auto field : o) {
        const std::string_view key = field.unescaped_key();
        if (key == "data")
            readPoints(field.value().get_array(), s);
        else if (key == "name")
            s.name = optionalString(field.value());
        else if (key == "meterNumber")
            s.meterNumber = optionalString(field.value());
        else if (key == "rateName")
            s.rateName = optionalString(field.value());
        else if (key == "isNet") {
            bool b = false;
            if (field.value().get_bool().get(b) == simdjson::SUCCESS)
                s.isNet = b;
        }
    }
    return s;
}

RawMeter readMeter(od::object o)
{
    RawMeter m;
    for (auto field : o) {
        const std::string_view key = field.unescaped_key();
        if (key == "seriesId")
            m.seriesId = optionalString(field.value());
        else if (key == "meterNumber")
            m.meterNumber = optionalString(field.value());
        else if (key == "flowDirection")
            m.flowDirection = optionalString(field.value());
        else if (key == "rateName")
            m.rateName = optionalString(field.value());
        else if (key == "isNetMeter")
            m.isNetMeter = optionalBool(field.value(), false);
    }
    return m;
}

// xToOrderedInterval: {"<x>": {"interval": {"start","end"}, "orderedName"?}}.
std::shared_ptr<RawColumns> readColumns(od::object map)
{
    auto out = std::make_shared<RawColumns>();
    bool sorted = true;
    for (auto field : map) {
        // Keys are digits: read them in place (no unescaping copy) up to the closing quote.
        const char *key = field.key().value().raw();
        const char *keyEnd = key + (*key == '-' ? 1 : 0);
        while (*keyEnd >= '0' && *keyEnd <= '9')
            ++keyEnd;
        RawColumns::Column c;
        int64_t x = 0;
        const auto parsed = std::from_chars(key, keyEnd, x);
        if (parsed.ec != std::errc() || *keyEnd != '"')
            continue; // not an x: nothing a point could refer to
        c.x = x;
        od::object column = field.value().get_object();
        for (auto part : column) {
            const od::raw_json_string name = part.key();
            if (name.unsafe_is_equal("interval")) {
                od::object interval = part.value().get_object();
                for (auto bound : interval) {
                    const od::raw_json_string k = bound.key();
                    if (k.unsafe_is_equal("end")) {
                        if (const auto end = optionalInt(bound.value()))
                            c.end = *end;
                    }
                }
            } else if (name.unsafe_is_equal("orderedName")) {
                const QString label = optionalString(part.value());
                if (!label.isEmpty()) {
                    c.label = int(out->labels.size());
                    out->labels.append(label);
                }
            }
        }
        if (!out->list.empty() && out->list.back().x >= c.x)
            sorted = false;
        out->list.push_back(c);
    }
    if (!sorted) {
        std::stable_sort(
            out->list.begin(), out->list.end(),
            [](const RawColumns::Column &a, const RawColumns::Column &b) { return a.x < b.x; });
    }
    return out;
}

struct EntryContext
{
    od::parser &columnsParser;
    const char *bufferEnd; // end of the padded bytes (for sub-views)
    std::string_view lastColumnsJson; // the previous entry's xToOrderedInterval text
    std::shared_ptr<const RawColumns> lastColumns;
};

// The entries of one answer usually share one xToOrderedInterval (it lists every x of the
// location): compare the raw text and parse it once.
std::shared_ptr<const RawColumns> columnsOf(od::value v, EntryContext &c)
{
    od::object map = v.get_object();
    const std::string_view raw = map.raw_json();
    if (c.lastColumns && raw.size() == c.lastColumnsJson.size()
        && std::memcmp(raw.data(), c.lastColumnsJson.data(), raw.size()) == 0)
        return c.lastColumns;
    // The text lies inside the padded buffer, so the bytes after it are the padding it needs.
    const simdjson::padded_string_view sub(raw.data(), raw.size(),
                                           size_t(c.bufferEnd - raw.data()));
    od::document doc = c.columnsParser.iterate(sub);
    std::shared_ptr<const RawColumns> columns = readColumns(doc.get_object());
    c.lastColumnsJson = raw;
    c.lastColumns = columns;
    return columns;
}

RawEntry readEntry(od::object o, EntryContext &c)
{
    RawEntry e;
    for (auto field : o) {
        const std::string_view key = field.unescaped_key();
        if (key == "series") {
            for (auto item : field.value().get_array())
                e.series.push_back(readSeries(item.get_object()));
        } else if (key == "meters") {
            for (auto item : field.value().get_array())
                e.meters.push_back(readMeter(item.get_object()));
        } else if (key == "xToOrderedInterval") {
            e.columns = columnsOf(field.value(), c);
        } else if (key == "type") {
            e.type = optionalString(field.value());
        } else if (key == "unitOfMeasure") {
            e.unit = optionalString(field.value());
        } else if (key == "accountNumber") {
            e.accountNumber = optionalString(field.value());
        } else if (key == "serviceLocationNumber") {
            e.locationNumber = optionalString(field.value());
        } else if (key == "startDateTime") {
            e.startDateTime = optionalInt(field.value());
        } else if (key == "endDateTime") {
            e.endDateTime = optionalInt(field.value());
        } else if (key == "baseUsageParameters") {
            od::object request = field.value().get_object();
            for (auto p : request) {
                const std::string_view name = p.unescaped_key();
                if (name == "startDateTime")
                    e.requestStart = optionalInt(p.value());
                else if (name == "endDateTime")
                    e.requestEnd = optionalInt(p.value());
            }
        }
    }
    return e;
}

QString describe(simdjson::error_code code)
{
    return u"not the JSON expected (" + QString::fromLatin1(simdjson::error_message(code)) + u')';
}

} // namespace

std::optional<RawPoll> walkPoll(const QByteArray &json, QString *error)
{
    const QByteArray head = json.left(64).trimmed();
    if (head.isEmpty()) {
        *error = QStringLiteral("empty answer");
        return std::nullopt;
    }
    if (head.startsWith('<')) {
        *error = QStringLiteral("an HTML page instead of JSON");
        return std::nullopt;
    }
    Workspace &w = workspace();
    RawPoll out;
    try {
        const simdjson::padded_string_view bytes = w.view(json);
        EntryContext context { w.columnsParser, bytes.data() + bytes.capacity(), {}, nullptr };
        od::document doc = w.parser.iterate(bytes);
        od::object root = doc.get_object();
        for (auto field : root) {
            const std::string_view key = field.unescaped_key();
            if (key == "status") {
                out.status = optionalString(field.value());
            } else if (key == "data") {
                out.hasData = true;
                od::value data = field.value();
                if (data.is_null())
                    continue;
                for (auto industry : data.get_object()) {
                    const std::string_view name = industry.unescaped_key();
                    if (name != "ELECTRIC") {
                        out.otherIndustries.append(toQString(name));
                        continue;
                    }
                    for (auto entry : industry.value().get_array())
                        out.entries.push_back(readEntry(entry.get_object(), context));
                }
            }
        }
        // Past the root object there must be nothing (3.0 has no document::at_end()).
        const char *trailing = nullptr;
        if (doc.current_location().get(trailing) == simdjson::SUCCESS)
            throw Failure { QStringLiteral("content after the JSON object") };
    } catch (const simdjson::simdjson_error &e) {
        *error = describe(e.error());
        w.trim();
        return std::nullopt;
    } catch (const Failure &f) {
        *error = f.why;
        w.trim();
        return std::nullopt;
    }
    w.trim();
    return out;
}

double referenceWalk(const QByteArray &json)
{
    // Every value visited, every number parsed: what simdjson itself costs on these bytes.
    struct Walker
    {
        double sum = 0;
        void visit(od::value v)
        {
            switch (v.type()) {
            case od::json_type::object:
                for (auto field : v.get_object())
                    visit(field.value());
                break;
            case od::json_type::array:
                for (auto item : v.get_array())
                    visit(item.value());
                break;
            case od::json_type::number:
                sum += double(v.get_double());
                break;
            default:
                break; // strings, booleans and null are skipped as simdjson skips them
            }
        }
    };
    Workspace &w = workspace();
    Walker walker;
    try {
        const simdjson::padded_string_view bytes = w.view(json);
        od::document doc = w.parser.iterate(bytes);
        for (auto field : doc.get_object())
            walker.visit(field.value());
    } catch (const simdjson::simdjson_error &) {
        walker.sum = nan;
    }
    w.trim();
    return walker.sum;
}

} // namespace coopdesk::net::parse::detail
