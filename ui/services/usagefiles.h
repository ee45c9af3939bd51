#pragma once

#include "models/usage.h"
#include "models/wallclock.h"

#include <QList>
#include <QString>

namespace coopdesk::ui {

// Files of usage the member takes away or brings in. The screens never write a file format
// themselves: the app implements this over net/formats (CSV, JSON, Green Button ESPI).
class UsageFiles
{
public:
    enum class Format { Csv, Json, GreenButton };

    struct ExportInfo
    {
        QString publisher;     // the co-op ("Mountain Valley Electric Cooperative") or portal host
        QString locationTitle; // "Home, 4180 Aspen Ridge Rd"
    };

    // Usage brought in from a file, ready to draw beside the co-op's data.
    struct Imported
    {
        QString title;         // "Green Button: Pacific Power, Home"
        UsageData data;        // real instants; kWh (demand kW)
    };

    virtual ~UsageFiles() = default;

    // Writes `data` at its own (full) resolution to `path`: "" on success, else a translated
    // sentence for the member.
    virtual QString write(const UsageData &data, const WallClock &clock, Format format,
                          const ExportInfo &about, const QString &path) const = 0;
    // Reads a Green Button file (from CoopDesk or any utility). On failure: empty list and
    // `error` set to a translated sentence.
    virtual QList<Imported> readGreenButton(const QString &path, QString *error) const = 0;
};

} // namespace coopdesk::ui
