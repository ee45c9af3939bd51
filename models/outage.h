#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace coopdesk {

// A member's outage report (project-defined endpoint), as the portal tracks it.
struct OutageReport
{
    QString ticket; // "OR-100001"
    QString account;
    QString location; // service location number
    QString kind; // "NO_POWER", "PARTIAL_POWER", "LINE_DOWN", "FLICKERING", "STREETLIGHT", "OTHER"
    QString status; // "RECEIVED", "CONFIRMED", ... "RESTORED" / "UNDER_REVIEW", "CLOSED"
    qint64 createdMs = 0; // reportedDateTime
    qint64 updatedMs = 0; // the latest statusHistory entry (createdMs when there is none)
    QString note; // addition
};

// An outage in progress near the member's locations.
struct ActiveOutage
{
    QString id; // "OUT-OR-100001"
    QString area; // "Lyons, CO"
    int customersAffected = 0;
    qint64 startedMs = 0;
    qint64 estimatedRestoreMs = 0; // 0 when unknown
    QString cause;
    QString status; // addition
    QStringList locations; // addition: serviceLocationNumbers
};

struct OutageStatus
{
    QList<OutageReport> reports;
    QList<ActiveOutage> outages;
    qint64 asOfMs = 0; // addition
};

// What a member reports about an outage at one location.
struct OutageReportRequest
{
    QString accountNumber;
    QString locationNumber;
    QString kind = QStringLiteral("NO_POWER"); // NO_POWER, PARTIAL_POWER, LINE_DOWN,
                                               // FLICKERING, STREETLIGHT, OTHER
    QString note; // optional; required for OTHER (<= 500 chars)
};

} // namespace coopdesk
