#include "greenbutton.h"

// Implemented in issue 5 (placeholder).
