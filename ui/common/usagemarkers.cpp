#include "usagemarkers.h"

#include "preferences.h"

// Placeholder while issue 5 is written: markers in memory only.
namespace coopdesk::ui {

UsageMarkers::UsageMarkers(Preferences &preferences, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
{
}

void UsageMarkers::setPortal(const QString &portal) { m_portal = portal; }
QList<analysis::UsageMarker> UsageMarkers::forLocation(const QString &) const { return {}; }
analysis::UsageMarker UsageMarkers::add(analysis::UsageMarker marker) { return marker; }
void UsageMarkers::remove(const QString &) {}
bool UsageMarkers::isKeptOnDisk() const { return false; }
void UsageMarkers::setKeepOnDisk(bool) {}
QString UsageMarkers::filePath() const { return {}; }
void UsageMarkers::clear() { m_markers.clear(); }
void UsageMarkers::load() {}
void UsageMarkers::save() {}

} // namespace coopdesk::ui
