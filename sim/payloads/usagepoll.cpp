// The COMPLETE answer of utility-usage/poll in the captured shape (fixtures/poll_daily.json and
// smarthub-api.md §4.3): data.ELECTRIC[] entries with meters[], series[], baseSeries,
// meterToChartData (keyed by the Java toString() of the portal's Meter, points listed twice as
// captured), xToOrderedInterval, and baseUsageParameters on USAGE only. Keys alphabetical as
// captured. Each series' points are rendered once and copied where the format repeats them.
#include "common.h"
#include "jsonwriter.h"
#include "payloads.h"
#include "usageseries.h"

#include <QLocale>

#include <cstring>

namespace sim::payloads {

using namespace detail;
using coopdesk::WallClock;

namespace {

// Longest rendered point: {"enableDrilldown":false,"x":<20>,"y":<24>}
constexpr qsizetype maxPointBytes = 80;
constexpr std::string_view pointHead = R"({"enableDrilldown":false,"x":)";

QByteArray renderPoints(const std::vector<qint64> &xs, const std::vector<double> &ys)
{
    QByteArray out;
    out.resize(qsizetype(xs.size()) * maxPointBytes + 1);
    char *const begin = out.data();
    char *p = begin;
    for (size_t i = 0; i < xs.size(); ++i) {
        if (i)
            *p++ = ',';
        std::memcpy(p, pointHead.data(), pointHead.size());
        p += pointHead.size();
        p += JsonWriter::formatInt(p, xs[i]);
        std::memcpy(p, ",\"y\":", 5);
        p += 5;
        p += JsonWriter::formatDouble(p, ys[i]);
        *p++ = '}';
    }
    out.resize(p - begin);
    return out;
}

QByteArray renderColumns(const std::vector<Bucket> &columns)
{
    JsonWriter w(qsizetype(columns.size()) * 130 + 16);
    w.beginObject();
    char digits[32];
    for (const Bucket &c : columns) {
        w.key(std::string_view(digits, size_t(JsonWriter::formatInt(digits, c.x))));
        w.beginObject();
        w.field("createTickDrillDownLink", false);
        w.key("interval");
        w.beginObject();
        w.field("end", c.xEnd);
        w.field("start", c.x);
        w.endObject();
        if (!c.orderedName.isEmpty())
            w.field("orderedName", c.orderedName);
        w.endObject();
    }
    w.endObject();
    return w.take();
}

QString typeName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Usage:
        return QStringLiteral("USAGE");
    case EntryKind::TimeOfUse:
        return QStringLiteral("TIME_OF_USE");
    case EntryKind::Cost:
        return QStringLiteral("COST");
    case EntryKind::Demand:
        return QStringLiteral("DEMAND");
    }
    return {};
}

QString unitName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Cost:
        return QStringLiteral("USD");
    case EntryKind::Demand:
        return QStringLiteral("KW");
    default:
        return QStringLiteral("KWH");
    }
}

QString timeFrameName(TimeFrame tf)
{
    switch (tf) {
    case TimeFrame::Hourly:
        return QStringLiteral("HOURLY");
    case TimeFrame::Daily:
        return QStringLiteral("DAILY");
    case TimeFrame::Monthly:
        return QStringLiteral("MONTHLY");
    }
    return {};
}

// Colours the portal's charts use (the capture's Meter strings show them).
QString seriesColor(EntryKind kind, const SeriesPoints &s)
{
    if (kind == EntryKind::TimeOfUse) {
        if (s.rateName == u"On Peak")
            return QStringLiteral("#E36F1E");
        if (s.rateName == u"Off Peak")
            return QStringLiteral("#FFC846");
        if (s.rateName.contains(u"Super"))
            return QStringLiteral("#48A23F");
        return QStringLiteral("#9B59B6");
    }
    if (s.meter->flow == FlowDirection::Return || s.meter->flow == FlowDirection::Reverse)
        return QStringLiteral("#48A23F");
    static const char16_t *const palette[] = { u"#4A92DB", u"#1F4E79", u"#F28F43", u"#8BBC21" };
    return QString::fromUtf16(palette[s.meterIndex % 4]);
}

