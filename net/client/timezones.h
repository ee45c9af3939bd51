#pragma once

#include <QString>
#include <QTimeZone>

namespace coopdesk::net {

// A DEFAULT for the co-op's IANA time zone, from the two-letter state of a service address
// (SmartHub never says which zone its wall-clock timestamps are in, smarthub-api.md §4.4).
// States spanning two zones get the zone most of their people live in (TX -> America/Chicago,
// FL -> America/New_York, ID -> America/Boise, ...), so a co-op in the other part must be set
// by the member; the app always offers that override. Invalid for an unknown state.
QTimeZone defaultTimeZoneForState(const QString &state);

} // namespace coopdesk::net
