#include "timezones.h"

#include <QByteArray>

#include <array>

namespace coopdesk::net {

namespace {

struct StateZone
{
    const char *state;
    const char *zone;
};

// The most populous zone of each state, DC and the inhabited territories.
constexpr std::array<StateZone, 56> stateZones { {
    { "AK", "America/Anchorage" },   { "AL", "America/Chicago" },
    { "AR", "America/Chicago" },     { "AS", "Pacific/Pago_Pago" },
    { "AZ", "America/Phoenix" },     { "CA", "America/Los_Angeles" },
    { "CO", "America/Denver" },      { "CT", "America/New_York" },
    { "DC", "America/New_York" },    { "DE", "America/New_York" },
    { "FL", "America/New_York" },    { "GA", "America/New_York" },
    { "GU", "Pacific/Guam" },        { "HI", "Pacific/Honolulu" },
    { "IA", "America/Chicago" },     { "ID", "America/Boise" },
    { "IL", "America/Chicago" },     { "IN", "America/Indiana/Indianapolis" },
    { "KS", "America/Chicago" },     { "KY", "America/New_York" },
    { "LA", "America/Chicago" },     { "MA", "America/New_York" },
    { "MD", "America/New_York" },    { "ME", "America/New_York" },
    { "MI", "America/Detroit" },     { "MN", "America/Chicago" },
    { "MO", "America/Chicago" },     { "MP", "Pacific/Saipan" },
    { "MS", "America/Chicago" },     { "MT", "America/Denver" },
    { "NC", "America/New_York" },    { "ND", "America/Chicago" },
    { "NE", "America/Chicago" },     { "NH", "America/New_York" },
    { "NJ", "America/New_York" },    { "NM", "America/Denver" },
    { "NV", "America/Los_Angeles" }, { "NY", "America/New_York" },
    { "OH", "America/New_York" },    { "OK", "America/Chicago" },
    { "OR", "America/Los_Angeles" }, { "PA", "America/New_York" },
    { "PR", "America/Puerto_Rico" }, { "RI", "America/New_York" },
    { "SC", "America/New_York" },    { "SD", "America/Chicago" },
    { "TN", "America/Chicago" },     { "TX", "America/Chicago" },
    { "UT", "America/Denver" },      { "VA", "America/New_York" },
    { "VI", "America/St_Thomas" },   { "VT", "America/New_York" },
    { "WA", "America/Los_Angeles" }, { "WI", "America/Chicago" },
    { "WV", "America/New_York" },    { "WY", "America/Denver" },
} };

} // namespace

QTimeZone defaultTimeZoneForState(const QString &state)
{
    const QByteArray code = state.trimmed().toUpper().toLatin1();
    for (const StateZone &entry : stateZones) {
        if (code == entry.state)
            return QTimeZone(QByteArray(entry.zone));
    }
    return {};
}

} // namespace coopdesk::net
