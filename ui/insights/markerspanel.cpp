#include "markerspanel.h"

// Placeholder while issue 5 is written.
namespace coopdesk::ui {

MarkersPanel::MarkersPanel(MemberContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_from(nullptr), m_to(nullptr), m_note(nullptr),
      m_add(nullptr), m_keep(nullptr), m_table(nullptr), m_summary(nullptr)
{
}
void MarkersPanel::setAnalysis(const LocationAnalysis *analysis) { m_analysis = analysis; }
std::optional<analysis::UsageMarker> MarkersPanel::addMarker(QDate, QDate, const QString &) { return std::nullopt; }
std::optional<analysis::MarkerComparison> MarkersPanel::comparison(const QString &) const { return std::nullopt; }
void MarkersPanel::refresh() {}
void MarkersPanel::askConsent() {}

} // namespace coopdesk::ui
