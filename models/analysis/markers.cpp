#include "markers.h"

// Implemented in issue 5 (placeholder so the tree builds while the analysis is written).
