#pragma once
// Placeholder: written by the usage-chart owner (issue 4).
