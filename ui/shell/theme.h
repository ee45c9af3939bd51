#pragma once

namespace coopdesk::ui {

enum class ThemeChoice;

// Applies the member's theme to the whole application: Light and Dark use the Fusion style
// with a light or dark palette; System goes back to the platform's style and palette (and,
// where the Qt version can tell, follows the system's dark mode).
void applyTheme(ThemeChoice theme);

} // namespace coopdesk::ui
