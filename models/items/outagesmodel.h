#pragma once
// Placeholder: written by the outagesmodel owner (issue 4).