struct Context
{
    const World &world;
    const Account &account;
    const ServiceLocation &location;
    const UsageQuery &query;
    QByteArray columns; // rendered xToOrderedInterval, shared by every entry
    QString connectDate; // "August 28, 2026"
};

// The Meter's Java toString(), the legacy meterToChartData key.
QString javaMeterString(const Context &c, EntryKind kind, const SeriesPoints &s, qint64 start,
                        qint64 end)
{
    const Meter &m = *s.meter;
    const QString rate = s.rateName.isEmpty() ? QStringLiteral("null") : s.rateName;
    return u"Meter{serviceLocationNumber='" + c.location.number + u"', accountNumber='"
        + c.account.number + u"', industry=ELECTRIC, meterNumber='" + m.number + u"', channel="
        + QString::number(m.channel) + u", flowDirection=" + flowDirectionName(m.flow) + u", rate='"
        + rate + u"', rateName='" + rate + u"', unitOfMeasure=" + unitName(kind)
        + u", meterLocation='" + externalMeterId(c.location, s.meterIndex)
        + u"', isParentMeter=false, parentMeters=[], " + u"subMeterType=null, isNetMeter="
        + (m.isNetMeter ? QStringLiteral("true") : QStringLiteral("false"))
        + u", visible=true, meterName='" + m.number + u"', seriesId='" + s.seriesId + u"', color='"
        + seriesColor(kind, s) + u"', maxReadDate=" + QString::number(end) + u", minReadDate="
        + QString::number(start) + u'}';
}

void writeDataGrouping(JsonWriter &w)
{
    w.key("dataGrouping");
    w.beginObject();
    w.field("enabled", false);
    w.field("smoothed", false);
    w.endObject();
}

void writeMeter(JsonWriter &w, const Context &c, EntryKind kind, const SeriesPoints &s,
                qint64 start, qint64 end)
{
    const Meter &m = *s.meter;
    w.beginObject();
    w.field("accountNumber", c.account.number);
    w.field("channel", m.channel);
    w.field("color", seriesColor(kind, s));
    w.field("flowDirection", flowDirectionName(m.flow));
    w.field("industry", "ELECTRIC");
    w.field("isNetMeter", m.isNetMeter);
    w.field("isParentMeter", false);
    w.field("maxReadDate", end);
    w.field("meterLocation", externalMeterId(c.location, s.meterIndex));
    w.field("meterName", m.number);
    w.field("meterNumber", m.number);
    w.field("minReadDate", start);
    w.emptyArrayField("parentMeters");
    if (kind == EntryKind::TimeOfUse) {
        w.field("rate", s.rateName);
        w.field("rateName", s.rateName);
    }
    w.field("seriesId", s.seriesId);
    w.field("serviceLocationNumber", c.location.number);
    w.field("unitOfMeasure", unitName(kind));
    w.field("visible", true);
    w.endObject();
}

void writeSeries(JsonWriter &w, EntryKind kind, const SeriesPoints &s, const QByteArray &points)
{
    const bool tou = kind == EntryKind::TimeOfUse;
    w.beginObject();
    w.field("channel", s.meter->channel);
    w.field("color", seriesColor(kind, s));
    w.key("data");
    w.raw(std::string_view("["));
    w.appendRaw(points);
    w.appendRaw(std::string_view("]"));
    writeDataGrouping(w);
    if (!tou)
        w.field("isNet", s.meter->isNetMeter || s.meter->flow == FlowDirection::Net);
    w.field("meterNumber", s.meter->number);
    w.field("name", s.seriesId);
    if (tou)
        w.field("rateName", s.rateName);
    else
        w.field("stack", flowDirectionName(s.meter->flow).toLower());
    w.field("turboThreshold", 0);
    w.field("type", "column");
    w.field("visible", true);
    w.field("yAxis", 0);
    if (!tou)
        w.field("zIndex", s.meterIndex + 1);
    w.endObject();
}

