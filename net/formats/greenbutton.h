#pragma once

#include "models/usage.h"
#include "models/wallclock.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace coopdesk::formats {

// Green Button (NAESB REQ.21 ESPI) "Download My Data" files: an Atom feed of UsagePoint,
// LocalTimeParameters, MeterReading, ReadingType, IntervalBlock and IntervalReading entries.
//
// Writing: one UsagePoint per location; one MeterReading + ReadingType per energy series (USAGE
// quantity; FORWARD/TOTAL/NET as delivered, RETURN/REVERSE as received) and per DEMAND series;
// COST values are written as each energy reading's cost. Values are integers scaled by the
// ReadingType's power of ten (Wh with powerOfTenMultiplier -3 for energy, so a reading of
// 0.0235 kWh is value 23500), so a round trip gives back the same readings. Times are real UTC
// seconds; LocalTimeParameters carry the co-op zone's standard offset and DST rules.
struct GreenButtonExport
{
    QString publisher;      // the co-op's name, feed title and author
    QString locationTitle;  // "Home, 4180 Aspen Ridge Rd"
    QString feedId;         // stable text for the feed's urn:uuid (account/location/range)
};
QByteArray writeGreenButton(const UsageData &data, const WallClock &clock,
                            const GreenButtonExport &about);

// One usage point read from a file: its energy series converted to kWh (demand to kW), real
// instants, ready to draw beside the co-op's data.
struct GreenButtonUsagePoint
{
    QString title;            // the UsagePoint's title, else the feed's
    UsageData data;           // interval Native; series per MeterReading (+ COST from readings)
    int standardOffsetSeconds = 0; // from LocalTimeParameters, when present
};

struct GreenButtonFile
{
    QString title;                     // the feed's title (the utility)
    QList<GreenButtonUsagePoint> usagePoints;
};

struct GreenButtonResult
{
    std::optional<GreenButtonFile> file;
    QString error; // technical and redacted ("line 12: IntervalBlock without a MeterReading")
    bool ok() const { return file.has_value(); }
};

// Reads a file from CoopDesk or from another utility: entries are tied together by their links
// (self/up/related hrefs) and, where a utility left them out, by document order. Files larger
// than `maxBytes` are refused before parsing.
GreenButtonResult readGreenButton(const QByteArray &xml, qsizetype maxBytes = 256 * 1024 * 1024);

} // namespace coopdesk::formats
