#pragma once

#include "models/analysis/anomalies.h"
#include "models/analysis/billchange.h"
#include "models/analysis/changepoint.h"
#include "models/analysis/forecast.h"
#include "models/analysis/normals.h"
#include "ui/services/memberservices.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace coopdesk::ui {

class MemberContext;

// Everything the analysis of one service location needs and finds, in memory only.
struct LocationAnalysis
{
    QString account;
    QString location;
    QDate from;                                 // first and last local day of `days`
    QDate to;                                   // (yesterday: data ends there)
    std::vector<analysis::DayObservation> days; // daily kWh and mean °F, up to 3 years
    analysis::TemperatureNormals normals;       // the years before `to`'s year (up to 5)
    QList<BillSummary> bills;
    std::vector<analysis::BilledPeriod> periods; // with dailyMeanF filled where known
    double pricePerKwh = analysis::kNoValue;
    analysis::ChangePointFit fit;               // the 365 days ending at `to`
    std::vector<analysis::Anomaly> anomalies;   // over `days`, judged by `fit`
    std::optional<analysis::BillForecast> forecast;
};

// Loads and analyses a location on request, once per sign-in, and shares the result between
// the Insights screen and the usage chart (which marks the anomalies). Loading pulls daily usage
// (3 years), daily temperatures (3 years plus up to 5 years of normals) and the bill history
// through MemberServices, with progress and cancel; the fit runs on the GUI thread (a few ms).
class LocationInsights : public QObject
{
    Q_OBJECT
public:
    explicit LocationInsights(MemberContext &context, QObject *parent = nullptr);
    ~LocationInsights() override;

    // Starts loading `location` of `account` unless it is loaded or loading; ready() or failed().
    void request(const QString &account, const QString &location);
    // Pulls again even when loaded (Refresh).
    void reload(const QString &account, const QString &location);
    bool isLoading(const QString &location) const;
    // The analysis of a loaded location, else null.
    const LocationAnalysis *analysis(const QString &location) const;
    void cancel();
    // Sign-out: everything forgotten.
    void clear();

Q_SIGNALS:
    void progress(const QString &location, int done, int total);
    void ready(const QString &location);
    void failed(const QString &location, const coopdesk::ui::Failure &failure);
    void cleared();

private:
    struct Load;
    MemberContext &m_context;
    QHash<QString, std::shared_ptr<LocationAnalysis>> m_loaded;
    QHash<QString, std::shared_ptr<Load>> m_loading;
};

} // namespace coopdesk::ui