void writeEntry(JsonWriter &w, const Context &c, const UsageEntry &entry)
{
    const WallClock &clock = c.world.wallClock();
    // USAGE (and COST/DEMAND) echo the request's real instants; the captured TIME_OF_USE entry
    // states its bounds on the wall-clock (fake-UTC) convention instead.
    const bool fake = entry.kind == EntryKind::TimeOfUse;
    const qint64 start = fake ? clock.toFakeUtc(c.query.startMs) : c.query.startMs;
    const qint64 end = fake ? clock.toFakeUtc(c.query.endMs) : c.query.endMs;

    std::vector<QByteArray> points;
    points.reserve(entry.series.size());
    for (const SeriesPoints &s : entry.series)
        points.push_back(renderPoints(s.x, s.y));

    w.beginObject();
    w.field("accountNumber", c.account.number);
    w.key("baseSeries");
    w.beginObject();
    w.field("color", "#B0B0B0");
    w.key("data");
    w.raw(std::string_view("["));
    w.appendRaw(renderPoints(entry.baseX, entry.baseY));
    w.appendRaw(std::string_view("]"));
    writeDataGrouping(w);
    w.key("fillOpacity");
    w.raw(std::string_view("0.0"));
    w.field("lineWidth", 0);
    w.key("marker");
    w.beginObject();
    w.field("enabled", false);
    w.endObject();
    w.field("name", "Total");
    w.field("turboThreshold", 0);
    w.field("type", "line");
    w.endObject();
    if (entry.kind == EntryKind::Usage) {
        w.key("baseUsageParameters");
        w.value(QJsonValue(c.query.echo));
    }
    w.field("connectDate", c.connectDate);
    w.emptyObjectField("editedSeries");
    w.field("endDateTime", end);
    w.emptyObjectField("estimatedSeries");
    // Capability flags (BIT reads them so): this simulator has both resolutions everywhere.
    w.field("hasDaily", true);
    w.field("hasHourly", true);
    w.field("industry", "ELECTRIC");

    w.key("meterToChartData");
    w.beginObject();
    for (size_t i = 0; i < entry.series.size(); ++i) {
        w.key(javaMeterString(c, entry.kind, entry.series[i], start, end));
        w.raw(std::string_view("["));
        w.appendRaw(points[i]);
        if (!points[i].isEmpty()) { // the portal lists every point twice here
            w.appendRaw(std::string_view(","));
            w.appendRaw(points[i]);
        }
        w.appendRaw(std::string_view("]"));
    }
    w.endObject();

    w.key("meters");
    w.beginArray();
    for (const SeriesPoints &s : entry.series)
        writeMeter(w, c, entry.kind, s, start, end);
    w.endArray();

    w.key("series");
    w.beginArray();
    for (size_t i = 0; i < entry.series.size(); ++i)
        writeSeries(w, entry.kind, entry.series[i], points[i]);
    w.endArray();

    w.field("serviceLocationNumber", c.location.number);
    w.field("startDateTime", start);
    w.field("timeFrame", timeFrameName(c.query.timeFrame));
    w.field("type", typeName(entry.kind));
    w.field("unitOfMeasure", unitName(entry.kind));
    w.key("xToOrderedInterval");
    w.raw(c.columns);
    w.endObject();
}

} // namespace

QByteArray usageComplete(const World &world, const Account &account,
                         const ServiceLocation &location, const UsageQuery &query)
{
    const UsageAnswer answer = computeUsage(world, account, location, query);

    Context c { world,
                account,
                location,
                query,
                renderColumns(answer.columns),
                location.connectDate.isValid()
                    ? QLocale::c().toString(location.connectDate, u"MMMM d, yyyy")
                    : QString() };

    // Reserve for the whole answer up front: each point is written four times (series,
    // baseSeries, twice in meterToChartData) at ~55 bytes, plus the shared columns per entry.
    qsizetype estimate = 4096;
    for (const UsageEntry &entry : answer.entries) {
        estimate += qsizetype(entry.baseX.size()) * 56 + c.columns.size() + 2048;
        for (const SeriesPoints &s : entry.series)
            estimate += qsizetype(s.x.size()) * 56 * 3 + 1024;
    }
    JsonWriter w(estimate);
    w.beginObject();
    w.key("data");
    w.beginObject();
    if (query.industries.contains(u"ELECTRIC")) {
        w.key("ELECTRIC");
        w.beginArray();
        for (const UsageEntry &entry : answer.entries)
            writeEntry(w, c, entry);
        w.endArray();
    }
    w.endObject();
    w.field("status", "COMPLETE");
    w.endObject();
    return w.take();
}

} // namespace sim::payloads
