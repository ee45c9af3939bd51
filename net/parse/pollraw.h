#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

// What the poll walk lifts out of the JSON before any time conversion: the bytes' own values,
// in the arrays the models keep (x and y move into UsageSeries without copying).
// Internal to coopdesk_netparse.
namespace coopdesk::net::parse::detail {

struct RawMeter
{
    QString seriesId;
    QString meterNumber;
    QString flowDirection;
    QString rateName;
    bool isNetMeter = false;
};

struct RawSeries
{
    QString name;
    QString meterNumber;
    QString rateName;
    std::optional<bool> isNet;
    std::vector<qint64> x; // fake UTC, as sent
    std::vector<double> y; // NaN for null
};

// xToOrderedInterval, sorted by x: one column per distinct x.
struct RawColumns
{
    struct Column
    {
        qint64 x = 0;
        qint64 end = 0; // fake UTC; year 9999 for the open MONTHLY period
        int label = -1; // index into labels, -1 without orderedName
    };
    std::vector<Column> list;
    QStringList labels;
};

struct RawEntry
{
    QString type;
    QString unit;
    QString accountNumber;
    QString locationNumber;
    std::optional<qint64> startDateTime; // real for USAGE/COST/DEMAND, fake for TIME_OF_USE
    std::optional<qint64> endDateTime;
    std::optional<qint64> requestStart; // baseUsageParameters: always real instants
    std::optional<qint64> requestEnd;
    std::vector<RawMeter> meters;
    std::vector<RawSeries> series;
    std::shared_ptr<const RawColumns> columns; // shared by entries whose maps are identical
};

struct RawPoll
{
    QString status;
    bool hasData = false;
    std::vector<RawEntry> entries; // data.ELECTRIC[]
    QStringList otherIndustries; // data keys we do not read (GAS, WATER ...)
};

// Walks the bytes with simdjson's on-demand API. nullopt with the reason in *error when the bytes
// are not a JSON object of the poll's shape.
std::optional<RawPoll> walkPoll(const QByteArray &json, QString *error);

// The same bytes walked the plainest way simdjson allows, touching every number: the reference
// throughput the poll parser is measured against (bench/bench_parse_usage). Returns a checksum.
double referenceWalk(const QByteArray &json);

} // namespace coopdesk::net::parse::detail
