#pragma once

namespace coopdesk::ui {
class MainWindow;
class MemberContext;
} // namespace coopdesk::ui

namespace coopdesk::app {

// Puts every member screen into the window's navigation, in the order members see them.
void addScreens(ui::MainWindow &window, ui::MemberContext &context);

} // namespace coopdesk::app
