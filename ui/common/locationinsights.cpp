#include "locationinsights.h"

#include "membercontext.h"

// Placeholder while issue 5 is written.
namespace coopdesk::ui {

struct LocationInsights::Load
{
};

LocationInsights::LocationInsights(MemberContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

LocationInsights::~LocationInsights() = default;
void LocationInsights::request(const QString &, const QString &) {}
void LocationInsights::reload(const QString &, const QString &) {}
bool LocationInsights::isLoading(const QString &) const { return false; }
const LocationAnalysis *LocationInsights::analysis(const QString &) const { return nullptr; }
void LocationInsights::cancel() {}
void LocationInsights::clear() { m_loaded.clear(); }

} // namespace coopdesk::ui
