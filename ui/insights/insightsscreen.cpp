#include "insightsscreen.h"

// Placeholder while issue 5 is written.
namespace coopdesk::ui {

InsightsScreen::InsightsScreen(MemberContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_location(nullptr), m_progress(nullptr),
      m_signature(nullptr), m_verdict(nullptr), m_model(nullptr), m_forecast(nullptr),
      m_anomalies(nullptr), m_billChange(nullptr), m_markers(nullptr)
{
}
void InsightsScreen::setLocation(const QString &) {}
QString InsightsScreen::location() const { return {}; }
void InsightsScreen::reload() {}
bool InsightsScreen::isLoading() const { return false; }
QString InsightsScreen::verdictText() const { return {}; }
QString InsightsScreen::modelText() const { return {}; }
QString InsightsScreen::forecastText() const { return {}; }
void InsightsScreen::showEvent(QShowEvent *event) { QWidget::showEvent(event); }
void InsightsScreen::onAccountChanged() {}
void InsightsScreen::present() {}

} // namespace coopdesk::ui
