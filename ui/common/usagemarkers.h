#pragma once

#include "models/analysis/markers.h"

#include <QList>
#include <QObject>

namespace coopdesk::ui {

class Preferences;

// The member's usage markers ("new heat pump", a date or a range) for the locations of the
// signed-in portal. They are the only member data ever kept on disk, and only after the member
// agreed (Preferences::markerConsent); without consent, and always in the kiosk profile, they
// live in memory for the session. The file is JSON in the app's data folder
// (QStandardPaths::AppDataLocation/markers.json), holding every portal's markers.
class UsageMarkers : public QObject
{
    Q_OBJECT
public:
    UsageMarkers(Preferences &preferences, QObject *parent = nullptr);

    // The portal whose markers are shown (signed-in portal host); loads them from disk when kept.
    void setPortal(const QString &portal);
    QString portal() const { return m_portal; }

    // Markers of a location of the current portal, oldest first.
    QList<analysis::UsageMarker> forLocation(const QString &location) const;
    // Adds (a new id is given when empty) or replaces by id; saved when consent is given.
    analysis::UsageMarker add(analysis::UsageMarker marker);
    void remove(const QString &id);

    // Whether markers go to disk: asks nothing itself; the screen asks the member and calls this.
    bool isKeptOnDisk() const;
    // Consent given: writes the current markers; withdrawn: deletes the file.
    void setKeepOnDisk(bool keep);
    // The file markers are kept in ("" in the kiosk profile).
    QString filePath() const;

    // Sign-out: forgets what is in memory (the file, if consented, stays).
    void clear();

Q_SIGNALS:
    void changed(const QString &location);
    // Saving failed (disk full, read-only): a translated sentence; markers stay in memory.
    void saveFailed(const QString &message);

private:
    void load();
    void save();
    Preferences &m_preferences;
    QString m_portal;
    QList<analysis::UsageMarker> m_markers; // every location of m_portal
};

} // namespace coopdesk::ui
